package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"

	"github.com/seloste/seloste/validate"
)

// uncomment turns the commented example "key:" at indent, with its deeper
// lines, into YAML, and returns how many lines it uncommented.
func uncomment(t *testing.T, doc, indent, key string) (string, int) {
	t.Helper()
	lines := strings.Split(doc, "\n")
	for i, l := range lines {
		if l != indent+"# "+key+":" && !strings.HasPrefix(l, indent+"# "+key+": ") {
			continue
		}
		lines[i] = indent + strings.TrimPrefix(l, indent+"# ")
		j := i + 1
		for ; j < len(lines) && strings.HasPrefix(lines[j], indent+"#   "); j++ {
			lines[j] = indent + strings.TrimPrefix(lines[j], indent+"# ")
		}
		return strings.Join(lines, "\n"), j - i
	}
	t.Fatalf("no commented example %q at indent %d", key, len(indent))
	return "", 0
}

// replace replaces old, which must occur once, with new.
func replace(t *testing.T, doc, old, new string) string {
	t.Helper()
	require.Equal(t, 1, strings.Count(doc, old), "%q occurs once", old)
	return strings.Replace(doc, old, new, 1)
}

// commentLines counts the comment lines of a YAML document.
func commentLines(doc string) int {
	return len(regexp.MustCompile(`(?m)^\s*#`).FindAllString(doc, -1))
}

