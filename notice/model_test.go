package notice_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// shared is a notice whose two activities share the legal basis and the
// retention stated once on the notice; the second states its own retention.
const shared = `schemaVersion: "2"
languages: [en]
title: Notice
legalBases:
  - basis: consent
    scope: {purposes: [analytics]}
retention:
  - period: P2Y
    qualifier: maximum
    from: the last visit
activities:
  - id: site
    name: Web site
    purposes:
      - {id: analytics, description: Counting visits}
  - id: shop
    name: Shop
    purposes:
      - {id: orders, description: Handling orders}
    legalBases:
      - basis: contract
    retention:
      - openEnded: {kind: untilFurtherNotice, reason: The archive decides.}
`

func TestEffectiveActivity(t *testing.T) {
	n, err := notice.Decode([]byte(shared))
	require.NoError(t, err)

	site := n.EffectiveActivity(0)
	require.Len(t, site.LegalBases, 1, "the notice's basis is inherited")
	assert.Equal(t, notice.Consent, site.LegalBases[0].Basis)
	assert.True(t, site.Inherited("legalBases"))
	assert.Equal(t, "/legalBases", site.Pointer("legalBases"))
	assert.Equal(t, notice.RetentionMaximum, site.Retention[0].Qualifier)
	assert.False(t, site.Inherited("purposes"), "purposes are the activity's own, never inherited")

	shop := n.EffectiveActivity(1)
	assert.Equal(t, notice.Contract, shop.LegalBases[0].Basis, "an activity's own item replaces the notice's")
	assert.False(t, shop.Inherited("legalBases"))
	assert.Equal(t, "/activities/1/retention", shop.Pointer("retention"))
	require.NotNil(t, shop.Retention[0].OpenEnded)
	assert.Equal(t, notice.UntilFurtherNotice, shop.Retention[0].OpenEnded.Kind)

	assert.Nil(t, n.Activities[0].LegalBases, "Effective does not change the notice")
	assert.Contains(t, notice.InheritedItems(), "transfers")
	assert.NotContains(t, notice.InheritedItems(), "purposes")
}

func TestWalk(t *testing.T) {
	n, err := notice.Decode([]byte(shared))
	require.NoError(t, err)
	var ptrs []string
	notice.Walk(n, func(v notice.Value) bool {
		ptrs = append(ptrs, v.Pointer())
		return v.Pointer() != "/activities/1" // do not enter the second activity
	})
	assert.Contains(t, ptrs, "/legalBases/0/scope/purposes/0")
	assert.Contains(t, ptrs, "/activities/0/purposes/0/id")
	assert.Contains(t, ptrs, "/activities/1")
	assert.NotContains(t, ptrs, "/activities/1/id", "visit returning false skips the value's children")
	assert.Less(t, indexOf(ptrs, "/title"), indexOf(ptrs, "/activities"), "document order")

	var texts []string
	notice.WalkTexts(n, func(tv notice.TextValue) {
		texts = append(texts, tv.Pointer+"@"+tv.Lang.String()+"="+tv.String)
	})
	assert.Contains(t, texts, "/activities/1/retention/0/openEnded/reason@en=The archive decides.")
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}

