package notice

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

// FormatYAML formats a notice written in YAML and keeps what its author
// wrote: comments, the yaml-language-server schema hint, blank lines,
// indentation and the style of every value (plain, quoted, block, flow) stay
// as they are. What changes is what makes the notice canonical:
//
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
// are. The result decodes to a notice equal to the input's (FormatYAML
// checks it, and returns an error rather than a changed notice).
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
	d, err := parseFormatDoc(data)
	if err != nil {
		return nil, err
	}
	// The transformation of the document's node tree, step by step, before
	// it is written. A step changes nodes in place, or replaces or adds
	// them; the writer copies the source of every node a step left as it
	// was and writes the others anew.
	for _, step := range []func(root *yaml.Node, n *Notice) error{
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

var textMapType = reflect.TypeFor[Text]()

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
			case t == textMapType:
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

// ---- the writer ------------------------------------------------------------

// formatDoc is a YAML document as parsed: its source, its node tree, and
// what every node was when parsed, so that the writer can tell which nodes
// a transformation left as they were.
type formatDoc struct {
	src       []byte
	loc       *Locator // places nodes in src
	root      *yaml.Node
	orig      map[*yaml.Node]nodeSnapshot
	same      map[*yaml.Node]bool // memo of unchanged
	chunkEnds map[*yaml.Node]int  // memo of end
}

type nodeSnapshot struct {
	kind    yaml.Kind
	style   yaml.Style
	tag     string
	value   string
	content []*yaml.Node
}

func parseFormatDoc(data []byte) (*formatDoc, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &DecodeError{Offset: -1, Msg: "YAML: " + err.Error(), Err: ErrSyntax}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	d := &formatDoc{
		src:       data,
		loc:       &Locator{data: data, lines: newLineIndex(data)},
		root:      root,
		orig:      map[*yaml.Node]nodeSnapshot{},
		same:      map[*yaml.Node]bool{},
		chunkEnds: map[*yaml.Node]int{},
	}
	var snap func(n *yaml.Node, depth int)
	snap = func(n *yaml.Node, depth int) {
		d.orig[n] = nodeSnapshot{n.Kind, n.Style, n.Tag, n.Value, slices.Clone(n.Content)}
		if depth <= MaxDepth+1 {
			for _, c := range n.Content {
				snap(c, depth+1)
			}
		}
	}
	snap(root, 0)
	// Where every node ends, found now: the steps may change the nodes
	// whose source the writer copies.
	for n := range d.orig {
		d.end(n)
	}
	return d, nil
}

// unchanged reports whether n and everything below it are as parsed.
func (d *formatDoc) unchanged(n *yaml.Node) bool {
	if same, ok := d.same[n]; ok {
		return same
	}
	s, ok := d.orig[n]
	same := ok && s.kind == n.Kind && s.style == n.Style && s.tag == n.Tag && s.value == n.Value && slices.Equal(s.content, n.Content)
	for _, c := range n.Content {
		if !same {
			break
		}
		same = d.unchanged(c)
	}
	d.same[n] = same
	return same
}

func (d *formatDoc) start(n *yaml.Node) int { return d.loc.lines.offset(n.Line, n.Column) }

// end returns the offset after a node as parsed: after the value of a
// scalar or flow collection, after the line of the last entry of a block
// collection (before its line feed).
func (d *formatDoc) end(n *yaml.Node) int {
	if e, ok := d.chunkEnds[n]; ok {
		return e
	}
	s := d.orig[n]
	e := 0
	if (s.kind == yaml.MappingNode || s.kind == yaml.SequenceNode) && s.style&yaml.FlowStyle == 0 && len(s.content) > 0 {
		e = rawLineEnd(d.src, d.end(s.content[len(s.content)-1]))
	} else {
		e = d.loc.yamlEnd(n, 0)
	}
	d.chunkEnds[n] = e
	return e
}

// rawLineEnd returns the offset of the line feed that ends the line holding
// i, or the end of data; a carriage return before it stays in the line.
func rawLineEnd(data []byte, i int) int {
	if j := bytes.IndexByte(data[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(data)
}

// write writes the document: the lines before its first value as they
// were (with a schema hint added when there was none), the tree, and what
// followed it.
func (d *formatDoc) write() []byte {
	var w bytes.Buffer
	start, end := d.start(d.root), d.end(d.root)
	head := d.src[:start]
	if bom := []byte("\ufeff"); bytes.HasPrefix(head, bom) {
		w.Write(bom)
		head = head[len(bom):]
	}
	if !bytes.Contains(head, []byte("yaml-language-server: $schema=")) {
		w.WriteString("# yaml-language-server: $schema=" + SchemaURL + "\n")
	}
	w.Write(head)
	d.print(&w, d.root, d.root.Column-1)
	tail := string(d.src[end:])
	if !d.unchanged(d.root) {
		tail = emptyBlankLines(tail + "\n")
		tail = tail[:len(tail)-1]
	}
	w.WriteString(tail)
	return w.Bytes()
}

// print writes node n, which stands at indentation indent (in bytes of
// spaces) when it starts a line.
func (d *formatDoc) print(w *bytes.Buffer, n *yaml.Node, indent int) {
	s, parsed := d.orig[n]
	switch {
	case !parsed:
		d.printNew(w, n, indent)
		return
	case d.unchanged(n):
		w.Write(d.src[d.start(n):d.end(n)])
		return
	}
	switch {
	case n.Kind == yaml.ScalarNode:
		d.printScalar(w, n, indent)
	case n.Style&yaml.FlowStyle != 0 || s.style&yaml.FlowStyle != 0:
		d.printFlow(w, n, indent)
	case n.Kind == yaml.MappingNode:
		d.printBlock(w, n, s.content, 2, indent)
	case n.Kind == yaml.SequenceNode:
		d.printBlock(w, n, s.content, 1, indent)
	default:
		w.Write(d.src[d.start(n):d.end(n)])
	}
}

// printBlock writes a block mapping (step 2: key and value) or sequence
// (step 1) whose entries may have moved, changed or been added. Each entry
// of the source is written with the lines above it (blank lines,
// comments) and the comment after it; a new entry is written anew.
func (d *formatDoc) printBlock(w *bytes.Buffer, n *yaml.Node, orig []*yaml.Node, step, indent int) {
	type chunk struct{ start, end int }
	chunks := map[*yaml.Node]chunk{}
	pair := map[*yaml.Node]*yaml.Node{} // a key's value in the source
	prev := d.start(n)
	for i := 0; i+step-1 < len(orig); i += step {
		last := orig[i+step-1]
		end := rawLineEnd(d.src, d.end(last))
		chunks[orig[i]] = chunk{prev, end}
		pair[orig[i]] = last
		prev = min(end+1, len(d.src))
	}
	if len(orig) > 0 {
		indent = n.Column - 1 // the column of the source's entries: their indentation
	}
	blank := "" // blank lines that part the source's first entry from the next
	for i := 0; i+step-1 < len(n.Content); i += step {
		first := n.Content[i]
		if i > 0 {
			w.WriteByte('\n')
		}
		c, parsed := chunks[first]
		if !parsed {
			if i > 0 {
				w.WriteString(strings.Repeat(" ", indent))
			}
			if step == 2 {
				d.printNew(w, &yaml.Node{Kind: yaml.MappingNode, Content: n.Content[i : i+2]}, indent)
			} else {
				w.WriteString("- ")
				d.printNew(w, first, indent+2)
			}
			continue
		}
		lead := string(d.src[c.start:d.start(first)])
		switch {
		case i == 0:
			// The block starts where the source's first entry did: the
			// blank lines that parted this entry from the one above go
			// above the source's first entry, wherever it now is.
			trimmed := strings.TrimLeft(lead, " \t\r\n")
			blank = strings.Repeat("\n", strings.Count(lead[:len(lead)-len(trimmed)], "\n"))
			lead = trimmed
		case c.start == d.start(n): // the source's first entry, now later
			lead = blank + strings.Repeat(" ", indent)
		}
		w.WriteString(emptyBlankLines(lead))
		last := n.Content[i+step-1]
		if step == 2 {
			d.print(w, first, indent)
			if pair[first] != last {
				// A value the source did not have under this key.
				if (last.Kind == yaml.MappingNode || last.Kind == yaml.SequenceNode) && last.Style&yaml.FlowStyle == 0 && len(last.Content) > 0 {
					w.WriteString(":\n" + strings.Repeat(" ", indent+2))
				} else {
					w.WriteString(": ")
				}
				d.printNew(w, last, indent+2)
				continue
			}
			w.Write(d.src[d.end(first):d.start(last)])
		}
		d.print(w, last, indent+2)
		w.Write(d.src[min(d.end(last), c.end):c.end])
	}
}

// emptyBlankLines empties the lines of s that hold only white space, all
// but its last, unfinished one (the indentation of the entry it leads to):
// moved below a block scalar less indented than they are, such lines would
// become part of it.
func emptyBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines[:len(lines)-1] {
		if strings.TrimLeft(l, " \t") != l && strings.Trim(l, " \t\r") == "" {
			lines[i] = strings.TrimLeft(l, " \t")
		}
	}
	return strings.Join(lines, "\n")
}

// printFlow writes a flow collection whose entries changed, on one line.
func (d *formatDoc) printFlow(w *bytes.Buffer, n *yaml.Node, indent int) {
	if n.Kind == yaml.MappingNode {
		w.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				w.WriteString(", ")
			}
			d.print(w, n.Content[i], indent)
			w.WriteString(": ")
			d.print(w, n.Content[i+1], indent)
		}
		w.WriteByte('}')
		return
	}
	w.WriteByte('[')
	for i, c := range n.Content {
		if i > 0 {
			w.WriteString(", ")
		}
		d.print(w, c, indent)
	}
	w.WriteByte(']')
}

