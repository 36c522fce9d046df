package notice

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

// FormatYAML formats a notice written in YAML and keeps what its author
// wrote: comments, the yaml-language-server schema hint, blank lines,
// indentation and the style of every value (plain, quoted, block, flow) stay
// as they are. What changes is what makes the notice canonical:
//
//   - a document of schema version 1 is upgraded to [SchemaVersion] as
//     [Upgrade] upgrades it (supervisoryAuthority becomes a list, and so on);
//   - the fields of every object in schema order (the order of [Notice]'s
//     fields and their types'); a field moves with the comments and blank
//     lines above it;
//   - the languages of every text in the notice's order (its languages
//     field), then any others in alphabetical order;
//   - language tags, codes, dates and durations in the form [Decode] reads
//     them into, and text in Unicode NFC.
//
// Where nothing changes, the output is byte for byte the input, and
// formatting the output again changes nothing. A document without a schema
// hint gets one naming [SchemaURL] as its first line.
//
// data must be a notice that [Decode] reads; its errors are returned as they
// are. A document with a line break other than LF and CRLF (a carriage
// return alone, NEL, LS or PS, which the YAML parser reads as line breaks
// in some places and as text in others) is not formatted: the error wraps
// [ErrLineBreaks] and says where the first one is. The result decodes to a
// notice equal to the input's (FormatYAML checks it, and returns an error
// rather than a changed notice).
func FormatYAML(data []byte) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("notice: cannot format this document (%v); please report it", r)
		}
	}()
	n, err := DecodeFormat(data, YAML)
	if err != nil {
		return nil, err
	}
	if off := unusualBreak(data); off >= 0 {
		line, col := lineCol(data, off)
		return nil, fmt.Errorf("%w: the first is at %d:%d; write each line break as LF or CRLF", ErrLineBreaks, line, col)
	}
	d, err := parseFormatDoc(data)
	if err != nil {
		return nil, err
	}
	// The transformation of the document's node tree, step by step, before
	// it is written. A step changes nodes in place, or replaces or adds
	// them; the writer copies the source of every node a step left as it
	// was and writes the others anew.
	for _, step := range []func(root *yaml.Node, n *Notice) error{
		upgradeVersion1,  // a document of schema version 1 becomes one of the current version
		orderFields,      // schema order; the languages of texts in the notice's order
		canonicalScalars, // tags, codes, dates and text in their canonical form
	} {
		if err := step(d.root, n); err != nil {
			return nil, err
		}
	}
	out = d.write()

	// The result must hold the same notice.
	got, err := DecodeFormat(out, YAML)
	if err != nil {
		return nil, fmt.Errorf("notice: formatting made a document that does not decode (%v); please report it", err)
	}
	a, errA := EncodeJSON(n)
	b, errB := EncodeJSON(got)
	if errA != nil || errB != nil || !bytes.Equal(a, b) {
		return nil, errors.New("notice: formatting changed the notice; please report it")
	}
	return out, nil
}

// ErrLineBreaks is wrapped by the error of [FormatYAML] for a document with
// a line break other than LF and CRLF.
var ErrLineBreaks = errors.New("notice: the document has line breaks other than LF and CRLF (a carriage return alone, NEL, LS or PS), which formatting does not keep")

// unusualBreak returns the offset of the first carriage return without a
// line feed after it, NEL, LS or PS in data, or -1.
func unusualBreak(data []byte) int {
	for i := range data {
		if yamlBreakAt(data, i) > 0 {
			return i
		}
	}
	return -1
}

// CommentLines returns the number of comment lines of a YAML document: what
// a conversion to JSON, which has no comments, cannot keep. It is 0 for a
// document that is not YAML.
func CommentLines(data []byte) int {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil {
		return 0
	}
	count := 0
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
			for line := range strings.SplitSeq(c, "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), "#") {
					count++
				}
			}
		}
		if depth <= MaxDepth {
			for _, c := range n.Content {
				walk(c, depth+1)
			}
		}
	}
	walk(&doc, 0)
	return count
}

// ---- the transformation steps ----------------------------------------------

// upgradeVersion1 rewrites a document of schema version 1 as one of
// [SchemaVersion], as [Upgrade] does; a document of the current version is
// left as it is.
func upgradeVersion1(root *yaml.Node, _ *Notice) error {
	if schemaVersionOf(root) == "1" {
		upgradeNode(root)
	}
	return nil
}

// textMapTypes are the types of texts by language: a [Text], and a [Name],
// whose languages are ordered alike.
var textMapTypes = map[reflect.Type]bool{reflect.TypeFor[Text](): true, reflect.TypeFor[Name](): true}

