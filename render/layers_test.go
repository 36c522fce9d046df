package render

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// layered is a small notice with what the first layer must show: a
// controller with a postal address, a DPO, two activities, transfers,
// rights with how to exercise them and a supervisory authority.
const layered = `
schemaVersion: "1"
languages: [en]
title: Privacy notice of the customer register
version: "2.1"
prepared: 2024-01-15
updated: 2024-05-02
published: 2024-05-03
effective: 2024-06-01
controller:
  name: Example Ltd
  address: ["Mannerheimintie 1 A", "00100 Helsinki"]
  email: privacy@example.fi
  phone: +358 9 123 4567
  url: https://example.fi/
  note: The controller's long note, which belongs to the full notice only.
dpo:
  name: Data protection officer
  address: ["PO Box 99, 00101 Helsinki"]
  email: dpo@example.fi
activities:
  - id: customers
    name: Customer register
    purposes:
      - description: Managing the customer relationship
    legalBases:
      - basis: contract
    transfers:
      items:
        - recipient: Cloud Inc.
          countries: [US]
          mechanism: standardClausesCommission
  - id: marketing
    name: Marketing
    purposes:
      - description: Direct marketing
        directMarketing: true
    legalBases:
      - basis: consent
    transfers:
      notApplicable: The data are not transferred outside the EU or the EEA.
rights:
  items:
    - right: access
    - right: rectification
    - right: object
    - right: complaint
  howToExercise: Send your request to privacy@example.fi.
supervisoryAuthority:
  name: Office of the Data Protection Ombudsman
  address: ["PO Box 800, 00531 Helsinki"]
  email: tietosuoja@om.fi
`

func decodeLayered(t *testing.T) *notice.Notice {
	t.Helper()
	n, err := notice.Decode([]byte(layered))
	require.NoError(t, err)
	return n
}

func renderString(t *testing.T, n *notice.Notice, opts Options) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Render(&buf, n, opts))
	return buf.String()
}

var textFormats = []Format{HTML, Page, Markdown, Text}

// TestShortLayerContactDetails: the first layer says who the controller is
// with all its contact details, the postal address among them, and so for
// the DPO and the supervisory authority (Art 13(1)(a)-(b), 13(2)(d)).
func TestShortLayerContactDetails(t *testing.T) {
	n := decodeLayered(t)
	for _, f := range textFormats {
		// No-break spaces (kept in text output within telephone numbers) read as spaces.
		out := strings.ReplaceAll(html.UnescapeString(renderString(t, n, Options{Layer: Short, Format: f, Width: 200})), "\u00a0", " ")
		for _, want := range []string{
			"Example Ltd", "Mannerheimintie 1 A", "00100 Helsinki", "privacy@example.fi", "+358 9 123 4567", "https://example.fi/",
			"PO Box 99, 00101 Helsinki", "dpo@example.fi",
			"Office of the Data Protection Ombudsman", "PO Box 800, 00531 Helsinki", "tietosuoja@om.fi",
		} {
			assert.Contains(t, out, want, "%s", f)
		}
		assert.NotContains(t, out, "long note", "%s: a note on the controller is for the full notice", f)
	}
	// And in the bundled examples that give one.
	out := renderString(t, load(t, "ville-university"), Options{Layer: Short, Format: Text})
	assert.Contains(t, out, "Osoite: 20014 Turun yliopisto")
	assert.Contains(t, out, "PL 800, 00531 Helsinki", "the authority's postal address")
}

