package notice

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
	"go.yaml.in/yaml/v3"
)

// An Upgrade step says what [Upgrade] changed in a document of an earlier
// schema version: the JSON Pointer of the place in the old document and what
// became of it.
type UpgradeStep struct {
	Pointer string // RFC 6901 pointer in the document as it was
	What    string // what changed, in English, such as "businessId became identifiers: [{scheme: fiBusinessId}]"
}

// String returns "POINTER: WHAT".
func (s UpgradeStep) String() string {
	if s.Pointer == "" {
		return s.What
	}
	return s.Pointer + ": " + s.What
}

// The changes from schema version 1 to 2, each a rewrite of one member of a
// mapping, keyed by the member's name. The names occur in one type of the
// model each, so a key decides the rule wherever it is met.
//
//   - supervisoryAuthority (notice, activity) became supervisoryAuthorities, a list;
//   - businessId (any party) became identifiers: [{scheme: fiBusinessId, value}];
//   - minimum: true (retention) became qualifier: minimum;
//   - mechanism (transfer) became mechanisms, a list;
//   - requirement: {kind, obliged, consequences, laws} became requirement: {items: [{...}]};
//   - a section's body, items and url became blocks of a paragraph, a list and a link;
//   - a law reference with a statute and no jurisdiction names its jurisdiction:
//     version 1 cited Finnish acts (number/year) and Union acts (year/number).
var upgrades1 = map[string]func(m *yaml.Node, i int, ptr string) []UpgradeStep{
	"supervisoryAuthority": func(m *yaml.Node, i int, ptr string) []UpgradeStep {
		k, v := m.Content[i], m.Content[i+1]
		k.Value = "supervisoryAuthorities"
		m.Content[i+1] = seqOf(v)
		return []UpgradeStep{{ptr + "/supervisoryAuthority", "became supervisoryAuthorities, a list of one authority"}}
	},
	"businessId": func(m *yaml.Node, i int, ptr string) []UpgradeStep {
		k, v := m.Content[i], m.Content[i+1]
		k.Value = "identifiers"
		id := mapOf(v, "scheme", scalar(v, string(SchemeFIBusinessID)), "value", v)
		m.Content[i+1] = seqOf(id)
		return []UpgradeStep{{ptr + "/businessId", "became identifiers: [{scheme: fiBusinessId, value: …}]"}}
	},
	"minimum": func(m *yaml.Node, i int, ptr string) []UpgradeStep {
		k, v := m.Content[i], m.Content[i+1]
		if v.Kind == yaml.ScalarNode && v.ShortTag() == "!!bool" && v.Value != "" && strings.EqualFold(v.Value, "false") {
			m.Content = append(m.Content[:i], m.Content[i+2:]...)
			return []UpgradeStep{{ptr + "/minimum", "minimum: false was dropped (a period is exact unless qualified)"}}
		}
		k.Value = "qualifier"
		m.Content[i+1] = scalar(v, string(RetentionMinimum))
		return []UpgradeStep{{ptr + "/minimum", "minimum: true became qualifier: minimum"}}
	},
	"mechanism": func(m *yaml.Node, i int, ptr string) []UpgradeStep {
		k, v := m.Content[i], m.Content[i+1]
		k.Value = "mechanisms"
		m.Content[i+1] = seqOf(v)
		return []UpgradeStep{{ptr + "/mechanism", "became mechanisms, a list of one ground"}}
	},
	"requirement": func(m *yaml.Node, i int, ptr string) []UpgradeStep {
		r := m.Content[i+1]
		if r.Kind != yaml.MappingNode {
			return nil
		}
		item := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: r.Line, Column: r.Column}
		var rest []*yaml.Node
		for j := 0; j+1 < len(r.Content); j += 2 {
			switch r.Content[j].Value {
			case "kind", "obliged", "consequences", "laws":
				item.Content = append(item.Content, r.Content[j], r.Content[j+1])
			default:
				rest = append(rest, r.Content[j], r.Content[j+1])
			}
		}
		if len(item.Content) == 0 {
			return nil
		}
		r.Content = append(rest, scalar(r, "items"), seqOf(item))
		return []UpgradeStep{{ptr + "/requirement", "kind, obliged, consequences and laws moved into requirement.items, a list of one statement"}}
	},
	"statute": func(m *yaml.Node, i int, ptr string) []UpgradeStep {
		if member(m, "jurisdiction") != nil {
			return nil
		}
		v := m.Content[i+1]
		j := v1Jurisdiction(v.Value)
		m.Content = append(m.Content[:i], append([]*yaml.Node{scalar(v, "jurisdiction"), scalar(v, j)}, m.Content[i:]...)...)
		return []UpgradeStep{{ptr + "/statute", fmt.Sprintf("statute %s is cited as an act of jurisdiction %s", v.Value, j)}}
	},
}

// v1Jurisdiction returns the jurisdiction of a version 1 statute number:
// "FI" for a Finnish number/year ("1050/2018"), "EU" for a Union
// year/number ("2016/679").
func v1Jurisdiction(number string) string {
	_, year, ok := strings.Cut(number, "/")
	if n, err := strconv.Atoi(year); ok && err == nil && len(year) == 4 && n >= 1800 {
		return "FI"
	}
	return "EU"
}

