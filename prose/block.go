package prose

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// blockKind is what a block of the source is.
type blockKind uint8

const (
	kindPara    blockKind = iota // a paragraph: one or more lines of text
	kindHeading                  // a heading
	kindItem                     // an item of a list
)

// A line is one line of a block's text with its line number in the source.
type line struct {
	n    int    // 1-based line in the source
	text string // the text, inline markup removed, trimmed
}

// A block is one heading, paragraph or list item of the source, in the one
// shape every reader produces: the readers differ, the import does not.
type block struct {
	kind    blockKind
	level   int  // heading level 1-6; list nesting depth from 1 for items
	ordered bool // an item of a numbered list
	lines   []line
	// strong are the spans the source marks as strong or bold, such as
	// the names of processors in "**Valtori**"; a hint for names.
	strong []string
}

// first returns the block's first line number.
func (b *block) first() int {
	if len(b.lines) == 0 {
		return 0
	}
	return b.lines[0].n
}

// text returns the block's lines joined by newlines.
func (b *block) text() string {
	if len(b.lines) == 1 {
		return b.lines[0].text
	}
	var s strings.Builder
	for i, l := range b.lines {
		if i > 0 {
			s.WriteByte('\n')
		}
		s.WriteString(l.text)
	}
	return s.String()
}

// flat returns the block's lines joined by spaces: its text as one run of
// prose, for a paragraph whose lines were wrapped.
func (b *block) flat() string {
	if len(b.lines) == 1 {
		return b.lines[0].text
	}
	var s strings.Builder
	for i, l := range b.lines {
		if i > 0 {
			s.WriteByte(' ')
		}
		s.WriteString(l.text)
	}
	return s.String()
}

// lineIndex maps byte offsets of a source to 1-based line numbers.
type lineIndex []int // byte offset of the start of each line

func newLineIndex(src []byte) lineIndex {
	idx := lineIndex{0}
	for i, c := range src {
		if c == '\n' {
			idx = append(idx, i+1)
		}
	}
	return idx
}

// line returns the 1-based line holding byte offset off.
func (li lineIndex) line(off int) int {
	lo, hi := 0, len(li)
	for lo < hi {
		m := (lo + hi) / 2
		if li[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// cleanText removes control characters (other than tab), folds runs of
// white space, including no-break spaces, into one space and trims the
// ends. Text from a source never carries a terminal escape or a NUL into the
// notice or the report.
func cleanText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == utf8.RuneError:
			r = '\uFFFD'
		case r == '\u00AD' || r == '\u200B' || r == '\uFEFF': // soft hyphen, zero-width space, BOM
			continue
		case unicode.IsSpace(r) || r == '\u00A0':
			space = true
			continue
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
