package validate_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// The project's reading of the five seed notices, item by item ("What a
// careful reader finds in the five source notices", the shared
// seed-expectations document), as a table: each row is one item of one
// notice with the reader's status. TestSeedExpectations scores the
// validator's findings on the bundled examples against it.
type status int

const (
	present status = iota // PRESENT: no error may fire
	na                    // N/A: no error may fire
	vague                 // VAGUE: an error or a warning should fire
	missing               // MISSING (and MISSING (soft)): an error or a warning must fire
)

func (s status) String() string { return [...]string{"PRESENT", "N/A", "VAGUE", "MISSING"}[s] }

// item is one information item of Arts 13 and 14, with the rules that judge
// it and its articles (the rules on form and on "not applicable" items cite
// the article of the item they concern).
type item struct {
	articles []string
	rules    []string
}

var items = map[string]item{
	"13(1)(a)":      {[]string{"Art 13(1)(a)", "Art 14(1)(a)"}, []string{validate.RuleControllerMissing, validate.RuleControllerName, validate.RuleControllerContact}},
	"13(1)(a) rep":  {nil, []string{validate.RuleRepresentativeMissing, validate.RuleRepresentativeIncomplete}},
	"13(1)(b)":      {[]string{"Art 13(1)(b)", "Art 14(1)(b)"}, []string{validate.RuleDPOMissing, validate.RuleDPOContact, validate.RulePublicAuthorityDPO}},
	"13(1)(c) purp": {nil, []string{validate.RulePurposeMissing}},
	"13(1)(c) basis": {nil, []string{validate.RuleLegalBasisMissing, validate.RulePurposeWithoutBasis, validate.RuleBasisUnnamed,
		validate.RuleBasisLawOnly, validate.RuleLawForBasis, validate.RulePublicAuthorityInterests}},
	"13(1)(d)": {[]string{"Art 13(1)(d)", "Art 14(2)(b)"}, []string{validate.RuleInterestsMissing, validate.RuleInterestsWithoutBasis, validate.RuleChildInterests}},
	"13(1)(e)": {[]string{"Art 13(1)(e)", "Art 14(1)(e)"}, []string{validate.RuleRecipientsMissing, validate.RuleRecipientsWords}},
	"13(1)(f)": {[]string{"Art 13(1)(f)", "Art 14(1)(f)"}, []string{validate.RuleTransfersMissing, validate.RuleTransferDestination,
		validate.RuleTransferContradiction, validate.RuleTransfersWords, validate.RuleTransferGround, validate.RuleSafeguardsCopy,
		validate.RuleTransferToEEA, validate.RuleNoAdequacy, validate.RulePartialAdequacy, validate.RuleNoAdequacyOrganisation,
		validate.RuleRepealedClauses, validate.RuleModelClauses, validate.RuleCompellingInterests, validate.RuleConsentRisks, validate.RulePublicDerogation}},
	"13(2)(a)": {[]string{"Art 13(2)(a)", "Art 14(2)(a)"}, []string{validate.RuleRetentionMissing, validate.RuleRetentionEmpty, validate.RuleRetentionFrom,
		validate.RuleRetentionOpen, validate.RuleRetentionMinimum, validate.RuleRetentionReference, validate.RuleRetentionCoverage}},
	"13(2)(b)": {[]string{"Art 13(2)(b)", "Art 14(2)(c)"}, []string{validate.RuleRightsMissing, validate.RuleRightMissing, validate.RuleRightDenied,
		validate.RuleLimitedRight, validate.RulePortability, validate.RuleObject, validate.RuleExerciseRights}},
	"13(2)(c)": {[]string{"Art 13(2)(c)", "Art 14(2)(d)"}, []string{validate.RuleWithdrawConsent, validate.RuleWithdrawHow}},
	"13(2)(d)": {[]string{"Art 13(2)(d)", "Art 14(2)(e)"}, []string{validate.RuleComplaintMissing, validate.RuleSupervisoryAuthority}},
	"13(2)(e)": {[]string{"Art 13(2)(e)"}, []string{validate.RuleRequirementMissing, validate.RuleRequirementConsequences, validate.RuleRequirementCoverage}},
	"13(2)(f)": {[]string{"Art 13(2)(f)", "Art 14(2)(g)"}, []string{validate.RuleAutomatedMissing, validate.RuleAutomatedLogic,
		validate.RuleAutomatedConsequences, validate.RuleAutomatedOutside22, validate.RuleDecisionGround, validate.RuleDecisionSafeguards, validate.RuleDecisionSpecial}},
	"14(1)(d)": {nil, []string{validate.RuleCategoriesMissing}},
	"14(2)(f)": {[]string{"Art 14(2)(f)"}, []string{validate.RuleSourcesMissing, validate.RuleSourceCoverage}},
}

// genericRules cite the article of the item they concern.
var genericRules = []string{validate.RuleNotApplicableAndItems, validate.RuleReferenceURL}

// expectation is one row: the item of a notice and the reader's status, with
// the document's section. short, where set, explains why the validator
// disagrees with the reader on this row; the test checks that it still does.
type expectation struct {
	notice, item string
	status       status
	cite         string
	short        string
}