func TestUpgradeFromVersion1(t *testing.T) {
	v1 := `schemaVersion: "1"
languages: [fi]
title: Testi
controller:
  name: Esimerkki Oy
  businessId: "1234567-1"   # the company's business ID
supervisoryAuthority:
  name: Tietosuojavaltuutetun toimisto
activities:
  - id: a
    name: Rekisteri
    legalBases:
      - basis: legalObligation
        laws: [{statute: "1050/2018", sections: ["4"]}, {statute: "2016/679"}]
    requirement:
      kind: statutory
      consequences: Asiaa ei voida käsitellä.
    transfers:
      items:
        - recipient: Pilvi Inc.
          countries: [US]
          mechanism: adequacyDecision
    retention:
      - period: P2Y
        minimum: true
        from: asian päättyminen
sections:
  - heading: Evästeet
    body: Käytämme evästeitä.
    items: [Analytiikka]
    url: https://example.fi/evasteet
`
	fromV1, err := notice.Decode([]byte(v1))
	require.NoError(t, err, "a version 1 document still decodes")
	assert.Equal(t, notice.SchemaVersion, fromV1.SchemaVersion)

	out, steps, err := notice.Upgrade([]byte(v1))
	require.NoError(t, err)
	var said []string
	for _, s := range steps {
		said = append(said, s.String())
	}
	joined := strings.Join(said, "\n")
	for _, want := range []string{"/controller/businessId", "/supervisoryAuthority", "/activities/0/requirement",
		"/activities/0/transfers/items/0/mechanism", "/activities/0/retention/0/minimum", "/sections/0",
		"/activities/0/legalBases/0/laws/0/statute: statute 1050/2018 is cited as an act of jurisdiction FI",
		"/activities/0/legalBases/0/laws/1/statute: statute 2016/679 is cited as an act of jurisdiction EU"} {
		assert.Contains(t, joined, want)
	}
	assert.Contains(t, string(out), "# the company's business ID", "comments survive the upgrade")

	upgraded, err := notice.Decode(out)
	require.NoError(t, err)
	assert.Equal(t, fromV1, upgraded, "the upgraded document decodes to the notice the old one gave")
	again, steps, err := notice.Upgrade(out)
	require.NoError(t, err)
	assert.Empty(t, steps, "a current document needs no upgrade")
	assert.Equal(t, out, again)

	a := upgraded.Activities[0]
	assert.Equal(t, notice.RetentionMinimum, a.Retention[0].Qualifier)
	assert.Equal(t, []notice.TransferMechanism{notice.AdequacyDecision}, a.Transfers.Items[0].Mechanisms)
	assert.Equal(t, notice.Statutory, a.Requirement.Items[0].Kind)
	assert.Equal(t, "FI", a.LegalBases[0].Laws[0].Jurisdiction)
	assert.Equal(t, []notice.Identifier{{Scheme: notice.SchemeFIBusinessID, Value: "1234567-1"}}, upgraded.Controller.Identifiers)
	require.Len(t, upgraded.Sections[0].Blocks, 3)
	assert.Equal(t, "https://example.fi/evasteet", upgraded.Sections[0].Blocks[2].Link.URL)
}

func TestPartialDates(t *testing.T) {
	for s, prec := range map[string]notice.DatePrecision{"2021": notice.Year, "2021-02": notice.Month, "2021-02-28": notice.Day, "0001-01-01": notice.Day} {
		d, err := notice.ParseDate(s)
		require.NoError(t, err, s)
		assert.Equal(t, prec, d.Precision(), s)
		assert.Equal(t, s, d.String(), "a date is written as it was read")
		assert.False(t, d.IsZero(), "%s is a date, not the absence of one", s)
	}
	for _, s := range []string{"2021-13", "2021-2", "21", "2021-02-30", "2021-02-28T00:00"} {
		_, err := notice.ParseDate(s)
		assert.Error(t, err, s)
	}
	doc := "schemaVersion: '2'\nlanguages: [fi]\ntitle: T\nupdated: 0001-01-01\nactivities: [{id: a, name: n}]\n"
	n, err := notice.Decode([]byte(doc))
	require.NoError(t, err)
	out, err := notice.EncodeJSON(n)
	require.NoError(t, err)
	assert.Contains(t, string(out), `"updated": "0001-01-01"`, "the earliest date is kept, not dropped")
}

func TestNameNeedsNoTranslation(t *testing.T) {
	name := notice.N(language.Finnish, "Esimerkki Oy")
	s, tag, ok := name.In(language.English, language.Swedish)
	assert.True(t, ok)
	assert.Equal(t, "Esimerkki Oy", s, "a name given once is valid in every language")
	assert.Equal(t, language.Finnish, tag)
	official := notice.Name{language.Finnish: "Turun yliopisto", language.Swedish: "Åbo universitet"}
	s, _, _ = official.In(language.Swedish)
	assert.Equal(t, "Åbo universitet", s, "an official translation is used where given")
}

// TestBundledNoticesAreCurrent keeps the bundled examples in the current
// schema version: Upgrade has nothing to do on them.
func TestBundledNoticesAreCurrent(t *testing.T) {
	files, err := filepath.Glob("../examples/notices/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		_, steps, err := notice.Upgrade(data)
		require.NoError(t, err, f)
		assert.Empty(t, steps, f)
	}
}

func TestByteOrderMarkInJSONAndYAML(t *testing.T) {
	const js = `{"schemaVersion": "2", "languages": ["sv"], "title": "Meddelande", "activities": [{"id": "a", "name": "Register"}]}`
	const yml = "schemaVersion: \"2\"\nlanguages: [sv]\ntitle: Meddelande\nactivities: [{id: a, name: Register}]\n"
	for name, doc := range map[string]string{"json": js, "yaml": yml} {
		plain, err := notice.Decode([]byte(doc))
		require.NoError(t, err, name)
		marked, err := notice.Decode([]byte("\ufeff" + doc))
		require.NoError(t, err, "%s with a byte order mark is read as without one", name)
		assert.Equal(t, plain, marked, name)
	}
}

