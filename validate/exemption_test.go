package validate_test

import (
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
	rules := func(fs validate.Findings) []string {
		var ids []string
		for _, f := range fs {
			ids = append(ids, f.Rule)
		}
		return ids
	}

	without := validate.Validate(art14Only())
	assert.Contains(t, rules(without), validate.RuleRetentionMissing, "without an exemption the missing retention is reported")

	n := art14Only()
	n.Activities[0].Exemptions = []notice.ExemptionClaim{{
		Exemption: notice.LaidDownByLaw,
		Reason:    notice.T(language.Finnish, "Tietojen hankinnasta säädetään laissa."),
	}}
	with := validate.Validate(n)
	assert.NotContains(t, rules(with), validate.RuleRetentionMissing, "an exempt activity need not give the Art 14(2)(a) item")

	// The form of values is still checked inside an exempt activity.
	n.Activities[0].Controller = &notice.Party{Name: notice.N(language.Finnish, "Koulu"), ContactDetails: notice.ContactDetails{Email: "koulu(at)example.fi"}}
	assert.Contains(t, rules(validate.Validate(n)), validate.RuleEmail)

	// Lawfulness is still checked: a public task with no law is still reported.
	n.Activities[0].LegalBases = []notice.LegalBasisClaim{{Basis: notice.PublicTask}}
	assert.Contains(t, rules(validate.Validate(n)), validate.RuleLawForBasis)
}
