package render

import (
	"bytes"
	"errors"
	"html/template"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
)

func load(t testing.TB, name string) *notice.Notice {
	t.Helper()
	n, err := examples.Load(name)
	require.NoError(t, err)
	return n
}

func TestZeroOptions(t *testing.T) {
	n := load(t, "kiva-koulu")
	var buf bytes.Buffer
	require.NoError(t, Render(&buf, n, Options{}))
	out := buf.String()
	assert.True(t, strings.HasPrefix(out, `<article class="seloste seloste-full" lang="fi" id="privacy-notice">`), "an HTML fragment in Finnish, the original")
	assert.NotContains(t, out, "<style>")
	assert.NotContains(t, out, "<!DOCTYPE")
	r := checkHTML(buf.Bytes(), htmlTags)
	assert.Empty(t, r.Problems)
	assert.Equal(t, 1, h1Count(r.Headings))
	assert.Equal(t, "Tietosuojailmoitus", r.Headings[0].Text)
}

func TestRenderErrors(t *testing.T) {
	var buf bytes.Buffer
	assert.Error(t, Render(&buf, nil, Options{}))
	n := load(t, "vipu")
	assert.Error(t, Render(&buf, n, Options{Format: Format(99)}))
	assert.Error(t, Render(&buf, n, Options{Layer: Layer(7)}))
	assert.Zero(t, buf.Len(), "nothing is written on error")
	assert.Equal(t, "markdown", Markdown.String())
	assert.Equal(t, "short", Short.String())
	assert.Equal(t, "Format(99)", Format(99).String())
}

// TestFallback checks that a missing translation falls back to the original
// language, marked with its own lang in HTML, and that Strict makes it an
// error naming the texts.
func TestFallback(t *testing.T) {
	n := load(t, "vipu")
	delete(n.Activities[0].Name, language.Swedish)
	delete(n.Activities[0].Purposes[1].Description, language.Swedish)
	fiName := n.Activities[0].Name[language.Finnish]

	var buf bytes.Buffer
	require.NoError(t, Render(&buf, n, Options{Lang: language.Swedish}))
	out := buf.String()
	assert.Contains(t, out, `<p class="seloste-register-name" lang="fi"><span class="seloste-aside">[fi]</span> `+template.HTMLEscapeString(fiName)+`</p>`,
		"the fallback paragraph says its language, and shows it")
	assert.Contains(t, out, `<li class="seloste-purpose"><span class="seloste-aside">[fi]</span> <span lang="fi">`, "an inline fallback is a span with its language, after its mark")
	assert.Contains(t, out, "Avsnitt som inleds med [fi] är på finska", "the top says what the mark means")
	assert.Empty(t, checkHTML(buf.Bytes(), htmlTags).Problems)

	buf.Reset()
	err := Render(&buf, n, Options{Lang: language.Swedish, Strict: true})
	require.ErrorIs(t, err, ErrMissingTranslation)
	assert.Contains(t, err.Error(), "/activities/0/name")
	assert.Contains(t, err.Error(), "/activities/0/purposes/1/description")
	assert.Zero(t, buf.Len())
	require.NoError(t, Render(&buf, n, Options{Lang: language.Finnish, Strict: true}), "the original is complete")

	// Swedish as written in Sweden reads the Swedish texts: no fallback.
	n = load(t, "vipu")
	buf.Reset()
	require.NoError(t, Render(&buf, n, Options{Lang: language.MustParse("sv-SE"), Strict: true, Format: Text}))
	assert.Contains(t, buf.String(), "2026-03-09", "dates the Sweden-Swedish way")
}

func TestHeadingOffsetAndPrefix(t *testing.T) {
	n := load(t, "kiva-koulu")
	for _, offset := range []int{-1, 0, 1, 2, 5} {
		var buf bytes.Buffer
		require.NoError(t, Render(&buf, n, Options{HeadingOffset: offset}))
		r := checkHTML(buf.Bytes(), htmlTags)
		assert.Empty(t, r.Problems, "offset %d", offset)
		assert.Equal(t, min(6, 1+max(0, offset)), r.Headings[0].Level, "offset %d: the title", offset)
		for _, h := range r.Headings {
			assert.LessOrEqual(t, h.Level, 6)
		}
		if offset > 0 {
			assert.Zero(t, h1Count(r.Headings), "offset %d: no h1 for a page that has its own", offset)
		}
		var md bytes.Buffer
		require.NoError(t, Render(&md, n, Options{HeadingOffset: offset, Format: Markdown}))
		assert.True(t, strings.HasPrefix(md.String(), strings.Repeat("#", min(6, 1+max(0, offset)))+" "))
	}
	var page bytes.Buffer
	require.NoError(t, Render(&page, n, Options{HeadingOffset: 2, Format: Page}))
	assert.Equal(t, 1, h1Count(checkHTML(page.Bytes(), htmlTags).Headings), "a page starts at h1")

	// Two notices, full and short, on one page: the prefixes keep ids apart.
	var both bytes.Buffer
	require.NoError(t, Render(&both, n, Options{IDPrefix: "kiva-", Layer: Short, FullNoticeURL: "#kiva-privacy-notice"}))
	require.NoError(t, Render(&both, n, Options{IDPrefix: "kiva-"}))
	require.NoError(t, Render(&both, load(t, "vipu"), Options{IDPrefix: "vipu-"}))
	r := checkHTML(both.Bytes(), htmlTags)
	assert.Empty(t, r.Problems)
	assert.Contains(t, r.Hrefs, "#kiva-privacy-notice", "the short layer points at the full notice")
	assert.Contains(t, both.String(), `id="kiva-privacy-notice"`)
	assert.Contains(t, both.String(), `id="kiva-activity-customer-register"`)
	assert.Contains(t, both.String(), `id="kiva-activity-customer-register-purposes"`)
}