// upgradeSection rewrites a version 1 section's body, items and url as blocks.
func upgradeSection(s *yaml.Node, ptr string) []UpgradeStep {
	if s.Kind != yaml.MappingNode {
		return nil
	}
	var blocks, rest []*yaml.Node
	for j := 0; j+1 < len(s.Content); j += 2 {
		k, v := s.Content[j], s.Content[j+1]
		switch k.Value {
		case "body":
			blocks = append(blocks, mapOf(v, "paragraph", v))
		case "items":
			blocks = append(blocks, mapOf(v, "list", v))
		case "url":
			blocks = append(blocks, mapOf(v, "link", mapOf(v, "url", v)))
		default:
			rest = append(rest, k, v)
		}
	}
	if len(blocks) == 0 {
		return nil
	}
	s.Content = append(rest, scalar(s, "blocks"), seqOf(blocks...))
	return []UpgradeStep{{ptr, "body, items and url became blocks: a paragraph, a list and a link"}}
}

// upgradeNode rewrites the document below root from schema version 1 to the
// current version, in place, keeping comments and the positions of the nodes
// it moves, and says what it changed. root is the document's top mapping.
func upgradeNode(root *yaml.Node) []UpgradeStep {
	var steps []UpgradeStep
	var walk func(n *yaml.Node, ptr string, parentKey string)
	walk = func(n *yaml.Node, ptr string, parentKey string) {
		switch n.Kind {
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k := n.Content[i]
				if rule, ok := upgrades1[k.Value]; ok && k.Kind == yaml.ScalarNode {
					before := len(n.Content)
					steps = append(steps, rule(n, i, ptr)...)
					switch grown := len(n.Content) - before; {
					case grown < 0: // this member was removed: look at index i again
						i -= 2
						continue
					case grown > 0: // members were added before this one
						i += grown
					}
				}
				k = n.Content[i]
				walk(n.Content[i+1], ptr+"/"+escapePointer(k.Value), k.Value)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				p := ptr + "/" + strconv.Itoa(i)
				if parentKey == "sections" {
					steps = append(steps, upgradeSection(c, p)...)
				}
				walk(c, p, "")
			}
		}
	}
	if v := member(root, "schemaVersion"); v != nil {
		v.Value, v.Style = SchemaVersion, yaml.DoubleQuotedStyle
		steps = append(steps, UpgradeStep{"/schemaVersion", "schema version 1 became " + SchemaVersion})
	}
	walk(root, "", "")
	return steps
}

// member returns the value of member key of mapping m, or nil.
func member(m *yaml.Node, key string) *yaml.Node {
	if m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func scalar(at *yaml.Node, value string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: value, Line: at.Line, Column: at.Column}
}

func seqOf(items ...*yaml.Node) *yaml.Node {
	s := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: items}
	if len(items) > 0 {
		s.Line, s.Column = items[0].Line, items[0].Column
	}
	return s
}

// mapOf returns a mapping of the key, value pairs kv (keys as strings,
// values as nodes), placed at the node at.
func mapOf(at *yaml.Node, kv ...any) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: at.Line, Column: at.Column}
	for i := 0; i+1 < len(kv); i += 2 {
		m.Content = append(m.Content, scalar(at, kv[i].(string)), kv[i+1].(*yaml.Node))
	}
	return m
}

// schemaVersionOf returns the schemaVersion member of a document's top
// mapping, or "".
func schemaVersionOf(root *yaml.Node) string {
	if v := member(root, "schemaVersion"); v != nil && v.Kind == yaml.ScalarNode {
		return v.Value
	}
	return ""
}

// Upgrade rewrites a document of an earlier schema version (see
// [SchemaVersions]) as a document of [SchemaVersion], and says what it
// changed, each step with its place. A YAML document keeps its comments,
// its key order and its style where nothing changed; a JSON document is
// written in canonical JSON. A document already of the current version is
// returned unchanged, with no steps. The result decodes with [Decode] to the
// same notice as data does.
func Upgrade(data []byte) ([]byte, []UpgradeStep, error) {
	if sniff(data) == JSON {
		n, err := Decode(data)
		if err != nil {
			return nil, nil, err
		}
		if !jsonVersionIs(data, "1") {
			return data, nil, nil
		}
		ys, err := parseYAML(data)
		if err != nil {
			return nil, nil, err
		}
		steps := upgradeNode(ys.root)
		out, err := EncodeJSON(n)
		return out, steps, err
	}
	if _, err := Decode(data); err != nil {
		return nil, nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, nil, err
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if schemaVersionOf(root) != "1" {
		return data, nil, nil
	}
	steps := upgradeNode(root)
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), steps, nil
}

// upgrade rewrites the source's node tree from schema version 1 and turns
// it into JSON again. Moved nodes keep their lines and columns, so errors
// are placed in the document as written.
func (s *yamlSource) upgrade() error {
	upgradeNode(s.root)
	s.upgraded = true
	var buf bytes.Buffer
	enc := jsontext.NewEncoder(&buf, jsontext.AllowDuplicateNames(true))
	if err := yamlToJSON(enc, s.root, "", 0); err != nil {
		return err
	}
	s.data = buf.Bytes()
	return nil
}
