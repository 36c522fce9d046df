package render

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// writeText writes d as plain text wrapped at width columns (80 when width
// is not positive). The title is underlined with "=", sections are numbered
// (1., 1.1, 1.1.1) and the top ones underlined with "-", lists use "- ",
// labels are followed by a colon, and the right to object is set apart by a
// bar at the left. Links are written as their text followed by the address
// in angle brackets, unless the text is the address.
func writeText(buf *bytes.Buffer, d *doc, width int) {
	if width <= 0 {
		width = 80
	}
	width = max(width, 20)
	var out [][]string
	title := wrap(textInline(d.Title.Spans), width, "", "")
	out = append(out, append(title, strings.Repeat("=", min(width, maxWidth(title)))))
	for _, b := range d.Header {
		out = append(out, textBlock(b, width))
	}
	for _, b := range d.Intro {
		out = append(out, textBlock(b, width))
	}
	for i, s := range d.Sections {
		out = append(out, textSection(s, width, strconv.Itoa(i+1)+"."))
	}
	for i, lines := range out {
		if i > 0 {
			buf.WriteByte('\n')
		}
		for _, l := range lines {
			buf.WriteString(strings.TrimRight(l, " "))
			buf.WriteByte('\n')
		}
	}
}

func textSection(s *section, width int, num string) []string {
	inner := width
	if s.Apart {
		inner -= 2
	}
	h := wrap(num+" "+textInline(s.Heading.Spans), inner, "", strings.Repeat(" ", textWidth(num)+1))
	if !strings.Contains(num, ".") || strings.HasSuffix(num, ".") && strings.Count(num, ".") == 1 {
		h = append(h, strings.Repeat("-", min(inner, maxWidth(h))))
	}
	parts := [][]string{h}
	for _, b := range s.Blocks {
		parts = append(parts, textBlock(b, inner))
	}
	prefix := strings.TrimSuffix(num, ".")
	for i, sub := range s.Subs {
		parts = append(parts, textSection(sub, inner, prefix+"."+strconv.Itoa(i+1)))
	}
	var lines []string
	for i, p := range parts {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, p...)
	}
	if s.Apart {
		for i, l := range lines {
			if l == "" {
				lines[i] = "|"
			} else {
				lines[i] = "| " + l
			}
		}
	}
	return lines
}

func textBlock(b block, width int) []string {
	switch b.Kind {
	case blockPara:
		return wrap(textInline(b.Spans), width, "", "")
	case blockList, blockNav:
		loose := false
		for _, it := range b.Items {
			if len(it.Blocks) > 0 {
				loose = true
			}
		}
		var lines []string
		for i, it := range b.Items {
			if loose && i > 0 {
				lines = append(lines, "")
			}
			marker := "- "
			if b.Ordered {
				marker = strconv.Itoa(i+1) + ". "
			}
			lines = append(lines, textItem(it, width, marker)...)
		}
		return lines
	case blockFields, blockAddress:
		var lines []string
		for _, f := range b.Fields {
			label := f.Label + ": "
			indent := textWidth(label)
			if indent > 20 {
				indent = 4
			}
			pad := strings.Repeat(" ", indent)
			for i, l := range f.Lines {
				first := pad
				text := textInline(l)
				if i == 0 {
					first = label
					if w := textWords(text); len(w) > 0 && textWidth(label)+textWidth(w[0]) > width {
						// A label too wide to share its line with a word
						// (a long name used as one) stands on lines of its
						// own, the value below it.
						lines = append(lines, wrap(f.Label+":", width, "", "")...)
						first = pad
					}
				}
				lines = append(lines, wrap(text, width, first, pad)...)
			}
		}
		return lines
	}
	return nil
}

// textItem writes a list item led by marker ("- ", or "1. " in a numbered
// list), its further lines indented to the marker's width.
func textItem(it item, width int, marker string) []string {
	indent := strings.Repeat(" ", utf8.RuneCountInString(marker))
	var lines []string
	if len(it.Spans) > 0 {
		lines = wrap(textInline(it.Spans), width, marker, indent)
	}
	for i, b := range it.Blocks {
		sub := textBlock(b, width-len(indent))
		if len(lines) == 0 && i == 0 && len(sub) > 0 {
			lines = append(lines, marker+sub[0])
			sub = sub[1:]
		} else if len(lines) > 0 {
			lines = append(lines, "")
		}
		for _, l := range sub {
			if l == "" {
				lines = append(lines, "")
			} else {
				lines = append(lines, indent+l)
			}
		}
	}
	return lines
}

// textInline returns spans as text; a line break is "\n".
func textInline(sp []span) string {
	var b strings.Builder
	for _, x := range sp {
		switch x.Kind {
		case spanBreak:
			b.WriteByte('\n')
		case spanLink:
			target := x.URL
			if target == x.Text || strings.TrimPrefix(target, "mailto:") == x.Text || strings.HasPrefix(target, "tel:") {
				// An address or telephone number is never broken across
				// lines, and is its own target.
				b.WriteString(strings.ReplaceAll(x.Text, " ", noBreakSpace))
				continue
			}
			b.WriteString(x.Text)
			if !strings.HasPrefix(target, "#") {
				b.WriteString(" <" + target + ">")
			}
		default:
			b.WriteString(x.Text)
		}
	}
	return b.String()
}

// noBreakSpace (U+00A0) joins two words that wrap must not part: the
// spaces of a link's text (an address, a telephone number) and the space
// before a section sign ("4 §"). It stays in the output, so that the
// output says where it may be broken.
const noBreakSpace = "\u00a0"

// isBreak reports whether a line may be broken at r: at an ordinary space
// only. A no-break space, and every other character, is part of a word.
// The wrapper and its test share this one definition.
func isBreak(r rune) bool { return r == ' ' }

// textWords returns the words of a line, as wrap breaks it.
func textWords(s string) []string { return strings.FieldsFunc(s, isBreak) }

// textWidth returns the width of s in columns, as wrap counts it: one for each
// character.
func textWidth(s string) int { return utf8.RuneCountInString(s) }

// wrap breaks s into lines of at most width runes where it can, at the
// breaks of isBreak. The first line starts with first, the others with
// rest; a "\n" in s always starts a new line. A word longer than the line
// is not broken.
func wrap(s string, limit int, first, rest string) []string {
	s = strings.ReplaceAll(s, " §", noBreakSpace+"§")
	var lines []string
	prefix := first
	for hard := range strings.SplitSeq(s, "\n") {
		var cur strings.Builder
		cur.WriteString(prefix)
		n := textWidth(prefix)
		empty := true
		for _, w := range textWords(hard) {
			wn := textWidth(w)
			if !empty && n+1+wn > limit {
				lines = append(lines, cur.String())
				cur.Reset()
				cur.WriteString(rest)
				n = textWidth(rest)
				empty = true
			}
			if !empty {
				cur.WriteByte(' ')
				n++
			}
			cur.WriteString(w)
			n += wn
			empty = false
		}
		lines = append(lines, cur.String())
		prefix = rest
	}
	return lines
}

func maxWidth(lines []string) int {
	m := 0
	for _, l := range lines {
		m = max(m, textWidth(l))
	}
	return m
}
