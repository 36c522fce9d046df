package diff_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/diff"
	"github.com/seloste/seloste/notice"
)

func decode(t *testing.T, doc string) *notice.Notice {
	t.Helper()
	n, err := notice.Decode([]byte(doc))
	require.NoError(t, err)
	return n
}

const base = `schemaVersion: "2"
languages: [en]
title: Notice
version: "1"
activities:
  - id: shop
    name: Shop
    purposes:
      - {id: orders, description: Handling orders}
    legalBases: [{basis: contract}]
    recipients:
      items:
        - {name: Posti Oy, role: processor}
    retention:
      - {period: P2Y, from: the last order}
`

func TestCompare(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(string) string
		kind     diff.Kind
		pointer  string
		item     string
		material bool
	}{
		{"a new recipient is substance",
			func(s string) string {
				return strings.Replace(s, "        - {name: Posti Oy, role: processor}\n", "        - {name: Posti Oy, role: processor}\n        - {name: Cloud Ltd, role: processor}\n", 1)
			},
			diff.Added, "/activities/0/recipients/items/1", "recipients", true},
		{"a longer retention is substance",
			func(s string) string { return strings.Replace(s, "P2Y", "P5Y", 1) },
			diff.Changed, "/activities/0/retention/0/period", "retention", true},
		{"another legal basis is substance",
			func(s string) string { return strings.Replace(s, "basis: contract", "basis: consent", 1) },
			diff.Added, "/activities/0/legalBases/0", "legalBases", true},
		{"a reworded purpose is wording",
			func(s string) string { return strings.Replace(s, "Handling orders", "Handling your orders", 1) },
			diff.Changed, "/activities/0/purposes/0/description", "purposes", false},
		{"a new version label is not material",
			func(s string) string { return strings.Replace(s, `version: "1"`, `version: "2"`, 1) },
			diff.Changed, "/version", "version", false},
		{"a removed activity is substance",
			func(s string) string {
				return s + "  - id: mail\n    name: Newsletter\n"
			},
			diff.Added, "/activities/1", "activities", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := decode(t, base), decode(t, tt.edit(base))
			cs := diff.Compare(old, new)
			require.NotEmpty(t, cs)
			var found *diff.Change
			for i := range cs {
				if cs[i].Pointer == tt.pointer && cs[i].Kind == tt.kind {
					found = &cs[i]
				}
			}
			require.NotNil(t, found, "%+v", cs)
			assert.Equal(t, tt.item, found.Item)
			assert.Equal(t, tt.material, found.Material)
			assert.Equal(t, tt.material, diff.Material(cs))
			assert.Equal(t, notice.ItemArticle(tt.item), found.Article)
		})
	}
	assert.Empty(t, diff.Compare(decode(t, base), decode(t, base)), "a notice equals itself")
}

// TestReorderedIsNoChange: items matched by identity, not position.
func TestReorderedIsNoChange(t *testing.T) {
	two := strings.Replace(base, "        - {name: Posti Oy, role: processor}\n", "        - {name: Posti Oy, role: processor}\n        - {name: Cloud Ltd, role: processor}\n", 1)
	swapped := strings.Replace(base, "        - {name: Posti Oy, role: processor}\n", "        - {name: Cloud Ltd, role: processor}\n        - {name: Posti Oy, role: processor}\n", 1)
	assert.Empty(t, diff.Compare(decode(t, two), decode(t, swapped)))
}

// TestGolden compares reports of the version pairs in testdata/diff with the
// committed goldens, in fi, sv and en, as text, Markdown and JSON
// (SELOSTE_UPDATE=1 rewrites them).
func TestGolden(t *testing.T) {
	olds, err := filepath.Glob("../testdata/diff/*.old.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, olds)
	for _, oldPath := range olds {
		name := strings.TrimSuffix(filepath.Base(oldPath), ".old.yaml")
		oldData, err := os.ReadFile(oldPath)
		require.NoError(t, err)
		newData, err := os.ReadFile("../examples/notices/" + name + ".yaml")
		require.NoError(t, err)
		old, new := decode(t, string(oldData)), decode(t, string(newData))
		assert.True(t, diff.Material(diff.Compare(old, new)), "%s: each pair has a change of substance", name)
		for _, lang := range []language.Tag{language.Finnish, language.Swedish, language.English} {
			r := diff.NewReport(old, new, lang)
			for _, format := range []string{"txt", "md", "json"} {
				var buf bytes.Buffer
				switch format {
				case "txt":
					require.NoError(t, r.WriteText(&buf))
				case "md":
					require.NoError(t, r.WriteMarkdown(&buf))
					checkMarkdown(t, buf.Bytes(), r)
				case "json":
					if lang != language.English {
						continue // the JSON does not depend on the language
					}
					require.NoError(t, r.WriteJSON(&buf))
					var v any
					require.NoError(t, json.Unmarshal(buf.Bytes(), &v))
				}
				golden := filepath.Join("../testdata/diff", name+"."+lang.String()+"."+format)
				if format == "json" {
					golden = filepath.Join("../testdata/diff", name+".json")
				}
				if os.Getenv("SELOSTE_UPDATE") != "" {
					require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
				}
				want, err := os.ReadFile(golden)
				require.NoError(t, err, "SELOSTE_UPDATE=1 writes the golden")
				assert.Equal(t, string(want), buf.String(), golden)
			}
		}
	}
}

func TestHostileTextStaysText(t *testing.T) {
	old := decode(t, base)
	hostile := strings.Replace(base, "Handling orders", "\"Handling\\e]0;owned\\a\\u202Eorders\"", 1)
	new := decode(t, hostile)
	var buf bytes.Buffer
	require.NoError(t, diff.NewReport(old, new, language.English).WriteText(&buf))
	out := buf.String()
	assert.NotContains(t, out, "\x1b", "no escape sequence reaches a terminal")
	assert.NotContains(t, out, "\u202e", "no bidi control reaches the report")
	assert.Contains(t, out, `\u001b`)
}
