package render

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// The tests of this file check that the renderer says exactly what a
// notice says: each qualifier and each statement of the model appears,
// in every format, when the notice makes it, and not otherwise; each
// standard text of the Regulation appears where the Regulation warrants
// it, quoted as the Regulation's, and not otherwise.

// features loads testdata/render/features.yaml, a notice that makes every
// statement the model holds.
func features(t testing.TB) *notice.Notice {
	t.Helper()
	src, err := os.ReadFile("../testdata/render/features.yaml")
	require.NoError(t, err)
	n, err := notice.Decode(src)
	require.NoError(t, err)
	return n
}

// shown renders n in lang, full, in every format, and returns what a
// reader sees of each: the text of the HTML page and of the Markdown as
// goldmark reads it, and the plain text, each with its whitespace
// collapsed.
func shown(t *testing.T, n *notice.Notice, lang language.Tag) map[Format]string {
	t.Helper()
	out := map[Format]string{}
	for _, f := range []Format{HTML, Markdown, Text} {
		got, err := render(n, Options{Lang: lang, Format: f, Width: 1000})
		require.NoError(t, err, f)
		switch f {
		case HTML:
			r := checkHTML(got, htmlTags)
			require.Empty(t, r.Problems, f)
			out[f] = r.Text
		case Markdown:
			d, err := build(n, Options{Lang: lang, Format: f, Width: 1000})
			require.NoError(t, err)
			r := checkMarkdown(got, d)
			require.Empty(t, r.Problems, f)
			out[f] = r.Text
		case Text:
			out[f] = strings.Join(strings.Fields(string(got)), " ")
		}
	}
	return out
}

// says asserts that every format shows each of want; saysNot that none
// shows any of them. Colons are left out of the comparison: HTML shows a
// label as a term of its own, the other formats with a colon.
func says(t *testing.T, out map[Format]string, want ...string) {
	t.Helper()
	for f, s := range out {
		for _, w := range want {
			assert.Contains(t, noColon(s), noColon(w), "%s", f)
		}
	}
}

func saysNot(t *testing.T, out map[Format]string, unwanted ...string) {
	t.Helper()
	for f, s := range out {
		for _, w := range unwanted {
			assert.NotContains(t, noColon(s), noColon(w), "%s", f)
		}
	}
}

func noColon(s string) string {
	s = strings.NewReplacer(":", " ", "|", " ").Replace(s)
	// HTML's text tokens are joined with spaces: "forgotten’) , Article 17".
	return strings.ReplaceAll(strings.Join(strings.Fields(s), " "), " ,", ",")
}

var en, fi, sv = language.English, language.Finnish, language.Swedish

// TestQualifiers: each qualifier of the model is said when the notice
// says it, in each language, and a bare period only when the notice gives
// a bare period. "up to 3 years" never becomes "3 years".
func TestQualifiers(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(n *notice.Notice)
		lang   language.Tag
		with   []string // shown with the qualifier
		bare   []string // shown without it
		absent []string // shown with it, never without
	}{
		{"maximum, en", nil, en, []string{"Retention period: at most 3 years"}, []string{"Retention period: 3 years"}, []string{"at most 3 years"}},
		{"maximum, fi", nil, fi, []string{"Säilytysaika: enintään 3 vuotta"}, []string{"Säilytysaika: 3 vuotta"}, []string{"enintään 3 vuotta"}},
		{"maximum, sv", nil, sv, []string{"Lagringstid: högst 3 år"}, []string{"Lagringstid: 3 år"}, []string{"högst 3 år"}},
		{"approximate", nil, en, []string{"Retention period: about 90 days"}, []string{"Retention period: 90 days"}, []string{"about 90 days"}},
		{"minimum", nil, fi, []string{"Säilytysaika: vähintään 6 vuotta"}, []string{"Säilytysaika: 6 vuotta"}, []string{"vähintään 6 vuotta"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := features(t)
			says(t, shown(t, n, tt.lang), tt.with...)
			for i := range n.Retention {
				n.Retention[i].Qualifier = ""
			}
			bare := shown(t, n, tt.lang)
			says(t, bare, tt.bare...)
			saysNot(t, bare, tt.absent...)
		})
	}
}

