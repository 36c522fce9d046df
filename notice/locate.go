package notice

import (
	"bytes"
	"strings"
	"sync"
	"unicode/utf8"

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
	root *yaml.Node // the decoder's tree of a YAML document, or nil
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
	if l.root != nil {
		l.lines, l.yaml = newYAMLLineIndex(data), indexYAML(l.root)
		return
	}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		return
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	l.lines, l.yaml = newYAMLLineIndex(data), indexYAML(root)
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
