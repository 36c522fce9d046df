package prose

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// One notice in the three formats: the same sections and facts whichever
// syntax carries them.
const (
	sampleText = `TIETOSUOJASELOSTE

Laadittu 1.2.2024.

1. REKISTERINPITÄJÄ

Esimerkki Oy
PL 1, 00100 Helsinki
Puhelin: 09 123 4567
asiakas(at)esimerkki.fi

2. TIETOSUOJAVASTAAVA

tietosuoja@esimerkki.fi

3. KÄSITTELYN OIKEUSPERUSTE

Käsittely perustuu EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohtaan.

4. TIETOJEN SÄILYTYSAIKA

Tietoja säilytetään enintään kolme vuotta asiakkuuden päättymisen jälkeen.

5. TIETOJEN SIIRTO EU:N TAI ETA:N ULKOPUOLELLE

Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.

6. REKISTERÖIDYN OIKEUDET

- oikeus saada pääsy tietoihin
- oikeus tietojen oikaisemiseen
`
	sampleMarkdown = `# Tietosuojaseloste

Laadittu 1.2.2024.

## 1. Rekisterinpitäjä

Esimerkki Oy  
PL 1, 00100 Helsinki  
Puhelin: 09 123 4567  
asiakas(at)esimerkki.fi

## 2. Tietosuojavastaava

[tietosuoja@esimerkki.fi](mailto:tietosuoja@esimerkki.fi)

## 3. Käsittelyn oikeusperuste

Käsittely perustuu EU:n yleisen tietosuoja-asetuksen **6 artiklan 1 kohdan b alakohtaan**.

## 4. Tietojen säilytysaika

Tietoja säilytetään enintään kolme vuotta asiakkuuden päättymisen jälkeen.

## 5. Tietojen siirto EU:n tai ETA:n ulkopuolelle

Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.

## 6. Rekisteröidyn oikeudet

- oikeus saada pääsy tietoihin
- oikeus tietojen oikaisemiseen
`
	sampleHTML = `<!doctype html><html><head><title>Tietosuojaseloste</title><style>p{color:red}</style></head>
<body><h1>Tietosuojaseloste</h1>
<p>Laadittu 1.2.2024.</p>
<h2>1. Rekisterinpitäjä</h2>
<p>Esimerkki Oy<br>PL 1, 00100 Helsinki<br>Puhelin: 09 123 4567<br>asiakas(at)esimerkki.fi</p>
<h2>2. Tietosuojavastaava</h2>
<p><a href="mailto:tietosuoja@esimerkki.fi">tietosuoja@esimerkki.fi</a></p>
<h2>3. Käsittelyn oikeusperuste</h2>
<p>Käsittely perustuu EU:n yleisen tietosuoja-asetuksen <strong>6 artiklan 1 kohdan b alakohtaan</strong>.</p>
<script>document.write("ei tekstiä")</script>
<h2>4. Tietojen säilytysaika</h2>
<p>Tietoja säilytetään enintään kolme vuotta asiakkuuden päättymisen jälkeen.</p>
<h2>5. Tietojen siirto EU:n tai ETA:n ulkopuolelle</h2>
<p>Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.</p>
<h2>6. Rekisteröidyn oikeudet</h2>
<ul><li>oikeus saada pääsy tietoihin</li><li>oikeus tietojen oikaisemiseen</li></ul>
</body></html>`
)

func TestFormats(t *testing.T) {
	want := []string{
		"controller.address: 00100 Helsinki",
		"controller.address: PL 1",
		"controller.email: asiakas@esimerkki.fi",
		"controller.name: Esimerkki Oy",
		"controller.phone: 09 123 4567",
		"dpo.email: tietosuoja@esimerkki.fi",
		"legalBases.basis: contract",
		"prepared: 2024-02-01",
		"retention.period: P3Y",
		"retention.qualifier: maximum",
		"rights.items.right: access",
		"rights.items.right: rectification",
		"transfers.notApplicable: yes",
	}
	for _, c := range []struct {
		f   Format
		src string
	}{{Text, sampleText}, {Markdown, sampleMarkdown}, {HTML, sampleHTML}} {
		t.Run(c.f.String(), func(t *testing.T) {
			r, err := Import([]byte(c.src), Options{Format: c.f})
			require.NoError(t, err)
			assert.Equal(t, want, factsOf(r.Notice))
			assert.Equal(t, "fi", r.Report.Language)
			assert.True(t, r.Report.LanguageDetected)
			assert.NotContains(t, string(r.YAML), "ei tekstiä", "script content is not text")
			assert.True(t, strings.HasPrefix(string(r.YAML), "# yaml-language-server: $schema="+notice.SchemaURL+"\n"), "the schema hint heads the file")
			assert.Equal(t, 1, strings.Count(string(r.YAML), "yaml-language-server"), "the schema hint is written once")
		})
	}
}

