package prose

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// readMarkdown reads CommonMark with goldmark: headings, paragraphs and
// list items become blocks with the source line of each of their lines;
// links keep their target after the text, emphasis and escapes go.
func readMarkdown(src []byte) []block {
	li := newLineIndex(src)
	var front []block
	src, front = frontMatter(src)
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	r := &mdReader{src: src, li: li, out: front}
	r.walk(doc, 0, false)
	return r.out
}

// frontMatter blanks the YAML front matter a static-site Markdown file opens
// with ("---", "title: …", "---"), keeping the line count, and returns its
// title as a heading; its other keys are the site's, not the notice's.
func frontMatter(src []byte) ([]byte, []block) {
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return src, nil
	}
	end := bytes.Index(src[4:], []byte("\n---\n"))
	if end < 0 {
		return src, nil
	}
	end += 4
	var out []block
	for i, l := range strings.Split(string(src[4:end]), "\n") {
		if t, ok := strings.CutPrefix(l, "title:"); ok {
			t = strings.Trim(strings.TrimSpace(t), `"'`)
			if c := cleanText(t); c != "" {
				out = append(out, block{kind: kindHeading, level: 1, lines: []line{{i + 2, c}}})
			}
		}
	}
	blank := bytes.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		return ' '
	}, src[:end+5])
	return append(blank, src[end+5:]...), out
}

type mdReader struct {
	src []byte
	li  lineIndex
	out []block
}

// walk visits the block children of n; depth is the list nesting.
func (r *mdReader) walk(n ast.Node, depth int, ordered bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			if b := r.inlineBlock(c, kindHeading); b != nil {
				b.level = c.Level
				r.out = append(r.out, *b)
			}
		case *ast.Paragraph, *ast.TextBlock:
			if b := r.inlineBlock(c, kindPara); b != nil {
				r.out = append(r.out, *b)
			}
		case *ast.List:
			r.walk(c, depth+1, c.IsOrdered())
		case *ast.ListItem:
			r.item(c, depth, ordered)
		case *ast.Blockquote:
			r.walk(c, depth, ordered)
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.HTMLBlock:
			r.rawLines(c)
		default:
			if c.Type() == ast.TypeBlock {
				r.walk(c, depth, ordered)
			}
		}
	}
}

// item turns a list item into one block: its first paragraph, then any
// further paragraphs as more lines; nested lists follow as their own items.
func (r *mdReader) item(li *ast.ListItem, depth int, ordered bool) {
	var it *block
	for c := li.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			b := r.inlineBlock(c, kindItem)
			if b == nil {
				continue
			}
			if it == nil {
				it = b
				it.level, it.ordered = max(depth, 1), ordered
				continue
			}
			it.lines = append(it.lines, b.lines...)
			it.strong = append(it.strong, b.strong...)
		default:
			if it != nil {
				r.out = append(r.out, *it)
				it = nil
			}
			r.walkOne(c, depth, ordered)
		}
	}
	if it != nil {
		r.out = append(r.out, *it)
	}
}

// walkOne visits one block node as walk visits a child.
func (r *mdReader) walkOne(c ast.Node, depth int, ordered bool) {
	switch c := c.(type) {
	case *ast.List:
		r.walk(c, depth+1, c.IsOrdered())
	case *ast.Heading:
		if b := r.inlineBlock(c, kindHeading); b != nil {
			b.level = c.Level
			r.out = append(r.out, *b)
		}
	default:
		r.walk(c, depth, ordered)
	}
}

// rawLines keeps a code or HTML block as a paragraph of its lines, HTML
// read by the HTML reader.
func (r *mdReader) rawLines(n ast.Node) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	if _, ok := n.(*ast.HTMLBlock); ok {
		start := lines.At(0).Start
		end := lines.At(lines.Len() - 1).Stop
		base := r.li.line(start) - 1
		for _, b := range readHTML(r.src[start:end]) {
			for i := range b.lines {
				b.lines[i].n += base
			}
			r.out = append(r.out, b)
		}
		return
	}
	b := block{kind: kindPara}
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		if t := cleanText(string(seg.Value(r.src))); t != "" {
			b.lines = append(b.lines, line{r.li.line(seg.Start), t})
		}
	}
	if len(b.lines) > 0 {
		r.out = append(r.out, b)
	}
}

// inlineBlock collects the inline text of n into a block, one line per
// source line.
func (r *mdReader) inlineBlock(n ast.Node, kind blockKind) *block {
	b := &block{kind: kind}
	var cur strings.Builder
	curLine := 0
	flush := func() {
		if t := cleanText(cur.String()); t != "" {
			b.lines = append(b.lines, line{curLine, t})
		}
		cur.Reset()
		curLine = 0
	}
	var visit func(n ast.Node, strong bool)
	visit = func(n ast.Node, strong bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.Text:
				if curLine == 0 {
					curLine = r.li.line(c.Segment.Start)
				}
				t := string(c.Segment.Value(r.src))
				if strings.IndexByte(t, '\\') >= 0 {
					t = escapeRE.ReplaceAllString(t, "$1")
				}
				cur.WriteString(t)
				if strong {
					b.strong = append(b.strong, cleanText(t))
				}
				if c.SoftLineBreak() || c.HardLineBreak() {
					flush()
				}
			case *ast.String:
				cur.Write(c.Value)
			case *ast.CodeSpan:
				if curLine == 0 && c.FirstChild() != nil {
					if t, ok := c.FirstChild().(*ast.Text); ok {
						curLine = r.li.line(t.Segment.Start)
					}
				}
				visit(c, strong)
			case *ast.Emphasis:
				visit(c, strong || c.Level >= 2)
			case *ast.Link:
				start := cur.Len()
				visit(c, strong)
				label := strings.TrimSpace(cur.String()[start:])
				dest := string(c.Destination)
				if dest != "" && !strings.HasPrefix(dest, "#") && dest != label && strings.TrimPrefix(dest, "mailto:") != label {
					cur.WriteString(" (" + dest + ")")
				}
			case *ast.AutoLink:
				if curLine == 0 {
					curLine = r.li.line(lineStart(n, r))
				}
				cur.Write(c.URL(r.src))
			case *ast.Image:
				visit(c, strong)
			case *ast.RawHTML:
				// Inline tags are dropped, a <br> breaks the line.
				segs := c.Segments
				for i := 0; i < segs.Len(); i++ {
					seg := segs.At(i)
					if strings.HasPrefix(strings.ToLower(string(seg.Value(r.src))), "<br") {
						flush()
					}
				}
			default:
				visit(c, strong)
			}
		}
	}
	visit(n, false)
	flush()
	if len(b.lines) == 0 {
		return nil
	}
	if kind == kindHeading && len(b.lines) > 1 {
		b.lines = []line{{b.lines[0].n, b.flat()}}
	}
	return b
}

// lineStart is the first byte of a block node's text, for nodes that hold
// no text segment of their own.
func lineStart(n ast.Node, r *mdReader) int {
	for p := n; p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
}
