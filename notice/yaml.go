package notice

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
	"go.yaml.in/yaml/v3"
)

// yamlSource is a YAML document turned into JSON, keeping the YAML node tree
// so that an error found in the JSON can be placed in the YAML.
type yamlSource struct {
	root     *yaml.Node
	data     []byte
	upgraded bool // root was rewritten from schema version 1
}

func (s *yamlSource) json() []byte { return s.data }

var yamlLineRE = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// parseYAML parses data as one YAML document and converts it to JSON, refusing
// what JSON cannot say: aliases, merge keys, non-string keys, binary and
// custom tags, infinities.
func parseYAML(data []byte) (*yamlSource, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		msg, line := err.Error(), 0
		if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		if msg == "EOF" {
			msg = "empty document: expected a notice object"
		}
		col := 0
		if line > 0 {
			col = 1
		}
		return nil, &DecodeError{Line: line, Column: col, Offset: -1, Msg: "YAML: " + msg, Err: ErrSyntax}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		line, col := extra.Line, extra.Column
		if err != nil {
			line, col = 0, 0
			if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil && m[1] != "" {
				line, _ = strconv.Atoi(m[1])
				col = 1
			}
		}
		return nil, &DecodeError{Line: line, Column: col, Offset: -1, Msg: "more than one YAML document: a file holds one notice", Err: ErrSyntax}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	var buf bytes.Buffer
	enc := jsontext.NewEncoder(&buf, jsontext.AllowDuplicateNames(true))
	if err := yamlToJSON(enc, root, "", 0); err != nil {
		return nil, err
	}
	return &yamlSource{root: root, data: buf.Bytes()}, nil
}

func yamlErr(n *yaml.Node, ptr, msg string, sentinel error) error {
	return &DecodeError{Line: n.Line, Column: n.Column, Offset: -1, Pointer: ptr, Msg: msg, Err: sentinel}
}

func yamlToJSON(enc *jsontext.Encoder, n *yaml.Node, ptr string, depth int) error {
	if depth > MaxDepth {
		return yamlErr(n, ptr, fmt.Sprintf("nested more than %d levels deep", MaxDepth), ErrTooDeep)
	}
	switch n.Kind {
	case yaml.AliasNode:
		return yamlErr(n, ptr, "YAML aliases (*name) are not accepted: write the value out", ErrSyntax)
	case yaml.MappingNode:
		if n.ShortTag() != "!!map" {
			return yamlErr(n, ptr, fmt.Sprintf("YAML tag %s is not accepted on a mapping: write the mapping without a tag", n.Tag), ErrType)
		}
		if err := enc.WriteToken(jsontext.BeginObject); err != nil {
			return err
		}
		seen := make(map[string]*yaml.Node, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode {
				return yamlErr(k, ptr, "a key must be a plain string", ErrSyntax)
			}
			if k.Tag == "!!merge" {
				return yamlErr(k, ptr, "YAML merge keys (<<) are not accepted: write the fields out", ErrSyntax)
			}
			// A duplicate is placed at the second key, where the reader
			// must look, naming the first.
			if first, dup := seen[k.Value]; dup {
				return yamlErr(k, ptr+"/"+escapePointer(k.Value),
					fmt.Sprintf("duplicate key: %q is given at line %d too; each field may be given once", k.Value, first.Line), ErrSyntax)
			}
			seen[k.Value] = k
			if err := enc.WriteToken(jsontext.String(k.Value)); err != nil {
				return err
			}
			if err := yamlToJSON(enc, v, ptr+"/"+escapePointer(k.Value), depth+1); err != nil {
				return err
			}
		}
		return enc.WriteToken(jsontext.EndObject)
	case yaml.SequenceNode:
		if n.ShortTag() != "!!seq" {
			return yamlErr(n, ptr, fmt.Sprintf("YAML tag %s is not accepted on a list: write the list without a tag", n.Tag), ErrType)
		}
		if err := enc.WriteToken(jsontext.BeginArray); err != nil {
			return err
		}
		for i, c := range n.Content {
			if err := yamlToJSON(enc, c, ptr+"/"+strconv.Itoa(i), depth+1); err != nil {
				return err
			}
		}
		return enc.WriteToken(jsontext.EndArray)
	case yaml.ScalarNode:
		return yamlScalar(enc, n, ptr)
	}
	return yamlErr(n, ptr, "unexpected YAML node", ErrSyntax)
}

