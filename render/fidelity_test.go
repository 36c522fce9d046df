package render

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
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
)

// The fidelity audit: nothing the model holds is dropped. For every
// bundled example and every corpus notice, in every language the notice
// has, the full rendering (as plain text, and as the text content of the
// HTML) shows every text and name of the notice (each as the rendering
// picks it: in the rendering's language where the notice has it, else in
// the language it falls back to), every web address, e-mail address,
// telephone number, identifier and version label, and the official term
// of every code of a closed vocabulary.

// auditNotices returns the notices the audit reads: the six bundled
// examples, the features notice and the ten corpus notices.
func auditNotices(t *testing.T) []goldenNotice {
	t.Helper()
	var out []goldenNotice
	for _, name := range examples.Names() {
		n, err := examples.Load(name)
		require.NoError(t, err)
		out = append(out, goldenNotice{name, n})
	}
	out = append(out, goldenNotice{"features", features(t)})
	corpus, err := filepath.Glob("../testdata/corpus/*.yaml")
	require.NoError(t, err)
	require.Len(t, corpus, 10, "the ten corpus notices")
	for _, path := range corpus {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		n, err := notice.Decode(src)
		require.NoError(t, err, path)
		out = append(out, goldenNotice{"corpus-" + strings.TrimSuffix(filepath.Base(path), ".yaml"), n})
	}
	// The notice a new user encoded from the documentation alone, whose
	// report found the renderings dropping fields.
	src, err := os.ReadFile("../testdata/newuser/notice.yaml")
	require.NoError(t, err)
	n, err := notice.Decode(src)
	require.NoError(t, err)
	out = append(out, goldenNotice{"newuser", n})
	require.Len(t, out, 18)
	return out
}