// expectations are every row of the document's tables for the six bundled
// notices ("Seed 000" is vipu, "Seed 001 variant 1" ville-university,
// "Seed 001 variant 2" ville-other-provider, "Seed 002" valteri-primus,
// "Seed 003" raisio-office365, "Seed 004" kiva-koulu).
var expectations = func() []expectation {
	var out []expectation
	add := func(notice, cite string, rows ...any) {
		for i := 0; i < len(rows); i += 2 {
			e := expectation{notice: notice, item: rows[i].(string), status: rows[i+1].(status), cite: cite}
			out = append(out, e)
		}
	}
	add("vipu", "Seed 000",
		"13(1)(a)", vague, "13(1)(a) rep", na, "13(1)(b)", present, "13(1)(c) purp", present, "13(1)(c) basis", present,
		"13(1)(d)", na, "13(1)(e)", present, "13(1)(f)", present, "13(2)(a)", present, "13(2)(b)", missing,
		"13(2)(c)", na, "13(2)(d)", missing, "13(2)(e)", missing, "13(2)(f)", missing, "14(1)(d)", present, "14(2)(f)", vague)
	add("ville-university", "Seed 001 variant 1",
		"13(1)(a)", present, "13(1)(a) rep", na, "13(1)(b)", present, "13(1)(c) purp", present, "13(1)(c) basis", present,
		"13(1)(d)", na, "13(1)(e)", present, "13(1)(f)", vague, "13(2)(a)", present, "13(2)(b)", present,
		"13(2)(c)", na, "13(2)(d)", present, "13(2)(e)", missing, "13(2)(f)", present, "14(1)(d)", present, "14(2)(f)", vague)
	add("ville-other-provider", "Seed 001 variant 2",
		"13(1)(a)", missing, "13(1)(a) rep", na, "13(1)(b)", missing, "13(1)(c) purp", present, "13(1)(c) basis", missing,
		"13(1)(d)", na, "13(1)(e)", vague, "13(1)(f)", vague, "13(2)(a)", present, "13(2)(b)", present,
		"13(2)(c)", na, "13(2)(d)", present, "13(2)(e)", missing, "13(2)(f)", present, "14(1)(d)", present, "14(2)(f)", vague)
	add("valteri-primus", "Seed 002",
		"13(1)(a)", present, "13(1)(a) rep", na, "13(1)(b)", present, "13(1)(c) purp", present, "13(1)(c) basis", vague,
		"13(1)(d)", na, "13(1)(e)", present, "13(1)(f)", present, "13(2)(a)", vague, "13(2)(b)", vague,
		"13(2)(c)", missing, "13(2)(d)", present, "13(2)(e)", missing, "13(2)(f)", present, "14(1)(d)", present, "14(2)(f)", present)
	add("raisio-office365", "Seed 003",
		"13(1)(a)", present, "13(1)(a) rep", na, "13(1)(b)", present, "13(1)(c) purp", present, "13(1)(c) basis", vague,
		"13(1)(d)", na, "13(1)(e)", vague, "13(1)(f)", present, "13(2)(a)", present, "13(2)(b)", missing,
		"13(2)(c)", na, "13(2)(d)", missing, "13(2)(e)", missing, "13(2)(f)", missing, "14(1)(d)", present, "14(2)(f)", present)
	add("kiva-koulu", "Seed 004",
		"13(1)(a)", present, "13(1)(a) rep", na, "13(1)(b)", present, "13(1)(c) purp", present, "13(1)(c) basis", vague,
		"13(1)(d)", vague, "13(1)(e)", present, "13(1)(f)", vague, "13(2)(a)", vague, "13(2)(b)", vague,
		"13(2)(c)", na, "13(2)(d)", present, "13(2)(e)", missing, "13(2)(f)", present, "14(1)(d)", vague, "14(2)(f)", vague)
	return out
}()

// shortfalls explain, row by row, where the validator and the reader
// disagree; the test fails when a row explained here agrees after all, so
// that the explanations stay true.
var shortfalls = map[string]string{
	"raisio-office365 13(1)(f)": "The reader finds the transfer PRESENT and notes that the notice gives no means to obtain a copy " +
		"of the clauses. Art 13(1)(f) names that means in its letter (ART13-SAFEGUARDS-01), and the existence or absence of an " +
		"adequacy decision, which turns on a destination the notice does not name (ART13-TRANSFERS-02): the errors stand.",
	"kiva-koulu 13(1)(a)": "The reader finds the university identified as controller, and notes that for the sub-registers the " +
		"school or the education provider controls it is 'not identified beyond that role'. The validator judges each activity: " +
		"for those three a reader cannot reach the controller (ART13-CONTROLLER-03), and the errors stand.",
	"kiva-koulu 13(1)(c) purp": "The reader lists purposes for the other sub-registers; the seed gives none for the KiVa games' " +
		"player lists (\"pelaajalistat ja käyttäjänimet\"), whose controller is the school, so ART13-PURPOSE-01 stands for that activity.",
}

