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
// [Locator.Region] reads it once into a tree of its values, so that each
// further call costs a walk down the pointer (the members of a large object
// by a map) and a binary search for the line, whatever the size of the
// document; a document with no finding to place is never read.
// Make one Locator per document and ask it for every finding. A Locator is
// safe for concurrent use.
type Locator struct {
	data []byte
	once sync.Once
	// Set by index: at most one of json and yaml; neither when the document
	// cannot be read.
	lines *lineIndex
	json  *jsonIndex
	yaml  *yamlIndex
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
		p, ok := l.json.place(ptr)
		if !ok {
			return 0, 0, false
		}
		start = p.start
		if atKey && p.key >= 0 {
			start = p.key
		}
		return start, p.end, true
	case l.yaml != nil:
		key, value, ok := l.yaml.place(ptr)
		if !ok {
			return 0, 0, false
		}
		n := value
		if atKey && key != nil {
			n = key
		}
		return l.lines.offset(n.Line, n.Column), l.yamlEnd(value, 0), true
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
	l.lines, l.yaml = newLineIndex(data), indexYAML(root)
}

// jsonPlace is where a JSON value is: byte offsets of its member name (-1
// for an array element or the document), of its first byte and of the byte
// after its last.
type jsonPlace struct{ key, start, end int }

// A jsonIndex is a JSON document's tree of values, read once: each value's
// place, and the values of each object or array in order, with the members'
// names. A pointer is placed by walking it down the tree. The tree lives in
// three flat slices, filled in document order, so that building it and
// walking it touch memory in sequence; objects of wideAt members or more
// also have a map from name to member.
type jsonIndex struct {
	data  []byte
	nodes []jsonNode
	kids  []int32                    // the children of every container, each container's together
	names []jsonName                 // the member name of each entry of kids
	wide  map[int32]map[string]int32 // objects of wideAt members or more: child by name
}

type jsonNode struct {
	key, start, end int32 // byte offsets; key is -1 where there is no name
	first, count    int32 // the node's children: kids[first : first+count]
}

// A jsonName is a member name: where it stands in the document, between
// its quotes, or, when it holds escapes, the name itself.
type jsonName struct {
	off, len int32
	escaped  string
}

// indexJSON reads a JSON document once, as far as it is well formed;
// complete reports whether it is exactly one valid JSON value. Where a name
// is repeated in an object, the first member is placed.
func indexJSON(data []byte) (x *jsonIndex, complete bool) {
	x = &jsonIndex{data: data}
	dec := jsontext.NewDecoder(bytes.NewReader(data), jsontext.AllowDuplicateNames(true))
	type open struct {
		node   int32
		mark   int  // where its children start in pending
		object bool // an object: its values alternate with names
		name   bool // an object expecting a member name
	}
	var stack []open
	var pending []int32 // the children of the open containers, innermost last
	var pendingNames []jsonName
	// closeTop closes the innermost open container, which ends at end.
	closeTop := func(end int32) {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := &x.nodes[o.node]
		n.end, n.first, n.count = end, int32(len(x.kids)), int32(len(pending)-o.mark)
		x.kids = append(x.kids, pending[o.mark:]...)
		x.names = append(x.names, pendingNames[o.mark:]...)
		if o.object && n.count >= wideAt {
			m := make(map[string]int32, n.count)
			for i := n.first; i < n.first+n.count; i++ {
				if name := x.name(x.names[i]); m[name] == 0 {
					m[name] = i - n.first + 1 // 0 is "absent"
				}
			}
			if x.wide == nil {
				x.wide = map[int32]map[string]int32{}
			}
			x.wide[o.node] = m
		}
		pending, pendingNames = pending[:o.mark], pendingNames[:o.mark]
	}
	// stop closes what is open where the document stops being JSON, so that
	// what was read before is placed.
	stop := func() {
		for len(stack) > 0 {
			closeTop(int32(len(data)))
		}
	}
	var name jsonName // the name of the member whose value comes next
	key := int32(-1)
	values := 0
	for {
		before := dec.InputOffset()
		kind := dec.PeekKind()
		if kind == '"' && len(stack) > 0 && stack[len(stack)-1].name {
			raw, err := dec.ReadValue()
			if err != nil {
				stop()
				return x, false
			}
			start := skipSpace(data, int(before))
			key = int32(start)
			name = jsonName{off: int32(start + 1), len: int32(len(raw) - 2)}
			if bytes.IndexByte(raw, '\\') >= 0 {
				if s, err := jsontext.AppendUnquote(nil, raw); err == nil {
					name = jsonName{off: -1, escaped: string(s)}
				}
			}
			stack[len(stack)-1].name = false
			continue
		}
		tok, err := dec.ReadToken()
		if err != nil {
			stop()
			return x, err == io.EOF && values == 1
		}
		after := int32(dec.InputOffset())
		start := int32(skipSpace(data, int(before)))
		switch kind = tok.Kind(); kind {
		case '}', ']':
			closeTop(after)
		default:
			idx := int32(len(x.nodes))
			x.nodes = append(x.nodes, jsonNode{key: key, start: start, end: after})
			if len(stack) > 0 {
				pending = append(pending, idx)
				pendingNames = append(pendingNames, name)
				top := &stack[len(stack)-1]
				top.name = top.object
			}
			key, name = -1, jsonName{}
			if kind == '{' || kind == '[' {
				stack = append(stack, open{node: idx, mark: len(pending), object: kind == '{', name: kind == '{'})
			}
		}
		if len(stack) == 0 {
			values++
		}
	}
}

