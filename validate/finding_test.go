package validate_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

func TestSeverity(t *testing.T) {
	var zero validate.Severity
	assert.Equal(t, "invalid", zero.String(), "the zero severity is invalid")
	_, err := zero.MarshalText()
	assert.Error(t, err)
	for _, s := range []validate.Severity{validate.Error, validate.Warning, validate.Info} {
		b, err := s.MarshalText()
		require.NoError(t, err)
		var back validate.Severity
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, s, back)
	}
	var s validate.Severity
	assert.Error(t, s.UnmarshalText([]byte("fatal")))
}

func TestErrIsNilWithoutErrors(t *testing.T) {
	n := reference(t)
	n.Activities[0].Retention[0].From = nil // info only
	fs := validate.Validate(n)
	require.Len(t, fs, 1)
	assert.False(t, fs.HasErrors())
	assert.Nil(t, fs.Errors())
	err := fs.Err()
	assert.True(t, err == nil, "Err must return a literal nil, not a typed nil in an interface")
	assert.NoError(t, validate.Complete(n), "information does not make Complete fail")

	var none validate.Findings
	assert.True(t, none.Err() == nil)
	assert.Equal(t, "no findings", none.Error())
}

func TestErrWithErrors(t *testing.T) {
	n := reference(t)
	n.Controller = nil                       // error
	n.Activities[0].Retention[0].From = nil  // info
	n.Activities[1].Retention = nil          // error
	n.Activities[1].LegalBases[0].Laws = nil // warning
	fs := validate.Validate(n)
	require.Len(t, fs, 4)
	assert.True(t, fs.HasErrors())
	err := fs.Err()
	require.Error(t, err)
	var got validate.Findings
	require.True(t, errors.As(err, &got))
	assert.Len(t, got, 2, "Err holds the error-severity findings only")
	assert.Equal(t, "/controller: ART13-CONTROLLER-01: "+fs[0].Message(language.English)+", and 1 other finding(s)", err.Error())
	for _, f := range got {
		assert.Equal(t, validate.Error, f.Severity, "%s is in Err", f.Rule)
	}
	assert.Equal(t, validate.RuleControllerMissing, got[0].Rule)
}

func TestCompleteNamesEveryMissingItemByArticle(t *testing.T) {
	n := reference(t)
	n.DPO = nil // a warning: "where applicable"
	n.Controller.Email = "kirjaamo(at)esimerkki.fi"
	n.Activities[0].Retention = nil
	n.Activities[1].Transfers.Items = []notice.Transfer{{Countries: []string{"US"}}} // no ground
	err := validate.Complete(n)
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	require.Len(t, lines, 3, err.Error())
	assert.Contains(t, lines[0], "/controller/email: FORM-EMAIL-01")
	assert.Contains(t, lines[0], "(Article 13(1)(a))")
	assert.Contains(t, lines[1], "/activities/0/retention: ART13-RETENTION-01")
	assert.Contains(t, lines[1], "(Article 13(2)(a))")
	// Activity 1 gets its data from other sources: Art 14 applies.
	assert.Contains(t, lines[2], "/activities/1/transfers/items/0/mechanisms: ART13-TRANSFERS-05")
	assert.Contains(t, lines[2], "(Article 14(1)(f))")

	assert.Error(t, validate.Complete(nil))
}

func TestArt13Or14PerActivity(t *testing.T) {
	n := reference(t)
	for i := range n.Activities {
		n.Activities[i].Retention = nil
	}
	fs := validate.Validate(n)
	require.Len(t, fs, 2)
	assert.Equal(t, "Art 13(2)(a)", fs[0].Article, "activity 0 collects from the data subject")
	assert.Equal(t, "Art 14(2)(a)", fs[1].Article, "activity 1 obtains the data elsewhere")

	// Both kinds of source: Art 13 is cited, and Art 14's items apply too.
	n = reference(t)
	a := &n.Activities[1]
	a.Sources.Items = append(a.Sources.Items, notice.Source{Kind: notice.SourceDataSubject, Description: both("Hakija")})
	a.Retention = nil
	a.DataCategories = nil
	fs = validate.Validate(n)
	rules := []string{}
	for _, f := range fs {
		rules = append(rules, f.Rule)
	}
	assert.ElementsMatch(t, []string{
		validate.RuleCategoriesMissing, validate.RuleRequirementMissing, validate.RuleRetentionMissing,
	}, rules)
	for _, f := range fs {
		if f.Rule == validate.RuleRetentionMissing {
			assert.Equal(t, "Art 13(2)(a)", f.Article)
		}
	}
}

