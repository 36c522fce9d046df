package notice

import (
	"bytes"
	"slices"
)

// runeStep is the spacing, in bytes, of a lineIndex's rune counts.
const runeStep = 256

// A lineIndex turns byte offsets into lines and columns and back in time
// that does not grow with the document: it holds the offset of every line's
// start, and the number of characters before every runeStep-th byte.
type lineIndex struct {
	data   []byte
	starts []int // byte offset of each line's first byte
	runes  []int // runes[k]: characters in data[:k*runeStep]
}

// newLineIndex returns the index of data whose lines end at line feeds, as
// in JSON and as editors count them.
func newLineIndex(data []byte) *lineIndex { return buildLineIndex(data, false) }

// newYAMLLineIndex returns the index of data whose lines end where the YAML
// parser's do: at a line feed, and also at a carriage return without one
// after it, NEL (U+0085), LS (U+2028) and PS (U+2029), so that the parser's
// lines and columns name the right bytes.
func newYAMLLineIndex(data []byte) *lineIndex { return buildLineIndex(data, true) }

func buildLineIndex(data []byte, yamlBreaks bool) *lineIndex {
	// A byte order mark is no character of the first line: YAML parsers
	// count columns after it.
	first := 0
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		first = len("\ufeff")
	}
	x := &lineIndex{data: data, starts: []int{first}, runes: make([]int, 0, len(data)/runeStep+1)}
	n := 0
	for i, c := range data {
		if i%runeStep == 0 {
			x.runes = append(x.runes, n)
		}
		if c&0xC0 != 0x80 { // not a continuation byte: a character starts here
			n++
		}
		switch {
		case c == '\n':
			x.starts = append(x.starts, i+1)
		case yamlBreaks:
			if k := yamlBreakAt(data, i); k > 0 {
				x.starts = append(x.starts, i+k)
			}
		}
	}
	if len(data)%runeStep == 0 {
		x.runes = append(x.runes, n)
	}
	return x
}

// runesBefore returns the number of characters in data[:off].
func (x *lineIndex) runesBefore(off int) int {
	k := off / runeStep
	n := x.runes[k]
	for _, c := range x.data[k*runeStep : off] {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// lineCol returns the 1-based line and column (in characters) of byte
// offset off.
func (x *lineIndex) lineCol(off int) (line, col int) {
	off = min(max(off, x.starts[0]), len(x.data))
	line, _ = slices.BinarySearch(x.starts, off+1) // starts[line-1] <= off
	return line, 1 + x.runesBefore(off) - x.runesBefore(x.starts[line-1])
}

// offset returns the byte offset of the 1-based line and column (in
// characters); a place past the end of its line is the line's end.
func (x *lineIndex) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(x.starts) {
		return len(x.data)
	}
	start := x.starts[line-1]
	end := len(x.data)
	if line < len(x.starts) {
		end = x.breakAt(x.starts[line])
	}
	want := x.runesBefore(start) + col - 1
	// The last checkpoint at or before the wanted character, then a walk of
	// at most runeStep bytes.
	k, _ := slices.BinarySearch(x.runes, want+1)
	i := max(start, (k-1)*runeStep)
	n := x.runesBefore(i)
	for i < end && n < want {
		i++
		for i < end && x.data[i]&0xC0 == 0x80 {
			i++
		}
		n++
	}
	return i
}

// breakAt returns the offset of the line break that ends just before next,
// the start of a line.
func (x *lineIndex) breakAt(next int) int {
	for k := 3; k >= 2; k-- {
		if next >= k && yamlBreakAt(x.data, next-k) == k {
			return next - k
		}
	}
	return next - 1 // LF, or a CR alone
}

// yamlBreakAt returns the length in bytes of the line break other than LF
// and CRLF that starts at data[i], which the YAML parser reads as a line
// break: 1 for a carriage return without a line feed after it, 2 for NEL
// (U+0085), 3 for LS (U+2028) and PS (U+2029); 0 where none starts. It is
// the one definition of these line breaks for the line index and
// [FormatYAML].
func yamlBreakAt(data []byte, i int) int {
	switch c := data[i]; {
	case c == '\r' && (i+1 == len(data) || data[i+1] != '\n'):
		return 1
	case c == 0xC2 && i+1 < len(data) && data[i+1] == 0x85:
		return 2
	case c == 0xE2 && i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xA8 || data[i+2] == 0xA9):
		return 3
	}
	return 0
}
