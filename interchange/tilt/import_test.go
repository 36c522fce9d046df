package tilt_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/interchange/tilt"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

const interop = "../../testdata/interop/tilt"

var update = os.Getenv("SELOSTE_UPDATE") != ""

// golden compares got with the committed file, rewriting it under
// SELOSTE_UPDATE=1.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run SELOSTE_UPDATE=1 go test ./interchange/tilt/ to create it")
	assert.Equal(t, string(want), string(got), "%s is out of date: run SELOSTE_UPDATE=1 go test ./interchange/tilt/ and review the diff", path)
}

// noticeSchema compiles the seloste schema with an independent validator
// that asserts formats.
func noticeSchema(t testing.TB) *jsonschema.Schema {
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

func corpus(t testing.TB) []string {
	files, err := filepath.Glob(filepath.Join(interop, "corpus", "*.tilt.json"))
	require.NoError(t, err)
	require.Len(t, files, 71, "the TILT corpus has 71 documents")
	return files
}

// TestImportCorpus imports every document of the TILT corpus: each gives a
// notice that is valid against the seloste schema and decodes, and a report
// that matches its golden file. It keeps the totals in the package doc and
// the validator's findings on the imported notices in a golden file.
func TestImportCorpus(t *testing.T) {
	schema := noticeSchema(t)
	var docs, mapped, placeholders, noPlace, changed int
	rules := map[string]int{}
	severities := map[validate.Severity]int{}
	for _, f := range corpus(t) {
		name := strings.TrimSuffix(filepath.Base(f), ".tilt.json")
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		n, r, err := tilt.Import(data)
		if !assert.NoError(t, err, name) {
			continue
		}
		docs++
		mapped += r.Mapped
		placeholders += r.Count(tilt.Placeholder)
		noPlace += r.Count(tilt.NoPlace)
		changed += r.Count(tilt.Changed)
		assert.Zero(t, r.Count(tilt.Filled), "an import fills nothing")

		js, err := notice.EncodeJSON(n)
		require.NoError(t, err)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
		require.NoError(t, err)
		assert.NoError(t, schema.Validate(inst), "%s: the imported notice is valid against the seloste schema", name)
		back, err := notice.Decode(js)
		if assert.NoError(t, err, name) {
			assert.Equal(t, n, back, "%s: the imported notice decodes to itself", name)
		}
		assert.Equal(t, r.Language, n.Original().String(), name)

		var text bytes.Buffer
		require.NoError(t, r.WriteText(&text, false))
		golden(t, filepath.Join("testdata", "import", name+".txt"), text.Bytes())

		for _, fd := range validate.Validate(n) {
			rules[fd.Rule]++
			severities[fd.Severity]++
		}
	}
	assert.Equal(t, 71, docs)

	totals := fmt.Sprintf("All %d documents of the TILT corpus import: %d values mapped, %d placeholders, %d values with no place in the model, %d values read in another form.",
		docs, mapped, placeholders, noPlace, changed)
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	totalsRE := regexp.MustCompile(`All \d+ documents of the TILT corpus import: [^.]*\.`)
	wrapped := regexp.MustCompile(`\n// `).ReplaceAllString(string(doc), " ")
	if update {
		loc := totalsRE.FindStringIndex(wrapped)
		require.NotNil(t, loc, "doc.go holds the totals")
		// Rewrite the sentence in place, wrapped as the comment is.
		old := wrapped[loc[0]:loc[1]]
		re := regexp.MustCompile(strings.ReplaceAll(regexp.QuoteMeta(old), " ", `(?: |\n// )`))
		doc = re.ReplaceAll(doc, []byte(wrapComment(totals)))
		require.NoError(t, os.WriteFile("doc.go", doc, 0o644))
		wrapped = regexp.MustCompile(`\n// `).ReplaceAllString(string(doc), " ")
	}
	assert.Contains(t, wrapped, totals, "the package doc gives the corpus totals: run SELOSTE_UPDATE=1 go test ./interchange/tilt/")

	var sum strings.Builder
	fmt.Fprintf(&sum, "Findings of the validator on the %d notices imported from the TILT corpus\n\n", docs)
	fmt.Fprintf(&sum, "errors %d, warnings %d, info %d\n\n", severities[validate.Error], severities[validate.Warning], severities[validate.Info])
	keys := make([]string, 0, len(rules))
	for k := range rules {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&sum, "%-28s %d\n", k, rules[k])
	}
	golden(t, filepath.Join("testdata", "import", "FINDINGS.txt"), []byte(sum.String()))
}

