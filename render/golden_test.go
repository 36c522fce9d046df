package render

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// The golden files hold every bundled notice, the features notice
// (testdata/render/features.yaml, which makes every statement the model
// holds) and every notice of the corpus (testdata/corpus/*.yaml, when
// present) in every supported language, full and short, as an HTML page
// (with the default stylesheet), Markdown and plain text:
//
//	testdata/render/golden/<notice>.<lang>.<layer>.{html,md,txt}
//
// A corpus notice's golden files are named corpus-<file name>.
// Regenerate them after a deliberate change with
//
//	SELOSTE_UPDATE=1 go test ./render/
//
// and read the diff: the files are meant to read as a careful translator and
// a Finnish data protection officer would write.
const goldenDir = "../testdata/render/golden"

var update = os.Getenv("SELOSTE_UPDATE") != ""

var goldenFormats = []struct {
	ext    string
	format Format
}{
	{"html", Page},
	{"md", Markdown},
	{"txt", Text},
}

func goldenOptions(lang language.Tag, f Format, l Layer) Options {
	return Options{Lang: lang, Format: f, Layer: l, Stylesheet: f == Page}
}

func TestGolden(t *testing.T) {
	if update {
		require.NoError(t, os.MkdirAll(goldenDir, 0o755))
	}
	written := map[string]bool{}
	for _, gn := range goldenNotices(t) {
		name, n := gn.name, gn.n
		for _, lang := range i18n.Supported {
			for _, layer := range []Layer{Full, Short} {
				for _, f := range goldenFormats {
					file := fmt.Sprintf("%s.%s.%s.%s", name, lang, layer, f.ext)
					written[file] = true
					t.Run(file, func(t *testing.T) {
						opts := goldenOptions(lang, f.format, layer)
						got, err := render(n, opts)
						require.NoError(t, err)
						again, err := render(n, opts)
						require.NoError(t, err)
						require.Equal(t, got, again, "rendering twice gives the same bytes")

						d, err := build(n, opts)
						require.NoError(t, err)
						switch f.format {
						case Page:
							r := checkHTML(got, htmlTags)
							assert.Empty(t, r.Problems)
							assert.Equal(t, 1, h1Count(r.Headings), "exactly one h1")
							assert.Equal(t, treeHeadings(d), r.Headings, "the headings are the sections")
						case Markdown:
							r := checkMarkdown(got, d)
							assert.Empty(t, r.Problems)
							assert.Equal(t, treeHeadings(d), r.Headings, "the headings are the sections")
						case Text:
							assert.Empty(t, checkText(got, 80))
						}
						compareGolden(t, filepath.Join(goldenDir, file), got)
					})
				}
			}
		}
	}
	// No stale golden file is left behind.
	entries, err := os.ReadDir(goldenDir)
	require.NoError(t, err)
	for _, e := range entries {
		if !written[e.Name()] {
			if update {
				require.NoError(t, os.Remove(filepath.Join(goldenDir, e.Name())))
				continue
			}
			t.Errorf("%s: golden file for no test case; SELOSTE_UPDATE=1 removes it", e.Name())
		}
	}
}

type goldenNotice struct {
	name string
	n    *notice.Notice
}

// goldenNotices returns the notices the golden files hold: the bundled
// examples, the features notice and the corpus notices found.
func goldenNotices(t *testing.T) []goldenNotice {
	var out []goldenNotice
	for _, name := range examples.Names() {
		n, err := examples.Load(name)
		require.NoError(t, err)
		out = append(out, goldenNotice{name, n})
	}
	out = append(out, goldenNotice{"features", features(t)})
	corpus, err := filepath.Glob("../testdata/corpus/*.yaml")
	require.NoError(t, err)
	for _, path := range corpus {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		n, err := notice.Decode(src)
		require.NoError(t, err, path)
		out = append(out, goldenNotice{"corpus-" + strings.TrimSuffix(filepath.Base(path), ".yaml"), n})
	}
	return out
}

// compareGolden compares got with the golden file, or writes it when
// SELOSTE_UPDATE is set. A mismatch shows the first lines that differ.
func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run SELOSTE_UPDATE=1 go test ./render/")
	if bytes.Equal(got, want) {
		return
	}
	t.Errorf("%s differs from the rendering (SELOSTE_UPDATE=1 go test ./render/ rewrites it):\n%s", path, firstDiff(string(want), string(got)))
}

// firstDiff shows the first differing line of two texts with two lines of
// context.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			var b strings.Builder
			for j := max(0, i-2); j < i; j++ {
				fmt.Fprintf(&b, "  %4d  %s\n", j+1, w[j])
			}
			fmt.Fprintf(&b, "- %4d  %s\n+ %4d  %s\n", i+1, wl, i+1, gl)
			return b.String()
		}
	}
	return "(no line differs)"
}