func TestFindingJSON(t *testing.T) {
	f := validate.Finding{Rule: validate.RuleDPOMissing, Severity: validate.Error, Path: "/dpo", Article: "Art 13(1)(b)"}
	b, err := json.Marshal(validate.Findings{f})
	require.NoError(t, err)
	assert.JSONEq(t, `[{"rule":"ART13-DPO-01","severity":"error","path":"/dpo","article":"Art 13(1)(b)",
		"message":"`+f.Message(language.English)+`"}]`, string(b))
}

func TestMessageLanguages(t *testing.T) {
	f := validate.Finding{Rule: validate.RuleRightMissing, Severity: validate.Error, Path: "/rights/items",
		Article: "Art 13(2)(b)", Args: []string{"right.portability"}}
	cases := []struct {
		tag  language.Tag
		want []string
	}{
		{language.English, []string{"Article 13(2)(b)", "Right to data portability"}},
		{language.Finnish, []string{"13 artiklan 2 kohdan b alakohta", "Oikeus siirtää tiedot järjestelmästä toiseen"}},
		{language.Swedish, []string{"artikel 13.2 b", "dataportabilitet"}},
		{language.MustParse("fi-FI"), []string{"13 artiklan 2 kohdan b alakohta"}},
	}
	for _, tc := range cases {
		m := f.Message(tc.tag)
		for _, w := range tc.want {
			assert.Contains(t, m, w, "%s: %s", tc.tag, m)
		}
	}
}

func TestFindingsInDocumentOrder(t *testing.T) {
	n := reference(t)
	base := n.Activities[1]
	for i := 2; i <= 11; i++ {
		a := base
		a.ID = fmt.Sprintf("extra-%d", i)
		a.Retention = nil
		n.Activities = append(n.Activities, a)
	}
	n.Activities[1].Retention = nil
	n.Controller.Phone = "09 123 4567"
	fs := validate.Validate(n)
	var paths []string
	for _, f := range fs {
		paths = append(paths, f.Path)
	}
	require.Len(t, paths, 12)
	assert.Equal(t, "/controller/phone", paths[0], "the controller comes before the activities")
	assert.Equal(t, "/activities/1/retention", paths[1])
	assert.Equal(t, "/activities/2/retention", paths[2])
	assert.Equal(t, "/activities/11/retention", paths[11], "activity 11 comes after activity 2")

	again := validate.Validate(n)
	assert.Equal(t, fs, again, "validation is deterministic")
}

func TestOptionsRequireLanguages(t *testing.T) {
	n := reference(t)
	delete(n.Title, en)
	assert.Len(t, validate.Validate(n), 1, "nil: every declared language is required")
	assert.Empty(t, validate.Options{RequireLanguages: []language.Tag{}}.Validate(n), "empty: none is required")
	assert.Empty(t, validate.Options{RequireLanguages: []language.Tag{fi}}.Validate(n))

	fs := validate.Options{RequireLanguages: []language.Tag{fi, language.Swedish}}.Validate(n)
	require.Len(t, fs, 1, "a required language the notice does not declare is one finding, not one per text")
	assert.Equal(t, validate.RuleLanguages, fs[0].Rule)
	assert.Equal(t, "/languages", fs[0].Path)
	assert.Equal(t, []string{"sv"}, fs[0].Args)
}

func TestOptionsSkip(t *testing.T) {
	n := reference(t)
	n.DPO = nil
	n.Controller.Phone = "09 123 4567"
	fs := validate.Options{Skip: []string{validate.RulePhoneInternational, "NO-SUCH-RULE"}}.Validate(n)
	require.Len(t, fs, 1)
	assert.Equal(t, validate.RuleDPOMissing, fs[0].Rule)
}

