package notice_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/notice/internal/schemagen"
)

func TestSchemaUpToDate(t *testing.T) {
	got, err := schemagen.Generate(".")
	require.NoError(t, err)
	if update() {
		require.NoError(t, os.WriteFile("notice.schema.json", got, 0o644))
	}
	committed, err := os.ReadFile("notice.schema.json")
	require.NoError(t, err)
	assert.JSONEq(t, string(committed), string(got), "notice.schema.json is out of date: run go generate ./notice/")
	assert.Equal(t, committed, notice.JSONSchema, "the embedded schema is the committed file")
}

// compileSchema compiles the committed schema with an independent validator,
// asserting formats (date, email, uri).
func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(notice.JSONSchema))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	require.NoError(t, c.AddResource(notice.SchemaURL, doc))
	s, err := c.Compile(notice.SchemaURL)
	require.NoError(t, err)
	return s
}

// instance reads a JSON or YAML document as a generic JSON value.
func instance(data []byte) (any, error) {
	if bytes.HasPrefix(bytes.TrimSpace(data), []byte("{")) {
		return jsonschema.UnmarshalJSON(bytes.NewReader(data))
	}
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		return nil, err
	}
	// Round-trip through JSON so that numbers and dates take JSON's types.
	js, err := notice.YAMLToJSON(data)
	if err != nil {
		return v, nil
	}
	return jsonschema.UnmarshalJSON(bytes.NewReader(js))
}

func fixtures(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob("../examples/notices/*.yaml")
	require.NoError(t, err)
	return files
}

func TestFixturesValidAgainstSchema(t *testing.T) {
	s := compileSchema(t)
	for _, path := range fixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			v, err := instance(data)
			require.NoError(t, err)
			assert.NoError(t, s.Validate(v))
		})
	}
}

// schemaCannotSee are the bad documents that only the decoder rejects, and why.
var schemaCannotSee = map[string]string{
	"bad-declared-language.yaml":   "",
	"duplicate-key.yaml":           "a generic YAML reader keeps the last of two keys; the schema never sees the first",
	"json-duplicate-key.json":      "a generic JSON reader keeps the last of two keys; the schema never sees the first",
	"yaml-alias.yaml":              "a generic YAML reader expands aliases; the schema sees the expanded value",
	"yaml-tag-on-mapping.yaml":     "a generic YAML reader drops an unknown tag; the schema sees the plain mapping",
	"two-documents.yaml":           "a generic YAML reader reads the first document only",
	"deep-nesting.json":            "",
	"invalid-utf8.yaml":            "",
	"empty-document.yaml":          "",
	"yaml-syntax.yaml":             "",
	"json-syntax.json":             "",
	"scope-unknown-purpose.yaml":   "a scope's IDs refer to purposes elsewhere in the document",
	"repeated-id.yaml":             "uniqueItems compares whole items, not their IDs",
	"until-before-from.yaml":       "the schema cannot compare two dates",
	"identifier-check-digit.yaml":  "the schema checks an identifier's form, not its check digit",
	"section-after-unknown.yaml":   "after refers to items and sections by name",
	"statute-no-jurisdiction.yaml": "the jurisdiction may come from the controller's country",
	"statute-number-form.yaml":     "the number's form depends on the jurisdiction, which may come from the controller's country",
	"unknown-authority-code.yaml":  "the authorities' codes are the built-in table's, which the schema does not list",
}

func TestBadDocumentsRejectedBySchema(t *testing.T) {
	s := compileSchema(t)
	for name := range badDocuments {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("../testdata/bad", name))
			require.NoError(t, err)
			v, err := instance(data)
			if reason, ok := schemaCannotSee[name]; ok && reason != "" {
				if err == nil {
					assert.NoError(t, s.Validate(v), "expected the schema to miss this: %s", reason)
				}
				return
			}
			if err != nil {
				return // not even a JSON value: rejected before the schema
			}
			assert.Error(t, s.Validate(v), "the schema accepts a document the decoder rejects")
		})
	}
}

