package validate_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

var (
	fi = language.Finnish
	en = language.English
)

// both returns a text in the reference notice's two languages.
func both(s string) notice.Text { return notice.Text{fi: s, en: s} }

// reference decodes testdata/validate/reference.yaml afresh.
func reference(t testing.TB) *notice.Notice {
	t.Helper()
	data, err := os.ReadFile("../testdata/validate/reference.yaml")
	require.NoError(t, err)
	n, err := notice.Decode(data)
	require.NoError(t, err)
	return n
}

func TestReferenceIsComplete(t *testing.T) {
	n := reference(t)
	assert.Empty(t, validate.Validate(n), "the reference notice must have no findings")
	require.NoError(t, validate.Complete(n))
}

// ruleCase breaks the reference notice in exactly one way.
type ruleCase struct {
	rule     string
	reason   string
	opts     validate.Options
	mutate   func(n *notice.Notice)
	wantPath string
	wantArgs []string // nil: not checked
}

var yes = true

// legalEffect turns the reference's profiling into a decision within Art
// 22(1) that the reference states completely (contract, safeguards), and
// returns it for one more change.
func legalEffect(d *notice.AutomatedDecisions) *notice.AutomatedDecisions {
	d.LegalEffect, d.Ground = true, notice.DecisionContract
	d.Safeguards = both("Voit pyytää, että päätöksen tarkistaa ihminen.")
	return d
}

// transfer returns transfer k of the reference's first activity.
func transfer(n *notice.Notice, k int) *notice.Transfer { return &n.Activities[0].Transfers.Items[k] }

