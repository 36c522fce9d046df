package validate_test

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// A want is one finding a case expects: its rule and its path.
type want struct{ rule, path string }

// TestEveryWayOfSaying runs the cases of the second review of the
// validator: a rule read one field where the model has several ways to say
// the same thing (a storage period by an event, interests on the basis, an
// act by its abbreviation, contact points, an activity's own joint
// controllers, a scoped requirement statement, a basis by its law, a right
// limited by law). Each case edits the newsletter notice and lists exactly
// the findings it must give.
func TestEveryWayOfSaying(t *testing.T) {
	a := func(n *notice.Notice) *notice.Activity { return &n.Activities[0] }
	// statistics adds a second purpose, for a legitimate-interests basis
	// of its own (stats), beside the newsletter's consent.
	stats := notice.Scope{Purposes: []string{"stats"}}
	statistics := func(n *notice.Notice) {
		a(n).Purposes = append(a(n).Purposes, notice.Purpose{ID: "stats", Description: en1("Reading statistics")})
	}
	withoutRight := func(n *notice.Notice, r notice.Right) {
		n.Rights.Items = slices.DeleteFunc(n.Rights.Items, func(it notice.RightInfo) bool { return it.Right == r })
	}
	tests := []struct {
		name   string
		edit   func(n *notice.Notice)
		want   []want
		reason string
	}{
		// 1. Retention: every way of stating the period is a statement of it.
		{"retention until an event",
			func(n *notice.Notice) {
				a(n).Retention = []notice.Retention{{UntilEvent: en1("you unsubscribe")}}
			}, nil, "Art 13(2)(a): the event that ends the keeping is a criterion used to determine the period"},
		{"retention until a date",
			func(n *notice.Notice) { a(n).Retention = []notice.Retention{{Until: notice.NewDate(2028, 0, 0)}} },
			nil, "a date by which the data are deleted is the period"},
		{"retention permanently",
			func(n *notice.Notice) {
				a(n).Retention = []notice.Retention{{OpenEnded: &notice.OpenEnd{Kind: notice.Permanently, Reason: en1("Archives Act")}}}
			}, nil, "a permanent retention is a period"},
		{"retention with nothing but words on the data",
			func(n *notice.Notice) { a(n).Retention = []notice.Retention{{Data: en1("Subscriber data")}} },
			[]want{{validate.RuleRetentionEmpty, "/activities/0/retention/0"}}, "no period in any form"},
		{"an open end ended by an event",
			func(n *notice.Notice) {
				a(n).Retention = []notice.Retention{{OpenEnded: &notice.OpenEnd{Kind: notice.UntilRemoved}, UntilEvent: en1("you delete your account")}}
			}, nil, "the event says when the data go: not 'until further notice'"},
		{"an open end with nothing to end it",
			func(n *notice.Notice) {
				a(n).Retention = []notice.Retention{{OpenEnded: &notice.OpenEnd{Kind: notice.UntilRemoved}}}
			}, []want{{validate.RuleRetentionOpen, "/activities/0/retention/0/openEnded"}}, "still neither period nor criteria"},
		{"a minimum ended by an event",
			func(n *notice.Notice) {
				a(n).Retention = []notice.Retention{{Period: notice.Duration{Years: 2}, Qualifier: notice.RetentionMinimum,
					From: en1("the order"), UntilEvent: en1("the warranty claim is settled")}}
			}, nil, "the event is the end a minimum leaves open"},
		{"a minimum ended by a date",
			func(n *notice.Notice) {
				a(n).Retention = []notice.Retention{{Period: notice.Duration{Years: 2}, Qualifier: notice.RetentionMinimum,
					From: en1("the order"), Until: notice.NewDate(2030, 0, 0)}}
			}, nil, "the date is the end a minimum leaves open"},

		// 2. Legitimate interests: on the activity or on each (f) basis.
		{"interests stated on the basis",
			func(n *notice.Notice) {
				statistics(n)
				a(n).LegalBases = append(a(n).LegalBases, notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Scope: stats,
					Interests: en1("Measuring how the newsletter is read")})
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, nil, "Art 13(1)(d): legalBases[].interests states them"},
		{"two (f) bases, one with its interests",
			func(n *notice.Notice) {
				statistics(n)
				a(n).LegalBases = append(a(n).LegalBases,
					notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Scope: stats, Interests: en1("Measuring how the newsletter is read")},
					notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Scope: stats, Condition: en1("for former subscribers")})
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, []want{{validate.RuleInterestsMissing, "/activities/0/legalBases/2/interests"}}, "the basis without them is named"},
		{"an (f) basis with no interests anywhere",
			func(n *notice.Notice) {
				statistics(n)
				a(n).LegalBases = append(a(n).LegalBases, notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Scope: stats})
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, []want{{validate.RuleInterestsMissing, "/activities/0/legitimateInterests"}}, "as before: at the activity's item"},
		{"interests on a consent basis",
			func(n *notice.Notice) { a(n).LegalBases[0].Interests = en1("Keeping in touch") },
			[]want{{validate.RuleInterestsWithoutBasis, "/activities/0/legalBases/0/interests"}}, "interests belong to Art 6(1)(f)"},

		// 3. Law references: by number, name or abbreviation.
		{"an act by its former abbreviation",
			func(n *notice.Notice) {
				a(n).LegalBases[0].Laws = []notice.LawRef{{Jurisdiction: "DE", Abbreviation: "TTDSG", Sections: []string{"25"}}}
			}, nil, "notice.FindStatute finds the TDDDG by its former abbreviation"},
		{"a state's act by its abbreviation, from the country",
			func(n *notice.Notice) {
				a(n).LegalBases[0].Laws = []notice.LawRef{{Jurisdiction: "DE", Abbreviation: "BayDSG"}}
			}, nil, "FindStatute searches a country's states"},
		{"an act by an abbreviation the table does not know",
			func(n *notice.Notice) {
				a(n).LegalBases[0].Laws = []notice.LawRef{{Jurisdiction: "DE", Abbreviation: "XYZG"}}
			}, []want{{validate.RuleLawUnknown, "/activities/0/legalBases/0/laws/0/abbreviation"}},
			"named, but only by an abbreviation no table knows: advice"},
		{"a reference to no act at all",
			func(n *notice.Notice) { a(n).LegalBases[0].Laws = []notice.LawRef{{Sections: []string{"25"}}} },
			[]want{{validate.RuleLawEmpty, "/activities/0/legalBases/0/laws/0"}}, "of which act?"},

		// 4. Contact details: the main ones or a contact point.
		{"a controller reached through its contact points",
			func(n *notice.Notice) {
				n.Controller.Email = ""
				n.Controller.Contacts = []notice.ContactPoint{{Label: en1("Registry office"), Email: "registry@example.com"}}
			}, nil, "Art 13(1)(a): a contact point is a contact detail"},
		{"a data protection officer reached through a contact point",
			func(n *notice.Notice) {
				n.DPO.Email = ""
				n.DPO.Contacts = []notice.ContactPoint{{Address: []notice.Name{notice.Name(en1("P.O. Box 1, 00100 Helsinki"))}}}
			}, nil, "Art 13(1)(b)"},
		{"a data protection officer named by organisation only",
			func(n *notice.Notice) {
				n.DPO.Email = ""
				n.DPO.Organisation = notice.Name(en1("DPO Services Ltd"))
			}, []want{{validate.RuleDPOContact, "/dpo"}}, "named, not silent: the contact details are what is missing"},
		{"a controller with neither",
			func(n *notice.Notice) { n.Controller.Email = "" },
			[]want{{validate.RuleControllerContact, "/controller"}}, "no contact detail in any form"},

		// 5. Joint controllers: the notice's and each activity's own.
		{"an activity's own joint controllers without the arrangement",
			func(n *notice.Notice) {
				a(n).JointControllers = &notice.JointControllers{Parties: []notice.JointController{{Party: notice.Party{Name: notice.Name(en1("Partner Ltd"))}}}}
			}, []want{{validate.RuleJointArrangement, "/activities/0/jointControllers/arrangement"}}, "Art 26(2), per activity"},
		{"an activity's own joint controllers with an unnamed party",
			func(n *notice.Notice) {
				a(n).JointControllers = &notice.JointControllers{Parties: []notice.JointController{{Party: notice.Party{ContactDetails: notice.ContactDetails{Email: "x@example.com"}}}},
					Arrangement: en1("Partner Ltd answers requests.")}
			}, []want{{validate.RuleJointParties, "/activities/0/jointControllers/parties/0/name"}}, "Art 26(1), per activity"},
		{"the notice's joint controllers cover an activity's joint-controller recipient",
			func(n *notice.Notice) {
				n.JointControllers = &notice.JointControllers{Parties: []notice.JointController{{Party: notice.Party{Name: notice.Name(en1("Partner Ltd"))}}},
					Arrangement: en1("Partner Ltd answers requests.")}
				a(n).Recipients = &notice.Recipients{Items: []notice.Recipient{{Name: notice.Name(en1("Partner Ltd")), Role: notice.RoleJointController}}}
			}, nil, "the activity inherits the notice's statement"},
		{"a joint-controller recipient with no statement at all",
			func(n *notice.Notice) {
				a(n).Recipients = &notice.Recipients{Items: []notice.Recipient{{Name: notice.Name(en1("Partner Ltd")), Role: notice.RoleJointController}}}
			}, []want{{validate.RuleJointRecipient, "/activities/0/recipients/items/0/role"}}, "Art 26"},

		// 6. Art 13(2)(e): a scoped statement covers its scope only.
		{"a requirement statement for one category of two",
			func(n *notice.Notice) {
				a(n).DataCategories = []notice.DataCategory{{ID: "email", Name: en1("E-mail address")}, {ID: "name", Name: en1("Name")}}
				a(n).Requirement.Items[0].Scope.DataCategories = []string{"email"}
			}, []want{{validate.RuleRequirementCoverage, "/activities/0/dataCategories/1"}}, "the name's statement is missing"},
		{"the uncovered category comes from another source",
			func(n *notice.Notice) {
				a(n).DataCategories = []notice.DataCategory{{ID: "email", Name: en1("E-mail address")}, {ID: "company", Name: en1("Employer")}}
				a(n).Requirement.Items[0].Scope.DataCategories = []string{"email"}
				a(n).Sources.Items[0].Scope.DataCategories = []string{"email"}
				a(n).Sources.Items = append(a(n).Sources.Items, notice.Source{Kind: notice.SourcePublic, Description: en1("The trade register"),
					Scope: notice.Scope{DataCategories: []string{"company"}}})
			}, nil, "Art 13(2)(e) concerns data collected from the data subject"},
		{"a requirement statement for one purpose of two, and data that serve both",
			func(n *notice.Notice) {
				a(n).Purposes = append(a(n).Purposes, notice.Purpose{ID: "survey", Description: en1("Reader surveys")})
				a(n).DataCategories = []notice.DataCategory{{ID: "email", Name: en1("E-mail address")},
					{ID: "answers", Name: en1("Survey answers"), Purposes: []string{"survey"}},
					{ID: "topics", Name: en1("Topics of interest"), Purposes: []string{"send"}}}
				a(n).Requirement.Items[0].Scope.Purposes = []string{"send"}
			}, []want{{validate.RuleRequirementCoverage, "/activities/0/dataCategories/0"}, {validate.RuleRequirementCoverage, "/activities/0/dataCategories/1"}},
			"the e-mail address serves the survey too, the answers only the survey: both lack a statement; the topics are covered"},
		{"statements by category and by purpose that together cover everything",
			func(n *notice.Notice) {
				a(n).Purposes = append(a(n).Purposes, notice.Purpose{ID: "survey", Description: en1("Reader surveys")})
				a(n).DataCategories = []notice.DataCategory{{ID: "email", Name: en1("E-mail address")},
					{ID: "answers", Name: en1("Survey answers"), Purposes: []string{"survey"}}}
				a(n).Requirement.Items = []notice.RequirementInfo{
					{Kind: notice.NotRequired, Scope: notice.Scope{Purposes: []string{"send"}}},
					{Kind: notice.NotRequired, Scope: notice.Scope{DataCategories: []string{"email", "answers"}, Purposes: []string{"survey"}}},
				}
			}, nil, "each category is covered for each purpose it serves"},
		{"logs and cookies alone: nothing is provided",
			func(n *notice.Notice) {
				a(n).Sources.Items = []notice.Source{{Kind: notice.SourceGenerated, Description: en1("Server logs")}}
				a(n).LegalBases[0] = notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Interests: en1("Security")}
				a(n).Requirement = nil
				withoutRight(n, notice.RightWithdrawConsent)
				withoutRight(n, notice.RightPortability)
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, nil, "Art 13(2)(e) asks about the provision of data; data that arise from use are not provided"},
		{"consent alone: providing the data is no requirement",
			func(n *notice.Notice) { a(n).Requirement = nil },
			nil, "Art 4(11), 7(4): a consent is freely given; the basis says the data are not required"},
		{"consent and a contract, and no requirement statement",
			func(n *notice.Notice) {
				a(n).Requirement = nil
				a(n).LegalBases = append(a(n).LegalBases, notice.LegalBasisClaim{Basis: notice.Contract})
			}, []want{{validate.RuleRequirementMissing, "/activities/0/requirement"}}, "the contract's data may be required"},
		{"a requirement stated in words",
			func(n *notice.Notice) {
				a(n).Requirement = &notice.Requirements{Description: en1("Subscribing is voluntary.")}
			}, nil, "words state the item"},
		{"data the subject is obliged to give, of no stated kind, without consequences",
			func(n *notice.Notice) { a(n).Requirement.Items[0] = notice.RequirementInfo{Obliged: true} },
			[]want{{validate.RuleRequirementConsequences, "/activities/0/requirement/items/0/consequences"}},
			"obliged says the data are required: what follows from not giving them?"},

		// 7. A legal basis names a point of Art 6(1), a law, or both.
		{"a basis with neither a point nor a law",
			func(n *notice.Notice) {
				a(n).LegalBases[0] = notice.LegalBasisClaim{Description: en1("Statutory basis")}
			},
			[]want{{validate.RuleBasisUnnamed, "/activities/0/legalBases/0"}}, "Art 13(1)(c): which basis?"},
		{"a basis given by its law only",
			func(n *notice.Notice) {
				a(n).LegalBases[0] = notice.LegalBasisClaim{Laws: []notice.LawRef{{Statute: "1050/2018"}}}
			}, []want{{validate.RuleBasisLawOnly, "/activities/0/legalBases/0/basis"}}, "the law, but not the point of Art 6(1)"},

		// 8. Rights: notice.ApplicableRights decides; a right said not to
		// apply, or limited by law, is not promised.
		{"portability said not to apply, with the reason, on legitimate interests",
			func(n *notice.Notice) {
				a(n).LegalBases[0] = notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Interests: en1("Informing customers")}
				n.Rights.Items[4].NotApplicable = en1("The processing rests on legitimate interests.")
				withoutRight(n, notice.RightWithdrawConsent)
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, nil, "Art 20(1): not a promise"},
		{"the right to object said not to apply, with the reason, on a contract",
			func(n *notice.Notice) {
				a(n).LegalBases[0] = notice.LegalBasisClaim{Basis: notice.Contract}
				withoutRight(n, notice.RightWithdrawConsent)
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject, NotApplicable: en1("The processing rests on the contract.")})
			}, nil, "Art 21(1): not a promise"},
		{"rights 15 to 20 limited by Art 11, on a public task",
			func(n *notice.Notice) {
				a(n).LegalBases[0] = notice.LegalBasisClaim{Basis: notice.PublicTask, Laws: []notice.LawRef{{Statute: "1050/2018"}}}
				withoutRight(n, notice.RightWithdrawConsent)
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
				n.Rights.Limitations = []notice.RightsLimitation{{
					Rights:      []notice.Right{notice.RightAccess, notice.RightRectification, notice.RightErasure, notice.RightRestriction, notice.RightPortability},
					Description: en1("Articles 15 to 20 do not apply where we cannot identify you."),
					Laws:        []notice.LawRef{{Jurisdiction: "EU", Statute: "2016/679", Articles: []string{"11"}}},
				}}
			}, nil, "the corpus's CoronaMelder: portability listed under a limitation by law is not promised (Art 20(3) aside)"},
		{"the right to object limited by a law on the item, on a contract",
			func(n *notice.Notice) {
				a(n).LegalBases[0] = notice.LegalBasisClaim{Basis: notice.Contract}
				withoutRight(n, notice.RightWithdrawConsent)
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject, Limitation: en1("Only as the Act allows."),
					Laws: []notice.LawRef{{Statute: "1050/2018", Sections: []string{"34"}}}})
			}, nil, "a right stated as limited by law is not promised"},
		{"portability promised on legitimate interests",
			func(n *notice.Notice) {
				a(n).LegalBases[0] = notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Interests: en1("Informing customers")}
				withoutRight(n, notice.RightWithdrawConsent)
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, []want{{validate.RulePortability, "/rights/items/4"}}, "Art 20(1): still a warning"},
		{"portability on legitimate interests with explicit consent to health data",
			func(n *notice.Notice) {
				a(n).LegalBases[0] = notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Interests: en1("Informing customers")}
				a(n).DataCategories = []notice.DataCategory{{Name: en1("Allergies"), Special: []notice.SpecialCategory{notice.HealthData}}}
				a(n).SpecialCategoryConditions = []notice.SpecialConditionClaim{{Condition: notice.ExplicitConsent, Withdrawal: en1("Write to us.")}}
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, nil, "notice.ApplicableRights: Art 9(2)(a) makes Art 20(1)(a) apply"},
		{"erasure stated only in a limitation by law",
			func(n *notice.Notice) {
				withoutRight(n, notice.RightErasure)
				n.Rights.Limitations = []notice.RightsLimitation{{Rights: []notice.Right{notice.RightErasure},
					Description: en1("Erasure is limited where the law requires us to keep the data."),
					Laws:        []notice.LawRef{{Statute: "1050/2018"}}}}
			}, nil, "Art 13(2)(b): the right is stated, as limited"},
		{"access said not to apply with only a limitation in words",
			func(n *notice.Notice) {
				n.Rights.Items[0].NotApplicable = en1("No access.")
				n.Rights.Limitations = []notice.RightsLimitation{{Rights: []notice.Right{notice.RightAccess}, Description: en1("Limited.")}}
			}, []want{{validate.RuleRightDenied, "/rights/items/0/notApplicable"}}, "no law restricts it (Art 23)"},

		// Found in the corpus: one purpose on consent and on legitimate
		// interests (05, the analysis cookies and Google Ads).
		{"one purpose named by a consent basis and a legitimate-interests basis",
			func(n *notice.Notice) {
				statistics(n)
				a(n).LegalBases[0].Scope = stats
				a(n).LegalBases = append(a(n).LegalBases,
					notice.LegalBasisClaim{Basis: notice.Consent, Scope: notice.Scope{Purposes: []string{"send"}}},
					notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Scope: stats, Condition: en1("insofar as it rests on Art 6(1)(f)"),
						Interests: en1("Improving the newsletter")})
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, []want{{validate.RuleConsentAndInterests, "/activities/0/legalBases/2/basis"}}, "EDPB Guidelines 05/2020, section 6"},
		{"the one purpose on consent, and possibly on legitimate interests",
			func(n *notice.Notice) {
				a(n).LegalBases = append(a(n).LegalBases, notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Possible: true,
					Interests: en1("Improving the newsletter")})
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, []want{{validate.RuleConsentAndInterests, "/activities/0/legalBases/1/basis"}}, "'kann zudem auf Art. 6 Abs. 1 lit. f gestützt sein'"},
		{"bases listed each under its own condition",
			func(n *notice.Notice) {
				a(n).LegalBases[0].Condition = en1("Where we ask for your consent")
				a(n).LegalBases = append(a(n).LegalBases, notice.LegalBasisClaim{Basis: notice.LegitimateInterests,
					Condition: en1("Where we pursue a legitimate interest"), Interests: en1("Improving the newsletter")})
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, nil, "alternatives, not one purpose on two bases"},

		// Found in the corpus: a recipient in a third country, and silence
		// on transfers (05, Google Ads' Google LLC).
		{"a recipient outside the EEA by its location, and silence on transfers",
			func(n *notice.Notice) {
				a(n).Transfers = nil
				a(n).Recipients = &notice.Recipients{Items: []notice.Recipient{
					{Name: notice.Name(en1("Mailer")), Role: notice.RoleProcessor, Country: "FI"},
					{Name: notice.Name(en1("Group managers")), Category: true, Location: notice.ThirdCountry}}}
			}, []want{{validate.RuleRecipientOutsideEEA, "/activities/0/recipients/items/1/location"}}, "Art 13(1)(f) applies: an error, not ART13-TRANSFERS-01"},
		{"recipients in the EEA only, and silence on transfers",
			func(n *notice.Notice) {
				a(n).Transfers = nil
				a(n).Recipients = &notice.Recipients{Items: []notice.Recipient{{Name: notice.Name(en1("Mailer")), Role: notice.RoleProcessor, Country: "IE"}}}
			}, []want{{validate.RuleTransfersMissing, "/activities/0/transfers"}}, "'where applicable': a warning"},

		// Found in the corpus: a layered notice whose one activity is
		// described in full elsewhere (01), a controller of a kind (07),
		// bases that leave data without one (04) or that hold only under a
		// condition (10).
		{"a first layer: the notice's controller with no contact details, its activity described in full elsewhere",
			func(n *notice.Notice) {
				n.Controller.Email = ""
				a(n).DescribedIn = &notice.Reference{Title: en1("Full privacy notice"), URL: "https://example.com/full"}
				a(n).Requirement.Items[0] = notice.RequirementInfo{Obliged: true}
			}, nil, "WP260 rev.01 paras 35-38: the full notice gives what the first layer leaves out"},
		{"a first layer is still checked for what it says",
			func(n *notice.Notice) {
				a(n).DescribedIn = &notice.Reference{Title: en1("Full privacy notice"), URL: "https://example.com/full"}
				a(n).Transfers = &notice.Transfers{Items: []notice.Transfer{{Countries: []string{"SE"},
					Mechanisms: []notice.TransferMechanism{notice.StandardClausesCommission}}}}
			}, []want{{validate.RuleTransferToEEA, "/activities/0/transfers/items/0/countries/0"}},
			"Sweden is no third country, whatever the full notice says; the missing copy of the clauses is the full notice's"},
		{"a data protection officer of a kind of controller, found as its note says",
			func(n *notice.Notice) {
				n.DPO = &notice.DPO{Party: notice.Party{Role: en1("The officer of your regional health service"), Category: true,
					Note: en1("The contact details are on the website of that service.")}}
			}, nil, "Party.category: the note says how to find the one"},
		{"portability promised where one category has no basis",
			func(n *notice.Notice) {
				a(n).DataCategories = []notice.DataCategory{{ID: "email", Name: en1("E-mail")}, {ID: "clicks", Name: en1("Clicks")}}
				a(n).LegalBases[0] = notice.LegalBasisClaim{Basis: notice.LegitimateInterests, Interests: en1("Informing customers"),
					Scope: notice.Scope{DataCategories: []string{"email"}}}
				withoutRight(n, notice.RightWithdrawConsent)
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, []want{{validate.RuleCategoryWithoutBasis, "/activities/0/dataCategories/1"}},
			"the clicks have no basis, which may give the right: ART20-PORTABILITY-01 does not judge"},
		{"the right to object listed where the only basis is consent under a condition",
			func(n *notice.Notice) {
				a(n).LegalBases[0].Condition = en1("Where data are passed on to third parties")
				n.Rights.Items = append(n.Rights.Items, notice.RightInfo{Right: notice.RightObject})
			}, nil, "the corpus's DiSSCover: the basis of the rest is not stated, so Art 21 is not judged excluded"},

		// Found in the corpus: the risks of transfers to the US said once
		// for two transfers there (05, Google Analytics).
		{"risks stated for the regular transfer, not for the occasional one to the same country",
			func(n *notice.Notice) {
				t := notice.Transfer{Countries: []string{"US"}, Mechanisms: []notice.TransferMechanism{notice.DerogationConsent}}
				regular, occasional := t, t
				regular.Risks = en1("US authorities may access the data.")
				occasional.Occasional = true
				a(n).Transfers = &notice.Transfers{Items: []notice.Transfer{regular, occasional}}
			}, nil, "Art 49(1)(a): the reader was told the risks of transfers to the US"},
		{"risks stated for a transfer to another country only",
			func(n *notice.Notice) {
				t := notice.Transfer{Countries: []string{"US"}, Mechanisms: []notice.TransferMechanism{notice.DerogationConsent}}
				us, india := t, t
				us.Risks = en1("US authorities may access the data.")
				india.Countries = []string{"IN"}
				a(n).Transfers = &notice.Transfers{Items: []notice.Transfer{us, india}}
			}, []want{{validate.RuleConsentRisks, "/activities/0/transfers/items/1/risks"}}, "India's risks are not the US's"},

		// Found while there: the same fact said in another field.
		{"recipients given by the law of their disclosures",
			func(n *notice.Notice) {
				a(n).Recipients = &notice.Recipients{Laws: []notice.LawRef{{Statute: "621/1999"}}}
			}, []want{{validate.RuleRecipientsWords, "/activities/0/recipients/laws"}},
			"not silence (ART13-RECIPIENTS-01), but no recipient named"},
		{"a transfer's destination given by its recipient's country",
			func(n *notice.Notice) {
				a(n).Recipients = &notice.Recipients{Items: []notice.Recipient{{ID: "mailer", Name: notice.Name(en1("Mailer Inc.")), Role: notice.RoleProcessor, Country: "US"}}}
				a(n).Transfers = &notice.Transfers{Items: []notice.Transfer{{Recipients: []string{"mailer"},
					Mechanisms: []notice.TransferMechanism{notice.StandardClausesCommission}, CopyAt: en1("https://example.com/scc")}}}
			}, nil, "Art 13(1)(f): the recipient names the third country"},
		{"a transfer to a recipient of no stated country",
			func(n *notice.Notice) {
				a(n).Recipients = &notice.Recipients{Items: []notice.Recipient{{ID: "mailer", Name: notice.Name(en1("Mailer Inc.")), Role: notice.RoleProcessor}}}
				a(n).Transfers = &notice.Transfers{Items: []notice.Transfer{{Recipients: []string{"mailer"},
					Mechanisms: []notice.TransferMechanism{notice.StandardClausesCommission}, CopyAt: en1("https://example.com/scc")}}}
			}, []want{{validate.RuleTransferDestination, "/activities/0/transfers/items/0/countries"}}, "no destination anywhere"},
		{"withdrawal said as the way to opt out of the consented purpose",
			func(n *notice.Notice) {
				withoutRight(n, notice.RightWithdrawConsent)
				a(n).Purposes[0].OptOut = en1("Unsubscribe with the link in every newsletter.")
			}, nil, "Art 7(3), 13(2)(c): the notice says how consent is taken back"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := validate.Validate(decodeNewsletter(t, tc.edit))
			got := []want{}
			for _, f := range fs {
				got = append(got, want{f.Rule, f.Path})
			}
			w := tc.want
			if w == nil {
				w = []want{}
			}
			assert.ElementsMatch(t, w, got, "%s\n%s", tc.reason, dump(fs))
		})
	}
}
