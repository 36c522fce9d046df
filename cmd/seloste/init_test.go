package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/starter"
	"github.com/seloste/seloste/validate"
)

// TestReadmeSampleIsClean takes the YAML sample of the README's section
// "Writing a notice in YAML": it decodes, the validator finds nothing in it,
// fmt leaves it as it is, and its schema hint is the schema's address.
func TestReadmeSampleIsClean(t *testing.T) {
	raw, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	section := regexp.MustCompile("(?s)\n## Writing a notice in YAML\n(.*?)\n## ").FindSubmatch(raw)
	require.NotNil(t, section, "README.md has the section")
	sample := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindSubmatch(section[1])
	require.NotNil(t, sample, "the section has a YAML sample")
	n, err := notice.Decode(sample[1])
	require.NoError(t, err)
	fs := validate.Validate(n)
	var got []string
	for _, f := range fs {
		got = append(got, f.Error())
	}
	assert.Empty(t, got, "the README's sample validates clean")
	formatted, err := notice.FormatYAML(sample[1])
	require.NoError(t, err)
	assert.Equal(t, string(sample[1]), string(formatted), "the sample is as fmt writes it")
	first, _, _ := strings.Cut(string(sample[1]), "\n")
	assert.Equal(t, "# yaml-language-server: $schema="+notice.SchemaURL, first, "the hint names the schema's address, by its version")
}

// TestInit runs the command: the notice on standard output is the
// library's; -o writes a new file and never overwrites one; bad languages
// and arguments are usage errors.
func TestInit(t *testing.T) {
	out, errOut, code := seloste(t, nil, "init", "-lang", "sv,fi", "-public")
	require.Equal(t, 0, code, errOut)
	want, err := starter.YAML(starter.Options{Languages: []language.Tag{language.Swedish, language.Finnish}, PublicAuthority: true})
	require.NoError(t, err)
	assert.Equal(t, string(want), out)

	out, _, code = seloste(t, nil, "init")
	require.Equal(t, 0, code)
	n, err := notice.Decode([]byte(out))
	require.NoError(t, err)
	assert.Equal(t, notice.Tags{language.Finnish}, n.Languages, "Finnish unless told")
	assert.False(t, *n.Controller.PublicAuthority)

	path := filepath.Join(t.TempDir(), "privacy.yaml")
	_, errOut, code = seloste(t, nil, "init", "-lang", "fi,sv,en", "-o", path)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "seloste validate "+path)
	written, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, []byte("# mine\n"), 0o644))
	_, errOut, code = seloste(t, nil, "init", "-o", path)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "exists")
	kept, _ := os.ReadFile(path)
	assert.Equal(t, "# mine\n", string(kept), "an existing file is never overwritten")
	assert.Contains(t, string(written), "languages: [fi, sv, en]")

	for _, args := range [][]string{
		{"init", "-lang", "fi,,en"},
		{"init", "-lang", "fi,fi"},
		{"init", "extra"},
		{"init", "-o", filepath.Join(t.TempDir(), "no", "such", "dir.yaml")},
	} {
		_, errOut, code := seloste(t, nil, args...)
		assert.Equal(t, 2, code, "%v", args)
		assert.True(t, strings.HasPrefix(errOut, "seloste: "), "%v: %s", args, errOut)
	}
}

// TestInitSuggestsACommandThatWorks writes the starter to file names a
// shell reads apart, and runs the command that init suggests, as a user
// pasting it would: it must validate the file it wrote.
func TestInitSuggestsACommandThatWorks(t *testing.T) {
	for _, name := range []string{"privacy.yaml", "my notice ä.yaml", "it's $HOME.yaml"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, name)
			_, errOut, code := seloste(t, nil, "init", "-o", path)
			require.Equal(t, 0, code, errOut)
			_, cmdline, ok := strings.Cut(errOut, `"seloste validate `)
			require.True(t, ok, errOut)
			cmdline, _, _ = strings.Cut(cmdline, `" names`)
			sh := exec.Command("sh", "-c", `test -f `+cmdline+` && printf %s `+cmdline)
			out, err := sh.Output()
			require.NoError(t, err, "the suggested path %s names the file", cmdline)
			assert.Equal(t, path, string(out))
		})
	}
}