// TestStatements: each statement of the model appears in every format
// when the notice makes it and not when it does not.
func TestStatements(t *testing.T) {
	tests := []struct {
		name string
		lang language.Tag
		want []string
		drop func(n *notice.Notice)
	}{
		{"deletion date", en, []string{"Deleted by: 2028"}, func(n *notice.Notice) { n.Retention[3].Until = notice.Date{} }},
		{"open end and its reason", en, []string{"Retention period: Until further notice", "Reason: A decision of the National Archives."},
			func(n *notice.Notice) { n.Activities[1].Retention[0].OpenEnded = nil }},
		{"open end, fi", fi, []string{"Säilytysaika: Toistaiseksi"}, func(n *notice.Notice) { n.Activities[1].Retention[0].OpenEnded = nil }},
		{"periodic review", en, []string{"Interval for reviewing the need to keep the data: 5 years"}, func(n *notice.Notice) { n.Retention[2].Review = notice.Duration{} }},
		{"scope of a basis", en, []string{"Consent (Article 6(1)(a)) Condition: where the visitor accepts the analytics cookies Applies to: Visitor analytics"}, func(n *notice.Notice) { n.LegalBases[0].Scope = notice.Scope{} }},
		{"basis under its purpose", en, []string{"Visitor analytics Legal basis: Consent"}, func(n *notice.Notice) {
			n.LegalBases[0].Scope, n.LegalBases[1].Scope = notice.Scope{}, notice.Scope{}
		}},
		{"scope of a source", en, []string{"Use of the site The data may come from this source. Condition: while logging is on Applies to: Log data"}, func(n *notice.Notice) { n.Activities[0].Sources.Items[0].Scope = notice.Scope{} }},
		{"a shared item names the activities it applies to", en, []string{"Retention period Applies to: Web site"}, func(n *notice.Notice) { n.Activities[1].Retention = nil }},
		{"possible transfer", en, []string{"The data may be transferred."}, func(n *notice.Notice) { n.Transfers.Items[0].Possible = false }},
		{"condition of a transfer", en, []string{"Condition: if a support request requires it"}, func(n *notice.Notice) { n.Transfers.Items[0].Condition = nil }},
		{"occasional transfer", en, []string{"The transfer is not repetitive."}, func(n *notice.Notice) { n.Transfers.Items[1].Occasional = false }},
		{"candidate mechanisms", en, []string{"Standard data protection clauses adopted by the Commission (Article 46(2)(c)) or adequacy decision by the Commission (Article 45)"},
			func(n *notice.Notice) { n.Transfers.Items[0].Mechanisms = n.Transfers.Items[0].Mechanisms[:1] }},
		{"candidate mechanisms, fi", fi, []string{"(46 artiklan 2 kohdan c alakohta) tai tietosuojan riittävyyttä koskeva komission päätös (45 artikla)"},
			func(n *notice.Notice) { n.Transfers.Items[0].Mechanisms = n.Transfers.Items[0].Mechanisms[:1] }},
		{"adequacy coverage", en, []string{"Coverage of the adequacy decision: Certification under the EU-US Data Privacy Framework"},
			func(n *notice.Notice) { n.Transfers.Items[0].AdequacyCoverage = nil }},
		{"compelling interests", en, []string{"Compelling legitimate interests: Investigating a fault."}, func(n *notice.Notice) { n.Transfers.Items[1].Interests = nil }},
		{"risks told", en, []string{"Possible risks of the transfer for the data subject: Canadian law"}, func(n *notice.Notice) { n.Transfers.Items[2].Risks = nil }},
		{"planned recipient and its date", en, []string{"Planned recipient: the data are not yet disclosed to it.", "Effective from: 1 January 2026"},
			func(n *notice.Notice) {
				n.Recipients.Items[2].Planned, n.Recipients.Items[2].From = false, notice.Date{}
			}},
		{"time-bounded role", fi, []string{"Päättyy: 2/2021"}, func(n *notice.Notice) { n.JointControllers.Parties[0].Until = notice.Date{} }},
		{"subprocessors", en, []string{"Other processors engaged by the processor", "Cloud Inc. Role: Processor Country: United States"}, func(n *notice.Notice) { n.Recipients.Items[0].Subprocessors = nil }},
		{"labelled contact point", en, []string{"Contact point: Registry Email: kirjaamo@example.fi", "Note: Open on weekdays 9–16."}, func(n *notice.Notice) { n.Controller.Contacts = nil }},
		{"a group with children", en, []string{"Visitors The group includes children."}, func(n *notice.Notice) { n.Activities[0].DataSubjects[0].Children = false }},
		{"identifier by scheme", en, []string{"Business ID: 1234567-1", "Kaupparekisteri: 123.456"}, func(n *notice.Notice) { n.Controller.Identifiers = nil }},
		{"negative statement with its words", en, []string{"No special categories of personal data are processed The service processes no health data."},
			func(n *notice.Notice) { n.NegativeStatements = n.NegativeStatements[:1] }},
		{"reference to another notice", en, []string{"Described in: The payment service's privacy notice"}, func(n *notice.Notice) { n.Activities[1].DescribedIn = nil }},
		{"code of conduct", en, []string{"Esimerkkialan käytännesäännöt Kind: Code of conduct (Article 40) Identifier: EX-2024", "ISO/IEC 27701 Kind: Certification (Article 42)"},
			func(n *notice.Notice) { n.CodesOfConduct = nil }},
		{"cookie", en, []string{"_ga Technology: Cookie Set by: Google Ireland Ltd (third party) Purpose: Visitor analytics", "Retention period: 2 years Consent: Set only after consent", "until the end of the browser session"},
			func(n *notice.Notice) { n.Cookies = nil }},
		{"change log", en, []string{"June 2025, Version 3.1 The web shop was added."}, func(n *notice.Notice) { n.Changes = nil }},
		{"the notice's address", en, []string{"Address of this notice: https://example.fi/tietosuoja"}, func(n *notice.Notice) { n.URL = "" }},
		{"Art 22 ground", en, []string{"Exception for automated individual decision-making: Based on the data subject's explicit consent (Article 22(2)(c))"},
			func(n *notice.Notice) { n.AutomatedDecisions.Ground = "" }},
		{"Art 22 measures", en, []string{"Measures to safeguard the data subject: A person can be asked to review the decision."},
			func(n *notice.Notice) { n.AutomatedDecisions.Safeguards = nil }},
		{"Art 22 effects", en, []string{"Decisions are based solely on automated processing and produce legal effects"},
			func(n *notice.Notice) { n.AutomatedDecisions.LegalEffect = false }},
		{"a right limited in the notice's words", en, []string{"Limitation: Accounting records are not erased"}, func(n *notice.Notice) { n.Activities[1].Rights.Items[1].Limitation = nil }},
		{"a right that does not apply, and why", en, []string{"Right to object (Article 21) Does not apply: The processing is based on a contract."},
			func(n *notice.Notice) { n.Activities[1].Rights.Items[3].NotApplicable = nil }},
		{"the authority of the data subject's residence", en, []string{"The supervisory authority in the Member State of the data subject's habitual residence"},
			func(n *notice.Notice) {
				n.Activities[1].SupervisoryAuthorities = n.Activities[1].SupervisoryAuthorities[:1]
			}},
		{"an authority by its code", sv, []string{"Dataombudsmannens byrå"}, func(n *notice.Notice) {
			n.SupervisoryAuthorities, n.Activities[1].SupervisoryAuthorities = nil, nil
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := features(t)
			says(t, shown(t, n, tt.lang), tt.want...)
			tt.drop(n)
			saysNot(t, shown(t, n, tt.lang), tt.want...)
		})
	}
}

