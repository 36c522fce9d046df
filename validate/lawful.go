package validate

import (
	"slices"

	"github.com/seloste/seloste/notice"
)

// --- Art 13(1)(c)-(d), 6, 8, 9, 10: purposes and legal bases ---

func (c *checker) checkPurposes(x act) {
	a := &x.e.Activity
	if len(a.Purposes) == 0 {
		c.add(RulePurposeMissing, x.path+"/purposes", c.articleFor(RulePurposeMissing, x))
	}
	if len(a.LegalBases) == 0 {
		c.add(RuleLegalBasisMissing, x.item("legalBases"), c.articleFor(RuleLegalBasisMissing, x))
	} else {
		c.checkPurposeBases(x)
	}
	c.checkInterests(x)
	country := c.controllerCountry(x)
	for j, b := range a.LegalBases {
		bp := ptrIndex(x.item("legalBases"), j)
		if b.Basis == "" {
			if len(b.Laws) == 0 {
				c.add(RuleBasisUnnamed, bp, c.articleFor(RuleBasisUnnamed, x))
			} else {
				c.add(RuleBasisLawOnly, bp+"/basis", c.articleFor(RuleBasisLawOnly, x))
			}
		}
		if (b.Basis == notice.LegalObligation || b.Basis == notice.PublicTask) && len(b.Laws) == 0 {
			c.add(RuleLawForBasis, bp+"/laws", "", notice.LegalBasisVocabulary.MessageKey(string(b.Basis)), lawHint(b.Basis, country))
		}
		if b.Basis == notice.LegitimateInterests && x.public {
			c.add(RulePublicAuthorityInterests, bp+"/basis", "")
		}
		if b.Basis == notice.LegitimateInterests && alsoConsent(a, b) {
			c.add(RuleConsentAndInterests, bp+"/basis", "")
		}
		if b.Basis == notice.LegitimateInterests && coversChildren(a, b.Scope) {
			c.add(RuleChildInterests, bp+"/basis", "")
		}
		if b.Basis == notice.Consent && coversChildren(a, b.Scope) && b.Description.IsZero() {
			c.add(RuleChildConsent, bp, "")
		}
	}
}

// checkInterests checks Art 13(1)(d), 14(2)(b): where processing rests on
// Art 6(1)(f), "the legitimate interests pursued by the controller or by a
// third party". The notice states them once for the activity
// (legitimateInterests) or on each basis (legalBases[].interests); either
// states them. Where no (f) basis has its own and the activity states none,
// the finding is at the activity's legitimateInterests; where some have
// theirs, at each (f) basis without. Interests stated on a basis that is not
// (f), or on an activity with no (f) basis, are ART13-INTERESTS-02.
func (c *checker) checkInterests(x act) {
	a := &x.e.Activity
	hasF := x.bases[notice.LegitimateInterests]
	if hasF && a.LegitimateInterests.IsZero() {
		var without []int
		some := false
		for j, b := range a.LegalBases {
			if b.Basis != notice.LegitimateInterests {
				continue
			}
			if b.Interests.IsZero() {
				without = append(without, j)
			} else {
				some = true
			}
		}
		art := c.articleFor(RuleInterestsMissing, x)
		switch {
		case !some:
			c.add(RuleInterestsMissing, x.item("legitimateInterests"), art)
		default:
			for _, j := range without {
				c.add(RuleInterestsMissing, ptrIndex(x.item("legalBases"), j)+"/interests", art)
			}
		}
	}
	art := c.articleFor(RuleInterestsWithoutBasis, x)
	if !hasF && len(a.LegalBases) > 0 && !a.LegitimateInterests.IsZero() {
		c.add(RuleInterestsWithoutBasis, x.item("legitimateInterests"), art)
	}
	for j, b := range a.LegalBases {
		if b.Basis != notice.LegitimateInterests && b.Basis != "" && !b.Interests.IsZero() {
			c.add(RuleInterestsWithoutBasis, ptrIndex(x.item("legalBases"), j)+"/interests", art)
		}
	}
}

// checkPurposeBases reports each purpose that no legal basis covers, where
// every basis names the purposes it covers (Art 13(1)(c): "the purposes of
// the processing ... as well as the legal basis for the processing"), and
// each data category that none covers, where every basis names the data
// categories it covers. A basis with no scope covers everything; one scoped
// by data only covers every purpose, one scoped by purposes only every data
// category.
func (c *checker) checkPurposeBases(x act) {
	a := &x.e.Activity
	art := c.articleFor(RulePurposeWithoutBasis, x)
	for _, k := range uncoveredPurposes(a) {
		c.add(RulePurposeWithoutBasis, ptrIndex(x.path+"/purposes", k), art)
	}
	for _, k := range uncoveredCategories(a) {
		c.add(RuleCategoryWithoutBasis, ptrIndex(x.path+"/dataCategories", k), art)
	}
}

// uncoveredPurposes returns the indices of the purposes of a that no legal
// basis covers, where every basis names the purposes it covers.
func uncoveredPurposes(a *notice.Activity) []int {
	return uncovered(a.LegalBases, len(a.Purposes), func(b notice.LegalBasisClaim) []string { return b.Scope.Purposes },
		func(k int) string { return a.Purposes[k].ID })
}

