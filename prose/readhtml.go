package prose

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads an HTML document or fragment with the x/net/html
// tokenizer, in one pass: h1-h6 become headings, li items, p, div, td and
// the other block elements paragraphs, br a line break; a link keeps its
// target after its text where the target adds to it. Script, style and the
// like are skipped; the title becomes a heading when the body has no h1.
func readHTML(src []byte) []block {
	li := newLineIndex(src)
	z := html.NewTokenizer(strings.NewReader(string(src)))
	z.SetMaxBuf(len(src) + 1)
	r := &htmlReader{}
	off := 0
	skip := 0 // depth inside script, style and the like
	inTitle := false
	var title *block
	var href []string
	for {
		tt := z.Next()
		raw := len(z.Raw())
		at := off
		off += raw
		switch tt {
		case html.ErrorToken:
			r.end()
			if title != nil && !r.hasH1 {
				r.out = append([]block{*title}, r.out...)
			}
			return r.out
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := string(z.Text())
			if inTitle {
				if title == nil {
					title = &block{kind: kindHeading, level: 1}
				}
				if c := cleanText(t); c != "" {
					title.lines = append(title.lines, line{li.line(at), c})
				}
				continue
			}
			r.text(t, li.line(at+leadingSpace(t)), r.strong > 0)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Object:
				if tt == html.StartTagToken {
					skip++
				}
				continue
			case atom.Title:
				inTitle = tt == html.StartTagToken
				continue
			}
			if skip > 0 {
				continue
			}
			switch a {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				r.end()
				r.cur = &block{kind: kindHeading, level: int(name[1] - '0')}
				if a == atom.H1 {
					r.hasH1 = true
				}
			case atom.Li:
				r.end()
				r.cur = &block{kind: kindItem, level: max(len(r.lists), 1), ordered: len(r.lists) > 0 && r.lists[len(r.lists)-1]}
			case atom.Ul, atom.Ol:
				r.end()
				if len(r.lists) < 64 {
					r.lists = append(r.lists, a == atom.Ol)
				}
			case atom.Br:
				r.breakLine()
			case atom.P, atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Main, atom.Nav, atom.Aside,
				atom.Dt, atom.Dd, atom.Td, atom.Th, atom.Tr, atom.Table, atom.Blockquote, atom.Pre, atom.Address, atom.Hr, atom.Figcaption, atom.Caption:
				r.end()
			case atom.Strong, atom.B:
				r.strong++
			case atom.A:
				target := ""
				for hasAttr {
					k, v, more := z.TagAttr()
					if string(k) == "href" {
						target = string(v)
					}
					hasAttr = more
				}
				href = append(href, target)
				r.linkStart = r.pending.Len()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Object:
				if skip > 0 {
					skip--
				}
				continue
			case atom.Title:
				inTitle = false
				continue
			}
			if skip > 0 {
				continue
			}
			switch a {
			case atom.Ul, atom.Ol:
				r.end()
				if len(r.lists) > 0 {
					r.lists = r.lists[:len(r.lists)-1]
				}
			case atom.Strong, atom.B:
				if r.strong > 0 {
					r.strong--
				}
			case atom.A:
				if len(href) > 0 {
					target := href[len(href)-1]
					href = href[:len(href)-1]
					if r.cur != nil {
						label := strings.TrimSpace(r.pending.String()[min(r.linkStart, r.pending.Len()):])
						if target != "" && !strings.HasPrefix(target, "#") && !strings.HasPrefix(strings.ToLower(target), "javascript:") &&
							target != label && strings.TrimPrefix(target, "mailto:") != label && strings.TrimPrefix(target, "tel:") != label {
							r.pending.WriteString(" (" + target + ")")
						}
					}
				}
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.P, atom.Div, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Main, atom.Nav, atom.Aside,
				atom.Dt, atom.Dd, atom.Td, atom.Th, atom.Tr, atom.Table, atom.Blockquote, atom.Pre, atom.Address, atom.Figcaption, atom.Caption:
				r.end()
			}
		}
	}
}

func leadingSpace(s string) int {
	return len(s) - len(strings.TrimLeft(s, " \t\r\n"))
}

type htmlReader struct {
	out         []block
	cur         *block
	pending     strings.Builder // the text of the current line of cur
	pendingLine int
	lists       []bool // the open lists, true for ordered
	strong      int
	hasH1       bool
	linkStart   int
}

// text adds text to the current block, opening a paragraph if none is open.
func (r *htmlReader) text(t string, ln int, strong bool) {
	if strings.TrimSpace(t) == "" && (r.cur == nil || r.pending.Len() == 0) {
		return
	}
	if r.cur == nil {
		r.cur = &block{kind: kindPara}
	}
	if r.pendingLine == 0 && strings.TrimSpace(t) != "" {
		r.pendingLine = ln
	}
	r.pending.WriteString(t)
	if strong {
		if c := cleanText(t); c != "" {
			r.cur.strong = append(r.cur.strong, c)
		}
	}
}

// breakLine ends the current line of the current block.
func (r *htmlReader) breakLine() {
	if r.cur == nil {
		return
	}
	if c := cleanText(r.pending.String()); c != "" {
		r.cur.lines = append(r.cur.lines, line{r.pendingLine, c})
	}
	r.pending.Reset()
	r.pendingLine = 0
}

// end closes the current block.
func (r *htmlReader) end() {
	if r.cur == nil {
		return
	}
	r.breakLine()
	if len(r.cur.lines) > 0 {
		b := *r.cur
		if b.kind == kindHeading && len(b.lines) > 1 {
			b.lines = []line{{b.lines[0].n, b.flat()}}
		}
		r.out = append(r.out, b)
	}
	r.cur = nil
}