// TestSaidOnce: an item the notice states once for several activities is
// said once, not under each activity that inherits it.
func TestSaidOnce(t *testing.T) {
	n := features(t)
	out := shown(t, n, en)
	for f, s := range out {
		s = noColon(s)
		assert.Equal(t, 1, strings.Count(s, "Log data Retention period at most 3 years"), "%s: the shared retention once", f)
		assert.Equal(t, 1, strings.Count(s, "Pilvi Oy"), "%s: the shared recipient once", f)
		assert.Equal(t, 1, strings.Count(s, "The security of the service and marketing to customers."), "%s: the shared interests once", f)
	}
	// The single activity of a notice shows the notice's items as its own.
	n.Activities = n.Activities[:1]
	says(t, shown(t, n, en), "Log data Retention period: at most 3 years", "Consent (Article 6(1)(a)) Condition: where the visitor accepts the analytics cookies Applies to: Visitor analytics")
}

// TestRightToObject: the box of Art 21(4) appears exactly where a right to
// object applies (notice.ApplicableRights), with the Regulation's words
// for each paragraph that gives it, quoted with the article, and the
// activities each concerns.
func TestRightToObject(t *testing.T) {
	const (
		art21_1 = "Article 21(1) of the General Data Protection Regulation: “The data subject shall have the right to object, on grounds relating"
		art21_2 = "Article 21(2) of the General Data Protection Regulation: “Where personal data are processed for direct marketing purposes"
		art21_6 = "Article 21(6) of the General Data Protection Regulation: “Where personal data are processed for scientific or historical research"
	)
	one := func(bases []notice.LegalBasis, p notice.Purpose) *notice.Notice {
		n := features(t)
		n.Activities = n.Activities[:1]
		n.LegalBases = nil
		for _, b := range bases {
			n.LegalBases = append(n.LegalBases, notice.LegalBasisClaim{Basis: b})
		}
		n.Activities[0].Purposes = []notice.Purpose{p}
		n.Activities[0].Sections = nil
		n.Transfers = nil
		n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
		return n
	}
	plain := notice.Purpose{Description: notice.T(en, "Serving customers")}
	marketing := notice.Purpose{Description: notice.T(en, "Newsletter"), DirectMarketing: true}
	research := notice.Purpose{Description: notice.T(en, "A study"), Research: true}
	tests := []struct {
		name       string
		n          *notice.Notice
		want, none []string
	}{
		{"consent and contract only: no box, though the notice lists the right", one([]notice.LegalBasis{notice.Consent, notice.Contract}, plain),
			nil, []string{art21_1, art21_2, art21_6, "Right to object Article"}},
		{"legitimate interests: Art 21(1)", one([]notice.LegalBasis{notice.LegitimateInterests}, plain), []string{art21_1}, []string{art21_2, art21_6}},
		{"public task: Art 21(1)", one([]notice.LegalBasis{notice.PublicTask}, plain), []string{art21_1}, []string{art21_2}},
		{"direct marketing on consent: Art 21(2)", one([]notice.LegalBasis{notice.Consent}, marketing), []string{art21_2}, []string{art21_1}},
		{"research on consent: Art 21(6)", one([]notice.LegalBasis{notice.Consent}, research), []string{art21_6}, []string{art21_1, art21_2}},
		{"no basis stated: nothing known, no box", one(nil, plain), nil, []string{art21_1, art21_2, art21_6}},
		{"several activities: each paragraph names its activities", features(t),
			[]string{art21_1, "legal claims.” Applies to: Web site", art21_2, "such direct marketing.” Applies to: Web site"}, []string{art21_6}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := shown(t, tt.n, en)
			says(t, out, tt.want...)
			saysNot(t, out, tt.none...)
			html, err := render(tt.n, Options{Lang: en})
			require.NoError(t, err)
			assert.Equal(t, len(tt.want) > 0, strings.Contains(string(html), "seloste-apart"), "set apart exactly when shown")
		})
	}
	// Finnish and Swedish quote their own official texts.
	n := one([]notice.LegalBasis{notice.Consent}, marketing)
	says(t, shown(t, n, fi), "Yleisen tietosuoja-asetuksen 21 artiklan 2 kohta: ”Jos henkilötietoja käsitellään suoramarkkinointia varten, rekisteröidyllä on oikeus milloin tahansa vastustaa")
	says(t, shown(t, n, sv), "Artikel 21.2 i dataskyddsförordningen: ”Om personuppgifterna behandlas för direkt marknadsföring ska den registrerade ha rätt att när som helst invända")
}