func TestHashOfCanonicallyEqualText(t *testing.T) {
	// "Å" precomposed (U+00C5) and decomposed (A + U+030A), in a plain string
	// field (the version) and in a text.
	nfc := "schemaVersion: \"2\"\nversion: \"\u00c5\"\nlanguages: [sv]\ntitle: \u00c5bo\nactivities: [{id: a, name: n}]\n"
	nfd := "schemaVersion: \"2\"\nversion: \"A\u030a\"\nlanguages: [sv]\ntitle: A\u030abo\nactivities: [{id: a, name: n}]\n"
	a, err := notice.Decode([]byte(nfc))
	require.NoError(t, err)
	b, err := notice.Decode([]byte(nfd))
	require.NoError(t, err)
	ha, _ := a.Hash()
	hb, _ := b.Hash()
	assert.Equal(t, ha, hb)
	b.Version = "B"
	hc, _ := b.Hash()
	assert.NotEqual(t, ha, hc)
}

func TestEveryLoadErrorAtOnce(t *testing.T) {
	const doc = `schemaVersion: "2"
languages: [en]
title: Notice
activities:
  - id: shop
    nmae: Shop
    purposes:
      - description: Orders
    legalBases:
      - basis: concent
    retention:
      - period: five years
`
	for name, data := range map[string]string{"yaml": doc} {
		_, err := notice.Decode([]byte(data))
		require.Error(t, err)
		msg := err.Error()
		assert.Contains(t, msg, "6:5: /activities/0/nmae: unknown field", name)
		assert.Contains(t, msg, "10:16: /activities/0/legalBases/0/basis: unknown legalBasis code", name)
		assert.Contains(t, msg, "12:17: /activities/0/retention/0/period:", name)
		assert.Contains(t, msg, `/activities/0: missing required field "name"`, "the misspelt name leaves the required name missing")
		assert.NotContains(t, msg, `missing required field "basis"`, "a value dropped for its own error is not also missing")
		var de *notice.DecodeError
		require.ErrorAs(t, err, &de)
		assert.Equal(t, "/activities/0/nmae", de.Pointer, "errors.As finds the first error")
	}
	n := strings.Count
	js := `{"schemaVersion": "2", "languages": ["en"], "title": "T", "bogus1": 1, "bogus2": 2,
"activities": [{"id": "a", "name": "n", "bogus3": 3}]}`
	_, err := notice.Decode([]byte(js))
	require.Error(t, err)
	assert.Equal(t, 3, n(err.Error(), "unknown field"), "JSON too: %v", err)
	assert.Contains(t, err.Error(), "2:41: /activities/0/bogus3")
}

func TestItemArticle(t *testing.T) {
	for item, want := range map[string]string{
		"recipients":         "Art 13(1)(e), 14(1)(e)",
		"retention":          "Art 13(2)(a), 14(2)(a)",
		"legalBases":         "Art 13(1)(c), 6(1)",
		"automatedDecisions": "Art 13(2)(f), 14(2)(g), 22",
		"controller":         "Art 13(1)(a), 14(1)(a)",
		"nonsense":           "",
	} {
		assert.Equal(t, want, notice.ItemArticle(item), item)
	}
}

func TestVocabularyOfEveryCodeType(t *testing.T) {
	seen := map[*notice.Vocabulary]bool{}
	for _, v := range notice.Vocabularies() {
		seen[v] = false
	}
	for _, ty := range []reflect.Type{
		reflect.TypeFor[notice.LegalBasis](), reflect.TypeFor[notice.SpecialCategory](), reflect.TypeFor[notice.SpecialCondition](),
		reflect.TypeFor[notice.CriminalBasis](), reflect.TypeFor[notice.Right](), reflect.TypeFor[notice.TransferMechanism](),
		reflect.TypeFor[notice.RecipientRole](), reflect.TypeFor[notice.Requirement](), reflect.TypeFor[notice.Exemption](),
		reflect.TypeFor[notice.SourceKind](), reflect.TypeFor[notice.DecisionGround](), reflect.TypeFor[notice.RetentionQualifier](),
		reflect.TypeFor[notice.OpenEndKind](), reflect.TypeFor[notice.Negation](), reflect.TypeFor[notice.StorageTechnology](),
		reflect.TypeFor[notice.IdentifierScheme](), reflect.TypeFor[notice.Location](), reflect.TypeFor[notice.Disposal](),
	} {
		v, ok := notice.VocabularyOf(ty)
		require.True(t, ok, "%s", ty)
		seen[v] = true
	}
	for v, ok := range seen {
		assert.True(t, ok, "vocabulary %s has no code type", v.Name)
	}
	_, ok := notice.VocabularyOf(reflect.TypeFor[string]())
	assert.False(t, ok)
}

