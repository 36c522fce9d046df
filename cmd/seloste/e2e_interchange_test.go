package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/interchange/ropa"
	"github.com/seloste/seloste/notice"
)

const tiltCorpus = "../../testdata/interop/tilt/corpus"

func TestInterchangeHelp(t *testing.T) {
	out, _, code := seloste(t, nil, "help")
	require.Equal(t, 0, code)
	for _, c := range []string{"import", "export"} {
		assert.Contains(t, out, "\t"+c)
		help, _, code := seloste(t, nil, "help", c)
		assert.Equal(t, 0, code)
		assert.Contains(t, help, "usage: seloste "+c)
	}
}

func TestImportOne(t *testing.T) {
	out, report, code := seloste(t, nil, "import", filepath.Join(tiltCorpus, "bahn.de.tilt.json"))
	require.Equal(t, 0, code, report)
	n, err := notice.Decode([]byte(out))
	require.NoError(t, err)
	assert.Equal(t, "de", n.Original().String())
	assert.True(t, strings.HasPrefix(report, "language de: "))
	assert.Contains(t, report, "/controller/sector: no place:")
}

func TestImportDirectory(t *testing.T) {
	dir := t.TempDir()
	_, errOut, code := seloste(t, nil, "import", tiltCorpus)
	assert.Equal(t, 2, code, "several documents need -o")
	assert.Contains(t, errOut, "give -o DIR")

	_, errOut, code = seloste(t, nil, "import", "-o", dir, "-report", "json", "-to", "json", tiltCorpus)
	require.Equal(t, 0, code, errOut)
	notices, err := filepath.Glob(filepath.Join(dir, "*.tilt.json"))
	require.NoError(t, err)
	assert.Empty(t, notices)
	got, err := filepath.Glob(filepath.Join(dir, "*.report.json"))
	require.NoError(t, err)
	assert.Len(t, got, 71)
	data, err := os.ReadFile(filepath.Join(dir, "amazon.com.json"))
	require.NoError(t, err)
	_, err = notice.Decode(data)
	assert.NoError(t, err)
}

func TestImportBad(t *testing.T) {
	_, errOut, code := seloste(t, []byte("x"), "import", "-from", "xml", "f")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-from must be tilt")
	bad := filepath.Join(t.TempDir(), "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"meta": {"language": "deutsch"}}`), 0o644))
	_, errOut, code = seloste(t, nil, "import", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "/meta/language")
}

func TestExport(t *testing.T) {
	src := filepath.Join("..", "..", "examples", "notices", "vipu.yaml")
	out, report, code := seloste(t, nil, "export", "-to", "tilt", "-lang", "sv", src)
	require.Equal(t, 0, code, report)
	assert.Contains(t, out, `"language": "sv"`)
	assert.Contains(t, report, "/jointControllers: no place:")

	_, errOut, code := seloste(t, nil, "export", "-to", "tilt", src)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "give -lang L")
	dir := t.TempDir()
	_, errOut, code = seloste(t, nil, "export", "-to", "tilt", "-o", dir, src)
	require.Equal(t, 0, code, errOut)
	for _, l := range []string{"fi", "sv", "en"} {
		assert.FileExists(t, filepath.Join(dir, "vipu."+l+".tilt.json"))
		assert.FileExists(t, filepath.Join(dir, "vipu."+l+".report.txt"))
	}

	out, errOut, code = seloste(t, nil, "export", "-to", "dpv", src)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, `"@type": "dpv:PrivacyNotice"`)

	xlsx := filepath.Join(dir, "vipu.xlsx")
	_, errOut, code = seloste(t, nil, "export", "-to", "ropa", "-format", "xlsx", "-lang", "fi", "-o", xlsx, src)
	require.Equal(t, 0, code, errOut)
	f, err := os.Open(xlsx)
	require.NoError(t, err)
	defer f.Close()
	rows, err := ropa.ReadXLSX(f)
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, "Käsittelytoimi", rows[0][0])

	_, errOut, code = seloste(t, nil, "export", "-to", "xml", src)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-to must be tilt, dpv or ropa")
	_, errOut, code = seloste(t, nil, "export", "-to", "ropa", "-lang", "de", src)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "not a language of the catalog")
}