// TestWithdrawal: consent is withdrawn as the notice says, in its words;
// the Regulation's Art 7(3) is quoted as the Regulation's, only where
// there is consent to withdraw, and the catalog never speaks as the
// controller.
func TestWithdrawal(t *testing.T) {
	const art7 = "Article 7(3) of the General Data Protection Regulation: “The data subject shall have the right to withdraw his or her consent at any time."
	n := features(t)
	n.Activities = n.Activities[:1]
	n.Transfers = nil
	n.LegalBases = []notice.LegalBasisClaim{{Basis: notice.Consent, Withdrawal: notice.T(en, "By not submitting the story.")}}
	n.Languages = []language.Tag{en}
	out := shown(t, n, en)
	says(t, out, "Right to withdraw consent By not submitting the story. "+art7)
	saysNot(t, out, "The data subject has the right to withdraw")

	n.LegalBases = []notice.LegalBasisClaim{{Basis: notice.Contract}}
	says(t, shown(t, n, en), art7) // the automated decision rests on explicit consent (Art 22(2)(c))
	n.AutomatedDecisions.Ground = notice.DecisionContract
	saysNot(t, shown(t, n, en), art7, "Right to withdraw consent By")

	// Explicit consent to a transfer (Art 49(1)(a)) is consent too.
	n.Transfers = &notice.Transfers{Items: []notice.Transfer{{Countries: []string{"CA"}, Mechanisms: []notice.TransferMechanism{notice.DerogationConsent}}}}
	says(t, shown(t, n, en), art7)
}

