package notice

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

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

	// afterBlock is whether what was written last is a block scalar (|,
	// >): a comment line written after it as deep as its text would
	// become part of its value. afterKeep is whether it is one of keep
	// chomping (|+, >+): a blank line written after it would too.
	afterBlock, afterKeep bool
	// flow counts the flow collections being written, in which a value
	// is written on one line.
	flow int

	// unbroken is a block scalar of clip or keep chomping that ends the
	// source without a line break, whose value therefore lacks the final
	// one: copied, it would gain it from whatever is written after it.
	// rewrite is it when something may be: the document changed.
	unbroken, rewrite *yaml.Node
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
	if last := d.lastOf(root); d.chomping(last) != '-' && bytes.IndexByte(d.src[d.end(last):], '\n') < 0 {
		d.unbroken = last
	}
	return d, nil
}

// unchanged reports whether n and everything below it are as parsed.
func (d *formatDoc) unchanged(n *yaml.Node) bool {
	if same, ok := d.same[n]; ok {
		return same
	}
	s, ok := d.orig[n]
	same := ok && n != d.rewrite && s.kind == n.Kind && s.style == n.Style && s.tag == n.Tag && s.value == n.Value && slices.Equal(s.content, n.Content)
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
		if k := trailingContentLines(s); k > 0 {
			// A block scalar whose value ends in lines of white space
			// only (more indented than its text) ends with the last
			// of them, which yamlEnd, placing its text, does not reach.
			for ; k > 0 && e < len(d.src); k-- {
				e = rawLineEnd(d.src, min(rawLineEnd(d.src, e)+1, len(d.src)))
			}
		}
		if d.keeps(n) {
			// The blank lines after a block scalar of keep chomping are
			// part of its value: they end with it and move with it.
			e = rawLineEnd(d.src, e)
			for e+1 < len(d.src) {
				next := rawLineEnd(d.src, e+1)
				if next == len(d.src) || strings.Trim(string(d.src[e+1:next]), " \t\r") != "" {
					break
				}
				e = next
			}
		}
	}
	d.chunkEnds[n] = e
	return e
}

// trailingContentLines returns how many lines after the line of its last
// character other than white space (or after its header) a block scalar's
// value (as parsed, s) goes on: lines of white space more indented than its
// text are part of it whatever its chomping; the line breaks of its
// chomping are not counted. A line break stands for one line, folded or
// not: the breaks before and between more indented lines are not folded.
func trailingContentLines(s nodeSnapshot) int {
	if s.kind != yaml.ScalarNode || s.style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
		return 0
	}
	text := strings.TrimRight(s.value, " \t\n")
	trailing := strings.TrimRight(s.value[len(text):], "\n")
	switch {
	case trailing == "":
		return 0
	case text == "":
		// White space only: yamlEnd ends it at its header, the line
		// above its first.
		return strings.Count(trailing, "\n") + 1
	}
	return strings.Count(trailing, "\n")
}

// keeps reports whether n was parsed as a block scalar of keep chomping
// (|+ or >+, in either order with an indentation indicator).
func (d *formatDoc) keeps(n *yaml.Node) bool { return d.chomping(n) == '+' }

// chomping returns the chomping indicator of n as parsed, a block scalar:
// '-' (strip), '+' (keep) or ' ' (clip); '-' for any other node, whose
// value no line break after it changes.
func (d *formatDoc) chomping(n *yaml.Node) byte {
	s := d.orig[n]
	if s.kind != yaml.ScalarNode || s.style&(yaml.LiteralStyle|yaml.FoldedStyle) == 0 {
		return '-'
	}
	i := skipProperties(d.src, d.start(n))
	header := d.src[i:tokenEnd(d.src, i)]
	switch {
	case bytes.IndexByte(header, '+') >= 0:
		return '+'
	case bytes.IndexByte(header, '-') >= 0:
		return '-'
	}
	return ' '
}

// endsBlock reports whether n as parsed ends with a block scalar, and
// whether that is one of keep chomping.
func (d *formatDoc) endsBlock(n *yaml.Node) (block, keep bool) {
	n = d.lastOf(n)
	if s := d.orig[n]; s.kind == yaml.ScalarNode {
		return s.style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0, d.keeps(n)
	}
	return false, false
}

// lastOf returns what n as parsed ends with: the last entry of the last
// entry, and so on, of block collections; n itself when it is a scalar, a
// flow collection or empty.
func (d *formatDoc) lastOf(n *yaml.Node) *yaml.Node {
	for depth := 0; depth <= MaxDepth+1; depth++ {
		s := d.orig[n]
		if len(s.content) == 0 || s.style&yaml.FlowStyle != 0 {
			return n
		}
		n = s.content[len(s.content)-1]
	}
	return n
}

// outdentComments writes the comment lines of s, the lines above an entry
// of indentation indent written after a block scalar, no deeper than the
// entry: a comment as deep as the scalar's text, which is deeper than the
// entry, would become part of its value.
func outdentComments(s string, indent int) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		text := strings.TrimLeft(l, " \t")
		if strings.HasPrefix(text, "#") && len(l)-len(strings.TrimLeft(l, " ")) > indent {
			lines[i] = strings.Repeat(" ", indent) + text
		}
	}
	return strings.Join(lines, "\n")
}