// orderFields puts the members of every mapping in the order of the Go type
// it decodes into, and the languages of every text in the notice's order.
func orderFields(root *yaml.Node, n *Notice) error {
	langs := map[string]int{}
	for i, t := range n.Languages {
		langs[t.String()] = i
	}
	var walk func(node *yaml.Node, t reflect.Type, depth int)
	walk = func(node *yaml.Node, t reflect.Type, depth int) {
		for t != nil && t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if depth > MaxDepth || t == nil {
			return
		}
		switch node.Kind {
		case yaml.SequenceNode:
			if t.Kind() == reflect.Slice {
				for _, c := range node.Content {
					walk(c, t.Elem(), depth+1)
				}
			}
		case yaml.MappingNode:
			switch {
			case textMapTypes[t]:
				for i := 0; i+1 < len(node.Content); i += 2 {
					if tag, err := language.Parse(node.Content[i].Value); err == nil && tag.String() != node.Content[i].Value {
						node.Content[i].Value = tag.String()
					}
				}
				sortPairs(node, func(a, b string) int {
					ia, oka := langs[a]
					ib, okb := langs[b]
					switch {
					case oka && okb:
						return cmp.Compare(ia, ib)
					case oka:
						return -1
					case okb:
						return 1
					}
					return strings.Compare(a, b)
				})
			case t.Kind() == reflect.Struct:
				order := fieldIndex(t)
				sortPairs(node, func(a, b string) int {
					ia, oka := order[a]
					ib, okb := order[b]
					if !oka || !okb { // a name the type lacks keeps its place after the known ones
						return cmp.Compare(boolInt(!oka), boolInt(!okb))
					}
					return cmp.Compare(ia.pos, ib.pos)
				})
				for i := 0; i+1 < len(node.Content); i += 2 {
					if f, ok := order[node.Content[i].Value]; ok {
						walk(node.Content[i+1], f.typ, depth+1)
					}
				}
			case t.Kind() == reflect.Map:
				sortPairs(node, strings.Compare)
				for i := 1; i < len(node.Content); i += 2 {
					walk(node.Content[i], t.Elem(), depth+1)
				}
			}
		}
	}
	walk(root, reflect.TypeFor[Notice](), 0)
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sortPairs sorts a mapping's key-value pairs by key, stably.
func sortPairs(m *yaml.Node, byKey func(a, b string) int) {
	type pair struct{ k, v *yaml.Node }
	pairs := make([]pair, 0, len(m.Content)/2)
	for i := 0; i+1 < len(m.Content); i += 2 {
		pairs = append(pairs, pair{m.Content[i], m.Content[i+1]})
	}
	if slices.IsSortedFunc(pairs, func(a, b pair) int { return byKey(a.k.Value, b.k.Value) }) {
		return
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return byKey(a.k.Value, b.k.Value) })
	content := make([]*yaml.Node, 0, len(m.Content))
	for _, p := range pairs {
		content = append(content, p.k, p.v)
	}
	m.Content = content
}

type fieldInfo struct {
	pos int
	typ reflect.Type
}

// fieldIndex returns the JSON names of a struct type's fields with their
// position and type, embedded structs' fields in their place.
func fieldIndex(t reflect.Type) map[string]fieldInfo {
	out := map[string]fieldInfo{}
	var add func(t reflect.Type)
	add = func(t reflect.Type) {
		for f := range t.Fields() {
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if f.Anonymous && name == "" {
				ft := f.Type
				for ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					add(ft)
					continue
				}
			}
			if name == "-" {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if _, dup := out[name]; !dup {
				out[name] = fieldInfo{pos: len(out), typ: f.Type}
			}
		}
	}
	add(t)
	return out
}

// canonicalScalars gives every string scalar the form the decoded notice
// has at the same place: canonical language tags, dates, durations and
// codes, and text in NFC. A scalar where the notice holds another kind of
// value (a bare string for a text) is left alone.
func canonicalScalars(root *yaml.Node, n *Notice) error {
	orig := n.Original().String()
	js, err := EncodeJSON(n)
	if err != nil {
		return err
	}
	var canon any
	if err := json.Unmarshal(js, &canon); err != nil {
		return err
	}
	var walk func(node *yaml.Node, v any, depth int)
	walk = func(node *yaml.Node, v any, depth int) {
		if depth > MaxDepth {
			return
		}
		switch node.Kind {
		case yaml.ScalarNode:
			if m, ok := v.(map[string]any); ok { // a bare string for a text in the original language
				v = m[orig]
			}
			if s, ok := v.(string); ok && s != node.Value && (node.ShortTag() == "!!str" || node.ShortTag() == "!!timestamp") {
				node.Value = s
			}
		case yaml.MappingNode:
			if m, ok := v.(map[string]any); ok {
				for i := 0; i+1 < len(node.Content); i += 2 {
					if c, ok := m[node.Content[i].Value]; ok {
						walk(node.Content[i+1], c, depth+1)
					}
				}
			}
		case yaml.SequenceNode:
			if l, ok := v.([]any); ok && len(l) == len(node.Content) {
				for i, c := range node.Content {
					walk(c, l[i], depth+1)
				}
			}
		}
	}
	walk(root, canon, 0)
	return nil
}