func ruleCases() []ruleCase {
	act := func(n *notice.Notice, i int) *notice.Activity { return &n.Activities[i] }
	withoutRight := func(r notice.Right) func(n *notice.Notice) {
		return func(n *notice.Notice) {
			n.Rights.Items = slices.DeleteFunc(n.Rights.Items, func(it notice.RightInfo) bool { return it.Right == r })
		}
	}
	return []ruleCase{
		{rule: validate.RuleControllerMissing, reason: "no controller anywhere",
			mutate: func(n *notice.Notice) { n.Controller = nil }, wantPath: "/controller"},
		{rule: validate.RuleControllerName, reason: "controller without a name",
			mutate: func(n *notice.Notice) { n.Controller.Name = nil }, wantPath: "/controller/name"},
		{rule: validate.RuleControllerContact, reason: "controller without any contact detail",
			mutate: func(n *notice.Notice) {
				c := n.Controller
				c.Address, c.Email, c.Phone, c.URL = nil, "", "", ""
			}, wantPath: "/controller"},
		{rule: validate.RuleRepresentativeMissing, reason: "controller in the US, no representative item",
			mutate: func(n *notice.Notice) { n.Controller.Country = "US"; n.Representative = nil }, wantPath: "/representative"},
		{rule: validate.RuleRepresentativeIncomplete, reason: "representative named but not reachable",
			mutate: func(n *notice.Notice) {
				n.Representative = &notice.Representative{Party: &notice.Party{Name: notice.Name(both("EU Rep Ltd"))}}
			}, wantPath: "/representative/party"},
		{rule: validate.RuleDPOMissing, reason: "no DPO item at all",
			mutate: func(n *notice.Notice) { n.DPO = nil }, wantPath: "/dpo"},
		{rule: validate.RuleDPOContact, reason: "DPO named without contact details",
			mutate: func(n *notice.Notice) { n.DPO.Email = "" }, wantPath: "/dpo"},
		{rule: validate.RulePurposeMissing, reason: "activity without purposes",
			mutate: func(n *notice.Notice) { act(n, 0).Purposes = nil }, wantPath: "/activities/0/purposes"},
		{rule: validate.RuleLegalBasisMissing, reason: "activity without legal basis",
			mutate: func(n *notice.Notice) { act(n, 1).LegalBases = nil }, wantPath: "/activities/1/legalBases"},
		{rule: validate.RulePurposeWithoutBasis, reason: "every basis names its purposes, and direct marketing has none",
			mutate: func(n *notice.Notice) {
				a := act(n, 0)
				a.Purposes[0].ID, a.Purposes[1].ID = "orders", "marketing"
				for j := range a.LegalBases {
					a.LegalBases[j].Scope.Purposes = []string{"orders"}
				}
			}, wantPath: "/activities/0/purposes/1"},
		{rule: validate.RuleInterestsMissing, reason: "6(1)(f) without the interests",
			mutate: func(n *notice.Notice) { act(n, 0).LegitimateInterests = nil }, wantPath: "/activities/0/legitimateInterests"},
		{rule: validate.RuleInterestsWithoutBasis, reason: "interests stated on an activity without 6(1)(f)",
			mutate: func(n *notice.Notice) { act(n, 1).LegitimateInterests = both("Valvonta") }, wantPath: "/activities/1/legitimateInterests"},
		{rule: validate.RuleRecipientsMissing, reason: "recipients not mentioned",
			mutate: func(n *notice.Notice) { act(n, 1).Recipients = nil }, wantPath: "/activities/1/recipients"},
		{rule: validate.RuleRecipientsWords, reason: "recipients only in words",
			mutate: func(n *notice.Notice) {
				act(n, 1).Recipients = &notice.Recipients{Description: both("Tietoja ei luovuteta säännönmukaisesti.")}
			}, wantPath: "/activities/1/recipients/description"},
		{rule: validate.RuleTransfersMissing, reason: "transfers not mentioned",
			mutate: func(n *notice.Notice) { act(n, 1).Transfers = nil }, wantPath: "/activities/1/transfers"},
		{rule: validate.RuleTransfersWords, reason: "a transfer admitted only in words (the repro transfers-prose-only)",
			mutate: func(n *notice.Notice) {
				act(n, 1).Transfers = &notice.Transfers{Description: both("Palveluntarjoaja voi käsitellä tietoja Yhdysvalloissa.")}
			}, wantPath: "/activities/1/transfers/description"},
		{rule: validate.RuleTransferGround, reason: "a transfer with no ground under Chapter V",
			mutate: func(n *notice.Notice) { transfer(n, 0).Mechanisms = nil }, wantPath: "/activities/0/transfers/items/0/mechanisms"},
		{rule: validate.RuleTransferDestination, reason: "transfer without destination",
			mutate: func(n *notice.Notice) { act(n, 0).Transfers.Items[1].Countries = nil }, wantPath: "/activities/0/transfers/items/1/countries"},
		{rule: validate.RuleTransferContradiction, reason: "recipient in the US while the notice says no transfers",
			mutate: func(n *notice.Notice) {
				act(n, 1).Recipients = &notice.Recipients{Items: []notice.Recipient{{Name: notice.Name(both("Cloud Inc.")), Role: notice.RoleProcessor, Country: "US"}}}
			}, wantPath: "/activities/1/recipients/items/0/country", wantArgs: []string{"US"}},
		{rule: validate.RuleSafeguardsCopy, reason: "standard clauses without where to get them",
			mutate: func(n *notice.Notice) { act(n, 0).Transfers.Items[1].CopyAt = nil }, wantPath: "/activities/0/transfers/items/1/copyAt"},
		{rule: validate.RuleRetentionMissing, reason: "no retention",
			mutate: func(n *notice.Notice) { act(n, 1).Retention = nil }, wantPath: "/activities/1/retention"},
		{rule: validate.RuleRetentionEmpty, reason: "retention entry with neither period nor criteria",
			mutate: func(n *notice.Notice) { act(n, 0).Retention[1].Criteria = nil }, wantPath: "/activities/0/retention/1"},
		{rule: validate.RuleRetentionFrom, reason: "period without its starting event",
			mutate: func(n *notice.Notice) { act(n, 0).Retention[0].From = nil }, wantPath: "/activities/0/retention/0/from"},
		{rule: validate.RuleRetentionOpen, reason: "kept until further notice, with no criteria (the repro retention-until-further-notice)",
			mutate: func(n *notice.Notice) {
				r := &act(n, 0).Retention[1]
				r.Criteria = nil
				r.OpenEnded = &notice.OpenEnd{Kind: notice.UntilFurtherNotice}
			}, wantPath: "/activities/0/retention/1/openEnded", wantArgs: []string{"openEnd.untilFurtherNotice"}},
		{rule: validate.RuleRetentionMinimum, reason: "a minimum period with no criteria",
			mutate:   func(n *notice.Notice) { act(n, 0).Retention[0].Qualifier = notice.RetentionMinimum },
			wantPath: "/activities/0/retention/0/qualifier"},
		{rule: validate.RuleRetentionReference, reason: "the period only by a reference to a document",
			mutate: func(n *notice.Notice) {
				r := &act(n, 0).Retention[1]
				r.Criteria = nil
				r.DescribedIn = &notice.Reference{Title: both("Tiedonohjaussuunnitelma"), URL: "https://esimerkki.fi/tos"}
			}, wantPath: "/activities/0/retention/1"},
		{rule: validate.RuleRetentionCoverage, reason: "every entry names its categories, and the credit data have none",
			mutate: func(n *notice.Notice) {
				a := act(n, 1)
				a.DataCategories[0].ID, a.DataCategories[1].ID = "credit", "criminal"
				a.Retention[0].Scope.DataCategories = []string{"criminal"}
			}, wantPath: "/activities/1/dataCategories/0"},
		{rule: validate.RuleRightsMissing, reason: "none of the Art 13(2)(b) rights",
			mutate: func(n *notice.Notice) {
				n.Rights.Items = []notice.RightInfo{{Right: notice.RightWithdrawConsent}, {Right: notice.RightComplaint}}
			}, wantPath: "/rights/items"},
		{rule: validate.RuleRightMissing, reason: "restriction left out",
			mutate: withoutRight(notice.RightRestriction), wantPath: "/rights/items", wantArgs: []string{"right.restriction"}},
		{rule: validate.RuleRightDenied, reason: "the right of access said not to apply, with no law restricting it",
			mutate: func(n *notice.Notice) {
				n.Rights.Items[0].NotApplicable = both("Tietoja ei anneta.")
			}, wantPath: "/rights/items/0/notApplicable", wantArgs: []string{"right.access"}},
		{rule: validate.RuleLimitedRight, reason: "erasure limited by Art 17(3)(b) (a legal obligation) and not mentioned: advice only",
			mutate: func(n *notice.Notice) {
				act(n, 1).Rights = &notice.Rights{Items: []notice.RightInfo{
					{Right: notice.RightAccess}, {Right: notice.RightRectification}, {Right: notice.RightRestriction}, {Right: notice.RightComplaint},
				}, HowToExercise: both("Ota yhteyttä.")}
			}, wantPath: "/activities/1/rights/items", wantArgs: []string{"right.erasure"}},
		{rule: validate.RuleWithdrawConsent, reason: "consent without the right to withdraw it, in the rights or in the basis",
			mutate: func(n *notice.Notice) {
				withoutRight(notice.RightWithdrawConsent)(n)
				act(n, 0).LegalBases[1].Withdrawal = nil
			}, wantPath: "/rights/items"},
		{rule: validate.RuleWithdrawHow, reason: "the right to withdraw named, but not how",
			mutate: func(n *notice.Notice) { act(n, 0).LegalBases[1].Withdrawal = nil }, wantPath: "/rights/items/6"},
		{rule: validate.RuleComplaintMissing, reason: "no right to lodge a complaint",
			mutate: withoutRight(notice.RightComplaint), wantPath: "/rights/items"},
		{rule: validate.RuleSupervisoryAuthority, reason: "no supervisory authority named",
			mutate: func(n *notice.Notice) { n.SupervisoryAuthorities = nil }, wantPath: "/supervisoryAuthorities"},
		{rule: validate.RuleRequirementMissing, reason: "Art 13 activity silent on whether data must be given",
			mutate: func(n *notice.Notice) { act(n, 0).Requirement = nil }, wantPath: "/activities/0/requirement"},
		{rule: validate.RuleRequirementConsequences, reason: "requirement without consequences",
			mutate: func(n *notice.Notice) { act(n, 0).Requirement.Items[0].Consequences = nil }, wantPath: "/activities/0/requirement/items/0/consequences"},
		{rule: validate.RuleAutomatedMissing, reason: "automated decisions not mentioned",
			mutate: func(n *notice.Notice) { act(n, 1).AutomatedDecisions = nil }, wantPath: "/activities/1/automatedDecisions"},
		{rule: validate.RuleAutomatedLogic, reason: "a decision within Art 22(1) without its logic",
			mutate: func(n *notice.Notice) {
				d := legalEffect(act(n, 0).AutomatedDecisions)
				d.Logic = nil
			}, wantPath: "/activities/0/automatedDecisions/logic"},
		{rule: validate.RuleAutomatedConsequences, reason: "a decision within Art 22(1) without its consequences",
			mutate: func(n *notice.Notice) {
				d := legalEffect(act(n, 0).AutomatedDecisions)
				d.Consequences = nil
			}, wantPath: "/activities/0/automatedDecisions/consequences"},
		{rule: validate.RuleAutomatedOutside22, reason: "profiling outside Art 22(1) without its logic: a warning, not an error",
			mutate:   func(n *notice.Notice) { act(n, 0).AutomatedDecisions.Logic = nil },
			wantPath: "/activities/0/automatedDecisions/logic"},
		{rule: validate.RuleDecisionGround, reason: "a decision within Art 22(1) with no exception of Art 22(2)",
			mutate:   func(n *notice.Notice) { legalEffect(act(n, 0).AutomatedDecisions).Ground = "" },
			wantPath: "/activities/0/automatedDecisions/ground"},
		{rule: validate.RuleDecisionSafeguards, reason: "a decision on a contract without the Art 22(3) safeguards",
			mutate:   func(n *notice.Notice) { legalEffect(act(n, 0).AutomatedDecisions).Safeguards = nil },
			wantPath: "/activities/0/automatedDecisions/safeguards"},
		{rule: validate.RuleDecisionSpecial, reason: "a decision on health data with neither 9(2)(a) nor (g)",
			mutate: func(n *notice.Notice) {
				legalEffect(act(n, 0).AutomatedDecisions)
				act(n, 0).SpecialCategoryConditions[0].Condition = notice.HealthOrSocialCare
			}, wantPath: "/activities/0/automatedDecisions"},
		{rule: validate.RuleCategoriesMissing, reason: "Art 14 activity without data categories",
			mutate: func(n *notice.Notice) { act(n, 1).DataCategories = nil }, wantPath: "/activities/1/dataCategories"},
		{rule: validate.RuleSourcesMissing, reason: "no sources: Art 13 assumed",
			mutate: func(n *notice.Notice) { act(n, 0).Sources = nil }, wantPath: "/activities/0/sources"},
		{rule: validate.RuleSourceCoverage, reason: "every source names its data categories, and one category has none",
			mutate: func(n *notice.Notice) {
				a := act(n, 1)
				a.DataCategories[0].ID, a.DataCategories[1].ID = "credit", "criminal"
				a.Sources.Items[0].Scope.DataCategories = []string{"credit"}
				a.Sources.Items[1].Scope.DataCategories = []string{"credit"}
			}, wantPath: "/activities/1/dataCategories/1"},
		{rule: validate.RuleExemptionNotArt14, reason: "Art 14(5) exemption on data from the data subject",
			mutate: func(n *notice.Notice) {
				act(n, 0).Exemptions = []notice.ExemptionClaim{{Exemption: notice.DisproportionateEffort, Reason: both("Liikaa vaivaa")}}
			}, wantPath: "/activities/0/exemptions/0"},
		{rule: validate.RuleExemptionLaw, reason: "Art 14(5)(c) claimed with no law",
			mutate: func(n *notice.Notice) {
				act(n, 1).Exemptions = []notice.ExemptionClaim{{Exemption: notice.LaidDownByLaw, Reason: both("Laissa säädetään")}}
			}, wantPath: "/activities/1/exemptions/0/laws", wantArgs: []string{"exemption.laidDownByLaw"}},
		{rule: validate.RuleExerciseRights, reason: "rights with no word on how to exercise them",
			mutate: func(n *notice.Notice) { n.Rights.HowToExercise = nil }, wantPath: "/rights/howToExercise"},
		{rule: validate.RuleLawForBasis, reason: "6(1)(c) without its law",
			mutate: func(n *notice.Notice) { act(n, 1).LegalBases[0].Laws = nil }, wantPath: "/activities/1/legalBases/0/laws",
			wantArgs: []string{"legalBasis.legalObligation", "rule.hint.law.legalObligation"}},
		{rule: validate.RulePublicAuthorityInterests, reason: "a public authority on 6(1)(f)",
			mutate: func(n *notice.Notice) { n.Controller.PublicAuthority = &yes }, wantPath: "/activities/0/legalBases/2/basis"},
		{rule: validate.RuleChildInterests, reason: "children's data on legitimate interests (Art 6(1)(f): \"in particular where the data subject is a child\")",
			mutate: func(n *notice.Notice) { act(n, 0).DataSubjects[0].Children = true }, wantPath: "/activities/0/legalBases/2/basis"},
		{rule: validate.RuleChildConsent, reason: "children's data on a consent that says nothing of who gives it",
			mutate: func(n *notice.Notice) {
				a := act(n, 0)
				a.DataSubjects[0].Children = true
				a.LegalBases[1].Description = nil
				a.LegalBases[2].Scope.DataSubjects = []string{"adults"} // the (f) basis covers no children
				a.DataSubjects = append(a.DataSubjects, notice.DataSubjectGroup{ID: "adults", Name: both("Aikuiset")})
			}, wantPath: "/activities/0/legalBases/1"},
		{rule: validate.RuleSpecialCondition, reason: "health data without an Art 9(2) condition",
			mutate: func(n *notice.Notice) { act(n, 0).SpecialCategoryConditions = nil }, wantPath: "/activities/0/specialCategoryConditions"},
		{rule: validate.RuleConditionWithoutData, reason: "Art 9(2) condition without special data",
			mutate: func(n *notice.Notice) { act(n, 0).DataCategories[1].Special = nil }, wantPath: "/activities/0/specialCategoryConditions"},
		{rule: validate.RuleLawForCondition, reason: "9(2)(g) without its law",
			mutate: func(n *notice.Notice) {
				act(n, 0).SpecialCategoryConditions[0].Condition = notice.SubstantialPublicInterest
			}, wantPath: "/activities/0/specialCategoryConditions/0/laws", wantArgs: []string{"specialCondition.substantialPublicInterest"}},
		{rule: validate.RuleCriminalBasis, reason: "criminal data without an Art 10 basis",
			mutate: func(n *notice.Notice) { act(n, 1).CriminalDataBasis = nil }, wantPath: "/activities/1/criminalDataBasis"},
		{rule: validate.RulePortability, reason: "portability promised with neither consent nor contract",
			mutate: func(n *notice.Notice) {
				act(n, 0).LegalBases = []notice.LegalBasisClaim{{Basis: notice.LegitimateInterests}}
				act(n, 0).SpecialCategoryConditions[0].Condition = notice.HealthOrSocialCare
			}, wantPath: "/rights/items/5"},
		{rule: validate.RuleObject, reason: "objection promised with neither 6(1)(e) nor (f)",
			mutate: func(n *notice.Notice) {
				a := act(n, 0)
				a.LegalBases = a.LegalBases[:2]
				a.LegitimateInterests = nil
			}, wantPath: "/rights/items/4"},
		{rule: validate.RuleJointParties, reason: "joint controllers without parties",
			mutate: func(n *notice.Notice) { n.JointControllers.Parties = nil }, wantPath: "/jointControllers/parties"},
		{rule: validate.RuleJointArrangement, reason: "joint controllers without the essence of the arrangement",
			mutate: func(n *notice.Notice) { n.JointControllers.Arrangement = nil }, wantPath: "/jointControllers/arrangement"},
		{rule: validate.RuleJointRecipient, reason: "a recipient is a joint controller, no jointControllers item",
			mutate: func(n *notice.Notice) {
				n.JointControllers = nil
				act(n, 0).Recipients.Items[0].Role = notice.RoleJointController
			}, wantPath: "/activities/0/recipients/items/0/role"},
		{rule: validate.RulePublicAuthorityDPO, reason: "a controller stated to be a public authority says it has no DPO",
			opts: validate.Options{Skip: []string{validate.RulePublicAuthorityInterests}},
			mutate: func(n *notice.Notice) {
				n.Controller.PublicAuthority = &yes
				n.DPO = &notice.DPO{NotApplicable: both("Ei nimitetty")}
			}, wantPath: "/dpo/notApplicable"},
		{rule: validate.RuleTransferToEEA, reason: "Sweden listed as a third country",
			mutate:   func(n *notice.Notice) { act(n, 0).Transfers.Items[1].Countries = []string{"SE"} },
			wantPath: "/activities/0/transfers/items/1/countries/0", wantArgs: []string{"SE"}},
		{rule: validate.RuleNoAdequacy, reason: "adequacy decision claimed for India",
			mutate:   func(n *notice.Notice) { act(n, 0).Transfers.Items[0].Countries = []string{"IN"} },
			wantPath: "/activities/0/transfers/items/0/countries/0", wantArgs: []string{"IN"}},
		{rule: validate.RulePartialAdequacy, reason: "Japan's decision covers the private sector only",
			mutate:   func(n *notice.Notice) { act(n, 0).Transfers.Items[0].Countries = []string{"JP"} },
			wantPath: "/activities/0/transfers/items/0/countries/0", wantArgs: []string{"JP"}},
		{rule: validate.RuleNoAdequacyOrganisation, reason: "an organisation with no adequacy decision",
			mutate: func(n *notice.Notice) {
				t := transfer(n, 0)
				t.Countries, t.InternationalOrganisation = nil, notice.Name(both("Maailman terveysjärjestö"))
			}, wantPath: "/activities/0/transfers/items/0/internationalOrganisation", wantArgs: []string{"Maailman terveysjärjestö"}},
		{rule: validate.RuleRepealedClauses, reason: "the safeguards cite Decision 2010/87/EU, repealed",
			mutate: func(n *notice.Notice) {
				transfer(n, 1).Safeguards = notice.Text{fi: "Päätöksen 2010/87/EU vakiolausekkeet", en: "The clauses of Decision 2010/87/EU"}
			}, wantPath: "/activities/0/transfers/items/1/safeguards", wantArgs: []string{"2010/87"}},
		{rule: validate.RuleModelClauses, reason: "the safeguards called model clauses",
			mutate: func(n *notice.Notice) {
				transfer(n, 1).Safeguards = notice.Text{fi: "Komission hyväksymät mallisopimuslausekkeet", en: "Standard contractual clauses of Decision (EU) 2021/914"}
			}, wantPath: "/activities/0/transfers/items/1/safeguards", wantArgs: []string{"mallisopimuslausekkeet"}},
		{rule: validate.RuleCompellingInterests, reason: "compelling legitimate interests not stated",
			mutate: func(n *notice.Notice) {
				transfer(n, 1).Mechanisms = []notice.TransferMechanism{notice.CompellingLegitimateInterest}
			}, wantPath: "/activities/0/transfers/items/1/interests"},
		{rule: validate.RuleConsentRisks, reason: "explicit consent to a transfer without its risks",
			mutate: func(n *notice.Notice) {
				t := transfer(n, 1)
				t.Mechanisms, t.CopyAt = []notice.TransferMechanism{notice.DerogationConsent}, nil
			}, wantPath: "/activities/0/transfers/items/1/risks"},
		{rule: validate.RulePublicDerogation, reason: "a public authority transferring on Art 49(1)(b)",
			opts: validate.Options{Skip: []string{validate.RulePublicAuthorityInterests}},
			mutate: func(n *notice.Notice) {
				n.Controller.PublicAuthority = &yes
				t := transfer(n, 1)
				t.Mechanisms, t.CopyAt = []notice.TransferMechanism{notice.DerogationContract}, nil
			}, wantPath: "/activities/0/transfers/items/1/mechanisms/0", wantArgs: []string{"transferMechanism.derogationContract"}},
		{rule: validate.RuleReferenceURL, reason: "a reference to another document that cannot be followed",
			mutate: func(n *notice.Notice) {
				n.Rights.DescribedIn = &notice.Reference{Title: both("Oikeutesi")}
			}, wantPath: "/rights/describedIn"},
		{rule: validate.RuleNotApplicableAndItems, reason: "recipients both none and listed",
			mutate: func(n *notice.Notice) {
				act(n, 1).Recipients.Items = []notice.Recipient{{Name: notice.Name(both("Posti Oy")), Role: notice.RoleProcessor}}
			}, wantPath: "/activities/1/recipients"},
		{rule: validate.RuleRequired, reason: "purpose without description (built in Go)",
			mutate:   func(n *notice.Notice) { act(n, 0).Purposes[0].Description = nil },
			wantPath: "/activities/0/purposes/0/description", wantArgs: []string{"description"}},
		{rule: validate.RuleCode, reason: "misspelt legal basis (built in Go)",
			mutate:   func(n *notice.Notice) { act(n, 0).LegalBases[0].Basis = "concent" },
			wantPath: "/activities/0/legalBases/0/basis", wantArgs: []string{"concent", "legalBasis"}},
		{rule: validate.RuleEmail, reason: "email written with (at)",
			mutate: func(n *notice.Notice) { n.Controller.Email = "tietosuoja(at)esimerkki.fi" }, wantPath: "/controller/email"},
		{rule: validate.RuleURL, reason: "javascript: URL",
			mutate: func(n *notice.Notice) { n.Security.URL = "javascript:alert(1)" }, wantPath: "/security/url"},
		{rule: validate.RulePhone, reason: "words in a telephone number",
			mutate: func(n *notice.Notice) { n.Controller.Phone = "+358 9 123 4567 (vaihde)" }, wantPath: "/controller/phone"},
		{rule: validate.RulePhoneInternational, reason: "national telephone number",
			mutate: func(n *notice.Notice) { n.Controller.Phone = "09 123 4567" }, wantPath: "/controller/phone"},
		{rule: validate.RuleBusinessID, reason: "wrong check digit",
			mutate: func(n *notice.Notice) { n.Controller.Identifiers[0].Value = "0245896-4" }, wantPath: "/controller/identifiers/0/value"},
		{rule: validate.RuleCountry, reason: "three-letter country code",
			mutate: func(n *notice.Notice) { act(n, 0).Recipients.Items[0].Country = "FIN" }, wantPath: "/activities/0/recipients/items/0/country"},
		{rule: validate.RuleDateOrder, reason: "effective before published",
			mutate: func(n *notice.Notice) { n.Effective = notice.NewDate(2024, 1, 1) }, wantPath: "/effective",
			wantArgs: []string{"2024-01-01", "2024-02-01"}},
		{rule: validate.RuleDateMissing, reason: "no date at all",
			mutate: func(n *notice.Notice) {
				n.Prepared, n.Updated, n.Published, n.Effective = notice.Date{}, notice.Date{}, notice.Date{}, notice.Date{}
			}, wantPath: ""},
		{rule: validate.RuleDuration, reason: "negative period (built in Go)",
			mutate:   func(n *notice.Notice) { act(n, 0).Retention[0].Period = notice.Duration{Years: -1} },
			wantPath: "/activities/0/retention/0/period"},
		{rule: validate.RuleLanguages, reason: "a language declared twice",
			mutate: func(n *notice.Notice) { n.Languages = append(n.Languages, fi) }, wantPath: "/languages/2", wantArgs: []string{"fi"}},
		{rule: validate.RuleUnofficialTranslation, reason: "the original marked as an unofficial translation",
			mutate: func(n *notice.Notice) { n.UnofficialTranslations = []language.Tag{fi} }, wantPath: "/unofficialTranslations/0"},
		{rule: validate.RuleUndeclaredLanguage, reason: "a German title in a Finnish-English notice",
			mutate: func(n *notice.Notice) { n.Title[language.German] = "Datenschutzerklärung" }, wantPath: "/title/de", wantArgs: []string{"de"}},
		{rule: validate.RuleMissingTranslation, reason: "the English title missing",
			mutate: func(n *notice.Notice) { delete(n.Title, en) }, wantPath: "/title", wantArgs: []string{"en"}},
		{rule: validate.RuleUnsupportedLanguage, reason: "a German translation: the catalog has no German",
			opts:     validate.Options{RequireLanguages: []language.Tag{fi, en}},
			mutate:   func(n *notice.Notice) { n.Languages = append(n.Languages, language.German) },
			wantPath: "/languages/2", wantArgs: []string{"de", "fi, sv, en"}},
		{rule: validate.RuleID, reason: "two activities with one ID",
			mutate: func(n *notice.Notice) { act(n, 1).ID = "customers" }, wantPath: "/activities/1/id"},
		{rule: validate.RuleSubjectRef, reason: "data category naming an unknown group",
			mutate:   func(n *notice.Notice) { act(n, 0).DataCategories[0].Subjects = []string{"pupils"} },
			wantPath: "/activities/0/dataCategories/0/subjects/0", wantArgs: []string{"pupils"}},
		{rule: validate.RuleLawEmpty, reason: "law reference without a statute",
			mutate:   func(n *notice.Notice) { act(n, 1).LegalBases[0].Laws = []notice.LawRef{{Sections: []string{"4"}}} },
			wantPath: "/activities/1/legalBases/0/laws/0"},
		{rule: validate.RulePlaceholder, reason: "a purpose still holds the placeholder of seloste init in one language",
			mutate:   func(n *notice.Notice) { act(n, 0).Purposes[0].Description[fi] = "TODO: Käsittelyn tarkoitukset" },
			wantPath: "/activities/0/purposes/0/description"},
		{rule: validate.RuleLawNumber, reason: "malformed statute number",
			mutate:   func(n *notice.Notice) { act(n, 1).LegalBases[0].Laws[0].Statute = "1050 / 2018" },
			wantPath: "/activities/1/legalBases/0/laws/0/statute"},
		{rule: validate.RuleLawUnknown, reason: "statute neither in the table nor named",
			mutate:   func(n *notice.Notice) { act(n, 1).LegalBases[0].Laws[0].Statute = "523/1999" },
			wantPath: "/activities/1/legalBases/0/laws/0/statute"},
	}
}