// trimBlankLines removes the blank lines that start s, the lead of an entry
// written after a block scalar of keep chomping, whose value they would
// join.
func trimBlankLines(s string) string {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 || strings.Trim(s[:i], " \t\r") != "" {
			return s
		}
		s = s[i+1:]
	}
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
	if !d.unchanged(d.root) && d.unbroken != nil {
		d.rewrite = d.unbroken
		clear(d.same)
	}
	d.print(&w, d.root, d.root.Column-1)
	tail := string(d.src[end:])
	if !d.unchanged(d.root) {
		if d.afterBlock && !strings.Contains(tail, "\n") {
			// A block scalar's last line ends with a line break, part
			// of its value but for strip chomping.
			tail = "\n" + tail
		}
		if d.afterKeep && strings.HasPrefix(tail, "\n") {
			tail = "\n" + trimBlankLines(tail[1:])
		}
		if d.afterBlock {
			tail = outdentComments(tail, d.root.Column-1)
		}
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
	d.afterBlock, d.afterKeep = false, false
	switch {
	case !parsed:
		d.printNew(w, n, indent)
		return
	case d.unchanged(n):
		w.Write(d.src[d.start(n):d.end(n)])
		d.afterBlock, d.afterKeep = d.endsBlock(n)
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
		afterBlock, afterKeep := d.afterBlock, d.afterKeep
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
		if afterKeep {
			lead = trimBlankLines(lead)
		}
		if afterBlock {
			lead = outdentComments(lead, indent)
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
		if after := d.src[min(d.end(last), c.end):c.end]; len(after) > 0 {
			w.Write(after)
			blank := strings.Trim(string(after), " \t\r\n") == ""
			d.afterBlock, d.afterKeep = d.afterBlock && blank, d.afterKeep && blank
		}
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
	d.flow++
	defer func() { d.flow-- }()
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
// plain or quoted one stays on its line. A value of several lines is
// written as a block scalar, or quoted where one cannot hold it (in a flow
// collection; characters a block scalar reads as line breaks or cannot
// hold; nothing but line breaks).
func (d *formatDoc) printScalar(w *bytes.Buffer, n *yaml.Node, indent int) {
	if (n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 || strings.Contains(n.Value, "\n")) && d.flow == 0 && blockable(n.Value) {
		d.printBlockScalar(w, n, indent)
		return
	}
	d.afterBlock, d.afterKeep = false, false
	out, err := yaml.Marshal(&yaml.Node{Kind: yaml.ScalarNode, Tag: n.Tag, Value: n.Value, Style: n.Style &^ (yaml.FlowStyle | yaml.LiteralStyle | yaml.FoldedStyle)})
	if err != nil || bytes.Count(bytes.TrimSuffix(out, []byte("\n")), []byte("\n")) > 0 {
		out = []byte(strconv.Quote(n.Value))
	}
	w.Write(bytes.TrimSuffix(out, []byte("\n")))
}

// blockable reports whether a literal block scalar can hold v: v has a
// character other than a line break, and none that YAML reads as a line
// break or does not allow in a block scalar.
func blockable(v string) bool {
	if strings.Trim(v, "\n") == "" {
		return false
	}
	for _, r := range v {
		switch {
		case r == '\t' || r == '\n':
		case r < 0x20 || r >= 0x7f && r <= 0x9f || r == '\u2028' || r == '\u2029' || r == '\ufeff' || r >= 0xfffe && r <= 0xffff:
			return false
		}
	}
	return true
}

// printBlockScalar writes a multi-line value as a literal block scalar,
// its lines indented as the source's first line of text was (or two spaces
// deeper than its key), indent. Its header gives the indentation (relative
// to the key's, indent-2) when the value's first line of text starts with
// a space, which would be read as indentation.
func (d *formatDoc) printBlockScalar(w *bytes.Buffer, n *yaml.Node, indent int) {
	parent := max(indent-2, 0)
	content := indent
	if _, parsed := d.orig[n]; parsed && d.orig[n].style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 {
		from := min(rawLineEnd(d.src, d.start(n))+1, len(d.src))
		for line := range bytes.SplitSeq(d.src[from:max(from, d.end(n))], []byte("\n")) {
			if text := bytes.TrimLeft(line, " "); len(bytes.TrimSpace(text)) > 0 {
				content = len(line) - len(text)
				break
			}
		}
	}
	indicator := ""
	if strings.HasPrefix(strings.TrimLeft(n.Value, "\n"), " ") {
		// The source's first line of text is its indentation and the
		// spaces its value starts with.
		for line := range strings.SplitSeq(n.Value, "\n") {
			if text := strings.TrimLeft(line, " "); strings.TrimSpace(text) != "" {
				content -= len(line) - len(text)
				break
			}
		}
		content = min(max(content, parent+1), parent+9)
		indicator = strconv.Itoa(content - parent)
	}
	if content <= parent {
		content = indent
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
	w.WriteString("|" + indicator + chomp)
	for line := range strings.SplitSeq(body, "\n") {
		w.WriteByte('\n')
		if line != "" {
			w.WriteString(strings.Repeat(" ", content) + line)
		}
	}
	d.afterBlock, d.afterKeep = true, chomp == "+"
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
	// yaml.v3 writes a value of more than one line as a block scalar, |+
	// when it ends in a blank line (or as a quoted string, after which a
	// comment or blank line is harmless).
	for n.Kind != yaml.ScalarNode && len(n.Content) > 0 {
		n = n.Content[len(n.Content)-1]
	}
	d.afterBlock = n.Kind == yaml.ScalarNode && (strings.Contains(n.Value, "\n") || n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0)
	d.afterKeep = n.Kind == yaml.ScalarNode && strings.HasSuffix(n.Value, "\n\n")
}