func TestShortLinksToNoticeURL(t *testing.T) {
	n := load(t, "vipu")
	n.URL = "https://example.fi/tietosuoja"
	for _, f := range []Format{HTML, Markdown, Text} {
		var buf bytes.Buffer
		require.NoError(t, Render(&buf, n, Options{Layer: Short, Format: f}))
		assert.Contains(t, buf.String(), "https://example.fi/tietosuoja", f)
		assert.Contains(t, buf.String(), "Lue koko tietosuojaseloste", f)
	}
	n.URL = "javascript:alert(1)"
	var buf bytes.Buffer
	require.NoError(t, Render(&buf, n, Options{Layer: Short, Format: Markdown}))
	assert.NotContains(t, buf.String(), "javascript", "an unsafe URL is no link and no 'read more'")
}

func TestWidth(t *testing.T) {
	n := load(t, "raisio-office365")
	for _, w := range []int{40, 60, 100} {
		var buf bytes.Buffer
		require.NoError(t, Render(&buf, n, Options{Format: Text, Width: w}))
		assert.Empty(t, checkText(buf.Bytes(), w), "width %d", w)
	}
}

// TestArt21Apart checks that the right to object is set apart in every
// format when the rights include it, and only then.
func TestArt21Apart(t *testing.T) {
	n := load(t, "kiva-koulu")
	var html, md, txt bytes.Buffer
	require.NoError(t, Render(&html, n, Options{}))
	require.NoError(t, Render(&md, n, Options{Format: Markdown}))
	require.NoError(t, Render(&txt, n, Options{Format: Text}))
	assert.Contains(t, html.String(), `class="seloste-section seloste-right-to-object seloste-apart"`)
	assert.Contains(t, md.String(), "> #### Vastustamisoikeus\n>\n> Yleisen tietosuoja-asetuksen 21 artiklan 1 kohta: ”Rekisteröidyllä on oikeus")
	assert.Contains(t, txt.String(), "| 1.4.1 Vastustamisoikeus\n|\n| Yleisen tietosuoja-asetuksen 21 artiklan 1 kohta: ”Rekisteröidyllä on oikeus")

	// Valteri lists access, rectification and complaint only, but rests on
	// a public task: the Regulation gives the right to object all the
	// same, and the box quotes it.
	n = load(t, "valteri-primus")
	html.Reset()
	require.NoError(t, Render(&html, n, Options{}))
	assert.Contains(t, html.String(), "seloste-apart")
}

func TestMissingTranslationError(t *testing.T) {
	n := load(t, "vipu")
	for i := range n.Activities[0].DataCategories {
		delete(n.Activities[0].DataCategories[i].Name, language.English)
	}
	_, err := render(n, Options{Lang: language.English, Strict: true})
	require.True(t, errors.Is(err, ErrMissingTranslation))
	assert.Equal(t, "render: missing translation: 4 texts have no en text: /activities/0/dataCategories/0/name, "+
		"/activities/0/dataCategories/1/name, /activities/0/dataCategories/2/name, /activities/0/dataCategories/3/name", err.Error())
	delete(n.Title, language.English)
	delete(n.Activities[0].Name, language.English)
	_, err = render(n, Options{Lang: language.English, Strict: true})
	assert.ErrorContains(t, err, "6 texts have no en text: /title, /activities/0/name, /activities/0/dataCategories/0/name, "+
		"/activities/0/dataCategories/1/name, /activities/0/dataCategories/2/name and 1 more")
}

// TestStrictListsEachTextOnce: a text the renderer reads more than once (a
// data subject group named under each category that concerns it) is named
// once in the error.
func TestStrictListsEachTextOnce(t *testing.T) {
	n, err := examples.Load("kiva-koulu")
	require.NoError(t, err)
	a := &n.Activities[1] // the intranet: its categories name the groups they concern
	require.NotEmpty(t, a.DataSubjects)
	delete(a.DataSubjects[0].Name, language.Swedish)
	err = Render(io.Discard, n, Options{Lang: language.Swedish, Strict: true})
	require.ErrorIs(t, err, ErrMissingTranslation)
	assert.Equal(t, 1, strings.Count(err.Error(), "/dataSubjects/0/name"), err.Error())
}