// TestLimitedByRegulation: where the Regulation limits a right the notice
// lists (Art 17(3)(b) for a legal obligation), the limiting provision is
// named as the Regulation's, unless the notice states the limit itself.
func TestLimitedByRegulation(t *testing.T) {
	const limit = "Article 17(3)(b) of the General Data Protection Regulation limits this right."
	n := features(t)
	n.Activities = n.Activities[:1]
	n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightErasure})
	saysNot(t, shown(t, n, en), limit)
	n.LegalBases = []notice.LegalBasisClaim{{Basis: notice.LegalObligation}}
	says(t, shown(t, n, en), "Right to erasure (‘right to be forgotten’), Article 17 "+limit)
	says(t, shown(t, n, fi), "Oikeutta rajoittaa yleisen tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta.")
	n.Rights.Items[len(n.Rights.Items)-1].Limitation = notice.T(en, "Only what the law allows.")
	out := shown(t, n, en)
	says(t, out, "Limitation: Only what the law allows.")
	saysNot(t, out, limit)
}

// TestFreeSections: a free section comes where its After places it, with
// its paragraphs, numbered lists and links as such in every format.
func TestFreeSections(t *testing.T) {
	n := features(t)
	out := shown(t, n, en)
	inOrder(t, out, "The unsubscribe link of the newsletter. Legal basis: Legitimate interests", "Frequently asked", "Questions:", "Categories of data subjects")
	inOrder(t, out, "dpo@example.fi", "Getting in touch", "We answer within a week.", "Joint controllers")
	md, err := render(n, Options{Lang: en, Format: Markdown})
	require.NoError(t, err)
	assert.Contains(t, string(md), "1. What data are collected?\n2. For how long?\n", "a numbered list in Markdown")
	assert.Contains(t, string(md), "[Guidance](<https://example.fi/ohjeet>)", "a link with its text")
	html, err := render(n, Options{Lang: en})
	require.NoError(t, err)
	assert.Contains(t, string(html), "<ol class=\"seloste-list\">\n<li>What data are collected?</li>")
	txt, err := render(n, Options{Lang: en, Format: Text})
	require.NoError(t, err)
	assert.Contains(t, string(txt), "1. What data are collected?\n2. For how long?\n")
	// Without After, after everything else.
	inOrder(t, out, "Change history", "Final words", "First")
	// After an item the rendering does not show (the version): first.
	n.Sections[0].After = "version"
	inOrder(t, shown(t, n, en), "This notice tells how", "Getting in touch", "Information common to all processing activities", "Controller")
	// After another free section.
	n.Sections[1].After = "contact-us"
	inOrder(t, shown(t, n, en), "Getting in touch", "We answer within a week.", "Final words", "Information common to all processing activities")
}

// inOrder asserts that each format shows each of parts, in that order.
func inOrder(t *testing.T, out map[Format]string, parts ...string) {
	t.Helper()
	for f, s := range out {
		s = noColon(s)
		at := 0
		for _, p := range parts {
			i := strings.Index(s[at:], noColon(p))
			if !assert.GreaterOrEqual(t, i, 0, "%s: %q after %q", f, p, s[max(0, at-40):at]) {
				break
			}
			at += i + len(noColon(p))
		}
	}
}

// TestLanguages: text in a language other than the page's is marked in
// every format and the top of the page says what the mark means; a
// language the notice does not declare is said to be one.
func TestLanguages(t *testing.T) {
	n := features(t)
	out := shown(t, n, sv)
	says(t, out, "[fi] Verkkopalvelun tietosuojaseloste",
		"Beskrivningen är inte upprättad på svenska.",
		"Avsnitt som inleds med [fi] är på finska: beskrivningen har ingen text på svenska för dem.",
		"Kontaktställe: [fi] Kirjaamo")
	saysNot(t, out, "[fi] Esimerkki Oy", "[fi] Toinen Oy") // names are no language's
	out = shown(t, n, en)
	saysNot(t, out, "[fi]", "Parts marked", "is not written in")
	says(t, out, "Unofficial translation. Original language: Finnish.")
	html, err := render(n, Options{Lang: sv})
	require.NoError(t, err)
	assert.Contains(t, string(html), `<span class="seloste-aside">[fi]</span> <span lang="fi">Verkkopalvelun tietosuojaseloste</span></h1>`)
}

