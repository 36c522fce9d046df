package validate_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// newsletter is a small complete notice in English, the shape of the legal
// review's and the repro files' cases: a newsletter on consent. Each case of
// TestReviewCases changes one part of it.
const newsletter = `
schemaVersion: "2"
languages: [en]
title: Privacy notice of the newsletter
updated: 2024-05-01
controller:
  name: Example Ltd
  identifiers: [{scheme: fiBusinessId, value: "0245896-3"}]
  country: FI
  publicAuthority: false
  email: privacy@example.com
dpo:
  email: dpo@example.com
supervisoryAuthorities:
  - code: FI
rights:
  items:
    - right: access
    - right: rectification
    - right: erasure
    - right: restriction
    - right: portability
    - right: withdrawConsent
      howToExercise: Use the link at the end of every newsletter.
    - right: complaint
  howToExercise: Write to privacy@example.com.
activities:
  - id: newsletter
    name: Newsletter
    purposes:
      - id: send
        description: Sending our newsletter by e-mail
    legalBases:
      - basis: consent
    sources:
      items: [{kind: dataSubject, description: The subscription form}]
    requirement:
      items:
        - kind: notRequired
    recipients:
      notApplicable: The data are not disclosed.
    transfers:
      notApplicable: The data are not transferred to third countries or international organisations.
    retention:
      - criteria: Until you unsubscribe.
    automatedDecisions:
      notApplicable: No automated decision-making.
`

func decodeNewsletter(t *testing.T, edit func(n *notice.Notice)) *notice.Notice {
	t.Helper()
	n, err := notice.Decode([]byte(newsletter))
	require.NoError(t, err)
	if edit != nil {
		edit(n)
	}
	return n
}

func TestNewsletterIsComplete(t *testing.T) {
	fs := validate.Validate(decodeNewsletter(t, nil))
	assert.Empty(t, fs, dump(fs))
}

var en1 = func(s string) notice.Text { return notice.T(language.English, s) }

