package notice_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seloste/seloste/notice"
)

func TestApplicableRights(t *testing.T) {
	type want = map[notice.Right]notice.Applicability
	purpose := func(p notice.Purpose) []notice.Purpose { return []notice.Purpose{p} }
	bases := func(bs ...notice.LegalBasis) []notice.LegalBasisClaim {
		var out []notice.LegalBasisClaim
		for _, b := range bs {
			out = append(out, notice.LegalBasisClaim{Basis: b})
		}
		return out
	}
	tests := []struct {
		name     string
		activity notice.Activity
		want     want
	}{
		{"consent and contract: no objection, portability, withdrawal",
			notice.Activity{Shared: notice.Shared{LegalBases: bases(notice.Consent, notice.Contract)}},
			want{notice.RightObject: notice.Excluded, notice.RightPortability: notice.Applies, notice.RightWithdrawConsent: notice.Applies,
				notice.RightErasure: notice.Applies, notice.RightAccess: notice.Applies, notice.RightAutomatedDecision: notice.Moot}},
		{"legal obligation: erasure limited (17(3)(b)), no portability (20(1)), no objection (21(1))",
			notice.Activity{Shared: notice.Shared{LegalBases: bases(notice.LegalObligation)}},
			want{notice.RightErasure: notice.Limited, notice.RightPortability: notice.Excluded, notice.RightObject: notice.Excluded,
				notice.RightWithdrawConsent: notice.Moot, notice.RightComplaint: notice.Applies}},
		{"direct marketing on consent: object under 21(2) whatever the basis",
			notice.Activity{Purposes: purpose(notice.Purpose{DirectMarketing: true}), Shared: notice.Shared{LegalBases: bases(notice.Consent)}},
			want{notice.RightObject: notice.Applies}},
		{"research on a public task: object under 21(6), limited; erasure limited",
			notice.Activity{Purposes: purpose(notice.Purpose{Research: true}), Shared: notice.Shared{LegalBases: bases(notice.PublicTask)}},
			want{notice.RightObject: notice.Applies, notice.RightErasure: notice.Limited}},
		{"research on consent: object under 21(6)",
			notice.Activity{Purposes: purpose(notice.Purpose{Research: true}), Shared: notice.Shared{LegalBases: bases(notice.Consent)}},
			want{notice.RightObject: notice.Applies}},
		{"no basis stated: what depends on it is unknown",
			notice.Activity{},
			want{notice.RightObject: notice.Unknown, notice.RightPortability: notice.Unknown, notice.RightErasure: notice.Unknown,
				notice.RightRestriction: notice.Applies}},
		{"explicit consent under 9(2)(a) gives portability and withdrawal",
			notice.Activity{
				SpecialCategoryConditions: []notice.SpecialConditionClaim{{Condition: notice.ExplicitConsent}},
				Shared:                    notice.Shared{LegalBases: bases(notice.LegitimateInterests)},
			},
			want{notice.RightPortability: notice.Applies, notice.RightWithdrawConsent: notice.Applies, notice.RightObject: notice.Applies}},
		{"a decision with legal effect gives Art 22 something to act on",
			notice.Activity{Shared: notice.Shared{LegalBases: bases(notice.Contract),
				AutomatedDecisions: &notice.AutomatedDecisions{LegalEffect: true, Ground: notice.DecisionContract}}},
			want{notice.RightAutomatedDecision: notice.Applies}},
		{"profiling without legal effect: Art 22 has nothing to act on",
			notice.Activity{Shared: notice.Shared{LegalBases: bases(notice.Contract),
				AutomatedDecisions: &notice.AutomatedDecisions{Profiling: true}}},
			want{notice.RightAutomatedDecision: notice.Moot}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := &notice.Notice{Activities: []notice.Activity{tt.activity}}
			e := n.EffectiveActivity(0)
			got := notice.ApplicableRights(&e)
			assert.Len(t, got, len(notice.RightVocabulary.Terms), "every right, in vocabulary order")
			for r, status := range tt.want {
				assert.Equal(t, status, notice.RightApplies(&e, r).Status, "%s", r)
			}
		})
	}
}

func TestApplicableRightsProvisions(t *testing.T) {
	n := &notice.Notice{Activities: []notice.Activity{{
		Purposes: []notice.Purpose{{DirectMarketing: true}},
		Shared:   notice.Shared{LegalBases: []notice.LegalBasisClaim{{Basis: notice.LegitimateInterests}}},
	}}}
	e := n.EffectiveActivity(0)
	assert.Equal(t, []string{"Art 21(1)", "Art 21(2)"}, notice.RightApplies(&e, notice.RightObject).Provisions,
		"the box says which paragraphs of Art 21 apply")
}
