package validate

import (
	"slices"

	"github.com/seloste/seloste/notice"
)

// --- Art 14 items ---

func (c *checker) checkArt14(x act) {
	a := &x.e.Activity
	if x.art14 && len(a.DataCategories) == 0 {
		c.add(RuleCategoriesMissing, x.path+"/dataCategories", "")
	}
	s := a.Sources
	if s == nil || (len(s.Items) == 0 && s.NotApplicable.IsZero() && s.DescribedIn == nil) {
		c.add(RuleSourcesMissing, x.item("sources"), "")
	}
	if s != nil && !s.NotApplicable.IsZero() && len(s.Items) > 0 {
		c.add(RuleNotApplicableAndItems, x.item("sources"), "Art 14(2)(f)")
	}
	if x.art14 && s != nil {
		c.checkSourceCoverage(x)
	}
	art13only := !x.art14
	for k, e := range a.Exemptions {
		ep := ptrIndex(x.path+"/exemptions", k)
		// Art 13(4) relieves data from the data subject where and insofar as
		// the data subject already has the information: alreadyInformed is
		// the one exemption Art 13 knows.
		if art13only && e.Exemption != notice.AlreadyInformed {
			c.add(RuleExemptionNotArt14, ep, "")
		}
		if (e.Exemption == notice.LaidDownByLaw || e.Exemption == notice.ProfessionalSecrecy) && len(e.Laws) == 0 {
			c.add(RuleExemptionLaw, ep+"/laws", "", notice.ExemptionVocabulary.MessageKey(string(e.Exemption)))
		}
	}
}

// checkSourceCoverage reports each data category that no source covers,
// where every source names the data categories it covers (Art 14(2)(f): "from
// which source the personal data originate"). A source with no scope, or one
// scoped by purposes or groups, covers every category.
func (c *checker) checkSourceCoverage(x act) {
	a := &x.e.Activity
	covered := map[string]bool{}
	if len(a.Sources.Items) == 0 {
		return
	}
	for _, s := range a.Sources.Items {
		if len(s.Scope.DataCategories) == 0 {
			return
		}
		for _, id := range s.Scope.DataCategories {
			covered[id] = true
		}
	}
	for k, dc := range a.DataCategories {
		if dc.ID == "" || !covered[dc.ID] {
			c.add(RuleSourceCoverage, ptrIndex(x.path+"/dataCategories", k), "")
		}
	}
}

// --- Art 13(1)(e): recipients ---

// checkRecipients: Art 13(1)(e) asks the recipients "if any", so silence is a
// warning (ART13-RECIPIENTS-01); recipients only in words, or only by the
// law under which disclosures are made (laws), with no recipient or category
// named, are a warning too (ART13-RECIPIENTS-02). A reference to another
// notice (describedIn) is not silence.
func (c *checker) checkRecipients(x act) {
	r := x.e.Recipients
	art := c.articleFor(RuleRecipientsMissing, x)
	p := x.item("recipients")
	switch {
	case r == nil || (len(r.Items) == 0 && r.NotApplicable.IsZero() && r.Description.IsZero() && len(r.Laws) == 0 && r.DescribedIn == nil):
		c.add(RuleRecipientsMissing, p, art)
	case len(r.Items) == 0 && r.NotApplicable.IsZero() && r.DescribedIn == nil:
		if r.Description.IsZero() {
			c.add(RuleRecipientsWords, p+"/laws", art)
		} else {
			c.add(RuleRecipientsWords, p+"/description", art)
		}
	case !r.NotApplicable.IsZero() && len(r.Items) > 0:
		c.add(RuleNotApplicableAndItems, p, art)
	}
}

// --- Art 13(2)(e): requirement ---

