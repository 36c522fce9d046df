package notice

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"
)

// SchemaURL is the published address of the notice JSON Schema, the $id of
// [JSONSchema]: the file at the repository's tag schema-v<N> for
// [SchemaVersion] N, so that it names one version of the schema and never
// moves (a branch such as main would change under the documents that name
// it). The tag is pushed when a release brings a new schema version.
const SchemaURL = "https://raw.githubusercontent.com/seloste/seloste/schema-v" + SchemaVersion + "/notice/notice.schema.json"

// EncodeJSON returns the canonical JSON form of n: fields in schema order,
// multilingual texts with their languages sorted, empty fields left out,
// indented by two spaces, ending in a newline. The same notice always gives
// the same bytes, and [Decode] reads them back to an equal notice.
func EncodeJSON(n *Notice) ([]byte, error) {
	b, err := json.Marshal(n, json.Deterministic(true), jsontext.WithIndent("  "), jsontext.EscapeForHTML(false))
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// EncodeYAML returns the canonical YAML form of n: the same content and order
// as [EncodeJSON], headed by a yaml-language-server comment naming the schema
// so that editors complete and check the file.
func EncodeYAML(n *Notice) ([]byte, error) {
	js, err := json.Marshal(n, json.Deterministic(true))
	if err != nil {
		return nil, err
	}
	node, err := jsonToYAML(jsontext.NewDecoder(bytes.NewReader(js)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.WriteString("# yaml-language-server: $schema=" + SchemaURL + "\n")
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(node); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func jsonToYAML(dec *jsontext.Decoder) (*yaml.Node, error) {
	tok, err := dec.ReadToken()
	if err != nil {
		return nil, err
	}
	switch tok.Kind() {
	case '{':
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for dec.PeekKind() != '}' {
			k, err := dec.ReadToken()
			if err != nil {
				return nil, err
			}
			key := k.String()
			v, err := jsonToYAML(dec)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, v)
		}
		_, err := dec.ReadToken()
		return n, err
	case '[':
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for dec.PeekKind() != ']' {
			v, err := jsonToYAML(dec)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, v)
		}
		_, err := dec.ReadToken()
		return n, err
	case '"':
		n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: tok.String()}
		if bytes.ContainsRune([]byte(tok.String()), '\n') {
			n.Style = yaml.LiteralStyle
		}
		return n, nil
	case 't', 'f':
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: tok.String()}, nil
	case '0':
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: tok.String()}, nil
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}, nil
}

// Hash returns a digest of n's content, "sha256:" and 64 hex digits. It is the
// digest of the canonical JSON form, so it changes when and only when the
// notice's content changes, whatever the syntax, key order or Unicode
// normalisation of the document it was decoded from.
func (n *Notice) Hash() (string, error) {
	b, err := json.Marshal(n, json.Deterministic(true))
	if err != nil {
		return "", err
	}
	// Canonically equal text hashes alike, in texts and plain strings both:
	// the encoding's structure is ASCII, so NFC of the bytes is NFC of every
	// string in them.
	sum := sha256.Sum256(norm.NFC.Bytes(b))
	return "sha256:" + hex.EncodeToString(sum[:]), nil
}
