package main

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

var findingLine = `^(examples/notices/[a-z0-9-]+\.yaml):(\d+):(\d+): (error|warning|info) ([A-Z0-9-]+) \((Articles? .+?)\): \S.*?( \[activities: [a-z0-9-]+(, [a-z0-9-]+)+\])?$`

func TestValidateBundledExamples(t *testing.T) {
	out, errOut, code := seloste(t, nil, "validate")
	assert.Equal(t, 1, code, "the examples keep their sources' gaps, so errors are found")
	assert.Empty(t, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := 0
	all, err := examples.All()
	require.NoError(t, err)
	for _, n := range all {
		want += len(validate.Validate(n).Grouped())
	}
	assert.Len(t, lines, want, "one line per finding, a finding repeated across activities once")
	for _, l := range lines {
		assert.Regexp(t, findingLine, l)
	}
	// Files come in a stable order: every line of a file before the next file.
	var order []string
	for _, l := range lines {
		f := l[:strings.IndexByte(l, ':')]
		if len(order) == 0 || order[len(order)-1] != f {
			order = append(order, f)
		}
	}
	assert.Len(t, order, len(examples.Names()))

	fi, _, _ := seloste(t, nil, "validate", "-lang", "fi")
	assert.Contains(t, fi, "13 artiklan", "Finnish messages cite articles the Finnish way")
}

func TestValidateCleanFileExitsZero(t *testing.T) {
	ref := filepath.Join("..", "..", "testdata", "validate", "reference.yaml")
	out, errOut, code := seloste(t, nil, "validate", ref)
	assert.Equal(t, 0, code, out+errOut)
	assert.Empty(t, out)
}

func TestValidateJSON(t *testing.T) {
	out, _, code := seloste(t, nil, "validate", "-format", "json")
	assert.Equal(t, 1, code)
	var rep jsonReport
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Files, 6)
	total := 0
	for _, f := range rep.Files {
		assert.Empty(t, f.Error)
		for _, fd := range f.Findings {
			assert.NotEmpty(t, fd.Rule)
			assert.Contains(t, []string{"error", "warning", "info"}, fd.Severity)
			assert.Positive(t, fd.Line)
			assert.True(t, strings.HasPrefix(fd.Article, "Art"), fd.Article)
			assert.NotEmpty(t, fd.Message)
			total++
		}
	}
	assert.Equal(t, total, rep.Errors+rep.Warnings+rep.Infos)
	assert.Positive(t, rep.Errors)
}

func TestValidateSARIFNamesTheLines(t *testing.T) {
	out, _, code := seloste(t, nil, "validate", "-format", "sarif", "../../examples/notices/vipu.yaml")
	assert.Equal(t, 1, code)
	rep, err := sarif.FromString(out)
	require.NoError(t, err, "the output parses as SARIF")
	require.NoError(t, rep.Validate(), "the output is valid SARIF 2.1.0")
	require.Len(t, rep.Runs, 1)
	run := rep.Runs[0]
	assert.Equal(t, "seloste", *run.Tool.Driver.Name)
	assert.Len(t, run.Tool.Driver.Rules, len(validate.Rules())+1, "the validator's rules and LOAD-01")

	src, err := os.ReadFile("../../examples/notices/vipu.yaml")
	require.NoError(t, err)
	n, err := notice.Decode(src)
	require.NoError(t, err)
	fs := validate.Validate(n)
	require.Len(t, run.Results, len(fs))
	loc := notice.NewLocator(src)
	for i, res := range run.Results {
		want := loc.Region(fs[i].Path)
		assert.Equal(t, fs[i].Rule, *res.RuleID)
		region := res.Locations[0].PhysicalLocation.Region
		assert.Equal(t, want, notice.Region{StartLine: *region.StartLine, StartColumn: *region.StartColumn, EndLine: *region.EndLine, EndColumn: *region.EndColumn},
			"result %d (%s at %s) is the region of its place", i, fs[i].Rule, fs[i].Path)
		art := res.Locations[0].PhysicalLocation.ArtifactLocation
		assert.Equal(t, "examples/notices/vipu.yaml", *art.URI, "relative to the repository root")
		assert.Equal(t, "SRCROOT", *art.URIBaseID)
	}
}

func TestValidateBadDocuments(t *testing.T) {
	files, err := filepath.Glob("../../testdata/bad/*.*")
	require.NoError(t, err)
	for _, path := range files {
		if strings.HasSuffix(path, ".err") {
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(path, filepath.Ext(path)) + ".err")
			require.NoError(t, err)
			_, errOut, code := seloste(t, nil, "validate", path)
			assert.Equal(t, 2, code)
			// The library's error is "notice: LINE:COL: POINTER: MSG"; the
			// command prints it as "FILE:LINE:COL: POINTER: MSG", or
			// "FILE: MSG" where there is no position.
			msg := strings.TrimPrefix(strings.TrimSpace(string(want)), "notice: ")
			sep := ": "
			if msg[0] >= '0' && msg[0] <= '9' {
				sep = ":"
			}
			assert.Equal(t, path+sep+msg+"\n", errOut)
		})
	}
}

