package render

import (
	"bytes"
	"strconv"
	"strings"
)

// writeMarkdown writes d as CommonMark. Notice text is escaped so that it is
// always text: no character of it can start emphasis, a link, an image, an
// autolink, raw HTML, an entity, a code span or, at the start of a line, a
// heading, list, block quote, fence, table or thematic break.
func writeMarkdown(buf *bytes.Buffer, d *doc) {
	var parts []string
	parts = append(parts, mdHeading(d.Title))
	parts = append(parts, mdBlocks(d.Header)...)
	parts = append(parts, mdBlocks(d.Intro)...)
	for _, s := range d.Sections {
		parts = append(parts, mdSection(s))
	}
	buf.WriteString(strings.Join(parts, "\n"))
}

func mdHeading(h heading) string {
	sp := make([]span, len(h.Spans))
	for i, x := range h.Spans {
		if x.Kind == spanBreak {
			x = span{Text: " "}
		}
		sp[i] = x
	}
	return strings.Repeat("#", h.Level) + " " + mdInline(sp, true) + "\n"
}

func mdSection(s *section) string {
	parts := []string{mdHeading(s.Heading)}
	parts = append(parts, mdBlocks(s.Blocks)...)
	for _, sub := range s.Subs {
		parts = append(parts, mdSection(sub))
	}
	out := strings.Join(parts, "\n")
	if s.Apart {
		// A block quote sets the right to object apart (Art 21(4)).
		out = prefixLines(out, "> ", ">")
	}
	return out
}

// mdBlocks writes a sequence of blocks. Lists of fields use the marker "*",
// or "+" right after another list of fields, so that consecutive lists
// (the contact details of two persons, say) stay apart.
func mdBlocks(bs []block) []string {
	var out []string
	marker := "* "
	for i, b := range bs {
		if b.Kind == blockFields || b.Kind == blockAddress {
			if i > 0 && (bs[i-1].Kind == blockFields || bs[i-1].Kind == blockAddress) && marker == "* " {
				marker = "+ "
			} else {
				marker = "* "
			}
		}
		out = append(out, mdBlock(b, marker))
	}
	return out
}

func mdBlock(b block, fieldMarker string) string {
	switch b.Kind {
	case blockPara:
		return mdInline(b.Spans, true) + "\n"
	case blockList, blockNav:
		loose := false
		for _, it := range b.Items {
			if len(it.Blocks) > 0 {
				loose = true
			}
		}
		var items []string
		for i, it := range b.Items {
			if b.Kind == blockNav {
				// The anchors of the HTML output mean nothing here.
				it.Spans = []span{{Text: plain(it.Spans)}}
			}
			if b.Ordered {
				items = append(items, mdItemMarker(it, strconv.Itoa(i+1)+". "))
				continue
			}
			items = append(items, mdItem(it))
		}
		sep := ""
		if loose {
			sep = "\n"
		}
		return strings.Join(items, sep)
	case blockFields, blockAddress:
		var items []string
		for _, f := range b.Fields {
			var lines []string
			for i, l := range f.Lines {
				lines = append(lines, mdInline(l, i > 0))
			}
			items = append(items, mdListItemMarker(fieldMarker, "**"+mdEscape(f.Label+":", false)+"** "+strings.Join(lines, "\\\n")+"\n"))
		}
		return strings.Join(items, "")
	}
	return ""
}

func mdItem(it item) string { return mdItemMarker(it, "- ") }

// mdItemMarker makes it an item of a list with marker ("- ", or "1. " in a
// numbered list), its further lines indented to the marker's width.
func mdItemMarker(it item, marker string) string {
	parts := []string{}
	if len(it.Spans) > 0 {
		parts = append(parts, mdInline(it.Spans, true)+"\n")
	}
	parts = append(parts, mdBlocks(it.Blocks)...)
	if len(parts) == 0 {
		return ""
	}
	if marker == "- " {
		return mdListItem(strings.Join(parts, "\n"))
	}
	indent := strings.Repeat(" ", len(marker))
	return marker + strings.TrimPrefix(prefixLines(strings.Join(parts, "\n"), indent, ""), indent)
}

// mdListItem makes content (one or more lines) an item of a bulleted list.
// Lists of content use "-"; lists of labelled fields use "*", so that a
// field list right after a content list starts a list of its own.
func mdListItem(content string) string { return mdListItemMarker("- ", content) }

func mdListItemMarker(marker, content string) string {
	return marker + strings.TrimPrefix(prefixLines(content, "  ", ""), "  ")
}

// prefixLines puts prefix before every line of s, or empty before an empty
// line.
func prefixLines(s, prefix, empty string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, l := range lines {
		if l == "" {
			lines[i] = empty
		} else {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

// mdInline writes spans; atStart says that the first span begins a line.
func mdInline(sp []span, atStart bool) string {
	var b strings.Builder
	lineStart := atStart
	for _, x := range sp {
		switch x.Kind {
		case spanBreak:
			b.WriteString("\\\n")
			lineStart = true
			continue
		case spanStrong:
			// Emphasis markers must touch the text they mark, or CommonMark
			// shows them as asterisks (or, around nothing, as a thematic
			// break): spaces go outside them, and blank text gets none.
			core := strings.TrimSpace(x.Text)
			if core == "" {
				b.WriteString(x.Text)
				break
			}
			lead := x.Text[:strings.Index(x.Text, core)]
			trail := x.Text[len(lead)+len(core):]
			b.WriteString(lead + "**" + mdEscape(core, lineStart && lead == "") + "**" + trail)
		case spanLink:
			b.WriteString("[" + mdEscape(x.Text, lineStart) + "](<" + x.URL + ">)")
		default:
			b.WriteString(mdEscape(x.Text, lineStart))
		}
		lineStart = false
	}
	return b.String()
}

// mdEscape returns s as literal CommonMark text. Every ASCII punctuation
// character that can start or end inline markup is backslash-escaped (`\`,
// "`", "*", "_", "[", "]", "<", ">", "&", "#", "|", "~"); at the start of a
// line so are "-", "+" and "=", and the "." or ")" of a number that would
// start an ordered list. Other characters are left alone, so that ordinary
// text stays readable.
func mdEscape(s string, lineStart bool) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '|', '~':
			b.WriteByte('\\')
		case '-', '+', '=':
			if lineStart && i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if lineStart && i > 0 && i <= 9 && allDigits(s[:i]) {
				b.WriteByte('\\')
			}
		case '\n':
			// Text reaching here has no line feeds (lineSpans splits them);
			// keep the output one line regardless.
			b.WriteByte(' ')
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
