package ropa_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/interchange/ropa"
	"github.com/seloste/seloste/notice"
)

var langs = []language.Tag{language.Finnish, language.Swedish, language.English}

// TestReadBack builds the record of every bundled notice in fi, sv and en,
// writes it as CSV and as XLSX, and reads both back to the same rows.
func TestReadBack(t *testing.T) {
	for _, name := range examples.Names() {
		n, err := examples.Load(name)
		require.NoError(t, err)
		for _, lang := range langs {
			r, err := ropa.Build(n, lang)
			require.NoError(t, err)
			want := append([][]string{r.Header}, r.Rows...)
			require.Len(t, r.Rows, len(n.Activities))

			var csvBuf, xlsxBuf bytes.Buffer
			require.NoError(t, r.WriteCSV(&csvBuf))
			got, err := ropa.ReadCSV(&csvBuf)
			require.NoError(t, err)
			assert.Equal(t, want, got, "%s.%s: CSV reads back", name, lang)

			require.NoError(t, r.WriteXLSX(&xlsxBuf))
			got, err = ropa.ReadXLSX(&xlsxBuf)
			require.NoError(t, err)
			assert.Equal(t, want, got, "%s.%s: XLSX reads back", name, lang)
		}
	}
}

// TestContent checks what the record says of a notice: one row per
// activity with its name, the controller, purposes and data; headings in
// the official Art 30 terms.
func TestContent(t *testing.T) {
	n, err := examples.Load("kiva-koulu")
	require.NoError(t, err)
	for _, c := range []struct {
		lang        language.Tag
		title, head string
	}{
		{language.Finnish, "Seloste käsittelytoimista", "Käsittelyn tarkoitukset (30 artiklan 1 kohdan b alakohta)"},
		{language.Swedish, "Register över behandling", "Ändamålen med behandlingen (artikel 30.1 b)"},
		{language.English, "Records of processing activities", "The purposes of the processing (Article 30(1)(b))"},
	} {
		r, err := ropa.Build(n, c.lang)
		require.NoError(t, err)
		assert.Equal(t, c.title, r.Title)
		require.Len(t, r.Header, 9)
		assert.Equal(t, c.head, r.Header[2])
		for i, a := range n.EffectiveActivities() {
			row := r.Rows[i]
			require.Len(t, row, 9)
			name, _, _ := a.Name.In(c.lang, n.Original())
			assert.Equal(t, name, row[0])
			if a.Controller != nil {
				cn, _, _ := a.Controller.Name.In(c.lang, n.Original())
				assert.Contains(t, row[1], cn)
			}
			for _, p := range a.Purposes {
				s, _, _ := p.Description.In(c.lang, n.Original())
				assert.Contains(t, row[2], s)
			}
			for _, d := range a.DataCategories {
				s, _, _ := d.Name.In(c.lang, n.Original())
				assert.Contains(t, row[4], s)
			}
		}
	}
}

// TestFormulaText: notice text that a spreadsheet would read as a formula is
// written as text, and reads back as it was.
func TestFormulaText(t *testing.T) {
	n, err := examples.Load("vipu")
	require.NoError(t, err)
	n.Activities[0].Name = notice.T(language.Finnish, `=HYPERLINK("http://evil.example","x")`)
	r, err := ropa.Build(n, language.Finnish)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, r.WriteCSV(&buf))
	assert.Contains(t, buf.String(), `'=HYPERLINK`)
	assert.False(t, strings.Contains(buf.String(), "\n=HYPERLINK"), "no cell starts with =")
	rows, err := ropa.ReadCSV(&buf)
	require.NoError(t, err)
	assert.Equal(t, `=HYPERLINK("http://evil.example","x")`, rows[1][0])
}

// TestControlText: a control or bidi character in notice text reaches
// neither the terminal that shows the CSV nor the spreadsheet: it is written
// visibly.
func TestControlText(t *testing.T) {
	n, err := examples.Load("vipu")
	require.NoError(t, err)
	n.Activities[0].Name = notice.T(language.Finnish, "Rekisteri\x1b[2J\u202e\x07")
	r, err := ropa.Build(n, language.Finnish)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, r.WriteCSV(&buf))
	for _, c := range []string{"\x1b", "\u202e", "\x07"} {
		assert.NotContains(t, buf.String(), c)
	}
	assert.Contains(t, buf.String(), `Rekisteri\x1b[2J\u202e\x07`)
	assert.Equal(t, `Rekisteri\x1b[2J\u202e\x07`, r.Rows[0][0], "the record holds the visible form, so XLSX does too")
}

func TestUnsupportedLanguage(t *testing.T) {
	n, err := examples.Load("vipu")
	require.NoError(t, err)
	_, err = ropa.Build(n, language.German)
	assert.ErrorContains(t, err, "not a language of the catalog")
}