// TestShortLayerLinksToFullNotice: the first layer links to the full notice
// only where there is one to link to.
func TestShortLayerLinksToFullNotice(t *testing.T) {
	cases := []struct {
		name, optURL, noticeURL string
		want                    string // the link target, or "" for no link
		reason                  string
	}{
		{"none", "", "", "", "without an address the layer links nothing, not a dead anchor"},
		{"option", "privacy.html#privacy-notice", "", "privacy.html#privacy-notice", "a page beside the short layer's"},
		{"handler", "?layer=full&lang=en", "", "?layer=full&lang=en", "the handler's own address"},
		{"notice", "", "https://example.fi/privacy", "https://example.fi/privacy", "the notice's own address"},
		{"both", "https://example.fi/full", "https://example.fi/privacy", "https://example.fi/full", "the option is the caller's, and wins"},
		{"unsafe notice URL", "", "javascript:alert(1)", "", "an unsafe address of the notice is no link"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n := decodeLayered(t)
			n.URL = tc.noticeURL
			for _, f := range textFormats {
				out := renderString(t, n, Options{Layer: Short, Format: f, FullNoticeURL: tc.optURL, Width: 200})
				assert.NotContains(t, out, `href="#privacy-notice"`, "%s: no link to an anchor that is not on the page", f)
				if tc.want == "" {
					assert.NotContains(t, out, "Read the full privacy notice", "%s: %s", f, tc.reason)
					continue
				}
				var link string
				switch f {
				case HTML, Page:
					link = `<a href="` + strings.ReplaceAll(tc.want, "&", "&amp;") + `"`
					if strings.HasPrefix(tc.want, "http") {
						link += ` class="seloste-url"`
					}
					link += `>Read the full privacy notice</a>`
				case Markdown:
					// A Markdown reader decodes entities in a destination: & is written &amp;.
					link = "[Read the full privacy notice](<" + strings.ReplaceAll(tc.want, "&", "&amp;") + ">)"
				case Text:
					link = "Read the full privacy notice <" + tc.want + ">"
				}
				assert.Contains(t, out, link, "%s: %s", f, tc.reason)
			}
		})
	}
	// The bundled examples have no address: none links.
	for _, name := range []string{"vipu", "kiva-koulu"} {
		out := renderString(t, load(t, name), Options{Layer: Short, Format: Page})
		assert.NotContains(t, out, "href=\"#privacy-notice\"", name)
	}
}

func TestFullNoticeURLIsChecked(t *testing.T) {
	n := decodeLayered(t)
	for _, bad := range []string{
		"javascript:alert(1)", "mailto:privacy@example.fi", "data:text/html,x", "ftp://example.fi/x",
		"//evil.example/x", "full page.html", "full.html\"><script>", "täysi.html", "https://", "https://user@example.fi/",
		"a\nb", "<full.html>",
	} {
		var buf bytes.Buffer
		err := Render(&buf, n, Options{Layer: Short, FullNoticeURL: bad})
		if assert.ErrorIs(t, err, ErrFullNoticeURL, "%q", bad) {
			assert.Contains(t, err.Error(), fmt.Sprintf("%q", bad), "the error quotes the value")
		}
		assert.Zero(t, buf.Len(), "nothing is written")
	}
	for _, good := range []string{
		"https://example.fi/privacy", "http://example.fi", "privacy.html", "/privacy?layer=full", "?layer=full&lang=sv",
		"#p-privacy-notice", "../full/t%C3%A4ysi.html#x",
	} {
		assert.NoError(t, Render(&bytes.Buffer{}, n, Options{Layer: Short, FullNoticeURL: good}), "%q", good)
	}
}

// TestShortLayerTransfers: transfers or the notice's word that there are
// none, for each activity, said once when every activity says the same.
func TestShortLayerTransfers(t *testing.T) {
	n := decodeLayered(t)
	out := renderString(t, n, Options{Layer: Short, Format: Text, Width: 200})
	assert.Contains(t, out, "Transfers of personal data to third countries or international organisations")
	assert.Contains(t, out, "- Customer register\n\n  - Cloud Inc., United States, Standard data protection clauses adopted by the Commission")
	assert.Contains(t, out, "- Marketing\n\n  The data are not transferred outside the EU or the EEA.")

	// The same statement for both: said once, with no list of activities.
	n.Activities[0].Transfers = n.Activities[1].Transfers
	out = renderString(t, n, Options{Layer: Short, Format: Text, Width: 200})
	assert.Equal(t, 1, strings.Count(out, "The data are not transferred"), out)
	assert.NotContains(t, out, "- Marketing\n\n  The data")

	// Said for one activity only: for that one.
	n.Activities[0].Transfers = nil
	out = renderString(t, n, Options{Layer: Short, Format: Text, Width: 200})
	assert.Contains(t, out, "- Marketing\n\n  The data are not transferred")

	// Said for none: no section.
	n.Activities[1].Transfers = nil
	out = renderString(t, n, Options{Layer: Short, Format: Text, Width: 200})
	assert.NotContains(t, out, "Transfers of personal data")

	// In Finnish, with the country and mechanism in Finnish.
	n = decodeLayered(t)
	n.Languages = []language.Tag{language.English, language.Finnish}
	out = renderString(t, n, Options{Layer: Short, Format: Text, Width: 200, Lang: language.Finnish})
	assert.Contains(t, out, "Cloud Inc., Yhdysvallat, Komission antamat tietosuojaa koskevat vakiolausekkeet")
}