// TestReviewCases runs the cases the legal review (and the repro files it
// came with) names, each on the newsletter notice: the rules it wants, and
// the ones it must not see.
func TestReviewCases(t *testing.T) {
	a := func(n *notice.Notice) *notice.Activity { return &n.Activities[0] }
	tests := []struct {
		name   string
		edit   func(n *notice.Notice)
		want   []string // exactly these rules fire
		reason string
	}{
		{"P1.4: the right to object to direct marketing on consent is right",
			func(n *notice.Notice) {
				a(n).Purposes[0].DirectMarketing = true
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject, Description: en1("You may object to direct marketing at any time.")})
			}, nil, "Art 21(2) applies to direct marketing whatever the basis (repro art21-direct-marketing)"},
		{"P1.4: direct marketing not marked: the warning asks to mark it, the right is not dropped silently",
			func(n *notice.Notice) {
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, []string{validate.RuleObject}, "without the flag the model cannot tell Art 21(2) applies"},
		{"P1.4: direct marketing on consent without the right to object",
			func(n *notice.Notice) { a(n).Purposes[0].DirectMarketing = true },
			[]string{validate.RuleRightMissing}, "Art 21(2) and (4): the right must be brought to the data subject's attention"},
		{"21(6): research on consent gives the right to object",
			func(n *notice.Notice) { a(n).Purposes[0].Research = true },
			[]string{validate.RuleRightMissing}, "Art 21(6)"},
		{"repro transfers-prose-only: a transfer only in words is an error",
			func(n *notice.Notice) {
				a(n).Transfers = &notice.Transfers{Description: en1("Our mailing service provider may process the data in the United States.")}
			}, []string{validate.RuleTransfersWords}, "Art 13(1)(f): no country and no ground"},
		{"a transfer described in another notice is not silence",
			func(n *notice.Notice) {
				a(n).Transfers = &notice.Transfers{DescribedIn: &notice.Reference{Title: en1("Group privacy notice"), URL: "https://example.com/group"}}
			}, nil, "describedIn"},
		{"repro retention-until-further-notice: an open end is neither period nor criteria",
			func(n *notice.Notice) {
				a(n).Retention = []notice.Retention{{OpenEnded: &notice.OpenEnd{Kind: notice.UntilFurtherNotice}}}
			}, []string{validate.RuleRetentionOpen}, "Art 13(2)(a)"},
		{"permanent retention under archives law states the period",
			func(n *notice.Notice) {
				a(n).Retention = []notice.Retention{{OpenEnded: &notice.OpenEnd{Kind: notice.Permanently, Reason: en1("Archives Act")}}}
			}, nil, "a permanent retention is a period"},
		{"P3.25: raisio's 'at least two years' with no criteria",
			func(n *notice.Notice) {
				a(n).Retention = []notice.Retention{{Period: notice.Duration{Years: 2}, Qualifier: notice.RetentionMinimum, From: en1("the log entry")}}
			}, []string{validate.RuleRetentionMinimum}, "a minimum is not the period"},
		{"P3.22: recipients not mentioned is a warning",
			func(n *notice.Notice) { a(n).Recipients = nil }, []string{validate.RuleRecipientsMissing}, "'if any'"},
		{"P2.11 (B20): a portability right the notice honestly says does not apply",
			func(n *notice.Notice) {
				a(n).LegalBases = []notice.LegalBasisClaim{{Basis: notice.LegalObligation, Laws: []notice.LawRef{{Statute: "1050/2018"}}}}
				n.Rights.Items[4].NotApplicable = en1("The processing rests on a legal obligation.")
				n.Rights.Items = slices.DeleteFunc(n.Rights.Items, func(r notice.RightInfo) bool { return r.Right == notice.RightWithdrawConsent })
			}, nil, "a right marked not applicable is not a promise, and erasure is stated"},
		{"17(3)(b): erasure left out under a legal obligation is advice, not an error",
			func(n *notice.Notice) {
				a(n).LegalBases = []notice.LegalBasisClaim{{Basis: notice.LegalObligation, Laws: []notice.LawRef{{Statute: "1050/2018"}}}}
				n.Rights.Items = slices.DeleteFunc(n.Rights.Items, func(r notice.RightInfo) bool {
					return r.Right == notice.RightErasure || r.Right == notice.RightPortability || r.Right == notice.RightWithdrawConsent
				})
			}, []string{validate.RuleLimitedRight}, "the review: inform of the limited right rather than omit it"},
		{"P3.29: Art 9(2)(h) needs no law",
			func(n *notice.Notice) {
				a(n).DataCategories = []notice.DataCategory{{Name: en1("Health"), Special: []notice.SpecialCategory{notice.HealthData}}}
				a(n).SpecialCategoryConditions = []notice.SpecialConditionClaim{{Condition: notice.HealthOrSocialCare}}
			}, nil, "a contract with a health professional suffices"},
		{"P1.3: a transfer to the European Patent Organisation on its adequacy decision",
			func(n *notice.Notice) {
				a(n).Transfers = &notice.Transfers{Items: []notice.Transfer{{
					InternationalOrganisation: notice.Name(en1("European Patent Organisation")),
					Mechanisms:                []notice.TransferMechanism{notice.AdequacyDecision},
				}}}
			}, nil, "(EU) 2025/1382"},
		{"B18: the US on adequacy with no word on the Data Privacy Framework",
			func(n *notice.Notice) {
				a(n).Transfers = &notice.Transfers{Items: []notice.Transfer{{Countries: []string{"US"}, Mechanisms: []notice.TransferMechanism{notice.AdequacyDecision}}}}
			}, []string{validate.RulePartialAdequacy}, "the decision covers certified organisations only"},
		{"B18: ... and with the recipient's certification",
			func(n *notice.Notice) {
				a(n).Transfers = &notice.Transfers{Items: []notice.Transfer{{Countries: []string{"US"}, Mechanisms: []notice.TransferMechanism{notice.AdequacyDecision},
					AdequacyCoverage: en1("Certified under the EU-US Data Privacy Framework.")}}}
			}, nil, "adequacyCoverage"},
		{"49(1)(a): consent to a transfer, with its risks",
			func(n *notice.Notice) {
				a(n).Transfers = &notice.Transfers{Items: []notice.Transfer{{Countries: []string{"IN"}, Mechanisms: []notice.TransferMechanism{notice.DerogationConsent},
					Risks: en1("India has no adequacy decision; your rights may be harder to enforce there.")}}}
			}, nil, "Art 49(1)(a) satisfied"},
		{"a transfer consent makes the right to withdraw apply (and it is stated)",
			func(n *notice.Notice) {
				a(n).LegalBases[0].Basis = notice.Contract
				n.Rights.Items = slices.DeleteFunc(n.Rights.Items, func(r notice.RightInfo) bool { return r.Right == notice.RightWithdrawConsent })
				a(n).Transfers = &notice.Transfers{Items: []notice.Transfer{{Countries: []string{"IN"}, Mechanisms: []notice.TransferMechanism{notice.DerogationConsent},
					Risks: en1("Risks.")}}}
			}, []string{validate.RuleWithdrawConsent}, "Art 7(3) with 49(1)(a), as notice.ApplicableRights decides"},
		{"a consent that says how it is withdrawn states the right",
			func(n *notice.Notice) {
				a(n).LegalBases[0].Withdrawal = en1("Unsubscribe with the link in every message.")
				n.Rights.Items = slices.DeleteFunc(n.Rights.Items, func(r notice.RightInfo) bool { return r.Right == notice.RightWithdrawConsent })
			}, nil, "Art 13(2)(c) in the basis's own words"},
		{"an activity described in full in another notice is not reported for what it leaves out",
			func(n *notice.Notice) {
				n.Activities = append(n.Activities, notice.Activity{ID: "events", Name: en1("Events"),
					DescribedIn: &notice.Reference{Title: en1("Event system privacy notice"), URL: "https://example.com/events"}})
			}, nil, "describedIn on an activity"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := validate.Validate(decodeNewsletter(t, tc.edit))
			got := []string{}
			for _, f := range fs {
				got = append(got, f.Rule)
			}
			want := tc.want
			if want == nil {
				want = []string{}
			}
			assert.ElementsMatch(t, want, got, "%s\n%s", tc.reason, dump(fs))
		})
	}
}