func TestFindStatute(t *testing.T) {
	for _, tc := range []struct{ jurisdiction, name, number string }{
		{"DE", "TTDSG", "BGBl. I 2021 S. 1982"},
		{"DE", "tdddg", "BGBl. I 2021 S. 1982"},
		{"FI", "tietosuojalaki", "1050/2018"},
		{"FI", "Data  Protection Act", "1050/2018"},
	} {
		s, ok := notice.FindStatute(tc.jurisdiction, tc.name)
		require.True(t, ok, tc.name)
		assert.Equal(t, tc.number, s.Number, tc.name)
	}
	_, ok := notice.FindStatute("SE", "tietosuojalaki")
	assert.False(t, ok, "a name finds acts of its own jurisdiction only")
}

func TestDurationMinutes(t *testing.T) {
	for s, want := range map[string]notice.Duration{
		"PT10M":   {Minutes: 10},
		"PT1H30M": {Hours: 1, Minutes: 30},
		"P1M":     {Months: 1},
		"P1DT12H": {Days: 1, Hours: 12},
	} {
		d, err := notice.ParseDuration(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, d, s)
		assert.Equal(t, s, d.String(), "written as read")
	}
	for _, s := range []string{"PT", "P1DT", "PT10S", "P10"} {
		_, err := notice.ParseDuration(s)
		assert.Error(t, err, s)
	}
}

func TestFindStatuteCitationFormsAndStates(t *testing.T) {
	s, ok := notice.FindStatute("SE", "arkivlagen")
	require.True(t, ok, "a Swedish citation form finds the act")
	assert.Equal(t, "1990:782", s.Number)
	s, ok = notice.FindStatute("DE", "BayDSG")
	require.True(t, ok, "a country's search takes in its states' acts")
	assert.Equal(t, "DE-BY", s.Jurisdiction)
}

// TestNullIsRefused: the schema allows null nowhere, so the decoder refuses
// it everywhere, each at its place, in JSON and YAML alike, with the other
// errors of the document; it is never read as an empty code or no list.
func TestNullIsRefused(t *testing.T) {
	tests := []struct {
		name, doc string
		want      []string // pointers, in order
	}{
		{"a code in a list (YAML)", "schemaVersion: \"2\"\nlanguages: [fi]\ntitle: T\nactivities:\n  - id: a\n    name: A\ntransfers:\n  items:\n    - mechanisms: [null]\n",
			[]string{"/transfers/items/0/mechanisms/0"}},
		{"an empty YAML value and a list", "schemaVersion: \"2\"\nlanguages: [fi]\ntitle: T\nactivities:\n  - id: a\n    name: A\n    dataSubjects:\n    legalBases: [{basis: }]\n",
			[]string{"/activities/0/dataSubjects", "/activities/0/legalBases/0/basis"}},
		{"a version 1 document's empty mechanism", "schemaVersion: \"1\"\nlanguages: [fi]\ntitle: T\nactivities:\n  - id: a\n    name: A\ntransfers:\n  items:\n    - mechanism:\n",
			[]string{"/transfers/items/0/mechanisms/0"}},
		{"JSON, with another error", `{"schemaVersion": "2", "languages": ["fi"], "title": null, "activities": [{"id": "a", "name": "A", "purposes": [{"description": "P", "directMarketing": null}], "bogus": 1}]}`,
			[]string{"/title", "/activities/0/purposes/0/directMarketing", "/activities/0/bogus"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := notice.Decode([]byte(tt.doc))
			require.Error(t, err)
			var got []string
			for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
				var de *notice.DecodeError
				require.ErrorAs(t, e, &de)
				assert.NotZero(t, de.Line, "%v is placed", de)
				got = append(got, de.Pointer)
				if strings.Contains(de.Msg, "null") {
					assert.ErrorIs(t, de, notice.ErrType)
				}
			}
			assert.Equal(t, tt.want, got, "%v", err)
		})
	}
}