// TestUnsupportedLanguage: a notice in a language the catalog lacks is an
// error unless a fallback is asked for, and the fallback says what it is.
func TestUnsupportedLanguage(t *testing.T) {
	n := features(t)
	de := language.German
	n.Languages = []language.Tag{de}
	n.UnofficialTranslations = nil
	notice.WalkTexts(n, func(notice.TextValue) {})
	retag := func(t notice.Text) {
		if s, ok := t[fi]; ok {
			delete(t, fi)
			delete(t, en)
			t[de] = s + " (de)"
		}
	}
	retag(n.Title)
	retag(n.Activities[0].Name)
	_, err := render(n, Options{})
	require.ErrorIs(t, err, ErrUnsupportedLanguage)
	assert.Contains(t, err.Error(), "de; the catalog has fi, sv, en")
	_, err = render(n, Options{Lang: de})
	require.ErrorIs(t, err, ErrUnsupportedLanguage)
	_, err = render(n, Options{Fallback: language.MustParse("de-AT")})
	require.ErrorIs(t, err, ErrUnsupportedLanguage, "a fallback the catalog lacks is no fallback")

	got, err := render(n, Options{Fallback: en, Format: Text, Width: 1000})
	require.NoError(t, err)
	s := strings.Join(strings.Fields(string(got)), " ")
	assert.Contains(t, s, "This rendering is in English because the notice's language (German) is not supported.")
	assert.Contains(t, s, "[de] Verkkopalvelun tietosuojaseloste (de)")
	assert.Contains(t, s, "Parts marked [de] are in German")
	assert.Empty(t, Languages(n))

	// A supported language the notice does not declare renders, and says so.
	got, err = render(n, Options{Lang: fi, Format: Text, Width: 1000})
	require.NoError(t, err)
	assert.Contains(t, strings.Join(strings.Fields(string(got)), " "), "Selostetta ei ole laadittu kielellä suomi.")
}

func TestLanguagesOf(t *testing.T) {
	n := features(t)
	assert.Equal(t, []language.Tag{fi, en}, Languages(n))
	n.Languages = []language.Tag{language.MustParse("sv-FI"), language.German, language.MustParse("fi-FI"), sv}
	assert.Equal(t, []language.Tag{sv, fi}, Languages(n), "as the supported languages, once each, in the notice's order")
}

// TestRegisterWording: the Finnish register wording only for a notice in
// that tradition; the Regulation's neutral wording otherwise.
func TestRegisterWording(t *testing.T) {
	n := features(t)
	n.Activities = n.Activities[:1]
	n.ContactPersons = []notice.Party{{Name: notice.N(fi, "Maija Meikäläinen")}}
	register := []string{"Name of the register", "Contact person in register-related matters", "Principles of protecting the register"}
	neutral := []string{"Processing activity", "Security of processing"}
	// "tietosuojaseloste" in the title: the register tradition.
	out := shown(t, n, en)
	says(t, out, register...)
	saysNot(t, out, neutral...)
	says(t, shown(t, n, fi), "Rekisterin nimi", "Yhteyshenkilö rekisteriä koskevissa asioissa", "Rekisterin suojauksen periaatteet")

	for _, title := range []string{"Privacy notice", "Datenschutzerklärung", "Registered users"} {
		n.Title = notice.T(en, title)
		n.Activities[0].Name = notice.T(en, "Web site")
		out = shown(t, n, en)
		says(t, out, neutral...)
		saysNot(t, out, register...)
		inOrder(t, out, "Contact person", "Maija Meikäläinen")
		says(t, shown(t, n, fi), "Käsittelytoimi", "Käsittelyn turvallisuus")
	}
	n.Activities[0].Name = notice.T(en, "Customer register")
	says(t, shown(t, n, en), register...)
	n.Activities[0].Name = notice.T(fi, "Asiakasrekisteri")
	says(t, shown(t, n, en), register...)
}

