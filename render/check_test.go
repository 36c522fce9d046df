package render

import (
	"bufio"
	"bytes"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html"
	"golang.org/x/text/language"
)

// The checks the tests apply to every output. Each returns every problem it
// finds, so that a failing test says all that is wrong.

// htmlTags are the only elements the HTML output may contain.
var htmlTags = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true, "title": true, "style": true, "main": true,
	"article": true, "header": true, "section": true, "nav": true, "address": true, "div": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"p": true, "ul": true, "ol": true, "li": true, "dl": true, "dt": true, "dd": true,
	"strong": true, "span": true, "a": true, "br": true,
}

var voidTags = map[string]bool{"br": true, "meta": true}

type headingInfo struct {
	Level int
	Text  string
}

func (h headingInfo) String() string { return fmt.Sprintf("h%d %q", h.Level, h.Text) }

// htmlReport describes an HTML output.
type htmlReport struct {
	Problems []string
	Headings []headingInfo
	Text     string   // the text content, whitespace collapsed
	Hrefs    []string // every link but the headings' anchors and the table of contents
}

// checkHTML checks an HTML output: every element is one the renderer makes
// and is closed in order (void elements aside), no attribute is an event
// handler or a style, every href is an anchor or a URL safeURL accepts,
// every lang is a well-formed language tag (German or Dutch text of a notice
// is marked as such), ids are unique, and the heading levels
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
	inAnchor := false // inside a heading's "#" link, which is not the notice's text
	inTOC := false    // inside the table of contents, whose links are to the headings
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
					if !inTOC && !hasClassAttr(tok.Attr, "seloste-anchor") {
						r.Hrefs = append(r.Hrefs, a.Val)
					}
					if !strings.HasPrefix(a.Val, "#") && !hrefSafe(a.Val) {
						fail("unsafe href %q", a.Val)
					}
				case key == "lang":
					if !wellFormedLang(a.Val) {
						fail("lang=%q is not a well-formed language tag", a.Val)
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
			if tok.Data == "a" && hasClassAttr(tok.Attr, "seloste-anchor") {
				inAnchor = true
			}
			if tok.Data == "nav" && hasClassAttr(tok.Attr, "seloste-toc") && hasAttr(tok.Attr, "aria-labelledby") {
				inTOC = true // the page's table of contents, not the list of activities a notice's tree holds
			}
			if tok.Data == "br" && inHeading != nil {
				inHeading.Text += " " // a line break in a heading reads as a space
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
			if tok.Data == "a" {
				inAnchor = false
			}
			if tok.Data == "nav" {
				inTOC = false
			}
		case html.TextToken:
			if inAnchor {
				break
			}
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

// hasAttr reports whether attrs hold the attribute key.
func hasAttr(attrs []html.Attribute, key string) bool {
	return slices.ContainsFunc(attrs, func(a html.Attribute) bool { return a.Key == key })
}

// hasClassAttr reports whether attrs give the element the class c.
func hasClassAttr(attrs []html.Attribute, c string) bool {
	for _, a := range attrs {
		if a.Key == "class" && slices.Contains(strings.Fields(a.Val), c) {
			return true
		}
	}
	return false
}

// hrefSafe reports whether an href of the HTML output is a URL safeURL
// accepts, as written or with its percent escapes decoded: html/template
// writes a URL's non-ASCII and some punctuation as escapes ("hyvä" as
// "hyv%c3%a4"), which a browser decodes again.
func hrefSafe(href string) bool {
	if _, ok := safeURL(href); ok {
		return true
	}
	u, err := url.PathUnescape(href)
	if err != nil {
		return false
	}
	_, ok := safeURL(u)
	return ok
}

// htmlHref returns the href html/template writes for a link to u.
func htmlHref(u string) string {
	var b strings.Builder
	if err := hrefTemplate.Execute(&b, template.URL(u)); err != nil {
		return "!" + err.Error()
	}
	s := strings.TrimSuffix(strings.TrimPrefix(b.String(), `<a href="`), `">`)
	return html.UnescapeString(s)
}

var hrefTemplate = template.Must(template.New("").Parse(`<a href="{{.}}">`))

// htmlLinks returns the hrefs the HTML writer makes of d, in document
// order: every link, the list of links to sections included.
func htmlLinks(d *doc) []string {
	var out []string
	spans := func(sp []span) {
		for _, x := range sp {
			if x.Kind == spanLink {
				out = append(out, htmlHref(x.URL))
			}
		}
	}
	var blocks func(bs []block)
	blocks = func(bs []block) {
		for _, bl := range bs {
			spans(bl.Spans)
			for _, it := range bl.Items {
				spans(it.Spans)
				blocks(it.Blocks)
			}
			for _, f := range bl.Fields {
				for _, l := range f.Lines {
					spans(l)
				}
			}
		}
	}
	var sec func(s *section)
	sec = func(s *section) {
		spans(s.Heading.Spans)
		blocks(s.Blocks)
		for _, sub := range s.Subs {
			sec(sub)
		}
	}
	spans(d.Title.Spans)
	blocks(d.Header)
	blocks(d.Intro)
	for _, s := range d.Sections {
		sec(s)
	}
	return out
}

// wellFormedLang reports whether s is a language tag as a notice may
// declare one.
func wellFormedLang(s string) bool {
	t, err := language.Parse(s)
	return err == nil && t.String() == s && langAttrRE.MatchString(s)
}

// langAttrRE is the form of a tag a notice may declare.
var langAttrRE = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$`)

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
	Links    []mdLink // every link and autolink, in document order
	Text     string   // the text content, whitespace collapsed, word joiners removed
}

// mdLink is a link as a Markdown reader sees it: the text it shows and the
// URL it follows.
type mdLink struct{ Text, URL string }

// mdReader reads Markdown as GitHub does: CommonMark with the GitHub
// extensions (tables, strikethrough, task lists, and autolinks of bare
// URLs, www. addresses and e-mail addresses) and footnotes.
var mdReader = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.Footnote))

// checkMarkdown parses src, the Markdown rendering of d, as GitHub reads it
// and checks that notice text made no structure: the blocks are exactly the
// blocks of d (the same headings, paragraphs, lists and items, the same
// block quote for a section set apart, nothing else: no code, rule, table,
// HTML block), the inlines are text, strong emphasis and links only, and
// the links are exactly d's links, each to the very URL safeURL accepted,
// with no autolink among them. (Any other node, raw HTML among them, is a
// block or inline the renderer does not make, and reported.)
func checkMarkdown(src []byte, d *doc) mdReport {
	var r mdReport
	fail := func(format string, args ...any) { r.Problems = append(r.Problems, fmt.Sprintf(format, args...)) }
	root := mdReader.Parser().Parse(text.NewReader(src))

	if got, want := skeletonLines(mdSkeleton(root, src, fail)), skeletonLines(docSkeleton(d)); got != want {
		fail("block structure differs from the notice's:\n%s", firstDiff(want, got))
	}
	var text strings.Builder
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			r.Headings = append(r.Headings, headingInfo{n.Level, mdPlain(mdText(n, src))})
			text.WriteString(mdText(n, src))
			text.WriteByte(' ')
		case *ast.Link:
			// The URL a reader follows: goldmark's HTML writer resolves the
			// destination's escapes and references so.
			u := util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(n.Destination)))
			r.Links = append(r.Links, mdLink{mdPlain(mdText(n, src)), string(u)})
		case *ast.AutoLink:
			r.Links = append(r.Links, mdLink{string(n.Label(src)), string(n.URL(src))})
			fail("autolink %q", n.URL(src))
		case *ast.Paragraph, *ast.TextBlock:
			text.WriteString(mdText(n, src))
			text.WriteByte(' ')
		}
		return ast.WalkContinue, nil
	})
	r.Text = mdPlain(text.String())
	if want := docLinks(d); !slices.Equal(r.Links, want) {
		fail("links %q are not the notice's %q", r.Links, want)
	}
	for _, l := range r.Links {
		if _, ok := safeURL(l.URL); !ok {
			fail("unsafe link %q", l.URL)
		}
	}

	return r
}

// mdPlain returns text as a reader sees it: without the word joiners the
// writer puts in to stop autolinks, whitespace collapsed.
func mdPlain(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, wordJoiner, "")), " ")
}

// mdSkeleton writes the block structure of a parsed document in the
// notation of docSkeleton, and reports every inline that is not text,
// strong emphasis or a link.
func mdSkeleton(n ast.Node, src []byte, fail func(string, ...any)) string {
	var b strings.Builder
	var walk func(n ast.Node)
	children := func(n ast.Node) {
		b.WriteByte('[')
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			walk(c)
		}
		b.WriteString("] ")
	}
	walk = func(n ast.Node) {
		switch n := n.(type) {
		case *ast.Document:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				walk(c)
			}
		case *ast.Heading:
			fmt.Fprintf(&b, "h%d ", n.Level)
			mdInlines(n, src, fail)
		case *ast.Paragraph, *ast.TextBlock:
			b.WriteString("p ")
			mdInlines(n, src, fail)
		case *ast.List:
			b.WriteString("list")
			children(n)
		case *ast.ListItem:
			b.WriteString("item")
			children(n)
		case *ast.Blockquote:
			b.WriteString("quote")
			children(n)
		default:
			fmt.Fprintf(&b, "%s(%q) ", n.Kind(), mdText(n, src))
		}
	}
	walk(n)
	return b.String()
}

// mdInlines reports every inline of a block that the renderer does not
// make: anything but text, strong emphasis and links.
func mdInlines(n ast.Node, src []byte, fail func(string, ...any)) {
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || c == n {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text, *ast.String, *ast.Link:
		case *ast.Emphasis:
			if c.Level != 2 {
				fail("emphasis %q", mdText(c, src))
			}
		default:
			fail("%s %q", c.Kind(), mdText(c, src))
		}
		return ast.WalkContinue, nil
	})
}

// docSkeleton writes the block structure the Markdown writer makes of d:
// "h2" for a heading, "p" for a paragraph, "list[...]" and "item[...]" for
// lists, "quote[...]" for a section set apart.
func docSkeleton(d *doc) string {
	var b strings.Builder
	var blocks func(bs []block) string
	blocks = func(bs []block) string {
		var b strings.Builder
		for _, bl := range bs {
			switch bl.Kind {
			case blockPara:
				if !blankSpans(bl.Spans) {
					b.WriteString("p ")
				}
			case blockList, blockNav:
				// An item with nothing to show is left out, and so is a
				// list of such items.
				var items strings.Builder
				for _, it := range bl.Items {
					var item string
					if !blankSpans(it.Spans) {
						item = "p "
					}
					if item += blocks(it.Blocks); item != "" {
						items.WriteString("item[" + item + "] ")
					}
				}
				if items.Len() > 0 {
					b.WriteString("list[" + items.String() + "] ")
				}
			case blockFields, blockAddress:
				b.WriteString("list[")
				for range bl.Fields {
					b.WriteString("item[p ] ")
				}
				b.WriteString("] ")
			}
		}
		return b.String()
	}
	var sec func(s *section)
	sec = func(s *section) {
		if s.Apart {
			b.WriteString("quote[")
		}
		fmt.Fprintf(&b, "h%d ", s.Heading.Level)
		b.WriteString(blocks(s.Blocks))
		for _, sub := range s.Subs {
			sec(sub)
		}
		if s.Apart {
			b.WriteString("] ")
		}
	}
	fmt.Fprintf(&b, "h%d ", d.Title.Level)
	b.WriteString(blocks(d.Header))
	b.WriteString(blocks(d.Intro))
	for _, s := range d.Sections {
		sec(s)
	}
	return b.String()
}

// blankSpans reports whether spans show nothing.
func blankSpans(sp []span) bool {
	for _, x := range sp {
		if strings.TrimSpace(x.Text) != "" {
			return false
		}
	}
	return true
}

// skeletonLines puts each token of a skeleton on a line of its own, for a
// readable difference.
func skeletonLines(s string) string {
	s = strings.NewReplacer("[", "[\n", "]", "\n]\n").Replace(s)
	return strings.Join(strings.Fields(s), "\n")
}

// docLinks returns the links the Markdown writer makes of d, in document
// order: every link span but those of a list of links to sections, which
// Markdown shows as text.
func docLinks(d *doc) []mdLink {
	var out []mdLink
	spans := func(sp []span) {
		for _, x := range sp {
			if x.Kind == spanLink {
				out = append(out, mdLink{strings.Join(strings.Fields(x.Text), " "), x.URL})
			}
		}
	}
	var blocks func(bs []block)
	blocks = func(bs []block) {
		for _, bl := range bs {
			switch bl.Kind {
			case blockPara:
				spans(bl.Spans)
			case blockList:
				for _, it := range bl.Items {
					spans(it.Spans)
					blocks(it.Blocks)
				}
			case blockFields, blockAddress:
				for _, f := range bl.Fields {
					for _, l := range f.Lines {
						spans(l)
					}
				}
			}
		}
	}
	var sec func(s *section)
	sec = func(s *section) {
		spans(s.Heading.Spans)
		blocks(s.Blocks)
		for _, sub := range s.Subs {
			sec(sub)
		}
	}
	spans(d.Title.Spans)
	blocks(d.Header)
	blocks(d.Intro)
	for _, s := range d.Sections {
		sec(s)
	}
	return out
}

// mdText returns the text of a node's inline content as a reader sees it:
// escapes and character references resolved, as goldmark's HTML writer
// resolves them.
func mdText(n ast.Node, src []byte) string {
	var b strings.Builder
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			buf.Reset()
			gmhtml.DefaultWriter.Write(w, c.Segment.Value(src))
			_ = w.Flush()
			b.WriteString(html.UnescapeString(buf.String()))
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
// line feeds, and no line wider than width unless it ends in a word, as
// the wrapper tells words (textWords), that could not be broken.
func checkText(src []byte, width int) []string {
	var problems []string
	for i, line := range strings.Split(string(src), "\n") {
		for _, r := range line {
			if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
				problems = append(problems, fmt.Sprintf("line %d: character %U", i+1, r))
			}
		}
		if textWidth(line) > width {
			w := textWords(line)
			if len(w) == 0 || textWidth(w[len(w)-1]) < 20 {
				problems = append(problems, fmt.Sprintf("line %d is %d wide: %q", i+1, textWidth(line), line))
			}
		}
	}
	if !utf8.Valid(src) {
		problems = append(problems, "not UTF-8")
	}
	return problems
}
