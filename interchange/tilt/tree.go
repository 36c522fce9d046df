package tilt

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

// A node is one value of a TILT document, with its JSON Pointer and whether
// the importer has given it a place (or reported it).
type node struct {
	ptr  string
	kind jsontext.Kind // 'n', 'f', 't', '"', '0', '[', '{'
	str  string        // a string's value, or a number's text
	arr  []*node
	keys []string
	vals []*node
	done bool // given a place in the notice, or reported
	seq  int  // the node's place in document order
}

// parse reads a JSON document into a tree of nodes, keeping the order of
// object members. It rejects duplicate names and invalid UTF-8 with the
// byte offset and JSON Pointer of the place.
func parse(data []byte) (*node, error) {
	dec := jsontext.NewDecoder(bytes.NewReader(data))
	seq := 0
	root, err := parseValue(dec, "", &seq)
	if err != nil {
		return nil, err
	}
	if _, err := dec.ReadToken(); err == nil {
		return nil, fmt.Errorf("tilt: offset %d: more than one JSON value in the document", dec.InputOffset())
	}
	return root, nil
}

func parseValue(dec *jsontext.Decoder, ptr string, seq *int) (*node, error) {
	if dec.StackDepth() > maxDepth {
		return nil, fmt.Errorf("tilt: offset %d: %s: nested more than %d deep", dec.InputOffset(), ptr, maxDepth)
	}
	tok, err := dec.ReadToken()
	if err != nil {
		return nil, wrapSyntax(dec, err)
	}
	*seq++
	n := &node{ptr: ptr, kind: tok.Kind(), seq: *seq}
	switch tok.Kind() {
	case '"':
		n.str = tok.String()
	case '0':
		n.str = tok.String()
	case '[':
		for i := 0; dec.PeekKind() != ']'; i++ {
			if dec.PeekKind() == 0 {
				_, err := dec.ReadToken()
				return nil, wrapSyntax(dec, err)
			}
			c, err := parseValue(dec, ptr+"/"+strconv.Itoa(i), seq)
			if err != nil {
				return nil, err
			}
			n.arr = append(n.arr, c)
		}
		if _, err := dec.ReadToken(); err != nil {
			return nil, wrapSyntax(dec, err)
		}
	case '{':
		for dec.PeekKind() != '}' {
			k, err := dec.ReadToken()
			if err != nil {
				return nil, wrapSyntax(dec, err)
			}
			key := k.String()
			c, err := parseValue(dec, ptr+"/"+escape(key), seq)
			if err != nil {
				return nil, err
			}
			n.keys = append(n.keys, key)
			n.vals = append(n.vals, c)
		}
		if _, err := dec.ReadToken(); err != nil {
			return nil, wrapSyntax(dec, err)
		}
	}
	return n, nil
}

// maxDepth is the deepest nesting of a TILT document the importer reads.
const maxDepth = 32

func wrapSyntax(dec *jsontext.Decoder, err error) error {
	var se *jsontext.SyntacticError
	if errors.As(err, &se) {
		return fmt.Errorf("tilt: offset %d: %s: %w", se.ByteOffset, se.JSONPointer, se.Err)
	}
	return fmt.Errorf("tilt: offset %d: %w", dec.InputOffset(), err)
}

// escape escapes a JSON Pointer reference token (RFC 6901).
func escape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

// get returns the member key of an object node, or nil.
func (n *node) get(key string) *node {
	if n == nil || n.kind != '{' {
		return nil
	}
	for i, k := range n.keys {
		if k == key {
			return n.vals[i]
		}
	}
	return nil
}

// empty reports whether n says nothing: it is absent, null, an empty string
// (or only white space), an empty array or object, or an array or object
// whose every value says nothing. TILT has no way to say "not stated", and
// its corpus writes these in its place.
func (n *node) empty() bool {
	if n == nil {
		return true
	}
	switch n.kind {
	case 'n':
		return true
	case '"':
		return strings.TrimSpace(n.str) == ""
	case '[':
		for _, c := range n.arr {
			if !c.empty() {
				return false
			}
		}
		return true
	case '{':
		for _, c := range n.vals {
			if !c.empty() {
				return false
			}
		}
		return true
	}
	return false
}

// describe says what kind of placeholder or value n is, for the report.
func (n *node) describe() string {
	switch n.kind {
	case 'n':
		return "null"
	case '"':
		if n.str == "" {
			return `""`
		}
		if strings.TrimSpace(n.str) == "" {
			return "a string of white space"
		}
		return "a string"
	case '[':
		if len(n.arr) == 0 {
			return "[]"
		}
		return "an array of empty values"
	case '{':
		if len(n.keys) == 0 {
			return "{}"
		}
		return "an object whose every field is empty"
	case 't', 'f':
		return "a boolean"
	}
	return "a number"
}

// items returns the elements of an array node; a single object where TILT
// wants an array of them is read as a one-element array (the corpus writes
// both).
func (n *node) items() []*node {
	switch {
	case n == nil:
		return nil
	case n.kind == '[':
		return n.arr
	case n.kind == '{':
		return []*node{n}
	}
	return nil
}

// order returns the document-order index of every node by its pointer.
func (n *node) order(into map[string]int) {
	into[n.ptr] = n.seq
	for _, c := range n.arr {
		c.order(into)
	}
	for _, c := range n.vals {
		c.order(into)
	}
}