// TestShortLayerRights: the rights in a line, how to exercise them, the
// right to object set apart, and where to complain.
func TestShortLayerRights(t *testing.T) {
	n := decodeLayered(t)
	out := renderString(t, n, Options{Layer: Short, Format: Text, Width: 300})
	assert.Contains(t, out, "Right of access by the data subject, right to rectification and right to object.\n\nSend your request to privacy@example.fi.")
	assert.Contains(t, out, "| 4.1 Right to object", "set apart, Art 21(4)")
	assert.Contains(t, out, "Supervisory authority: Office of the Data Protection Ombudsman")

	fi := renderString(t, load(t, "ville-university"), Options{Layer: Short, Format: Text, Width: 500})
	assert.Contains(t, fi, "Oikeus saada tietoa henkilötietojen käsittelystä, rekisteröidyn oikeus saada pääsy tietoihin, oikeus tietojen oikaisemiseen")
	assert.Contains(t, fi, "Toteuttaakseen oikeuksiaan", "how to exercise them, in the notice's words")

	// A notice that names no right but speaks of them: its words.
	vipu := renderString(t, load(t, "vipu"), Options{Layer: Short, Format: Text, Width: 500, Lang: language.English})
	assert.Contains(t, vipu, "Data protection rights depend on the basis")
}

// TestFullLayerShowsAddressVersionAndDates: the full layer says near the top
// where the notice is published, its version and its dates; the short layer
// the version and dates, and links to the full notice instead.
func TestFullLayerShowsAddressVersionAndDates(t *testing.T) {
	n := decodeLayered(t)
	n.URL = "https://example.fi/privacy"
	want := []string{"Web address of this notice", "https://example.fi/privacy", "Version", "2.1",
		"Prepared", "15 January 2024", "Updated", "2 May 2024", "Published", "3 May 2024", "Effective from", "1 June 2024"}
	for _, f := range textFormats {
		out := renderString(t, n, Options{Format: f, Width: 200})
		// Everything before the first section.
		var top string
		switch f {
		case HTML, Page:
			top, _, _ = strings.Cut(out, "</header>")
		case Markdown:
			top, _, _ = strings.Cut(out, "\n## ")
		case Text:
			top, _, _ = strings.Cut(out, "\n1. ")
		}
		for _, w := range want {
			assert.Contains(t, top, w, "%s", f)
		}
		if f == Page {
			assert.Contains(t, top, `<a href="https://example.fi/privacy">https://example.fi/privacy</a>`, "a link")
		}

		short := renderString(t, n, Options{Format: f, Layer: Short, Width: 200})
		top, _, _ = strings.Cut(short, map[Format]string{HTML: "</header>", Page: "</header>", Markdown: "\n## ", Text: "\n1. "}[f])
		assert.NotContains(t, top, "Web address of this notice", "%s", f)
		assert.Contains(t, top, "1 June 2024", "%s", f)
	}
	// No address, no line.
	n.URL = ""
	assert.NotContains(t, renderString(t, n, Options{Format: Text}), "Web address of this notice")
}

// inheriting is a notice of two activities: the legal bases, the rights
// and the data protection officer are said once on the notice; the second
// activity states its own bases, rights and data protection officer.
const inheriting = `
schemaVersion: "2"
languages: [en]
title: Privacy notice
controller:
  name: Example Ltd
  email: privacy@example.fi
dpo:
  name: Notice DPO
  email: dpo@example.fi
legalBases:
  - basis: legitimateInterests
activities:
  - id: web
    name: Web site
    purposes:
      - id: logs
        description: Keeping server logs
      - id: stats
        description: Visitor statistics
  - id: shop
    name: Web shop
    purposes:
      - description: Handling orders
    legalBases:
      - basis: contract
    dpo:
      name: Shop DPO
      email: shop-dpo@example.fi
    rights:
      items:
        - right: access
        - right: portability
        - right: object
          notApplicable: The processing is based on a contract.
rights:
  items:
    - right: access
    - right: erasure
      notApplicable: The data are needed for the log.
      scope:
        purposes: [logs]
    - right: erasure
      scope:
        purposes: [stats]
    - right: restriction
      notApplicable: The data are kept only for the time the law requires.
    - right: object
`