// auditLanguages are the languages a notice is audited in: each language it
// declares, the ones the catalog lacks (German, Dutch) rendered with the
// English fallback, the notice's own text in its language.
func auditLanguages(n *notice.Notice) []language.Tag {
	var out []language.Tag
	for _, t := range n.Languages {
		if !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// expectation is one thing the rendering must show: a text as the
// rendering picks it, or the official term of a code.
type expectation struct {
	ptr  string // where the notice holds it
	want string // what the reader must see, whitespace collapsed
	code string // the code, for an official term (compared without regard to case)
}

// expectations returns what a full rendering of n in lang must show: every
// text and name in the language the renderer picks for it, and the term of
// every code in the rendering language loc.
func expectations(n *notice.Notice, lang language.Tag, loc *i18n.Locale) []expectation {
	// The renderer's lookup order: the language, its base, the original,
	// the other declared languages, und.
	chain := []language.Tag{i18n.Base(lang), n.Original()}
	chain = append(chain, n.Languages...)
	chain = append(chain, language.Und)
	var out []expectation
	notice.Walk(n, func(v notice.Value) bool {
		t := v.V.Type()
		switch {
		case t == reflect.TypeFor[notice.Text]():
			if s, _, ok := v.V.Interface().(notice.Text).In(lang, chain...); ok {
				out = append(out, expectation{ptr: v.Pointer(), want: collapse(clean(s))})
			}
			return false
		case t == reflect.TypeFor[notice.Name]():
			if s, _, ok := v.V.Interface().(notice.Name).In(lang, chain...); ok {
				out = append(out, expectation{ptr: v.Pointer(), want: collapse(clean(s))})
			}
			return false
		}
		if v.Field != nil && v.V.Kind() == reflect.String && literalFields[v.Field.Name] {
			// An address, number or identifier: shown as written.
			out = append(out, expectation{ptr: v.Pointer(), want: collapse(clean(v.V.String()))})
			return true
		}
		if voc, ok := notice.VocabularyOf(t); ok && v.V.Kind() == reflect.String && v.V.String() != "" {
			code := v.V.String()
			out = append(out, expectation{ptr: v.Pointer(), want: collapse(loc.T(voc.MessageKey(code))), code: code})
		}
		return true
	})
	return slices.DeleteFunc(out, func(e expectation) bool { return e.want == "" })
}

// literalFields are the members whose strings the rendering shows as
// written: web addresses, e-mail addresses, telephone numbers, identifiers
// and version labels.
var literalFields = map[string]bool{"url": true, "email": true, "phone": true, "value": true, "identifier": true, "version": true}

// notExpected are the codes a rendering rightly does not name by their
// term, each with the reason; matched against the pointer's pattern and
// the code.
var notExpected = []struct {
	ptr, code, reason string
}{
	{`/retention/\d+/qualifier$|/activities/\d+/retention/\d+/qualifier$`, "exact",
		"an exact period is written as the bare period: \"5 years\", not \"exactly 5 years\""},
	{`/identifiers/\d+/scheme$`, "other",
		"an identifier of another scheme is labelled with the scheme's own name (schemeName)"},
}

func expectedCode(e expectation, code string) bool {
	for _, x := range notExpected {
		if x.code == code && regexp.MustCompile(x.ptr).MatchString(e.ptr) {
			return false
		}
	}
	return true
}

var langMarkRE = regexp.MustCompile(`\[[a-z]{2,3}(-[A-Za-z0-9]+)*\] `)

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestFidelity is the audit: every text, name and code of each notice is
// in its full rendering in each of its languages, as plain text and as the
// text content of the HTML page.
func TestFidelity(t *testing.T) {
	for _, gn := range auditNotices(t) {
		for _, lang := range auditLanguages(gn.n) {
			t.Run(gn.name+"/"+lang.String(), func(t *testing.T) {
				opts := Options{Lang: lang, Fallback: language.English, Width: 80}
				d, err := build(gn.n, opts)
				require.NoError(t, err)
				outs := map[string]string{}
				for _, f := range []Format{Text, Page} {
					opts.Format = f
					got, err := render(gn.n, opts)
					require.NoError(t, err)
					s := string(got)
					if f == Page {
						r := checkHTML(got, htmlTags)
						require.Empty(t, r.Problems)
						// A link with a title shows the title; its
						// address is its target.
						s = r.Text + " " + strings.Join(r.Hrefs, " ")
					}
					// The mark of text in another language stands before
					// each of its paragraphs: not part of the text.
					outs[f.String()] = langMarkRE.ReplaceAllString(collapse(s), "")
				}
				var missing []string
				for _, e := range expectations(gn.n, lang, d.loc) {
					if e.code != "" && !expectedCode(e, e.code) {
						continue
					}
					for f, out := range outs {
						hay, needle := out, e.want
						if e.code != "" {
							hay, needle = strings.ToLower(hay), strings.ToLower(needle)
						}
						if !strings.Contains(hay, needle) {
							missing = append(missing, fmt.Sprintf("%s %s: %q", f, e.ptr, short(e.want)))
						}
					}
				}
				assert.Empty(t, missing, "what the notice holds and the rendering does not show")
			})
		}
	}
}

func short(s string) string {
	if len(s) > 90 {
		return s[:90] + "…"
	}
	return s
}

// TestFlagsAndReferences: the statements the notice makes by a flag or by
// an ID, which the audit of texts and codes cannot see, appear in every
// format when the notice makes them and not otherwise.
func TestFlagsAndReferences(t *testing.T) {
	tests := []struct {
		name string
		want []string
		drop func(n *notice.Notice)
	}{
		{"a possible purpose", []string{"Direct marketing to customers The data may be used for this purpose."},
			func(n *notice.Notice) { n.Activities[0].Purposes[2].Possible = false }},
		{"a possible basis", []string{"Legitimate interests (Article 6(1)(f)) Processing may rest on this legal basis."},
			func(n *notice.Notice) { n.LegalBases[1].Possible = false }},
		{"possible data", []string{"Device identifiers These data may be processed."},
			func(n *notice.Notice) { n.Activities[0].DataCategories[1].Possible = false }},
		{"pseudonymised data", []string{"The data are pseudonymised."},
			func(n *notice.Notice) { n.Activities[0].DataCategories[1].Pseudonymised = false }},
		{"the purposes data serve, by ID", []string{"Purposes of the processing: Visitor analytics Condition: if the browser sends them"},
			func(n *notice.Notice) { n.Activities[0].DataCategories[1].Purposes = nil }},
		{"a possible source", []string{"Use of the site The data may come from this source."},
			func(n *notice.Notice) { n.Activities[0].Sources.Items[0].Possible = false }},
		{"a possible recipient", []string{"Statistics authorities The data may be disclosed to this recipient."},
			func(n *notice.Notice) { n.Recipients.Items[4].Possible = false }},
		{"a transfer's recipients, by ID", []string{"Recipients of personal data: Help Ltd"},
			func(n *notice.Notice) { n.Transfers.Items[1].Recipients = nil }},
		{"grounds that apply together", []string{"(Article 46(2)(c)) and explicit consent of the data subject"},
			func(n *notice.Notice) { n.Transfers.Items[3].Cumulative = false }},
		{"a strictly necessary cookie", []string{"Strictly necessary for the service the user asked for: set without consent."},
			func(n *notice.Notice) { n.Cookies[2].Necessary = false }},
		{"the scope of a right", []string{"before the end of their retention. Applies to: Order data"},
			func(n *notice.Notice) { n.Activities[1].Rights.Items[1].Scope = notice.Scope{} }},
		{"the address where a right is exercised", []string{"Website: https://example.fi/omat-tiedot"},
			func(n *notice.Notice) { n.Activities[1].Rights.Items[0].URL = "" }},
		{"when an activity begins", []string{"Use of the site. Effective from: 1 January 2020"},
			func(n *notice.Notice) { n.Activities[0].From = notice.Date{} }},
		{"the scope of a negative statement", []string{"The personal data are used only for the purposes stated Applies to: Security of the site"},
			func(n *notice.Notice) { n.NegativeStatements[2].Scope = notice.Scope{} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := features(t)
			says(t, shown(t, n, en), tt.want...)
			tt.drop(n)
			saysNot(t, shown(t, n, en), tt.want...)
		})
	}

	// An ID that names no recipient is shown as it is.
	n := features(t)
	n.Transfers.Items[1].Recipients = []string{"nobody"}
	says(t, shown(t, n, en), "Recipients of personal data: nobody")

	// The short layer does not make a possible basis a certain one, and
	// names a basis once where it is also said without "possibly".
	n = features(t)
	short := renderString(t, n, Options{Lang: en, Layer: Short, Format: Text, Width: 200})
	// Consent covers the analytics only: it is shown with that purpose,
	// never with the others.
	assert.Contains(t, short, "Visitor analytics\n\n    Legal basis: Consent (where the visitor accepts the analytics cookies)\n\n")
	assert.Contains(t, short, "Security of the site\n\n    Legal basis: Legitimate interests (possibly)\n\n")
	n.LegalBases = append(n.LegalBases, notice.LegalBasisClaim{Basis: notice.LegitimateInterests})
	short = renderString(t, n, Options{Lang: en, Layer: Short, Format: Text, Width: 200})
	// A basis for every purpose is said once, for all of them; the
	// possible one it makes certain is not said again.
	assert.Contains(t, short, "Visitor analytics\n\n    Legal basis: Consent (where the visitor accepts the analytics cookies)\n\n")
	assert.Contains(t, short, "  - Security of the site\n\n  - Visitor analytics")
	assert.Contains(t, short, "  Legal basis for all the purposes: Legitimate interests\n")
	assert.NotContains(t, short, "Legitimate interests (possibly)")
}