// TestRules breaks the reference notice once per rule and asserts that this
// rule, and only this rule, fires at the expected pointer.
func TestRules(t *testing.T) {
	covered := map[string]bool{}
	for _, tc := range ruleCases() {
		require.NotEmpty(t, tc.reason, "case %s has no reason", tc.rule)
		covered[tc.rule] = true
		t.Run(tc.rule, func(t *testing.T) {
			n := reference(t)
			tc.mutate(n)
			fs := tc.opts.Validate(n)
			require.Len(t, fs, 1, "%s: want exactly one finding, got:\n%s", tc.reason, dump(fs))
			f := fs[0]
			assert.Equal(t, tc.rule, f.Rule, tc.reason)
			assert.Equal(t, tc.wantPath, f.Path, tc.reason)
			r, ok := validate.LookupRule(tc.rule)
			require.True(t, ok)
			assert.Equal(t, r.Severity, f.Severity)
			assert.NotEmpty(t, f.Article)
			if tc.wantArgs != nil {
				assert.Equal(t, tc.wantArgs, f.Args)
			}
			assert.Len(t, f.Args, len(r.Args), "a finding carries the arguments its rule names")
			for _, tag := range i18n.Supported {
				assert.NotContains(t, f.Message(tag), "%!", "message in %s is badly formatted", tag)
			}
		})
	}
	for _, r := range validate.Rules() {
		assert.True(t, covered[r.ID], "rule %s has no test case", r.ID)
	}
}