// TestChainFromInitToRender follows a notice from a blank file to a
// published version as its author would, with the built binary: init, fill
// in the placeholders and the items that are codes, fmt, validate in every
// format, a new version with one more recipient, diff against the previous
// version, and render.
func TestChainFromInitToRender(t *testing.T) {
	repo := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(repo, ".git"), 0o755))
	run := func(args ...string) (string, string, int) {
		t.Helper()
		return selosteIn2(t, repo, args...)
	}

	// init.
	_, errOut, code := run("init", "-lang", "fi,sv,en", "-o", "started.yaml")
	require.Equal(t, 0, code, errOut)
	started, err := os.ReadFile(filepath.Join(repo, "started.yaml"))
	require.NoError(t, err)
	start := string(started)

	// Edit: uncomment the examples of the items that are codes, fill in
	// every placeholder, name the controller.
	doc, uncommented := start, 0
	for _, ex := range []struct{ indent, key string }{
		{"", "updated"}, {"    ", "legalBases"}, {"    ", "legitimateInterests"}, {"    ", "sources"},
		{"    ", "requirement"}, {"", "rights"}, {"", "supervisoryAuthorities"},
	} {
		var n int
		doc, n = uncomment(t, doc, ex.indent, ex.key)
		uncommented += n
	}
	doc = replace(t, doc, "    - right: complaint\n",
		"    - right: erasure\n    - right: restriction\n    - right: portability\n    - right: object\n    - right: complaint\n")
	doc = regexp.MustCompile(`(?m)^  name: "TODO: .*"$`).ReplaceAllString(doc, "  name: Esimerkki Oy")
	doc = regexp.MustCompile(`"TODO: ([^"]*)"`).ReplaceAllString(doc, `"$1"`)
	require.False(t, regexp.MustCompile(`(?m)^[^#\n]*"`+validate.Placeholder).MatchString(doc), "no value holds a placeholder")
	require.Equal(t, uncommented, commentLines(start)-commentLines(doc), "every comment but the examples uncommented is still there")
	v1 := filepath.Join(repo, "v1.yaml")
	require.NoError(t, os.WriteFile(v1, []byte(doc), 0o644))

	// fmt: a notice already in canonical form is left byte for byte.
	_, errOut, code = run("fmt", "-w", "v1.yaml")
	require.Equal(t, 0, code, errOut)
	got, err := os.ReadFile(v1)
	require.NoError(t, err)
	assert.Equal(t, doc, string(got), "fmt leaves the filled-in notice as it is")

	// The next version adds a recipient, its fields out of order; fmt puts
	// them in order and changes nothing else.
	recipientAt := "          category: true\n          # role: processor\n"
	written := recipientAt + "        - role: processor\n          name: Pilvipalvelu Oy\n"
	canonical := recipientAt + "        - name: Pilvipalvelu Oy\n          role: processor\n"
	v2doc := replace(t, doc, recipientAt, written)
	v2doc = replace(t, v2doc, "updated: 2026-01-31", "updated: 2026-03-01")
	v2 := filepath.Join(repo, "v2.yaml")
	require.NoError(t, os.WriteFile(v2, []byte(v2doc), 0o644))
	_, errOut, code = run("fmt", "-w", "v2.yaml")
	require.Equal(t, 0, code, errOut)
	got, err = os.ReadFile(v2)
	require.NoError(t, err)
	assert.Equal(t, replace(t, v2doc, written, canonical), string(got), "only the new recipient's fields moved; every comment kept")
	assert.Equal(t, commentLines(v2doc), commentLines(string(got)))

	// validate: the filled-in notice is complete, the started one is not;
	// each placeholder is named at its line, in every format.
	out, errOut, code := run("validate", "v2.yaml")
	assert.Equal(t, 0, code, out+errOut)
	assert.Empty(t, out)
	out, _, code = run("validate", "started.yaml")
	assert.Equal(t, 1, code)
	placeholderLines := regexp.MustCompile(`(?m)^started\.yaml:\d+:\d+: error PLACEHOLDER-01 `).FindAllString(out, -1)
	assert.Len(t, placeholderLines, 12, out)

	report := compile(t, reportSchemaPath, jsonschema.Draft2020)
	out, _, code = run("validate", "-format", "json", "started.yaml", "v2.yaml")
	assert.Equal(t, 1, code)
	validateAgainst(t, report, out)
	var rep jsonReport
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Files, 2)
	assert.Empty(t, rep.Files[1].Findings, "v2.yaml is complete")
	placeholders := 0
	for _, f := range rep.Files[0].Findings {
		if f.Rule == validate.RulePlaceholder {
			placeholders++
			assert.Positive(t, f.Line)
			assert.NotEmpty(t, f.Article)
		}
	}
	assert.Equal(t, 12, placeholders)

	sarifSchema := compile(t, "../../testdata/sarif/sarif-schema-2.1.0.json", jsonschema.Draft4)
	out, _, code = run("validate", "-format", "sarif", "started.yaml", "v2.yaml")
	assert.Equal(t, 1, code)
	validateAgainst(t, sarifSchema, out)
	var log sarifLog
	require.NoError(t, json.Unmarshal([]byte(out), &log))
	checkRules(t, log)
	checkResults(t, log)
	placeholders = 0
	for _, r := range log.Runs[0].Results {
		assert.Equal(t, "started.yaml", r.Locations[0].PhysicalLocation.ArtifactLocation.URI, "only the started notice has findings")
		if r.RuleID == validate.RulePlaceholder {
			placeholders++
		}
	}
	assert.Equal(t, 12, placeholders)

	// diff against the previous version: the new recipient is a change of
	// substance, named in the report and in the changelog.
	out, errOut, code = run("diff", "-lang", "en", "v1.yaml", "v2.yaml")
	assert.Equal(t, 1, code, errOut)
	assert.Regexp(t, `(?m)^Changes of substance\n-+\n- Processing activity “Name of the register”: Recipients of personal data \(Article 13\(1\)\(e\)\): added: Pilvipalvelu Oy$`, out)
	assert.Contains(t, out, "Dates (Article 12(1)): changed: 2026-01-31 → 2026-03-01", "the date is a change, not of substance")
	out, _, code = run("diff", "-format", "md", "-lang", "fi", "v1.yaml", "v2.yaml")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "- **Henkilötietojen vastaanottajat (13 artiklan 1 kohdan e alakohta)**: lisätty: Pilvipalvelu Oy\n")
	var page strings.Builder
	require.NoError(t, goldmark.New(goldmark.WithExtensions(extension.GFM)).Convert([]byte(out), &page))
	assert.NotContains(t, page.String(), "<a ", "the changelog has no link")
	out, _, code = run("diff", "-format", "json", "v1.yaml", "v2.yaml")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, `"pointer": "/activities/0/recipients/items/1"`)
	_, _, code = run("diff", "v2.yaml", "v2.yaml")
	assert.Equal(t, 0, code, "nothing changed")

	// render the new version.
	out, errOut, code = run("render", "-lang", "sv", "-format", "text", "v2.yaml")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Esimerkki Oy")
	assert.Contains(t, out, "Pilvipalvelu Oy")
	assert.NotContains(t, out, validate.Placeholder)
	_, errOut, code = run("render", "-lang", "fi", "-format", "page", "-o", "v2.html", "v2.yaml")
	require.Equal(t, 0, code, errOut)
	html, err := os.ReadFile(filepath.Join(repo, "v2.html"))
	require.NoError(t, err)
	assert.Contains(t, string(html), "Pilvipalvelu Oy")
}

// selosteIn2 runs the binary in dir and returns its standard output and
// error and its exit status.
func selosteIn2(t *testing.T, dir string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return out.String(), errOut.String(), code
}
