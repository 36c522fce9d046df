package render

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
)

// The checks the tests apply to every output. Each returns every problem it
// finds, so that a failing test says all that is wrong.

// htmlTags are the only elements the HTML output may contain.
var htmlTags = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true, "title": true, "style": true, "main": true,
	"article": true, "header": true, "section": true, "nav": true, "address": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"p": true, "ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"strong": true, "span": true, "a": true, "br": true,
}

var voidTags = map[string]bool{"br": true, "meta": true}

// markdownTags are the elements goldmark makes of the Markdown output.
var markdownTags = map[string]bool{
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"p": true, "ul": true, "ol": true, "li": true, "strong": true, "a": true, "br": true, "blockquote": true,
}

type headingInfo struct {
	Level int
	Text  string
}

func (h headingInfo) String() string { return fmt.Sprintf("h%d %q", h.Level, h.Text) }

// htmlReport describes an HTML output.
type htmlReport struct {
	Problems []string
	Headings []headingInfo
	Text     string // the text content, whitespace collapsed
	Hrefs    []string
}

// checkHTML checks an HTML output: every element is one the renderer makes
// and is closed in order (void elements aside), no attribute is an event
// handler or a style, every href is an anchor or a URL safeURL accepts,
// every lang is a supported language, ids are unique, and the heading levels
// never skip one going down. allowed lists the permitted elements.
func checkHTML(src []byte, allowed map[string]bool) htmlReport {
	var r htmlReport
	fail := func(format string, args ...any) { r.Problems = append(r.Problems, fmt.Sprintf(format, args...)) }
	z := html.NewTokenizer(bytes.NewReader(src))
	var stack []string
	ids := map[string]bool{}
	var text strings.Builder
	var inHeading *headingInfo
	inStyle := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if z.Err() != io.EOF {
				fail("tokenizer: %v", z.Err())
			}
			break
		}
		tok := z.Token()
		switch tt {
		case html.DoctypeToken:
			if tok.Data != "html" {
				fail("doctype %q", tok.Data)
			}
		case html.CommentToken:
			fail("comment %q", tok.Data)
		case html.StartTagToken, html.SelfClosingTagToken:
			if !allowed[tok.Data] {
				fail("element <%s> is not one the renderer makes", tok.Data)
			}
			for _, a := range tok.Attr {
				key := strings.ToLower(a.Key)
				switch {
				case strings.HasPrefix(key, "on"), key == "style", key == "srcdoc", key == "formaction":
					fail("<%s> has attribute %s=%q", tok.Data, a.Key, a.Val)
				case key == "href":
					r.Hrefs = append(r.Hrefs, a.Val)
					if !strings.HasPrefix(a.Val, "#") {
						if _, ok := safeURL(a.Val); !ok {
							fail("unsafe href %q", a.Val)
						}
					}
				case key == "lang":
					if !supportedLang(a.Val) {
						fail("lang=%q is not a supported language", a.Val)
					}
				case key == "id":
					if ids[a.Val] {
						fail("id %q used twice", a.Val)
					}
					ids[a.Val] = true
				}
			}
			if len(tok.Data) == 2 && tok.Data[0] == 'h' && tok.Data[1] >= '1' && tok.Data[1] <= '6' {
				inHeading = &headingInfo{Level: int(tok.Data[1] - '0')}
			}
			if tok.Data == "style" {
				inStyle = true
			}
			if tt == html.StartTagToken && !voidTags[tok.Data] {
				stack = append(stack, tok.Data)
			}
		case html.EndTagToken:
			if len(stack) == 0 || stack[len(stack)-1] != tok.Data {
				fail("</%s> closes %v", tok.Data, stack)
			} else {
				stack = stack[:len(stack)-1]
			}
			if inHeading != nil && tok.Data == fmt.Sprintf("h%d", inHeading.Level) {
				inHeading.Text = strings.Join(strings.Fields(inHeading.Text), " ")
				r.Headings = append(r.Headings, *inHeading)
				inHeading = nil
			}
			if tok.Data == "style" {
				inStyle = false
			}
		case html.TextToken:
			if inHeading != nil {
				inHeading.Text += tok.Data
			}
			if !inStyle {
				text.WriteString(tok.Data)
				text.WriteByte(' ')
			}
		}
	}
	if len(stack) > 0 {
		fail("unclosed elements %v", stack)
	}
	for i := 1; i < len(r.Headings); i++ {
		if r.Headings[i].Level > r.Headings[i-1].Level+1 {
			fail("heading %v follows %v: a level is skipped", r.Headings[i], r.Headings[i-1])
		}
	}
	// The HTML5 parser must accept it too.
	if _, err := html.Parse(bytes.NewReader(src)); err != nil {
		fail("html.Parse: %v", err)
	}
	r.Text = strings.Join(strings.Fields(text.String()), " ")
	return r
}