// TestCitationStyles: law is cited in the style of its jurisdiction, and a
// name the notice gives an act beside its number.
func TestCitationStyles(t *testing.T) {
	n := features(t)
	n.Activities = n.Activities[:1]
	laws := []notice.LawRef{
		{Jurisdiction: "SE", Statute: "2018:218", Chapter: "2", Sections: []string{"3"}},
		{Jurisdiction: "AT", Statute: "BGBl. I Nr. 120/2002", Sections: []string{"3"}},
		{Jurisdiction: "EU", Statute: "2016/679", Articles: []string{"6"}, Subsection: "1", Item: "e"},
		{Jurisdiction: "FI", Statute: "917/2014", Sections: []string{"138"}, Name: notice.N(fi, "Tietoyhteiskuntakaari")},
		{Jurisdiction: "DE", Statute: "BGBl. I 2017 S. 2097", Sections: []string{"26"}, URL: "https://www.gesetze-im-internet.de/bdsg_2018/__26.html"},
	}
	n.LegalBases = []notice.LegalBasisClaim{{Basis: notice.PublicTask, Laws: laws}}
	tests := []struct {
		lang language.Tag
		want []string
	}{
		{sv, []string{"2 kap. 3 § dataskyddslagen (2018:218)", "§ 3 UG (Universitätsgesetz 2002, BGBl. I Nr. 120/2002)", "artikel 6.1 e i förordning (EU) 2016/679",
			"138 § i lagen om tjänster inom elektronisk kommunikation (917/2014, Tietoyhteiskuntakaari)"}},
		{en, []string{"chapter 2, section 3, of the Act containing supplementary provisions to the EU General Data Protection Regulation (SFS 2018:218)",
			"§ 3 UG (Universities Act 2002, BGBl. I Nr. 120/2002)", "Article 6(1)(e) of Regulation (EU) 2016/679",
			"§ 26 BDSG (Federal Data Protection Act, BGBl. I 2017 S. 2097) https://www.gesetze-im-internet.de/bdsg_2018/__26.html"}},
		{fi, []string{"2 kap. 3 § dataskyddslagen (2018:218)", "asetuksen (EU) 2016/679 6 artiklan 1 kohdan e alakohta",
			"sähköisen viestinnän palveluista annetun lain (917/2014, Tietoyhteiskuntakaari) 138 §"}},
	}
	for _, tt := range tests {
		t.Run(tt.lang.String(), func(t *testing.T) {
			says(t, shown(t, n, tt.lang), tt.want...)
		})
	}
}

// TestEveryOutputOfFeatures renders the features notice in every language,
// layer and format, checking each output as the golden test does.
func TestEveryOutputOfFeatures(t *testing.T) {
	n := features(t)
	for _, lang := range []language.Tag{fi, sv, en, language.MustParse("sv-SE")} {
		for _, layer := range []Layer{Full, Short} {
			for _, f := range []Format{HTML, Page, Markdown, Text} {
				name := fmt.Sprintf("%s/%s/%s", lang, layer, f)
				got, err := render(n, Options{Lang: lang, Layer: layer, Format: f})
				require.NoError(t, err, name)
				switch f {
				case HTML, Page:
					assert.Empty(t, checkHTML(got, htmlTags).Problems, name)
				case Markdown:
					d, err := build(n, Options{Lang: lang, Layer: layer, Format: f})
					require.NoError(t, err)
					assert.Empty(t, checkMarkdown(got, d).Problems, name)
				case Text:
					assert.Empty(t, checkText(got, 80), name)
				}
			}
		}
	}
}

// hnode is a heading of a Markdown rendering with its subheadings.
type hnode struct {
	level int
	text  string
	subs  []*hnode
}

// headingTree parses a Markdown rendering with goldmark and returns its
// headings as a tree under a root of level 0.
func headingTree(t *testing.T, md []byte, d *doc) *hnode {
	t.Helper()
	r := checkMarkdown(md, d)
	require.Empty(t, r.Problems)
	root := &hnode{}
	stack := []*hnode{root}
	for _, h := range r.Headings {
		for stack[len(stack)-1].level >= h.Level {
			stack = stack[:len(stack)-1]
		}
		n := &hnode{level: h.Level, text: h.Text}
		parent := stack[len(stack)-1]
		require.Equal(t, parent.level+1, h.Level, "%q skips a level under %q", h.Text, parent.text)
		parent.subs = append(parent.subs, n)
		stack = append(stack, n)
	}
	return root
}

