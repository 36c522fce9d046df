package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

const readmePath = "../../README.md"

// vocabularyTable is the README's table of every closed vocabulary, made from
// notice.Vocabularies and the i18n catalog.
func vocabularyTable() string {
	var b strings.Builder
	fi, sv, en := i18n.For(language.Finnish), i18n.For(language.Swedish), i18n.For(language.English)
	for _, v := range notice.Vocabularies() {
		fmt.Fprintf(&b, "\n**%s** (`%s`)\n\n", v.Title, v.Name)
		b.WriteString("| code | article | DPV | en | fi | sv |\n|---|---|---|---|---|---|\n")
		for _, t := range v.Terms {
			key := v.MessageKey(t.Code)
			fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", t.Code, t.Article, t.DPV, en.T(key), fi.T(key), sv.T(key))
		}
	}
	return b.String()
}

// reportTable is the README's summary of what the validator finds in the
// bundled examples.
func reportTable() (string, error) {
	var b strings.Builder
	b.WriteString("| notice | activities | errors | warnings | info | articles with an error |\n|---|---|---|---|---|---|\n")
	for _, name := range examples.Names() {
		n, err := examples.Load(name)
		if err != nil {
			return "", err
		}
		counts := map[validate.Severity]int{}
		var arts []string
		for _, f := range validate.Validate(n) {
			counts[f.Severity]++
			if f.Severity == validate.Error && !slices.Contains(arts, f.Article) {
				arts = append(arts, f.Article)
			}
		}
		slices.Sort(arts)
		fmt.Fprintf(&b, "| `%s` | %d | %d | %d | %d | %s |\n", name, len(n.Activities),
			counts[validate.Error], counts[validate.Warning], counts[validate.Info], strings.Join(arts, ", "))
	}
	return b.String(), nil
}

// replaceBetween replaces the text between <!-- name:start --> and
// <!-- name:end --> markers.
func replaceBetween(doc, name, content string) (string, bool) {
	start, end := "<!-- "+name+":start -->", "<!-- "+name+":end -->"
	i, j := strings.Index(doc, start), strings.Index(doc, end)
	if i < 0 || j < i {
		return doc, false
	}
	return doc[:i+len(start)] + "\n" + strings.TrimSpace(content) + "\n" + doc[j:], true
}

// TestReadmeUpToDate keeps the generated parts of README.md current;
// SELOSTE_UPDATE=1 rewrites them.
func TestReadmeUpToDate(t *testing.T) {
	raw, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	doc := string(raw)
	got, ok := replaceBetween(doc, "vocabularies", vocabularyTable())
	require.True(t, ok, "README.md has vocabularies markers")
	report, err := reportTable()
	require.NoError(t, err)
	got, ok = replaceBetween(got, "report", report)
	require.True(t, ok, "README.md has report markers")
	if os.Getenv("SELOSTE_UPDATE") != "" {
		require.NoError(t, os.WriteFile(readmePath, []byte(got), 0o644))
		doc = got
	}
	assert.Equal(t, got, doc, "README.md is out of date: run SELOSTE_UPDATE=1 go test ./cmd/seloste/")
}

var goBlock = regexp.MustCompile("(?s)```go\n(.*?)```")

// TestReadmeGoBlocksCompile extracts every Go code block of README.md and
// builds it against this module.
func TestReadmeGoBlocksCompile(t *testing.T) {
	raw, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	blocks := goBlock.FindAllSubmatch(raw, -1)
	require.NotEmpty(t, blocks)
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	for i, m := range blocks {
		t.Run(fmt.Sprint("block", i), func(t *testing.T) {
			src := m[1]
			dir, err := os.MkdirTemp(root, ".readme-block-")
			require.NoError(t, err)
			defer os.RemoveAll(dir)
			name := "main.go"
			if bytes.Contains(src, []byte("func Test")) {
				name = "x_test.go"
			}
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), src, 0o644))
			cmd := exec.Command("go", "vet", "./"+filepath.Base(dir))
			cmd.Dir = root
			out, err := cmd.CombinedOutput()
			assert.NoError(t, err, "README Go block %d does not build:\n%s\n%s", i, out, src)
		})
	}
}