func yamlScalar(enc *jsontext.Encoder, n *yaml.Node, ptr string) error {
	switch n.ShortTag() {
	case "!!str", "!!timestamp":
		return enc.WriteToken(jsontext.String(n.Value))
	case "!!null":
		return enc.WriteToken(jsontext.Null)
	case "!!bool":
		var b bool
		if err := n.Decode(&b); err != nil {
			return yamlErr(n, ptr, "not a boolean: "+n.Value, ErrType)
		}
		return enc.WriteToken(jsontext.Bool(b))
	case "!!int":
		v, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
		if err != nil {
			return yamlErr(n, ptr, "number out of range: "+n.Value, ErrType)
		}
		return enc.WriteToken(jsontext.Int(v))
	case "!!float":
		var f float64
		if err := n.Decode(&f); err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
			return yamlErr(n, ptr, "not a finite number: "+n.Value, ErrType)
		}
		return enc.WriteToken(jsontext.Float(f))
	}
	return yamlErr(n, ptr, fmt.Sprintf("YAML tag %s is not accepted: expected a string, number, boolean or null", n.Tag), ErrType)
}

func escapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

func unescapePointer(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~1", "/"), "~0", "~")
}

// locate walks the YAML tree along ptr. Where ptr names a member that the
// tree lacks, it returns the place of the nearest existing parent.
func (s *yamlSource) locate(ptr string, atKey bool) (int, int, int64) {
	n := s.root
	var key *yaml.Node
	if ptr != "" {
		for tok := range strings.SplitSeq(ptr[1:], "/") {
			tok = unescapePointer(tok)
			next, k := child(n, tok)
			if next == nil {
				break
			}
			n, key = next, k
		}
	}
	if atKey && key != nil {
		return key.Line, key.Column, -1
	}
	return n.Line, n.Column, -1
}

func child(n *yaml.Node, tok string) (value, key *yaml.Node) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == tok {
				return n.Content[i+1], n.Content[i]
			}
		}
	case yaml.SequenceNode:
		i, err := strconv.Atoi(tok)
		if err == nil && i >= 0 && i < len(n.Content) {
			return n.Content[i], nil
		}
	}
	return nil, nil
}

// YAMLToJSON converts a YAML document to the JSON that [Decode] would read
// from it, with the same refusals (aliases, merge keys, custom tags).
func YAMLToJSON(data []byte) ([]byte, error) {
	s, err := parseYAML(data)
	if err != nil {
		return nil, err
	}
	return s.data, nil
}

// drop removes the value at ptr from the tree, so that decoding can go on
// past an error there: a member of a mapping is deleted, an item of a list
// becomes null (so that the indexes of the items after it stay). It reports
// whether it found the value.
func (s *yamlSource) drop(ptr string) bool {
	if ptr == "" {
		return false
	}
	toks := strings.Split(ptr[1:], "/")
	n := s.root
	for _, tok := range toks[:len(toks)-1] {
		next, _ := child(n, unescapePointer(tok))
		if next == nil {
			return false
		}
		n = next
	}
	last := unescapePointer(toks[len(toks)-1])
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == last {
				n.Content = append(n.Content[:i], n.Content[i+2:]...)
				return true
			}
		}
	case yaml.SequenceNode:
		i, err := strconv.Atoi(last)
		if err == nil && i >= 0 && i < len(n.Content) {
			c := n.Content[i]
			n.Content[i] = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null", Line: c.Line, Column: c.Column}
			return true
		}
	}
	return false
}