func dump(fs validate.Findings) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("  " + f.Error() + "\n")
	}
	return b.String()
}

var idRE = regexp.MustCompile(`^[A-Z0-9]+(-[A-Z0-9]+)*$`)

func TestRuleTable(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range validate.Rules() {
		assert.Regexp(t, idRE, r.ID)
		assert.False(t, seen[r.ID], "duplicate rule ID %s", r.ID)
		seen[r.ID] = true
		assert.Contains(t, []validate.Severity{validate.Error, validate.Warning, validate.Info}, r.Severity, r.ID)
		assert.NotEmpty(t, strings.TrimSpace(r.Example), "%s has no example", r.ID)
		assert.NotEmpty(t, strings.TrimSpace(r.Discussion), "%s has no discussion", r.ID)
		// The article parses: every locale cites it in its own style.
		assert.NotEqual(t, r.Article, i18n.For(fi).Article(r.Article), "%s: article %q does not parse", r.ID, r.Article)
		if a14 := r.Article14(); a14 != "" {
			assert.NotEqual(t, a14, i18n.For(fi).Article(a14), r.ID)
		}
		got, ok := validate.LookupRule(r.ID)
		assert.True(t, ok)
		assert.Equal(t, r, got)
	}
	_, ok := validate.LookupRule("NO-SUCH-RULE")
	assert.False(t, ok)
}

