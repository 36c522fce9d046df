package notice

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

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
		// The text starts on the line after the header, which may end
		// in a comment.
		header := lineEnd(data, i)
		if end, ok := matchText(data, min(rawLineEnd(data, header)+1, len(data)), n.Value); ok && strings.TrimSpace(n.Value) != "" {
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