func TestYAMLDecodesWithProvenance(t *testing.T) {
	r, err := Import([]byte(sampleText), Options{Source: "seloste.txt"})
	require.NoError(t, err)
	n, err := notice.Decode(r.YAML)
	require.NoError(t, err, "the YAML decodes")
	a, _ := notice.EncodeJSON(n)
	b, _ := notice.EncodeJSON(r.Notice)
	assert.Equal(t, string(b), string(a), "and is the notice Import returned")
	y := string(r.YAML)
	assert.Contains(t, y, "# line 10, sure: e-mail address, written \"asiakas(at)esimerkki.fi\" in the source\n  email: asiakas@esimerkki.fi")
	assert.Contains(t, y, "Imported by seloste from seloste.txt")
	assert.Contains(t, y, "# line 22, sure: \"kolme vuotta\" read as P3Y\n")
}

func TestFalseFriend(t *testing.T) {
	src := "Rekisterinpitäjä\n\nKunta X\n\nRekisterinpitäjän edustaja\n\nKaupunginjohtaja\n\nTietosuojavastaava\n\ntietosuoja@x.fi\n"
	r, err := Import([]byte(src), Options{Language: language.Finnish})
	require.NoError(t, err)
	assert.Nil(t, r.Notice.Representative, "an official of the controller is not its Art 27 representative")
	require.Len(t, r.Notice.ContactPersons, 1)
	assert.Equal(t, "Kaupunginjohtaja", firstString(notice.Text(r.Notice.ContactPersons[0].Name)))
	assert.Equal(t, "Rekisterinpitäjän edustaja", firstString(r.Notice.ContactPersons[0].Role))
}

func TestBadInput(t *testing.T) {
	_, err := Import([]byte("ok\n\xff\xfe"), Options{})
	assert.True(t, errors.Is(err, ErrInvalidUTF8))
	assert.Contains(t, err.Error(), "2:1")
	_, err = Import(make([]byte, MaxInputSize+1), Options{})
	assert.True(t, errors.Is(err, ErrTooLarge))
	_, err = Import([]byte("\n\n  \n"), Options{})
	assert.True(t, errors.Is(err, ErrEmpty))
	_, err = ParseFormat("docx")
	assert.True(t, errors.Is(err, ErrFormat))
	assert.Contains(t, err.Error(), "text, markdown or html")
}

// Hostile text stays text: control characters and terminal escapes never
// reach the notice, the YAML or the report; markup in a source is not
// markup in the output.
func TestHostileText(t *testing.T) {
	src := "Rekisterinpitäjä\n\nEvil \x1b[31mOy\x07\n\nTietosuojavastaava\n\n<script>alert(1)</script> x@y.fi\n\n# ]]> &amp; `code`\n"
	for _, f := range []Format{Text, Markdown, HTML} {
		r, err := Import([]byte(src), Options{Format: f, Source: "a\x1bb"})
		require.NoError(t, err)
		var rep bytes.Buffer
		require.NoError(t, r.Report.WriteText(&rep))
		for _, out := range []string{string(r.YAML), rep.String()} {
			assert.NotContains(t, out, "\x1b")
			assert.NotContains(t, out, "\x07")
		}
		_, err = notice.Decode(r.YAML)
		assert.NoError(t, err, f.String())
	}
}

func TestReport(t *testing.T) {
	r, err := Import([]byte(sampleText+"\nMUUTA\n\nTämä lause ei kuulu mihinkään kohtaan.\n"), Options{Source: "x.txt"})
	require.NoError(t, err)
	var js bytes.Buffer
	require.NoError(t, r.Report.WriteJSON(&js))
	var back Report
	require.NoError(t, json.Unmarshal(js.Bytes(), &back))
	assert.Equal(t, *r.Report, back)
	un := r.Report.Unplaced()
	require.NotEmpty(t, un)
	last := un[len(un)-1]
	assert.Equal(t, 35, last.Line)
	assert.Equal(t, "Tämä lause ei kuulu mihinkään kohtaan.", last.Text)
	var txt bytes.Buffer
	require.NoError(t, r.Report.WriteText(&txt))
	assert.Contains(t, txt.String(), "x.txt:35:")
	assert.Contains(t, txt.String(), "unplaced")
	g := r.Report.Guessed()
	assert.NotEmpty(t, g)
	for _, e := range g {
		assert.Equal(t, Guess, e.Confidence)
	}
}

func TestParts(t *testing.T) {
	r := importCase(t, scoreCases[1]) // ViLLE: two notices on one page
	require.Len(t, r.Notice.Activities, 2)
	assert.Equal(t, "Turun yliopisto", firstString(notice.Text(r.Notice.Controller.Name)))
	require.NotNil(t, r.Notice.Activities[1].Controller)
	assert.Equal(t, "Opetuksen järjestäjä", firstString(notice.Text(r.Notice.Activities[1].Controller.Name)))
	assert.True(t, strings.HasPrefix(firstString(notice.Text(r.Notice.Activities[1].Name)), "TIETOSUOJASELOSTE 2"))
}