func TestRoundTrip(t *testing.T) {
	for _, path := range fixtures(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			n, err := notice.Decode(data)
			require.NoError(t, err)
			for _, enc := range []func(*notice.Notice) ([]byte, error){notice.EncodeJSON, notice.EncodeYAML} {
				out, err := enc(n)
				require.NoError(t, err)
				back, err := notice.Decode(out)
				require.NoError(t, err)
				assert.Equal(t, n, back, "decode, encode, decode gives an equal notice")
				again, err := enc(back)
				require.NoError(t, err)
				assert.Equal(t, string(out), string(again), "encoding is deterministic")
			}
			h1, err := n.Hash()
			require.NoError(t, err)
			js, _ := notice.EncodeJSON(n)
			fromJSON, err := notice.Decode(js)
			require.NoError(t, err)
			h2, _ := fromJSON.Hash()
			assert.Equal(t, h1, h2, "the hash does not depend on the syntax")
		})
	}
}

func TestHashChangesWithContent(t *testing.T) {
	doc := "schemaVersion: '1'\nlanguages: [fi]\ntitle: Testi\nactivities: [{id: a, name: n}]\n"
	n, err := notice.Decode([]byte(doc))
	require.NoError(t, err)
	h1, _ := n.Hash()
	reordered, err := notice.Decode([]byte("{\"activities\":[{\"name\":\"n\",\"id\":\"a\"}],\"title\":{\"fi\":\"Testi\"},\"languages\":[\"fi\"],\"schemaVersion\":\"1\"}"))
	require.NoError(t, err)
	h2, _ := reordered.Hash()
	assert.Equal(t, h1, h2, "key order and syntax do not change the hash")
	n.Title[n.Original()] = "Testi 2"
	h3, _ := n.Hash()
	assert.NotEqual(t, h1, h3, "a changed title changes the hash")
	assert.True(t, strings.HasPrefix(h1, "sha256:"))
	assert.Len(t, h1, len("sha256:")+64)
}

func TestLocate(t *testing.T) {
	yml := []byte("schemaVersion: '1'\nlanguages: [fi]\ntitle: T\nactivities:\n  - id: a\n    name: n\n    legalBases:\n      - basis: consent\n")
	tests := []struct {
		name      string
		data      []byte
		ptr       string
		line, col int
	}{
		{"yaml member", yml, "/activities/0/legalBases/0/basis", 8, 9},
		{"yaml array element", yml, "/activities/0", 5, 5},
		{"yaml missing member falls back to parent", yml, "/activities/0/purposes", 5, 5},
		{"json member", []byte("{\n  \"title\": \"T\",\n  \"activities\": [\n    {\"id\": \"a\"}\n  ]\n}"), "/activities/0/id", 4, 6},
		{"root", yml, "", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, col := notice.Locate(tt.data, tt.ptr)
			assert.Equal(t, tt.line, line)
			assert.Equal(t, tt.col, col)
		})
	}
}

// TestEveryFieldCitesArticle keeps the promise that every field of the schema
// names, in its description, the article that requires it, so that tool
// authors and the validator agree.
func TestEveryFieldCitesArticle(t *testing.T) {
	var s struct {
		Defs map[string]struct {
			Properties map[string]struct {
				Description string `json:"description"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(notice.JSONSchema, &s))
	n := 0
	for def, d := range s.Defs {
		for prop, p := range d.Properties {
			n++
			ok := strings.Contains(p.Description, "Art ") || strings.Contains(p.Description, "Arts ")
			assert.True(t, ok, "%s.%s cites no article: %q", def, prop, p.Description)
		}
	}
	assert.Greater(t, n, 100, "the schema's properties were read")
}

// TestLocateFlowYAML places a pointer in YAML that starts like JSON.
func TestLocateFlowYAML(t *testing.T) {
	doc := []byte("{schemaVersion: '1', languages: [fi],\n title: T, activities: [{id: a, name: n}]}\n")
	line, col := notice.Locate(doc, "/title")
	assert.Equal(t, 2, line)
	assert.Equal(t, 2, col)
}