// checkRequirement checks the Art 13(2)(e) item: "whether the provision of
// personal data is a statutory or contractual requirement, or a requirement
// necessary to enter into a contract, as well as whether the data subject is
// obliged to provide the personal data and of the possible consequences of
// failure to provide such data". A statement in words (description) or in
// items is a statement; an item says the data are required by its kind or by
// obliged, and a required item states the consequences (ART13-REQUIREMENT-02).
// Where the statements are scoped, what none covers is reported
// (ART13-REQUIREMENT-03).
func (c *checker) checkRequirement(x act) {
	a := &x.e.Activity
	if !x.art13 || !provided(a) {
		return // no data the data subject provides: nothing to be required
	}
	r := x.e.Requirement
	p := x.item("requirement")
	content := r != nil && (len(r.Items) > 0 || !r.Description.IsZero())
	if r == nil || (r.NotApplicable.IsZero() && !content && r.DescribedIn == nil) {
		if !consentOnly(a) {
			c.add(RuleRequirementMissing, p, "")
		}
		return
	}
	if !r.NotApplicable.IsZero() {
		if content {
			c.add(RuleNotApplicableAndItems, p, "Art 13(2)(e)")
		}
		return
	}
	for k, it := range r.Items {
		ip := ptrIndex(p+"/items", k)
		required := it.Obliged || (it.Kind != "" && it.Kind != notice.NotRequired)
		switch {
		case it.Kind == "" && !it.Obliged:
			c.add(RuleRequirementMissing, ip+"/kind", "")
		case required && it.Consequences.IsZero():
			c.add(RuleRequirementConsequences, ip+"/consequences", "")
		}
	}
	c.checkRequirementCoverage(x, r)
}

// checkRequirementCoverage reports each data category that the data subject
// provides and that no requirement statement covers, where the statements
// are scoped. A statement covers the categories its scope names (all where
// it names none) for the purposes its scope names (all where it names none);
// a category is covered when, for every purpose it serves (its purposes, or
// every purpose of the activity), some statement covers it. A statement
// scoped by groups only covers everything.
func (c *checker) checkRequirementCoverage(x act, r *notice.Requirements) {
	a := &x.e.Activity
	if len(r.Items) == 0 {
		return
	}
	everything := false                        // a statement with no scope
	all := map[string]bool{}                   // categories covered for every purpose
	anyPurpose := map[string]bool{}            // purposes covered for every category
	byCategory := map[string]map[string]bool{} // category → the purposes covered for it
	for _, it := range r.Items {
		cats, purps := it.Scope.DataCategories, it.Scope.Purposes
		switch {
		case len(cats) == 0 && len(purps) == 0:
			everything = true
		case len(cats) == 0:
			for _, p := range purps {
				anyPurpose[p] = true
			}
		default:
			for _, id := range cats {
				if len(purps) == 0 {
					all[id] = true
					continue
				}
				if byCategory[id] == nil {
					byCategory[id] = map[string]bool{}
				}
				for _, p := range purps {
					byCategory[id][p] = true
				}
			}
		}
	}
	if everything {
		return
	}
	var activityPurposes []string
	for _, pu := range a.Purposes {
		activityPurposes = append(activityPurposes, pu.ID)
	}
	for k, dc := range a.DataCategories {
		if !fromDataSubject(a, dc.ID) || (dc.ID != "" && all[dc.ID]) {
			continue
		}
		purposes := dc.Purposes
		if len(purposes) == 0 {
			purposes = activityPurposes
		}
		// With no purpose to read a scope against, a statement that names
		// the category, or any statement by purposes, covers it.
		covered := len(purposes) > 0 || len(byCategory[dc.ID]) > 0 || len(anyPurpose) > 0
		for _, p := range purposes {
			if p == "" || (!anyPurpose[p] && !byCategory[dc.ID][p]) {
				covered = false
				break
			}
		}
		if !covered {
			c.add(RuleRequirementCoverage, ptrIndex(x.path+"/dataCategories", k), "")
		}
	}
}

// provided reports whether anyone provides any of the activity's data: the
// activity names no source (and is taken to collect from the data subject),
// or one of its sources is not of kind generated. Art 13(2)(e) asks about
// "the provision of personal data"; data that all arise from the use of a
// service (generated: logs, cookies, usage) are not provided by anyone, and
// there is nothing whose provision could be required.
func provided(a *notice.Activity) bool {
	if a.Sources == nil || len(a.Sources.Items) == 0 {
		return true
	}
	return slices.ContainsFunc(a.Sources.Items, func(s notice.Source) bool { return s.Kind != notice.SourceGenerated })
}

// consentOnly reports whether every legal basis of the activity, and at
// least one, is consent (Art 6(1)(a)). Consent is freely given or it is not
// consent (Art 4(11), 7(4)): processing that rests on it alone tells the
// reader that providing the data is no requirement, which is what Art
// 13(2)(e) asks first.
func consentOnly(a *notice.Activity) bool {
	return len(a.LegalBases) > 0 && !slices.ContainsFunc(a.LegalBases, func(b notice.LegalBasisClaim) bool { return b.Basis != notice.Consent })
}