// printScalar writes a scalar whose value changed, in its style where the
// new value allows it: a block scalar keeps its header and indentation, a
// plain or quoted one stays on its line.
func (d *formatDoc) printScalar(w *bytes.Buffer, n *yaml.Node, indent int) {
	if n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 || strings.Contains(n.Value, "\n") {
		d.printBlockScalar(w, n, indent)
		return
	}
	out, err := yaml.Marshal(&yaml.Node{Kind: yaml.ScalarNode, Tag: n.Tag, Value: n.Value, Style: n.Style &^ yaml.FlowStyle})
	if err != nil || bytes.Count(bytes.TrimSuffix(out, []byte("\n")), []byte("\n")) > 0 {
		out = []byte(strconv.Quote(n.Value))
	}
	w.Write(bytes.TrimSuffix(out, []byte("\n")))
}

// printBlockScalar writes a multi-line value as a literal block scalar,
// its lines indented as the source's were (or two spaces deeper than its
// key).
func (d *formatDoc) printBlockScalar(w *bytes.Buffer, n *yaml.Node, indent int) {
	content := indent
	if _, parsed := d.orig[n]; parsed && d.orig[n].style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		if i := bytes.IndexByte(d.src[d.start(n):], '\n'); i >= 0 {
			line := d.src[d.start(n)+i+1:]
			content = len(line) - len(bytes.TrimLeft(line, " "))
		}
	}
	chomp := "-"
	body := strings.TrimSuffix(n.Value, "\n")
	switch {
	case strings.HasSuffix(n.Value, "\n\n"):
		chomp = "+"
		body = n.Value[:len(n.Value)-1]
	case strings.HasSuffix(n.Value, "\n"):
		chomp = ""
	}
	w.WriteString("|" + chomp)
	for line := range strings.SplitSeq(body, "\n") {
		w.WriteByte('\n')
		if line != "" {
			w.WriteString(strings.Repeat(" ", content) + line)
		}
	}
}

// printNew writes a node that the source does not have, as yaml.v3 encodes
// it with two spaces of indentation, its lines after the first indented by
// indent.
func (d *formatDoc) printNew(w *bytes.Buffer, n *yaml.Node, indent int) {
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		fmt.Fprintf(w, "%q", n.Value)
		return
	}
	enc.Close()
	out := strings.TrimSuffix(buf.String(), "\n")
	w.WriteString(strings.ReplaceAll(out, "\n", "\n"+strings.Repeat(" ", indent)))
}