// uncoveredCategories returns the indices of the data categories of a that
// no legal basis covers, where every basis names the categories it covers.
func uncoveredCategories(a *notice.Activity) []int {
	return uncovered(a.LegalBases, len(a.DataCategories), func(b notice.LegalBasisClaim) []string { return b.Scope.DataCategories },
		func(k int) string { return a.DataCategories[k].ID })
}

// uncovered returns the indices 0..n-1 whose id no basis's scope names,
// where every basis names some; nil where a basis names none (it covers
// everything) or there is no basis.
func uncovered(bases []notice.LegalBasisClaim, n int, scope func(notice.LegalBasisClaim) []string, id func(int) string) []int {
	if len(bases) == 0 {
		return nil
	}
	covered := map[string]bool{}
	for _, b := range bases {
		ids := scope(b)
		if len(ids) == 0 {
			return nil
		}
		for _, i := range ids {
			covered[i] = true
		}
	}
	var out []int
	for k := range n {
		if i := id(k); i == "" || !covered[i] {
			out = append(out, k)
		}
	}
	return out
}

// alsoConsent reports whether the legitimate-interests basis f covers a
// purpose that a consent basis of a covers too: both name it, or the
// activity has one purpose and both, stated with no condition, cover it;
// and their data-category scopes, where both have one, share a category.
func alsoConsent(a *notice.Activity, f notice.LegalBasisClaim) bool {
	shareData := func(x, y notice.Scope) bool {
		return len(x.DataCategories) == 0 || len(y.DataCategories) == 0 ||
			slices.ContainsFunc(x.DataCategories, func(id string) bool { return slices.Contains(y.DataCategories, id) })
	}
	return slices.ContainsFunc(a.LegalBases, func(b notice.LegalBasisClaim) bool {
		if b.Basis != notice.Consent || !shareData(b.Scope, f.Scope) {
			return false
		}
		named := slices.ContainsFunc(f.Scope.Purposes, func(id string) bool { return slices.Contains(b.Scope.Purposes, id) })
		single := len(a.Purposes) == 1 && b.Condition.IsZero() && f.Condition.IsZero()
		covers := func(x notice.LegalBasisClaim) bool {
			return len(x.Scope.Purposes) == 0 || (a.Purposes[0].ID != "" && slices.Contains(x.Scope.Purposes, a.Purposes[0].ID))
		}
		return named || (single && covers(b) && covers(f))
	})
}

// coversChildren reports whether a statement of scope s covers a group of
// data subjects of a that consists of or includes children.
func coversChildren(a *notice.Activity, s notice.Scope) bool {
	return slices.ContainsFunc(a.DataSubjects, func(g notice.DataSubjectGroup) bool {
		return g.Children && (len(s.DataSubjects) == 0 || slices.Contains(s.DataSubjects, g.ID))
	})
}

// controllerCountry returns the country of the activity's controller, else
// of the notice's controller, or "".
func (c *checker) controllerCountry(x act) string {
	if p := x.e.Controller; p != nil && p.Country != "" {
		return p.Country
	}
	if c.n.Controller != nil {
		return c.n.Controller.Country
	}
	return ""
}

// lawHint returns the catalog key of the example that ART6-LAW-01 gives for
// a basis: the act that imposes the obligation for point (c); for point (e)
// the act that lays down the task, with the national provision that
// supplements point (e) where the library knows it for the controller's
// country (in Finland, section 4 of the Data Protection Act 1050/2018, which
// concerns point (e) only).
func lawHint(b notice.LegalBasis, country string) string {
	if b == notice.PublicTask && country == "FI" {
		return "rule.hint.law.publicTask.FI"
	}
	return "rule.hint.law." + string(b)
}

// conditionNeedsLaw reports whether an Art 9(2) condition rests on Union or
// Member State law: points (b), (g), (i) and (j). Point (h) rests on law or
// on a contract with a health professional (Art 9(2)(h), 9(3)), so it is not
// demanded.
func conditionNeedsLaw(k notice.SpecialCondition) bool {
	switch k {
	case notice.EmploymentSocialSecurity, notice.SubstantialPublicInterest,
		notice.PublicHealth, notice.ArchivingResearchStatistics:
		return true
	}
	return false
}

func (c *checker) checkSpecial(x act) {
	a := &x.e.Activity
	special, criminal := false, false
	for _, dc := range a.DataCategories {
		special = special || len(dc.Special) > 0
		criminal = criminal || dc.Criminal
	}
	if special && len(a.SpecialCategoryConditions) == 0 {
		c.add(RuleSpecialCondition, x.path+"/specialCategoryConditions", "")
	}
	if !special && len(a.SpecialCategoryConditions) > 0 {
		c.add(RuleConditionWithoutData, x.path+"/specialCategoryConditions", "")
	}
	for j, k := range a.SpecialCategoryConditions {
		if conditionNeedsLaw(k.Condition) && len(k.Laws) == 0 {
			c.add(RuleLawForCondition, ptrIndex(x.path+"/specialCategoryConditions", j)+"/laws", "",
				notice.SpecialConditionVocabulary.MessageKey(string(k.Condition)))
		}
	}
	if criminal && a.CriminalDataBasis == nil {
		c.add(RuleCriminalBasis, x.path+"/criminalDataBasis", "")
	}
}
