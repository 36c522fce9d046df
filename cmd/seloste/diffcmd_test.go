package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDiff runs the command on a version pair of the bundled notices: the
// report is the package's golden in each format and language, and the exit
// status says whether something of substance changed.
func TestDiff(t *testing.T) {
	old := filepath.Join("..", "..", "testdata", "diff", "vipu.old.yaml")
	cur := filepath.Join("..", "..", "examples", "notices", "vipu.yaml")
	golden := func(name string) string {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "diff", name))
		require.NoError(t, err)
		return string(b)
	}
	out, errOut, code := seloste(t, nil, "diff", old, cur)
	assert.Equal(t, 1, code, "a new recipient is a change of substance: %s", errOut)
	assert.Equal(t, golden("vipu.fi.txt"), out, "in the new notice's original language by default")
	out, _, code = seloste(t, nil, "diff", "-format", "md", "-lang", "sv", old, cur)
	assert.Equal(t, 1, code)
	assert.Equal(t, golden("vipu.sv.md"), out)
	out, _, code = seloste(t, nil, "diff", "-format", "json", old, cur)
	assert.Equal(t, 1, code)
	assert.Equal(t, golden("vipu.json"), out)

	dest := filepath.Join(t.TempDir(), "changes.md")
	out, _, code = seloste(t, nil, "diff", "-format", "markdown", "-lang", "en", "-o", dest, old, cur)
	assert.Equal(t, 1, code)
	assert.Empty(t, out)
	written, err := os.ReadFile(dest)
	require.NoError(t, err)
	assert.Equal(t, golden("vipu.en.md"), string(written))

	// Nothing, or only wording, changed: status 0.
	src, err := os.ReadFile(cur)
	require.NoError(t, err)
	out, _, code = seloste(t, src, "diff", "-lang", "en", cur, "-")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "Nothing of substance has changed.")
	reworded := strings.Replace(string(src), "Tiedot poistuvat kokouksen päättymisen jälkeen.", "Tiedot poistetaan kokouksen päätyttyä.", 1)
	require.NotEqual(t, string(src), reworded)
	out, _, code = seloste(t, []byte(reworded), "diff", "-lang", "en", cur, "-")
	assert.Equal(t, 0, code, out)
	assert.Contains(t, out, "Changes of wording")
}

func TestDiffUsage(t *testing.T) {
	cur := filepath.Join("..", "..", "examples", "notices", "vipu.yaml")
	broken := filepath.Join(t.TempDir(), "broken.yaml")
	require.NoError(t, os.WriteFile(broken, []byte("schemaVersion: \"2\"\nlanguages: [fi]\nactivities:\n  - id: a\n    name: n\n    legalBases: [{basis: konsent}]\n"), 0o644))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"diff", cur}, "two paths"},
		{[]string{"diff", "-format", "html", cur, cur}, "-format must be text, md or json"},
		{[]string{"diff", "-lang", "de", cur, cur}, "-lang must be fi, sv or en"},
		{[]string{"diff", "no-such.yaml", cur}, "no-such.yaml: no such file or directory"},
		{[]string{"diff", broken, cur}, "broken.yaml:6:26: /activities/0/legalBases/0/basis: unknown legalBasis code"},
		{[]string{"diff", "-", "-"}, "only one of the two versions"},
		{[]string{"diff", "-o", filepath.Join(t.TempDir(), "no", "dir", "x.md"), cur, cur}, "no such file or directory"},
	} {
		out, errOut, code := seloste(t, nil, tc.args...)
		assert.Equal(t, 2, code, "%v", tc.args)
		assert.Contains(t, errOut, tc.want, "%v", tc.args)
		assert.Empty(t, out, "%v", tc.args)
	}
}
