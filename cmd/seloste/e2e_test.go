package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/notice"
)

// binary is the seloste command built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "seloste-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "seloste")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	if treeDir != "" {
		os.RemoveAll(treeDir)
	}
	os.Exit(code)
}

// seloste runs the built binary and returns its output and exit status.
func seloste(t *testing.T, stdin []byte, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return out.String(), errOut.String(), code
}

func TestHelpAndVersion(t *testing.T) {
	out, _, code := seloste(t, nil, "help")
	assert.Equal(t, 0, code)
	for _, c := range []string{"validate", "render", "schema", "fmt", "serve", "version"} {
		assert.Contains(t, out, "\t"+c)
		help, _, code := seloste(t, nil, "help", c)
		assert.Equal(t, 0, code, c)
		assert.Contains(t, help, "usage: seloste "+c, c)
	}
	out, _, code = seloste(t, nil, "version")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "schema "+notice.SchemaVersion)

	_, errOut, code := seloste(t, nil, "frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown command "frobnicate"`)
	_, errOut, code = seloste(t, nil, "validate", "-format", "xml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-format must be text, json or sarif")
}

func TestSchema(t *testing.T) {
	out, _, code := seloste(t, nil, "schema")
	require.Equal(t, 0, code)
	assert.Equal(t, string(notice.JSONSchema), out)
}

func TestFmtConvertsLosslessly(t *testing.T) {
	src := filepath.Join("..", "..", "examples", "notices", "kiva-koulu.yaml")
	js, errOut, code := seloste(t, nil, "fmt", "-to", "json", src)
	require.Equal(t, 0, code, errOut)
	yml, errOut, code := seloste(t, []byte(js), "fmt", "-to", "yaml", "-")
	require.Equal(t, 0, code, errOut)

	orig, err := os.ReadFile(src)
	require.NoError(t, err)
	a, err := notice.Decode(orig)
	require.NoError(t, err)
	b, err := notice.Decode([]byte(yml))
	require.NoError(t, err)
	assert.Equal(t, a, b, "YAML -> JSON -> YAML gives an equal notice")
	assert.True(t, strings.HasPrefix(yml, "# yaml-language-server: $schema="))

	again, _, code := seloste(t, []byte(yml), "fmt", "-")
	require.Equal(t, 0, code)
	assert.Equal(t, yml, again, "formatting is idempotent")
}

func TestFmtWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "n.yaml")
	require.NoError(t, os.WriteFile(path, []byte("{schemaVersion: '2', languages: [fi], title: T, activities: [{name: n, id: a}]}  # flow\n"), 0o644))
	_, errOut, code := seloste(t, nil, "fmt", "-w", path)
	require.Equal(t, 0, code, errOut)
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "# yaml-language-server: $schema="+notice.SchemaURL+"\n{schemaVersion: '2', languages: [fi], title: T, activities: [{id: a, name: n}]}  # flow\n", string(got),
		"fields in schema order, in the style written, with the schema hint")
	_, errOut, code = seloste(t, nil, "fmt", "-w", "-to", "json", path)
	require.Equal(t, 0, code)
	assert.Equal(t, "seloste: "+path+": JSON has no comments: 2 comment line(s) of the YAML are not kept\n", errOut)
	js, err := os.ReadFile(filepath.Join(dir, "n.json"))
	require.NoError(t, err)
	assert.True(t, json.Valid(js))
}

// TestFmtKeepsComments formats a copy of every bundled example in place:
// every comment survives, and a notice already in canonical order is left
// byte for byte as it was.
func TestFmtKeepsComments(t *testing.T) {
	dir := t.TempDir()
	files, err := filepath.Glob("../../examples/notices/*.yaml")
	require.NoError(t, err)
	var paths []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		p := filepath.Join(dir, filepath.Base(f))
		require.NoError(t, os.WriteFile(p, src, 0o644))
		paths = append(paths, p)
	}
	_, errOut, code := seloste(t, nil, append([]string{"fmt", "-w"}, paths...)...)
	require.Equal(t, 0, code, errOut)
	for i, p := range paths {
		src, _ := os.ReadFile(files[i])
		got, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.Equal(t, strings.Count(string(src), "\n#")+strings.Count(string(src), " # "), strings.Count(string(got), "\n#")+strings.Count(string(got), " # "),
			"%s: every comment kept", filepath.Base(p))
		if filepath.Base(p) == "vipu.yaml" {
			assert.Equal(t, string(src), string(got), "vipu.yaml is canonical already: unchanged")
		}
	}
}