// vagueShort explain the VAGUE rows the validator does not flag; the goal
// for VAGUE items is a share, so these are reported, not asserted.
var vagueShort = map[string]string{
	"valteri-primus 13(1)(c) basis": "The seed names national statutes only; the example records the Art 6 codes the statutes " +
		"imply. Encoded as the seed says it, with laws and no basis code, ART13-LEGALBASIS-04 would flag it; the example is not " +
		"the validator's to change.",
	"valteri-primus 13(2)(a)": "The seed leaves the periods to the records management plan, with words that say only that " +
		"the period depends on the data. The example states them as criteria, so no rule reports a missing period; the plan's " +
		"missing address is ITEM-REFERENCE-01, information. Whether the words are criteria enough is a judgement on words.",
	"raisio-office365 13(1)(e)": "The vagueness is a contradiction in the notice's own words (\"Tietoja luovutetaan " +
		"säännönmukaisesti\" against \"Tietoja ei luovuteta säännönmukaisesti\"), which the validator does not read.",
	"kiva-koulu 13(2)(b)": "Rights stated only for logged-in users, and portability for shop orders the reader takes to rest " +
		"on a contract: the seed states legitimate interests for the shop, and the restriction is in words.",
	"kiva-koulu 14(1)(d)": "Categories are listed for every sub-register; that those of the surveys and case records are not " +
		"specific enough (\"oppilaita koskeviin tietoihin\") is a judgement on words.",
}

// judged returns the findings that judge item it.
func judged(fs validate.Findings, it item) validate.Findings {
	var out validate.Findings
	for _, f := range fs {
		if slices.Contains(it.rules, f.Rule) || (slices.Contains(genericRules, f.Rule) && slices.Contains(it.articles, f.Article)) {
			out = append(out, f)
		}
	}
	return out
}

func TestSeedExpectations(t *testing.T) {
	found := map[string]validate.Findings{}
	for _, e := range expectations {
		if _, ok := found[e.notice]; ok {
			continue
		}
		data, err := os.ReadFile("../examples/notices/" + e.notice + ".yaml")
		require.NoError(t, err)
		n, err := notice.Decode(data)
		require.NoError(t, err)
		found[e.notice] = validate.Validate(n)
	}
	var missingAll, missingFlagged, cleanAll, cleanErrors, vagueAll, vagueFlagged int
	var report strings.Builder
	for _, e := range expectations {
		it, ok := items[e.item]
		require.True(t, ok, "unknown item %s", e.item)
		fs := judged(found[e.notice], it)
		errors, flagged := 0, false
		for _, f := range fs {
			if f.Severity == validate.Error {
				errors++
			}
			flagged = flagged || f.Severity == validate.Error || f.Severity == validate.Warning
		}
		agree := true
		switch e.status {
		case missing:
			missingAll++
			if flagged {
				missingFlagged++
			}
			agree = flagged
		case vague:
			vagueAll++
			if flagged {
				vagueFlagged++
			}
			agree = flagged
		default:
			cleanAll++
			cleanErrors += min(errors, 1)
			agree = errors == 0
		}
		key := e.notice + " " + e.item
		note, explained := shortfalls[key]
		if !agree {
			rules := []string{}
			for _, f := range fs {
				rules = append(rules, f.Severity.String()+" "+f.Rule)
			}
			fmt.Fprintf(&report, "  %s (%s, %s): %s; validator: %v\n", key, e.cite, e.item, e.status, rules)
			if e.status == vague {
				_, known := vagueShort[key]
				assert.True(t, known, "%s: a VAGUE row the validator does not flag, with no explanation in vagueShort", key)
				continue // the goal for VAGUE is a share, not every row
			}
			assert.True(t, explained, "%s (seed expectations, %s, item %s): %s, and the validator disagrees: %v; fix it or explain it in shortfalls",
				key, e.cite, e.item, e.status, rules)
		} else if explained {
			t.Errorf("%s: the shortfall %q is explained, but the validator now agrees; remove the note", key, note)
		}
	}
	t.Logf("MISSING flagged by an error or a warning: %d of %d (%.0f%%)", missingFlagged, missingAll, 100*float64(missingFlagged)/float64(missingAll))
	t.Logf("PRESENT and N/A items with an error: %d of %d", cleanErrors, cleanAll)
	t.Logf("VAGUE flagged by an error or a warning: %d of %d (%.0f%%)", vagueFlagged, vagueAll, 100*float64(vagueFlagged)/float64(vagueAll))
	if report.Len() > 0 {
		t.Logf("rows where the validator and the reader disagree:\n%s", report.String())
	}
	assert.Equal(t, len(expectations), 96, "16 items for each of the six notices")
	assert.Equal(t, missingAll, missingFlagged, "every MISSING item flagged")
	assert.Equal(t, len(shortfalls), cleanErrors, "every PRESENT or N/A item with an error is explained")
	assert.GreaterOrEqual(t, 3*vagueFlagged, 2*vagueAll, "at least two thirds of the VAGUE items flagged")
}
