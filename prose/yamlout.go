package prose

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/seloste/seloste/notice"
)

// yaml encodes the notice canonically and adds, before each value the
// import set, a comment with its source line and how sure the import is.
func (b *builder) yaml() ([]byte, error) {
	enc, err := notice.EncodeYAML(b.n)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(enc, &doc); err != nil {
		return nil, err
	}
	root := doc.Content[0]
	// The schema hint is written below, with the import's own header; the
	// YAML parser may have given it to the document, the mapping or the
	// mapping's first key.
	root.HeadComment, doc.HeadComment = "", ""
	if len(root.Content) > 0 {
		root.Content[0].HeadComment = ""
	}
	// One comment per value, joining what several lines gave it.
	type note struct {
		lines []string
		order int
	}
	notes := map[string]*note{}
	var order []string
	for _, p := range b.provs {
		n := notes[p.ptr]
		if n == nil {
			n = &note{order: len(order)}
			notes[p.ptr] = n
			order = append(order, p.ptr)
		}
		where := "no source line"
		if p.line > 0 {
			where = "line " + strconv.Itoa(p.line)
		}
		n.lines = append(n.lines, fmt.Sprintf("%s, %s: %s", where, p.conf, p.note))
	}
	for _, ptr := range order {
		node := locate(root, ptr)
		if node == nil {
			continue
		}
		lines := notes[ptr].lines
		if len(lines) > 4 {
			lines = append(lines[:3], fmt.Sprintf("and %d more lines", len(lines)-3))
		}
		c := strings.Join(lines, "\n")
		if node.HeadComment != "" {
			c = node.HeadComment + "\n" + c
		}
		node.HeadComment = c
	}
	var buf bytes.Buffer
	name := cleanText(b.rep.Source)
	if name == "" {
		name = "a prose notice"
	}
	fmt.Fprintf(&buf, "# yaml-language-server: $schema=%s\n", notice.SchemaURL)
	fmt.Fprintf(&buf, "# Imported by seloste from %s (%s, language %s). Each value's comment\n", strconv.Quote(name)[1:len(strconv.Quote(name))-1], b.rep.Format, b.rep.Language)
	buf.WriteString("# names its source line and how sure the import is: sure (read by its form\n")
	buf.WriteString("# under a heading that names the item), likely (read from the words), guess\n")
	buf.WriteString("# (check it). Text no item fits is kept in free sections. Then run\n")
	buf.WriteString("# `seloste validate` to see what the source leaves out, by article.\n")
	e := yaml.NewEncoder(&buf)
	e.SetIndent(2)
	if err := e.Encode(root); err != nil {
		return nil, err
	}
	if err := e.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// locate returns the node to comment for a JSON Pointer: the key of a
// mapping member, or the item of a list.
func locate(n *yaml.Node, ptr string) *yaml.Node {
	if ptr == "" {
		return nil
	}
	toks := strings.Split(ptr[1:], "/")
	cur := n
	var target *yaml.Node
	for _, tok := range toks {
		tok = strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
		switch cur.Kind {
		case yaml.MappingNode:
			found := false
			for i := 0; i+1 < len(cur.Content); i += 2 {
				if cur.Content[i].Value == tok {
					target = cur.Content[i]
					cur = cur.Content[i+1]
					found = true
					break
				}
			}
			if !found {
				return nil
			}
		case yaml.SequenceNode:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(cur.Content) {
				return nil
			}
			cur = cur.Content[i]
			target = cur
			if cur.Kind == yaml.MappingNode && len(cur.Content) > 0 {
				target = cur.Content[0]
			}
		default:
			return nil
		}
	}
	return target
}
