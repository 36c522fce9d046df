package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/notice"
)

func runImportProse(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = runImport(context.Background(), &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func TestImportProse(t *testing.T) {
	src := filepath.Join("..", "..", "testdata", "prose", "seeds", "002_72b2c3b3b6ca32fc.txt")
	code, out, stderr := runImportProse(t, "", "-from", "text", src)
	require.Equal(t, exitOK, code, stderr)
	n, err := notice.Decode([]byte(out))
	require.NoError(t, err, "the YAML written decodes")
	assert.Equal(t, "Valteri-koulu", n.Controller.Name[n.Original()])
	assert.Contains(t, out, "# line 8, likely: the first line of the contact block is read as the name")
	assert.Contains(t, stderr, "002_72b2c3b3b6ca32fc.txt:6: \"Rekisterinpitäjä\" -> controller (heading, sure)")
	assert.Contains(t, stderr, "guessed (check these):")

	// Into a directory, the notice as JSON and the report as JSON.
	dir := t.TempDir()
	code, out, stderr = runImportProse(t, "", "-from", "text", "-o", dir, "-report", "json", "-to", "json", src)
	require.Equal(t, exitOK, code, stderr)
	assert.Empty(t, out)
	assert.Empty(t, stderr)
	doc, err := os.ReadFile(filepath.Join(dir, "002_72b2c3b3b6ca32fc.json"))
	require.NoError(t, err)
	fromJSON, err := notice.Decode(doc)
	require.NoError(t, err)
	assert.Equal(t, n.Controller.Name, fromJSON.Controller.Name, "the same notice as the YAML")
	js, err := os.ReadFile(filepath.Join(dir, "002_72b2c3b3b6ca32fc.report.json"))
	require.NoError(t, err)
	var rep struct {
		Source   string
		Sections []struct{ Line int }
	}
	require.NoError(t, json.Unmarshal(js, &rep))
	assert.Equal(t, "002_72b2c3b3b6ca32fc.txt", rep.Source)
	assert.NotEmpty(t, rep.Sections)

	// Standard input, Markdown.
	code, out, _ = runImportProse(t, "# Privacy notice\n\n## Controller\n\nExample Ltd\nexample@example.com\n", "-from", "markdown", "-")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "email: example@example.com")

	// A language the import reads, given: German.
	code, out, stderr = runImportProse(t, "# Datenschutzerklärung\n\n## Verantwortlicher\n\nBeispiel GmbH\nkontakt@example.de\n", "-from", "markdown", "-lang", "de", "-")
	require.Equal(t, exitOK, code, stderr)
	n, err = notice.Decode([]byte(out))
	require.NoError(t, err)
	assert.Equal(t, "de", n.Original().String())
}

func TestImportProseUsage(t *testing.T) {
	cases := []struct {
		args []string
		msg  string
	}{
		{[]string{"-from", "pdf", "x.txt"}, `-from must be tilt, text, markdown or html, not "pdf"`},
		{[]string{"-from", "docx", "x.docx"}, "Word files are not read"},
		{[]string{"-from", "text"}, "import needs a file"},
		{[]string{"-from", "text", "a.txt", "b.txt"}, "2 documents: give -o DIR"},
		{[]string{"-from", "text", "-report", "xml", "x"}, "-report must be text or json"},
		{[]string{"-from", "text", "-lang", "it", "x"}, `-lang must be one of fi, sv, en, de, nl, not "it"`},
		{[]string{"-lang", "fi", "x.json"}, "-lang is for a prose source"},
		{[]string{"-from", "text", "no-such-file.txt"}, "no-such-file.txt: no such file or directory"},
		{[]string{"-from", "text", "."}, "a directory: name the prose files"},
	}
	for _, c := range cases {
		code, _, stderr := runImportProse(t, "", c.args...)
		assert.Equal(t, exitUsage, code, c.args)
		assert.Contains(t, stderr, c.msg, c.args)
	}
	code, _, stderr := runImportProse(t, "PK\x03\x04rest", "-from", "html", "-")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "Word (.docx) file")
	code, _, stderr = runImportProse(t, "a\xffb", "-from", "text", "-")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "not valid UTF-8: 1:2")
}
