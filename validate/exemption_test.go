package validate_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// TestExemptionRelievesArt14Items checks that an Art 14(5) exemption claimed
// by an activity under Art 14 only relieves it of the Art 14 information
// items, and of nothing else.
func TestExemptionRelievesArt14Items(t *testing.T) {
	art14Only := func() *notice.Notice {
		n := reference(t)
		a := &n.Activities[0]
		a.Sources = &notice.Sources{Items: []notice.Source{{Kind: notice.SourceOther, Description: notice.T(language.Finnish, "Väestötietojärjestelmä")}}}
		a.Retention = nil
		return n
	}
	without := validate.Validate(art14Only())
	assert.Contains(t, rules(without), validate.RuleRetentionMissing, "without an exemption the missing retention is reported")

	has := func(n *notice.Notice, rule string) bool { return slices.Contains(rules(validate.Validate(n)), rule) }

	// Art 14(5)(c) with its law relieves the activity of the Art 14 items.
	n := art14Only()
	n.Activities[0].Exemptions = []notice.ExemptionClaim{{
		Exemption: notice.LaidDownByLaw,
		Reason:    notice.T(language.Finnish, "Tietojen hankinnasta säädetään laissa."),
		Laws:      []notice.LawRef{{Statute: "1050/2018"}},
	}}
	assert.False(t, has(n, validate.RuleRetentionMissing), "an exempt activity need not give the Art 14(2)(a) item")

	// The form of values is still checked inside an exempt activity.
	n.Activities[0].Controller = &notice.Party{Name: notice.N(language.Finnish, "Koulu"), ContactDetails: notice.ContactDetails{Email: "koulu(at)example.fi"}}
	assert.True(t, has(n, validate.RuleEmail))

	// Lawfulness is still checked: a public task with no law is still reported.
	n.Activities[0].LegalBases = []notice.LegalBasisClaim{{Basis: notice.PublicTask}}
	assert.True(t, has(n, validate.RuleLawForBasis))

	// A placeholder left in an exempt activity is still an error: it is the
	// form of a value, whatever item it stands in.
	n = art14Only()
	n.Activities[0].Exemptions = []notice.ExemptionClaim{{
		Exemption: notice.LaidDownByLaw,
		Reason:    notice.T(language.Finnish, "Tietojen hankinnasta säädetään laissa."),
		Laws:      []notice.LawRef{{Statute: "1050/2018"}},
	}}
	n.Activities[0].Purposes[0].Description = notice.T(language.Finnish, "TODO: Tarkoitus")
	assert.True(t, has(n, validate.RulePlaceholder), "a placeholder in an exempt activity is reported")
}

// TestDescribedElsewhereRelievesTransfers: an activity described in full in
// another notice that says nothing of transfers is not told that a
// recipient outside the EEA needs one; the other notice gives it.
func TestDescribedElsewhereRelievesTransfers(t *testing.T) {
	n := reference(t)
	a := &n.Activities[0]
	a.DescribedIn = &notice.Reference{URL: "https://example.fi/toinen-seloste"}
	a.Transfers = nil
	a.Recipients = &notice.Recipients{Items: []notice.Recipient{{Name: notice.N(language.Finnish, "Palvelu Inc."), Role: notice.RoleProcessor, Country: "US"}}}
	assert.NotContains(t, rules(validate.Validate(n)), validate.RuleRecipientOutsideEEA)
	a.DescribedIn = nil
	assert.Contains(t, rules(validate.Validate(n)), validate.RuleRecipientOutsideEEA, "without the other notice it is reported")
}

// TestExemptionsAsArt14And13Read checks the three misreadings of Art 14(5)
// the legal review names (correction P1.9) and the Art 13(4) case (P3.24):
// no relief for point (c) or (d) without the law, none for (b) (the notice
// is the information made public), none for (a) (the model cannot say which
// items the data subject already has); and alreadyInformed on data from the
// data subject is Art 13(4), not a misplaced Art 14(5) claim.
func TestExemptionsAsArt14And13Read(t *testing.T) {
	claim := func(e notice.Exemption, laws ...notice.LawRef) []notice.ExemptionClaim {
		return []notice.ExemptionClaim{{Exemption: e, Reason: both("Peruste"), Laws: laws}}
	}
	art14Only := func(claims []notice.ExemptionClaim) validate.Findings {
		n := reference(t)
		a := &n.Activities[1] // sources otherSource and publicSource: Art 14 only
		a.Retention = nil
		a.Exemptions = claims
		return validate.Validate(n)
	}
	for _, tc := range []struct {
		name    string
		claims  []notice.ExemptionClaim
		relieve bool
		extra   []string
	}{
		{"no claim", nil, false, nil},
		{"laid down by law, with the law", claim(notice.LaidDownByLaw, notice.LawRef{Statute: "1050/2018"}), true, nil},
		{"laid down by law, no law", claim(notice.LaidDownByLaw), false, []string{validate.RuleExemptionLaw}},
		{"professional secrecy, no law", claim(notice.ProfessionalSecrecy), false, []string{validate.RuleExemptionLaw}},
		{"disproportionate effort: the notice is the information made public", claim(notice.DisproportionateEffort), false, nil},
		{"already informed: which items is not known", claim(notice.AlreadyInformed), false, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := rules(art14Only(tc.claims))
			want := tc.extra
			if !tc.relieve {
				want = append([]string{validate.RuleRetentionMissing}, want...)
			}
			assert.ElementsMatch(t, want, got)
		})
	}

	n := reference(t)
	n.Activities[0].Exemptions = claim(notice.AlreadyInformed)
	assert.Empty(t, validate.Validate(n), "Art 13(4): the data subject already has the information")
}

func rules(fs validate.Findings) []string {
	ids := []string{}
	for _, f := range fs {
		ids = append(ids, f.Rule)
	}
	return ids
}