func TestValidateKeepsGoingAfterBadFiles(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile("../../testdata/validate/reference.yaml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a-good.yaml"), good, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "b-binary.yaml"), []byte("schemaVersion: \x00\x01\x02"), 0o644))
	huge := filepath.Join(dir, "c-huge.json")
	f, err := os.Create(huge)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(1<<30), "a sparse 1 GB file")
	f.Close()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d-notes.txt"), []byte("not a notice"), 0o644))
	locked := filepath.Join(dir, "e-locked")
	require.NoError(t, os.Mkdir(locked, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(locked, "x.yaml"), good, 0o644))
	require.NoError(t, os.Chmod(locked, 0))
	defer os.Chmod(locked, 0o755)

	out, errOut, code := seloste(t, nil, "validate", dir, filepath.Join(dir, "missing.yaml"))
	assert.Equal(t, 2, code)
	assert.Empty(t, out, "the good file has no findings")
	assert.Contains(t, errOut, "b-binary.yaml: binary file: a notice is YAML or JSON text")
	assert.Contains(t, errOut, "c-huge.json: file is 1.0 GiB; a notice may be at most 4.0 MiB")
	assert.Contains(t, errOut, "missing.yaml: no such file or directory")
	assert.NotContains(t, errOut, "d-notes.txt", "only .yaml, .yml and .json files are read from a directory")
	if os.Geteuid() != 0 {
		assert.Contains(t, errOut, "e-locked: permission denied")
	}
	for _, l := range strings.Split(strings.TrimSpace(errOut), "\n") {
		assert.Regexp(t, `^\S+: `, l, "one line per problem, naming the file")
	}
}

func TestValidateStdin(t *testing.T) {
	data, err := os.ReadFile("../../examples/notices/raisio-office365.yaml")
	require.NoError(t, err)
	out, _, code := seloste(t, data, "validate", "-")
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "-:")
	assert.Contains(t, out, "ART13-RIGHTS-01")
}

func TestRender(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-lang", "en", "-format", "md"}, "# "},
		{[]string{"-lang", "sv", "-format", "page"}, `<html lang="sv"`},
		{[]string{"-lang", "fi", "-format", "text", "-layer", "short"}, "Rekisterinpitäjä"},
		{[]string{"-format", "json"}, `"schemaVersion": "2"`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			args := append(append([]string{"render"}, tt.args...), "../../examples/notices/kiva-koulu.yaml")
			out, errOut, code := seloste(t, nil, args...)
			require.Equal(t, 0, code, errOut)
			assert.Contains(t, out, tt.want)
		})
	}
	_, errOut, code := seloste(t, nil, "render", "-format", "pdf", "../../examples/notices/vipu.yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-format must be")
	_, errOut, code = seloste(t, nil, "render", "../../testdata/bad/misspelt-code.yaml")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `misspelt-code.yaml:8:16: /activities/0/legalBases/0/basis: unknown legalBasis code "consnt"`)
}

func TestServe(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.yaml")
	src, err := os.ReadFile("../../testdata/validate/reference.yaml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, src, 0o644))

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(binary, "serve", "-addr", addr, path)
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	defer cmd.Process.Kill()
	banner := make([]byte, 200)
	nr, _ := stdout.Read(banner)
	require.Contains(t, string(banner[:nr]), "serving 1 notices on http://"+addr)

	get := func(url string) (int, string) {
		resp, err := http.Get("http://" + addr + url)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get("/")
	assert.Equal(t, 200, code)
	assert.Contains(t, body, `href="/n/mine/"`)
	code, body = get("/n/mine/?lang=sv&layer=short")
	assert.Equal(t, 200, code)
	assert.Contains(t, body, "Findings (0)")
	assert.Contains(t, body, `src="notice?format=html&amp;lang=sv&amp;layer=short"`)
	code, body = get("/n/mine/notice?lang=sv&format=markdown")
	assert.Equal(t, 200, code)
	assert.Contains(t, body, "# ")

	// An edit on disk is picked up on the next request.
	time.Sleep(10 * time.Millisecond)
	broken := strings.Replace(string(src), "basis: contract", "basis: contrakt", 1)
	require.NotEqual(t, string(src), broken, "the reference notice has a contract basis to break")
	require.NoError(t, os.WriteFile(path, []byte(broken), 0o644))
	require.NoError(t, os.Chtimes(path, time.Now().Add(time.Second), time.Now().Add(time.Second)))
	_, body = get("/n/mine/")
	assert.Contains(t, body, `unknown legalBasis code &#34;contrakt&#34;`)

	// Interrupt stops the server cleanly with status 0.
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		assert.NoError(t, err, "exit status 0 after an interrupt")
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop on interrupt")
	}
}