// wrapComment wraps a sentence as a line of a doc comment, at 76 columns.
func wrapComment(s string) string {
	var b strings.Builder
	col := 3
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if col+1+len(w) > 76 {
				b.WriteString("\n// ")
				col = 3
			} else {
				b.WriteByte(' ')
				col++
			}
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}

// TestImportReportJSON checks that the JSON form of a report holds what the
// text form does.
func TestImportReportJSON(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(interop, "tilt-example.json"))
	require.NoError(t, err)
	_, r, err := tilt.Import(data)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, r.WriteJSON(&buf))
	var back struct {
		Language string
		Mapped   int
		Entries  []struct{ Kind, TILT, Notice, Reason string }
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &back))
	assert.Equal(t, "de", back.Language)
	assert.Equal(t, r.Mapped, back.Mapped)
	require.Len(t, back.Entries, len(r.Entries))
	for i, e := range r.Entries {
		assert.Equal(t, strings.ReplaceAll(e.Kind.String(), " ", "-"), back.Entries[i].Kind)
		assert.Equal(t, e.TILT, back.Entries[i].TILT)
		assert.Equal(t, e.Reason, back.Entries[i].Reason)
	}
}

// TestLegalReferences reads legal-basis references in TILT's format and in
// prose into codes and law references.
func TestLegalReferences(t *testing.T) {
	for _, c := range []struct {
		name, refs string
		want       string // bases with their laws, as "basis[abbr§section(subsection)]"
		reason     string
	}{
		{"tilt format", `["GDPR-6-1-a"]`, "consent", "TILT's own form"},
		{"german name", `["DSGVO-6-1-f"]`, "legitimateInterests", "the German short title of the GDPR"},
		{"law after basis", `["GDPR-6-1-b", "BDSG-26"]`, "contract[BDSG§26()]", "a law attaches to the basis before it"},
		{"law before basis", `["TMG-15-3", "GDPR-6-1-c"]`, "legalObligation[TMG§15(3)]", "with no basis before it, to the one after"},
		{"prose", `["Art. 6 Abs. 1 lit. b DSGVO"]`, "contract", "German prose"},
		{"prose several", `["Artikel 6 Absatz 1 Buchstabe a), Artikel 6 Absatz 1 Buchstabe b) sowie Artikel 6 Absatz 1 Buchstabe f) DSGVO"]`, "consent contract legitimateInterests", "a list in prose"},
		{"english prose", `["Art. 6(1)(f) GDPR"]`, "legitimateInterests", "English prose"},
		{"prose section", `["Art. 6 (1) c DSGVO i.V.m. § 26 BDSG"]`, "legalObligation[BDSG§26()]", "a section of an act in prose"},
		{"unknown act", `["IRCA"]`, "", "an act the statute table does not know has no place"},
		{"not a basis", `["GDPR-31"]`, "", "Art 31 is no legal basis"},
		{"no gdpr", `["Art. 6 Abs. 1 lit. b"]`, "", "prose that does not speak of the GDPR names nothing"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var refs []string
			require.NoError(t, json.Unmarshal([]byte(c.refs), &refs))
			var lbs []string
			for _, r := range refs {
				b, _ := json.Marshal(r)
				lbs = append(lbs, `{"reference": `+string(b)+`}`)
			}
			doc := `{"meta": {"language": "de", "name": "T"}, "dataDisclosed": [{"_id": "x", "category": "C", "legalBases": [` + strings.Join(lbs, ",") + `]}]}`
			n, r, err := tilt.Import([]byte(doc))
			require.NoError(t, err)
			var got []string
			for _, b := range n.Activities[0].LegalBases {
				s := string(b.Basis)
				if len(b.Laws) > 0 {
					l := b.Laws[0]
					s += fmt.Sprintf("[%s§%s(%s)]", l.Abbreviation, strings.Join(l.Sections, ","), l.Subsection)
				}
				got = append(got, s)
			}
			assert.Equal(t, c.want, strings.Join(got, " "), c.reason)
			if c.want == "" {
				assert.Equal(t, 1, r.Count(tilt.NoPlace), "the reference is reported")
			}
		})
	}
}
