package notice

import (
	"bytes"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
	"go.yaml.in/yaml/v3"
)

// A Locator places JSON Pointers in one JSON or YAML document, so that a
// finding about a decoded notice can be shown at its place in the source.
//
// NewLocator only keeps the document: the first call to [Locator.Locate] or
// [Locator.Region] reads it once and indexes every value by its pointer, so
// that each further call costs a map lookup and a binary search, whatever the
// size of the document; a document with no finding to place is never read.
// Make one Locator per document and ask it for every finding. A Locator is
// safe for concurrent use.
type Locator struct {
	data []byte
	once sync.Once
	// Set by index: at most one of json and yaml; neither when the document
	// cannot be read.
	lines *lineIndex
	json  map[string]jsonPlace
	yaml  map[string]yamlPlace
}

// A Region is the place of a value in a document, as [Locator.Region]
// returns it: from its first character to the character after its last.
// Lines and columns are 1-based and columns count characters (Unicode code
// points); the end is exclusive, as in a SARIF region's endColumn.
type Region struct {
	StartLine, StartColumn int
	EndLine, EndColumn     int
}

// NewLocator returns a Locator for data, a JSON or YAML document; it reads
// nothing yet. data must not change while the Locator is in use.
func NewLocator(data []byte) *Locator { return &Locator{data: data} }

// Locate returns the 1-based line and column of the value at the JSON
// Pointer ptr: for an object member, of its name; for an array element, of
// the element. Where the document lacks the value it returns the place of
// the nearest enclosing one; 0, 0 when the document cannot be read.
func (l *Locator) Locate(ptr string) (line, col int) {
	r := l.Region(ptr)
	return r.StartLine, r.StartColumn
}

// Region returns the place of the value at the JSON Pointer ptr, from where
// [Locator.Locate] places it (the member's name, or the array element) to
// the end of the value: the whole of a nested object or list, the closing
// quote of a quoted string, the last line of a YAML block scalar. Where the
// document lacks the value it returns the region of the nearest enclosing
// one; the zero Region when the document cannot be read.
func (l *Locator) Region(ptr string) Region {
	for p := ptr; ; p = parentPointer(p) {
		if start, end, ok := l.place(p, true); ok {
			sl, sc := l.lines.lineCol(start)
			el, ec := l.lines.lineCol(max(start, end))
			return Region{StartLine: sl, StartColumn: sc, EndLine: el, EndColumn: ec}
		}
		if p == "" {
			return Region{}
		}
	}
}

// Locate is NewLocator(data).Locate(ptr), for a single pointer.
func Locate(data []byte, ptr string) (line, col int) {
	return NewLocator(data).Locate(ptr)
}

// jsonLocator returns a Locator for a JSON document that a decoder has read
// at least as far as the place it asks about: the values before a syntax
// error are placed too.
func jsonLocator(data []byte) *Locator {
	l := &Locator{data: data}
	l.once.Do(func() {
		l.json, _ = indexJSON(data)
		l.lines = newLineIndex(data)
	})
	return l
}

// locate places ptr exactly, as a decoder's source does: the line, column
// and byte offset of the value at ptr, or of the name of the member when
// atKey is true; 0, 0, -1 when the document has no value at ptr.
func (l *Locator) locate(ptr string, atKey bool) (line, col int, off int64) {
	start, _, ok := l.place(ptr, atKey)
	if !ok {
		return 0, 0, -1
	}
	line, col = l.lines.lineCol(start)
	return line, col, int64(start)
}

// place returns the byte offsets of the value at ptr (from its member's
// name when atKey is true) and of the end of the value.
func (l *Locator) place(ptr string, atKey bool) (start, end int, ok bool) {
	l.once.Do(l.index)
	switch {
	case l.json != nil:
		p, ok := l.json[ptr]
		if !ok || p.start < 0 {
			return 0, 0, false
		}
		start = p.start
		if atKey && p.key >= 0 {
			start = p.key
		}
		return start, p.end, true
	case l.yaml != nil:
		p, ok := l.yaml[ptr]
		if !ok {
			return 0, 0, false
		}
		n := p.value
		if atKey && p.key != nil {
			n = p.key
		}
		return l.lines.offset(n.Line, n.Column), l.yamlEnd(p.value, 0), true
	}
	return 0, 0, false
}