func (h *hnode) texts() []string {
	var out []string
	for _, s := range h.subs {
		out = append(out, s.text)
	}
	return out
}

// find returns the heading with text, depth first, and its parent.
func (h *hnode) find(text string) (found, parent *hnode) {
	for _, s := range h.subs {
		if s.text == text {
			return s, h
		}
		if f, p := s.find(text); f != nil {
			return f, p
		}
	}
	return nil, nil
}

// TestMarkdownHeadingTree parses the Markdown of every bundled notice and
// of the features notice, as goldmark reads it, and checks that its
// headings are the notice's: one title; in a notice of several activities,
// one heading per activity, its name, in order, under "Processing
// activities"; every free section once, right after the section or item
// its After names; and no heading made of any other text of the notice.
func TestMarkdownHeadingTree(t *testing.T) {
	afterItem := map[string]string{"purposes": "heading.purposesAndLegalBasis", "dpo": "heading.dpo",
		"retention": "heading.retention", "rights": "heading.rights"}
	for _, gn := range goldenNotices(t) {
		n := gn.n
		for _, lang := range []language.Tag{fi, sv, en} {
			t.Run(gn.name+"/"+lang.String(), func(t *testing.T) {
				md, err := render(n, Options{Lang: lang, Format: Markdown})
				require.NoError(t, err)
				d, err := build(n, Options{Lang: lang, Format: Markdown})
				require.NoError(t, err)
				root := headingTree(t, md, d)
				loc := i18nFor(lang)
				text := func(tx notice.Text) string {
					s, used, ok := tx.In(lang, n.Original(), language.Und)
					if !ok {
						return ""
					}
					s = strings.Join(strings.Fields(s), " ")
					if b, _ := used.Base(); b != baseOf(lang) && used != language.Und {
						s = "[" + used.String() + "] " + s
					}
					return s
				}
				require.Len(t, root.subs, 1, "one title")
				title := root.subs[0]
				if !n.Title.IsZero() {
					assert.Equal(t, text(n.Title), title.text)
				}
				// Every heading is the title, an activity's name, a free
				// section's heading, or a heading of the catalog.
				allowed := map[string]bool{title.text: true}
				for _, a := range n.Activities {
					allowed[text(a.Name)] = true
				}
				var free []notice.Section
				free = append(free, n.Sections...)
				for _, a := range n.Activities {
					free = append(free, a.Sections...)
				}
				for _, s := range free {
					allowed[text(s.Heading)] = true
				}
				var walk func(h *hnode)
				walk = func(h *hnode) {
					for _, s := range h.subs {
						if !allowed[s.text] && !catalogHeading(loc, s.text) {
							t.Errorf("heading %q is no heading of the notice or the catalog", s.text)
						}
						walk(s)
					}
				}
				walk(title)
				if len(n.Activities) > 1 {
					acts, _ := title.find(loc.T("heading.processingActivities"))
					require.NotNil(t, acts)
					var names []string
					for _, a := range n.Activities {
						names = append(names, text(a.Name))
					}
					assert.Equal(t, names, acts.texts(), "the activities, in order")
				}
				for _, s := range free {
					h, parent := title.find(text(s.Heading))
					require.NotNil(t, h, "free section %q", text(s.Heading))
					if s.After == "" {
						continue
					}
					prev := ""
					for i, sib := range parent.subs {
						if sib == h && i > 0 {
							prev = parent.subs[i-1].text
						}
					}
					want := ""
					for _, o := range free {
						if o.ID == s.After {
							want = text(o.Heading)
						}
					}
					if key, ok := afterItem[s.After]; ok {
						want = loc.T(key)
					}
					if want != "" {
						assert.Equal(t, want, prev, "%q comes right after what its After names", text(s.Heading))
					}
				}
			})
		}
	}
}

// catalogHeading reports whether s is a heading, label or vocabulary title
// of the catalog in loc's language, as the renderer writes headings.
func catalogHeading(loc *i18n.Locale, s string) bool {
	for _, k := range i18n.Keys() {
		if loc.T(k) == s && (strings.HasPrefix(k, "heading.") || strings.HasPrefix(k, "label.") || !strings.Contains(k, ".")) {
			return true
		}
	}
	return false
}

func i18nFor(t language.Tag) *i18n.Locale { return i18n.For(t) }