func TestSeverityTranslated(t *testing.T) {
	for _, tag := range i18n.Supported {
		for _, s := range []validate.Severity{validate.Error, validate.Warning, validate.Info} {
			assert.True(t, i18n.For(tag).Has("rule.severity."+s.String()), "%s: %s", tag, s)
		}
	}
	assert.Equal(t, "varoitus", validate.Warning.Message(fi))
}

// TestRulesTranslated keeps every rule's summary and detail in every
// supported language, with as many arguments as the rule names, and the
// catalog free of texts for rules that do not exist.
func TestRulesTranslated(t *testing.T) {
	ids := map[string]bool{}
	for _, r := range validate.Rules() {
		ids[r.ID] = true
		args := make([]any, len(r.Args))
		for i := range args {
			args[i] = "ARG" + string(rune('1'+i))
		}
		for _, tag := range i18n.Supported {
			loc := i18n.For(tag)
			var both string
			for _, part := range []string{"summary", "detail"} {
				key := "rule." + r.ID + "." + part
				require.True(t, loc.Has(key), "%s: %s missing", tag, key)
				s := loc.T(key, args...)
				assert.NotContains(t, s, "%!", "%s: %s: %q", tag, key, s)
				assert.NotEmpty(t, strings.TrimSpace(s), "%s: %s is empty", tag, key)
				both += s + "\n"
			}
			for i := range args {
				assert.Contains(t, both, args[i], "%s: %s does not use argument %d", tag, r.ID, i+1)
			}
			assert.False(t, strings.HasSuffix(r.Summary(tag), "."), "%s: %s: a summary has no final period", tag, r.ID)
			assert.True(t, strings.HasSuffix(r.Detail(tag), "."), "%s: %s: a detail is full sentences", tag, r.ID)
		}
	}
	for _, k := range i18n.Keys() {
		if rest, ok := strings.CutPrefix(k, "rule."); ok && !strings.HasPrefix(rest, "severity.") && !strings.HasPrefix(rest, "hint.") {
			id := rest[:strings.LastIndexByte(rest, '.')]
			assert.True(t, ids[id], "catalog key %s names no rule", k)
		}
	}
}

// TestAdequacyAsTheLawChanged checks that a transfer on an adequacy decision
// adopted or renewed since the 2024 list is not reported (the legal review's
// corrections P1.1 and P1.2): Brazil (Decision (EU) 2026/179) and the United
// Kingdom (renewed on 19.12.2025); and that one to a country with none still
// is.
func TestAdequacyAsTheLawChanged(t *testing.T) {
	for _, c := range []string{"BR", "GB", "CH"} {
		n := reference(t)
		n.Activities[0].Transfers.Items[0].Countries = []string{c}
		assert.Empty(t, validate.Validate(n), "%s has an adequacy decision", c)
	}
	n := reference(t)
	n.Activities[0].Transfers.Items[0].Countries = []string{"AR", "CN"}
	fs := validate.Validate(n)
	require.Len(t, fs, 1, dump(fs))
	assert.Equal(t, validate.RuleNoAdequacy, fs[0].Rule)
	assert.Equal(t, []string{"CN"}, fs[0].Args)
}