// index reads the document once: as JSON when it is valid JSON, otherwise
// as YAML (which also reads JSON-looking YAML such as a flow mapping).
func (l *Locator) index() {
	data := l.data
	if len(data) > MaxInputSize || !utf8.Valid(data) {
		return
	}
	if sniff(data) == JSON {
		if idx, complete := indexJSON(data); complete {
			l.lines, l.json = newLineIndex(data), idx
			return
		}
	}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		return
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	l.lines, l.yaml = newLineIndex(data), map[string]yamlPlace{}
	indexYAML(l.yaml, root, nil, "", 0)
}

// jsonPlace is where a JSON value is: byte offsets of its member name (-1
// for an array element or the document), of its first byte and of the byte
// after its last.
type jsonPlace struct{ key, start, end int }

// indexJSON reads a JSON document once and returns the place of every value
// by its pointer, as far as the document is well formed; complete reports
// whether it is exactly one valid JSON value. Where a name is repeated in an
// object, the first member is kept.
func indexJSON(data []byte) (idx map[string]jsonPlace, complete bool) {
	// Every value but the document follows a ':' or a ',' or opens a list:
	// sized so, the map does not grow while it is filled.
	idx = make(map[string]jsonPlace, bytes.Count(data, []byte{':'})+bytes.Count(data, []byte{','})+bytes.Count(data, []byte{'['})+1)
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true))
	// The pointer of each open object or array, and of the member whose
	// name was read last or the number of elements read so far.
	type level struct {
		ptr    string
		object bool
		member string
		n      int
	}
	stack := []level{}
	values := 0
	for {
		before := dec.InputOffset()
		tok, err := dec.ReadToken()
		if err != nil {
			return idx, err == io.EOF && values == 1
		}
		after := int(dec.InputOffset())
		start := skipSpace(data, int(before))
		kind := tok.Kind()
		if kind == '}' || kind == ']' {
			ptr := stack[len(stack)-1].ptr
			stack = stack[:len(stack)-1]
			if p := idx[ptr]; p.end < 0 {
				p.end = after
				idx[ptr] = p
			}
		} else {
			ptr := ""
			if len(stack) > 0 {
				top := &stack[len(stack)-1]
				switch {
				case top.object && top.n%2 == 0: // a member's name
					top.n++
					top.member = top.ptr + "/" + escapePointer(tok.String())
					if _, seen := idx[top.member]; !seen {
						idx[top.member] = jsonPlace{key: start, start: -1, end: -1}
					}
					continue
				case top.object:
					top.n++
					ptr = top.member
				default:
					ptr = top.ptr + "/" + strconv.Itoa(top.n)
					top.n++
				}
			}
			p, seen := idx[ptr]
			if !seen {
				p = jsonPlace{key: -1, start: -1, end: -1}
			}
			if p.start < 0 { // else a repeated name: the first member stays
				p.start = start
				if kind != '{' && kind != '[' {
					p.end = after
				}
				idx[ptr] = p
			}
			if kind == '{' || kind == '[' {
				stack = append(stack, level{ptr: ptr, object: kind == '{'})
			}
		}
		if len(stack) == 0 {
			values++
		}
	}
}

// skipSpace skips white space and the separators before a JSON token.
func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r' || b[i] == ',' || b[i] == ':') {
		i++
	}
	return i
}

// parentPointer returns the pointer of the value that holds the one at p.
func parentPointer(p string) string {
	i := strings.LastIndexByte(p, '/')
	if i <= 0 {
		return ""
	}
	return p[:i]
}

// yamlPlace is a YAML value and the key that names it (nil for a list item
// or the document).
type yamlPlace struct{ key, value *yaml.Node }

// indexYAML records the place of n and every value below it, down to a
// little past MaxDepth (nothing deeper decodes); aliases are not followed.
func indexYAML(idx map[string]yamlPlace, n, key *yaml.Node, ptr string, depth int) {
	if _, seen := idx[ptr]; seen {
		return // a repeated key: the first stays
	}
	idx[ptr] = yamlPlace{key: key, value: n}
	if depth > MaxDepth {
		return
	}
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Kind == yaml.ScalarNode {
				indexYAML(idx, n.Content[i+1], k, ptr+"/"+escapePointer(k.Value), depth+1)
			}
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			indexYAML(idx, c, nil, ptr+"/"+strconv.Itoa(i), depth+1)
		}
	}
}