// fromDataSubject reports whether the data category with the given ID is
// provided by the data subject: the activity names no source, or a source of
// kind dataSubject covers it, by naming it or by naming no data category.
// Data generated by the controller's observation (generated: logs, device
// data) are under Art 13 too, but the data subject does not "provide" them,
// which is what Art 13(2)(e) asks about.
func fromDataSubject(a *notice.Activity, id string) bool {
	if a.Sources == nil || len(a.Sources.Items) == 0 {
		return true
	}
	return slices.ContainsFunc(a.Sources.Items, func(s notice.Source) bool {
		return s.Kind == notice.SourceDataSubject && (len(s.Scope.DataCategories) == 0 || (id != "" && slices.Contains(s.Scope.DataCategories, id)))
	})
}

// --- Art 13(2)(f), 22: automated decision-making ---

// checkAutomated checks the Art 13(2)(f) item. Its "at least in those cases"
// makes the logic and the consequences required for decisions within Art
// 22(1) and (4) (legalEffect): errors there (ART13-AUTOMATED-02, -03), a
// warning for other profiling or decision-making (ART13-AUTOMATED-04). A
// decision within Art 22(1) needs an exception of Art 22(2), the safeguards
// of Art 22(3) where it rests on a contract or explicit consent, and may use
// special categories only under Art 9(2)(a) or (g) (Art 22(4)).
func (c *checker) checkAutomated(x act) {
	d := x.e.AutomatedDecisions
	p := x.item("automatedDecisions")
	art := c.articleFor(RuleAutomatedMissing, x)
	content := d != nil && (d.Profiling || d.LegalEffect || d.Ground != "" || !d.Description.IsZero() ||
		!d.Logic.IsZero() || !d.Consequences.IsZero() || !d.Safeguards.IsZero())
	if d == nil || (d.NotApplicable.IsZero() && !content && d.DescribedIn == nil) {
		c.add(RuleAutomatedMissing, p, art)
		return
	}
	if !d.NotApplicable.IsZero() {
		if content {
			c.add(RuleNotApplicableAndItems, p, art)
		}
		return
	}
	if !content {
		return // described in another notice
	}
	if !d.LegalEffect {
		if d.Logic.IsZero() {
			c.add(RuleAutomatedOutside22, p+"/logic", art)
		}
		if d.Consequences.IsZero() {
			c.add(RuleAutomatedOutside22, p+"/consequences", art)
		}
		return
	}
	if d.Logic.IsZero() {
		c.add(RuleAutomatedLogic, p+"/logic", art)
	}
	if d.Consequences.IsZero() {
		c.add(RuleAutomatedConsequences, p+"/consequences", art)
	}
	if d.Ground == "" {
		c.add(RuleDecisionGround, p+"/ground", "")
	}
	if (d.Ground == notice.DecisionContract || d.Ground == notice.DecisionExplicitConsent) && d.Safeguards.IsZero() &&
		!c.rightStated(x, notice.RightAutomatedDecision) {
		c.add(RuleDecisionSafeguards, p+"/safeguards", "")
	}
	if c.decisionUsesSpecial(x) && !slices.ContainsFunc(x.e.SpecialCategoryConditions, func(k notice.SpecialConditionClaim) bool {
		return k.Condition == notice.ExplicitConsent || k.Condition == notice.SubstantialPublicInterest
	}) {
		c.add(RuleDecisionSpecial, p, "")
	}
}

// decisionUsesSpecial reports whether the automated decisions of x concern
// special categories of data: a category marked special within the
// decisions' scope (all the activity's categories when the scope names none).
func (c *checker) decisionUsesSpecial(x act) bool {
	s := x.e.AutomatedDecisions.Scope
	return slices.ContainsFunc(x.e.DataCategories, func(dc notice.DataCategory) bool {
		return len(dc.Special) > 0 && (len(s.DataCategories) == 0 || slices.Contains(s.DataCategories, dc.ID))
	})
}

// rightStated reports whether the rights statement that x relies on names
// right r.
func (c *checker) rightStated(x act, r notice.Right) bool {
	rs := x.e.Rights
	return rs != nil && slices.ContainsFunc(rs.Items, func(it notice.RightInfo) bool { return it.Right == r && it.NotApplicable.IsZero() })
}