// TestPublicAuthorityStated checks where the validator learns that a
// controller is a public authority (the legal review's correction P1.8): what
// the notice states, overridden by Options.PublicAuthority, with the
// inference from Art 6(1)(e) only where the notice states nothing.
func TestPublicAuthorityStated(t *testing.T) {
	ruleIDs := func(fs validate.Findings) []string {
		out := []string{}
		for _, f := range fs {
			out = append(out, f.Rule)
		}
		return out
	}
	n := reference(t)
	n.DPO = &notice.DPO{NotApplicable: both("Ei nimitetty")}
	assert.Empty(t, validate.Validate(n), "a company may state that it has no DPO")

	// A private body entrusted with a public task: Art 6(1)(e), but the
	// notice states it is no public authority.
	n.Activities[1].LegalBases = append(n.Activities[1].LegalBases,
		notice.LegalBasisClaim{Basis: notice.PublicTask, Laws: []notice.LawRef{{Statute: "621/1999"}}})
	assert.Empty(t, validate.Validate(n), "the statement beats the inference from publicTask")

	// Stating nothing: the fallback infers a public authority from publicTask.
	n.Controller.PublicAuthority = nil
	assert.ElementsMatch(t, []string{validate.RulePublicAuthorityDPO, validate.RulePublicAuthorityInterests}, ruleIDs(validate.Validate(n)),
		"publicTask makes the controller a public authority when the notice states nothing")
	no := false
	assert.Empty(t, validate.Options{PublicAuthority: &no}.Validate(n), "the option overrides the inference")

	// A public authority resting on 6(1)(f) with no publicTask anywhere: the
	// case the inference missed (kiva-koulu, a university on 6(1)(f)).
	n = reference(t)
	n.Controller.PublicAuthority = &yes
	assert.Equal(t, []string{validate.RulePublicAuthorityInterests}, ruleIDs(validate.Validate(n)))
	// ... and one that says nothing of its DPO gets an error, not a warning.
	n.DPO = nil
	fs := validate.Options{Skip: []string{validate.RulePublicAuthorityInterests}}.Validate(n)
	require.Len(t, fs, 1, dump(fs))
	assert.Equal(t, validate.RulePublicAuthorityDPO, fs[0].Rule)
	assert.Equal(t, "/dpo", fs[0].Path)
	assert.Equal(t, validate.Error, fs[0].Severity)

	// A company that says nothing of a DPO gets a warning (Art 13(1)(b): "where applicable").
	n = reference(t)
	n.DPO = nil
	fs = validate.Validate(n)
	require.Len(t, fs, 1, dump(fs))
	assert.Equal(t, validate.RuleDPOMissing, fs[0].Rule)
	assert.Equal(t, validate.Warning, fs[0].Severity)
}

func TestActivityOverrides(t *testing.T) {
	n := reference(t)
	// Every activity has its own controller and DPO: the notice needs none.
	for i := range n.Activities {
		n.Activities[i].Controller = n.Controller
		n.Activities[i].DPO = n.DPO
	}
	n.Controller, n.DPO = nil, nil
	assert.Empty(t, validate.Validate(n))

	// An activity's own rights are checked against its own legal bases.
	n = reference(t)
	n.Activities[1].Rights = &notice.Rights{Items: []notice.RightInfo{
		{Right: notice.RightAccess}, {Right: notice.RightRectification}, {Right: notice.RightRestriction},
		{Right: notice.RightErasure, Limitation: both("Tietoja ei poisteta, niin kauan kuin laki edellyttää niiden säilyttämistä.")},
		{Right: notice.RightComplaint}, {Right: notice.RightPortability},
	}, HowToExercise: both("Lähetä pyyntö.")}
	fs := validate.Validate(n)
	require.Len(t, fs, 1, dump(fs))
	assert.Equal(t, validate.RulePortability, fs[0].Rule, "activity 1 rests on 6(1)(c) only")
	assert.Equal(t, "/activities/1/rights/items/5", fs[0].Path)
}

func TestNilAndEmptyNotice(t *testing.T) {
	assert.Nil(t, validate.Validate(nil))
	fs := validate.Validate(&notice.Notice{})
	var rules []string
	for _, f := range fs {
		rules = append(rules, f.Rule+" "+f.Path)
	}
	assert.Equal(t, []string{
		"FORM-DATE-02 ",
		"FORM-REQUIRED-01 /schemaVersion",
		"FORM-REQUIRED-01 /languages",
		"FORM-REQUIRED-01 /activities",
	}, rules)
}

func TestConcurrentValidate(t *testing.T) {
	n := reference(t)
	n.DPO = nil
	want := validate.Validate(n)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 20 {
				got := validate.Validate(n)
				if !slices.EqualFunc(got, want, func(a, b validate.Finding) bool {
					return a.Rule == b.Rule && a.Path == b.Path && a.Message(language.Finnish) == b.Message(language.Finnish)
				}) {
					t.Error("concurrent validation differs")
				}
			}
		})
	}
	wg.Wait()
}

// TestUndeclaredLanguageWithRepeatedDeclaration guards the fast path of the
// language check: a language declared twice does not hide an undeclared one.
func TestUndeclaredLanguageWithRepeatedDeclaration(t *testing.T) {
	n := reference(t)
	n.Languages = append(n.Languages, fi)
	n.Title = notice.Text{fi: "Seloste", language.German: "Datenschutzerklärung"}
	got := map[string]bool{}
	for _, f := range validate.Validate(n) {
		got[f.Rule+" "+f.Path] = true
	}
	assert.True(t, got[validate.RuleUndeclaredLanguage+" /title/de"], "%v", got)
	assert.True(t, got[validate.RuleMissingTranslation+" /title"], "%v", got)
}