// place returns the place of the value at ptr.
func (x *jsonIndex) place(ptr string) (jsonPlace, bool) {
	if len(x.nodes) == 0 || (ptr != "" && ptr[0] != '/') {
		return jsonPlace{}, false
	}
	n0 := int32(0)
	n := &x.nodes[0]
	for ptr != "" {
		var tok string
		tok, ptr, _ = strings.Cut(ptr[1:], "/")
		if ptr != "" {
			ptr = "/" + ptr
		}
		tok = unescapePointer(tok)
		kids := x.kids[n.first : n.first+n.count]
		names := x.names[n.first : n.first+n.count]
		next := -1
		if m, ok := x.wide[int32(n0)]; ok {
			next = int(m[tok]) - 1
		} else if x.data[n.start] == '{' {
			for i, nm := range names {
				if x.nameIs(nm, tok) {
					next = i
					break
				}
			}
		} else if i, err := strconv.Atoi(tok); err == nil && i >= 0 && i < len(kids) && tok == strconv.Itoa(i) {
			next = i
		}
		if next < 0 {
			return jsonPlace{}, false
		}
		n0 = kids[next]
		n = &x.nodes[n0]
	}
	return jsonPlace{key: int(n.key), start: int(n.start), end: int(n.end)}, true
}

func (x *jsonIndex) name(nm jsonName) string {
	if nm.off < 0 {
		return nm.escaped
	}
	return string(x.data[nm.off : nm.off+nm.len])
}

func (x *jsonIndex) nameIs(nm jsonName, s string) bool {
	if nm.off < 0 {
		return nm.escaped == s
	}
	return int(nm.len) == len(s) && string(x.data[nm.off:nm.off+nm.len]) == s
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

// wideAt is the number of members from which an object is looked up by a
// map instead of in order: placing a pointer costs the same in a hostile
// object of a million members as in a notice's.
const wideAt = 16

// A yamlIndex is a YAML document's node tree, which places a pointer by
// walking it down; mappings of wideAt keys or more have a map from key to
// entry, made when the document is read.
type yamlIndex struct {
	root *yaml.Node
	wide map[*yaml.Node]map[string]int // the position of each key in Content
}

func indexYAML(root *yaml.Node) *yamlIndex {
	x := &yamlIndex{root: root, wide: map[*yaml.Node]map[string]int{}}
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		if depth > MaxDepth || n.Kind == yaml.AliasNode {
			return // nothing deeper decodes; an alias is not followed
		}
		if n.Kind == yaml.MappingNode && len(n.Content) >= 2*wideAt {
			m := make(map[string]int, len(n.Content)/2)
			for i := 0; i+1 < len(n.Content); i += 2 {
				if _, seen := m[n.Content[i].Value]; !seen {
					m[n.Content[i].Value] = i
				}
			}
			x.wide[n] = m
		}
		for _, c := range n.Content {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return x
}

// place returns the node at ptr and the key that names it (nil for a list
// item or the document).
func (x *yamlIndex) place(ptr string) (key, value *yaml.Node, ok bool) {
	n := x.root
	for depth := 0; ptr != ""; depth++ {
		if ptr[0] != '/' || depth > MaxDepth+1 {
			return nil, nil, false
		}
		var tok string
		tok, ptr, _ = strings.Cut(ptr[1:], "/")
		if ptr != "" {
			ptr = "/" + ptr
		}
		tok = unescapePointer(tok)
		switch n.Kind {
		case yaml.MappingNode:
			i := -1
			if m, ok := x.wide[n]; ok {
				if j, ok := m[tok]; ok {
					i = j
				}
			} else {
				for j := 0; j+1 < len(n.Content); j += 2 {
					if n.Content[j].Kind == yaml.ScalarNode && n.Content[j].Value == tok {
						i = j
						break
					}
				}
			}
			if i < 0 {
				return nil, nil, false
			}
			key, n = n.Content[i], n.Content[i+1]
		case yaml.SequenceNode:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(n.Content) || tok != strconv.Itoa(i) {
				return nil, nil, false
			}
			key, n = nil, n.Content[i]
		default:
			return nil, nil, false
		}
	}
	return key, n, true
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