// yamlEnd returns the byte offset just after the YAML value n. YAML nodes
// carry only their start, so the end is found from the source: the end of a
// block collection is the end of its last entry; a flow collection ends at
// its closing bracket; a quoted scalar at its closing quote; a plain or
// block scalar where the last character of its value stands. The cost is
// that of the value's last line or scalar, not of the whole value.
func (l *Locator) yamlEnd(n *yaml.Node, depth int) int {
	data := l.data
	start := l.lines.offset(n.Line, n.Column)
	switch n.Kind {
	case yaml.MappingNode, yaml.SequenceNode:
		flow := n.Style&yaml.FlowStyle != 0
		if len(n.Content) == 0 || depth > MaxDepth {
			if flow {
				return closeFlow(data, start+1)
			}
			return lineEnd(data, start)
		}
		end := l.yamlEnd(n.Content[len(n.Content)-1], depth+1)
		if flow {
			return closeFlow(data, end)
		}
		return end
	case yaml.AliasNode:
		return tokenEnd(data, start)
	}
	i := skipProperties(data, start)
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0 && i < len(data) && data[i] == '"':
		for j := i + 1; j < len(data); j++ {
			switch data[j] {
			case '\\':
				j++
			case '"':
				return j + 1
			}
		}
	case n.Style&yaml.SingleQuotedStyle != 0 && i < len(data) && data[i] == '\'':
		for j := i + 1; j < len(data); j++ {
			if data[j] == '\'' {
				if j+1 < len(data) && data[j+1] == '\'' {
					j++
					continue
				}
				return j + 1
			}
		}
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		header := lineEnd(data, i)
		if end, ok := matchText(data, header, n.Value); ok && strings.TrimSpace(n.Value) != "" {
			return end
		}
		return header
	default:
		if end, ok := matchText(data, i, n.Value); ok {
			return end
		}
	}
	return lineEnd(data, start)
}

// matchText finds the characters of a plain or block scalar's value in the
// source from i, where they stand in order with only white space (line
// folding, indentation) between them, and returns the offset after the
// last; ok is false when the source does not hold them so.
func matchText(data []byte, i int, value string) (end int, ok bool) {
	end = i
	for _, r := range value {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' {
			continue
		}
		for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
			i++
		}
		c, size := utf8.DecodeRune(data[i:])
		if c != r || size == 0 {
			return end, false
		}
		i += size
		end = i
	}
	return end, true
}

// skipProperties skips a YAML node's tag (!!str) and anchor (&name), which
// its position includes.
func skipProperties(data []byte, i int) int {
	for i < len(data) && (data[i] == '!' || data[i] == '&') {
		i = tokenEnd(data, i)
		for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
			i++
		}
	}
	return i
}

// tokenEnd returns the offset of the first white space at or after i.
func tokenEnd(data []byte, i int) int {
	for i < len(data) && data[i] != ' ' && data[i] != '\t' && data[i] != '\n' && data[i] != '\r' {
		i++
	}
	return i
}

// lineEnd returns the offset of the end of the line that holds i, before
// any trailing white space or comment.
func lineEnd(data []byte, i int) int {
	j := i
	for j < len(data) && data[j] != '\n' {
		j++
	}
	line := data[i:j]
	if k := bytes.Index(line, []byte(" #")); k >= 0 {
		line = line[:k]
	}
	return i + len(bytes.TrimRight(line, " \t\r"))
}

// closeFlow returns the offset after the bracket that closes a flow
// collection whose last entry ends at i, skipping white space, commas and
// comments; i itself when something else comes first.
func closeFlow(data []byte, i int) int {
	for j := i; j < len(data); j++ {
		switch data[j] {
		case ' ', '\t', '\n', '\r', ',':
		case '#':
			for j < len(data) && data[j] != '\n' {
				j++
			}
		case '}', ']':
			return j + 1
		default:
			return i
		}
	}
	return i
}

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

func newLineIndex(data []byte) *lineIndex {
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
		if c == '\n' {
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
		end = x.starts[line] - 1
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