// TestFindingsFitTheCountry checks that advice follows the controller's
// country: no Finnish statute for a Swedish controller, the Swedish calling
// code and the Swedish supervisory authority.
func TestFindingsFitTheCountry(t *testing.T) {
	message := func(fs validate.Findings, rule string, tag language.Tag) string {
		for _, f := range fs {
			if f.Rule == rule {
				return f.Message(tag)
			}
		}
		t.Fatalf("no %s in\n%s", rule, dump(fs))
		return ""
	}
	swedish := func(n *notice.Notice) {
		n.Controller.Country = "SE"
		n.Controller.Identifiers = nil
		n.Controller.Phone = "08 123 456 78"
		n.SupervisoryAuthorities = nil
		n.Activities[0].LegalBases = []notice.LegalBasisClaim{{Basis: notice.PublicTask}}
		n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
	}
	fs := validate.Validate(decodeNewsletter(t, swedish))
	for _, tag := range []language.Tag{language.Finnish, language.Swedish, language.English} {
		law := message(fs, validate.RuleLawForBasis, tag)
		assert.NotContains(t, law, "1050/2018", "%s: no Finnish act for a Swedish controller", tag)
		assert.Contains(t, message(fs, validate.RulePhoneInternational, tag), "+46", "%s: the Swedish calling code", tag)
		assert.Contains(t, message(fs, validate.RuleSupervisoryAuthority, tag), "SE", tag.String())
	}
	assert.Contains(t, message(fs, validate.RuleSupervisoryAuthority, language.Swedish), "Integritetsskyddsmyndigheten")
	assert.Contains(t, message(fs, validate.RuleSupervisoryAuthority, language.English), "Swedish Authority for Privacy Protection")

	// The same notice from a Finnish controller gets the Finnish provision
	// for a public task, the Finnish code and the Finnish authority.
	fs = validate.Validate(decodeNewsletter(t, func(n *notice.Notice) {
		swedish(n)
		n.Controller.Country = "FI"
	}))
	assert.Contains(t, message(fs, validate.RuleLawForBasis, language.Finnish), "tietosuojalain (1050/2018) 4 §")
	assert.Contains(t, message(fs, validate.RulePhoneInternational, language.Finnish), "+358")
	assert.Contains(t, message(fs, validate.RuleSupervisoryAuthority, language.Finnish), "Tietosuojavaltuutetun toimisto")

	// A legal obligation never gets the Data Protection Act as its example
	// (the review's correction P1.7): that act imposes no obligation.
	fs = validate.Validate(decodeNewsletter(t, func(n *notice.Notice) {
		n.Activities[0].LegalBases = []notice.LegalBasisClaim{{Basis: notice.LegalObligation}}
	}))
	for _, tag := range []language.Tag{language.Finnish, language.Swedish, language.English} {
		assert.False(t, strings.Contains(message(fs, validate.RuleLawForBasis, tag), "1050/2018"), tag.String())
	}
}
