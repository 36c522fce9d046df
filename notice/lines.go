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
		case !yamlBreaks:
		case c == '\r' && (i+1 == len(data) || data[i+1] != '\n'),
			c == 0x85 && i >= 1 && data[i-1] == 0xC2,                                     // NEL
			(c == 0xA8 || c == 0xA9) && i >= 2 && data[i-2] == 0xE2 && data[i-1] == 0x80: // LS, PS
			x.starts = append(x.starts, i+1)
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
	switch b := x.data[next-1]; {
	case b == 0x85: // NEL
		return next - 2
	case (b == 0xA8 || b == 0xA9) && next >= 3 && x.data[next-3] == 0xE2: // LS, PS
		return next - 3
	}
	return next - 1 // LF, or a CR alone
}