// TestShortLayerInherits: each activity's purposes with the legal bases
// it has as it applies, its own or the notice's; in a notice of several,
// an activity's own data protection officer beside its purposes and the
// notice's at the top.
func TestShortLayerInherits(t *testing.T) {
	n, err := notice.Decode([]byte(inheriting))
	require.NoError(t, err)
	out := renderString(t, n, Options{Layer: Short, Format: Text, Width: 300})
	assert.Contains(t, out, "- Web site\n\n  - Keeping server logs\n  - Visitor statistics\n\n  Legal basis: Legitimate interests\n",
		"the notice's basis, inherited")
	assert.Contains(t, out, "- Web shop\n\n  Handling orders\n\n  Legal basis: Contract\n", "the activity's own basis")
	assert.Contains(t, out, "Data protection officer: Notice DPO, dpo@example.fi")
	assert.Contains(t, out, "  Data protection officer: Shop DPO, shop-dpo@example.fi")
	assert.Equal(t, 1, strings.Count(out, "Notice DPO"), "the notice's DPO once, at the top")

	// One activity: its own items, or the notice's where it states none.
	n.Activities = n.Activities[1:]
	out = renderString(t, n, Options{Layer: Short, Format: Text, Width: 300})
	assert.Contains(t, out, "Data protection officer: Shop DPO, shop-dpo@example.fi")
	assert.NotContains(t, out, "Notice DPO", "replaced by the activity's own")
	assert.Contains(t, out, "Legal basis: Contract")
	n.Activities[0].LegalBases = nil
	out = renderString(t, n, Options{Layer: Short, Format: Text, Width: 300})
	assert.Contains(t, out, "Legal basis: Legitimate interests")
}

// TestShortLayerRightsNotApplicable: a right the notice says does not
// apply is not named among the rights that apply; it is named apart as
// not applying, with the part it does not apply to where that is only
// part: some purposes, or some activities. A right said to apply to one
// part and not to another is in both.
func TestShortLayerRightsNotApplicable(t *testing.T) {
	n, err := notice.Decode([]byte(inheriting))
	require.NoError(t, err)
	out := renderString(t, n, Options{Layer: Short, Format: Text, Width: 300})
	assert.Contains(t, out, "Right of access by the data subject, right to erasure (‘right to be forgotten’), right to data portability and right to object.\n",
		"erasure applies to the statistics, object to the web site")
	assert.NotContains(t, out, "right to restriction of processing", "restriction does not apply anywhere")
	assert.Contains(t, out, "Does not apply: Right to erasure (‘right to be forgotten’) (Keeping server logs)\n"+
		"                Right to restriction of processing (Web site)\n"+
		"                Right to object (Web shop)\n")

	// The full layer says the same of each right: the notice's reason.
	full := renderString(t, n, Options{Format: Text, Width: 300})
	assert.Contains(t, full, "- Right to restriction of processing (Article 18)\n\n  Does not apply: The data are kept only for the time the law requires.")

	// In Finnish, the same in Finnish terms.
	n.Languages = append(n.Languages, language.Finnish)
	out = renderString(t, n, Options{Layer: Short, Format: Text, Width: 300, Lang: language.Finnish})
	assert.Contains(t, out, "Ei sovelleta: Oikeus tietojen poistamiseen (”oikeus tulla unohdetuksi”) ([en] Keeping server logs)")

	// A notice of one activity whose rights do not apply: the rights
	// that apply in the line, the others apart, with no qualification.
	src, err := os.ReadFile("../testdata/corpus/02-varke-valvontatietorekisteri.yaml")
	require.NoError(t, err)
	vn, err := notice.Decode(src)
	require.NoError(t, err)
	varke := renderString(t, vn, Options{Layer: Short, Format: Text, Width: 300})
	assert.Contains(t, varke, "Rekisteröidyn oikeus saada pääsy tietoihin ja oikeus tietojen oikaisemiseen.\n")
	assert.Contains(t, varke, "Ei sovelleta: Oikeus tietojen poistamiseen (”oikeus tulla unohdetuksi”)\n              Oikeus käsittelyn rajoittamiseen\n")
}