func supportedLang(s string) bool {
	t, err := language.Parse(s)
	if err != nil {
		return false
	}
	b := i18n.Base(t)
	tb, _ := t.Base()
	bb, _ := b.Base()
	return tb == bb && slices.Contains(i18n.Supported, b)
}

// h1Count returns how many h1 the report's headings hold.
func h1Count(hs []headingInfo) int {
	n := 0
	for _, h := range hs {
		if h.Level == 1 {
			n++
		}
	}
	return n
}

// mdReport describes a Markdown output as goldmark reads it.
type mdReport struct {
	Problems []string
	Headings []headingInfo
	HTML     []byte // goldmark's HTML for it
}

// checkMarkdown parses src as CommonMark with goldmark and checks that it
// holds no raw HTML, images, code, autolinks or thematic breaks, and that
// every link goes to a URL safeURL accepts.
func checkMarkdown(src []byte) mdReport {
	var r mdReport
	fail := func(format string, args ...any) { r.Problems = append(r.Problems, fmt.Sprintf(format, args...)) }
	md := goldmark.New()
	doc := md.Parser().Parse(text.NewReader(src))
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.RawHTML, *ast.HTMLBlock:
			fail("raw HTML at %q", mdText(n, src))
		case *ast.Image:
			fail("image %q", n.Destination)
		case *ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock:
			fail("code %q", mdText(n, src))
		case *ast.AutoLink:
			fail("autolink %q", n.URL(src))
		case *ast.ThematicBreak:
			fail("thematic break")
		case *ast.Link:
			if _, ok := safeURL(string(n.Destination)); !ok {
				fail("unsafe link %q", n.Destination)
			}
		}
		return ast.WalkContinue, nil
	})
	var out bytes.Buffer
	if err := md.Convert(src, &out); err != nil {
		fail("goldmark: %v", err)
	}
	r.HTML = out.Bytes()
	// goldmark's HTML must hold only what the renderer means; its headings,
	// with escapes and entities resolved, are the headings of the Markdown.
	h := checkHTML(r.HTML, markdownTags)
	for _, p := range h.Problems {
		fail("goldmark HTML: %s", p)
	}
	r.Headings = h.Headings
	return r
}

// mdText returns the text of a node's inline content.
func mdText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// treeHeadings returns the headings of a doc in document order.
func treeHeadings(d *doc) []headingInfo {
	hs := []headingInfo{{d.Title.Level, strings.Join(strings.Fields(plain(d.Title.Spans)), " ")}}
	var walk func(s *section)
	walk = func(s *section) {
		hs = append(hs, headingInfo{s.Heading.Level, strings.Join(strings.Fields(plain(s.Heading.Spans)), " ")})
		for _, sub := range s.Subs {
			walk(sub)
		}
	}
	for _, s := range d.Sections {
		walk(s)
	}
	return hs
}

// checkText checks a plain-text output: no control or bidi characters but
// line feeds, and no line wider than width unless it ends in a word that
// could not be broken.
func checkText(src []byte, width int) []string {
	var problems []string
	for i, line := range strings.Split(string(src), "\n") {
		for _, r := range line {
			if unicode.IsControl(r) || isBidiControl(r) {
				problems = append(problems, fmt.Sprintf("line %d: character %U", i+1, r))
			}
		}
		if utf8.RuneCountInString(line) > width {
			f := strings.Fields(line)
			if len(f) == 0 || utf8.RuneCountInString(f[len(f)-1]) < 20 {
				problems = append(problems, fmt.Sprintf("line %d is %d wide: %q", i+1, utf8.RuneCountInString(line), line))
			}
		}
	}
	if !utf8.Valid(src) {
		problems = append(problems, "not UTF-8")
	}
	return problems
}
