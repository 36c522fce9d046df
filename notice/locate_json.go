package notice

import (
	"bytes"
	"io"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

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
