package validate

import (
	"slices"

	"github.com/seloste/seloste/notice"
)

// --- Art 13(2)(b)-(d), 12(2), 20, 21: rights ---

// baseRights are the rights Art 13(2)(b) names.
var baseRights = []notice.Right{
	notice.RightAccess, notice.RightRectification, notice.RightErasure,
	notice.RightRestriction, notice.RightObject, notice.RightPortability,
}

// rightsGroup is one statement of rights (the notice's or an activity's own)
// and the activities that rely on it.
type rightsGroup struct {
	r    *notice.Rights
	path string
	xs   []act
}

// groups returns the rights statements and the activities that rely on each:
// the notice's first, then each activity's own. Activities that another
// notice describes in full rely on none.
func (c *checker) rightsGroups() []rightsGroup {
	top := rightsGroup{r: c.n.Rights, path: "/rights", xs: c.relying(func(a *notice.Activity) bool { return a.Rights != nil })}
	out := []rightsGroup{top}
	for _, x := range c.acts {
		if x.a.Rights != nil {
			out = append(out, rightsGroup{r: x.a.Rights, path: x.path + "/rights", xs: []act{x}})
		}
	}
	return out
}

// combined returns, for each right, how it applies to the activities of g
// together, as notice.ApplicableRights decides it for each: the right applies
// if it applies to one of them (Applies before Limited before Unknown before
// Excluded before Moot), with the provisions of every activity where it has
// that status. A right excluded by the bases of an activity that leaves some
// purpose or data category with no basis is unknown there: the missing basis
// may give it.
func combined(g rightsGroup) map[notice.Right]notice.RightStatus {
	rank := map[notice.Applicability]int{notice.Applies: 5, notice.Limited: 4, notice.Unknown: 3, notice.Excluded: 2, notice.Moot: 1}
	out := map[notice.Right]notice.RightStatus{}
	for _, x := range g.xs {
		for _, s := range x.rights {
			if x.partial && s.Status == notice.Excluded {
				// Excluded by the bases the activity states, which leave
				// some of its data with none: not known for the rest.
				s.Status = notice.Unknown
			}
			prev, ok := out[s.Right]
			switch {
			case !ok || rank[s.Status] > rank[prev.Status]:
				out[s.Right] = s
			case s.Status == prev.Status:
				for _, p := range s.Provisions {
					if !slices.Contains(prev.Provisions, p) {
						prev.Provisions = append(prev.Provisions, p)
					}
				}
				out[s.Right] = prev
			}
		}
	}
	return out
}

// checkRights checks each rights statement against the rights that apply to
// the activities relying on it. Which rights apply is notice.ApplicableRights'
// decision, never the validator's own. A right that the statement names, or
// marks as not applicable with a reason, is stated; a statement described in
// another notice (describedIn) is not silence.
func (c *checker) checkRights() {
	for _, g := range c.rightsGroups() {
		if len(g.xs) == 0 {
			continue
		}
		c.checkRightsGroup(g)
	}
}

func (c *checker) checkRightsGroup(g rightsGroup) {
	has := map[notice.Right]int{}
	itemsPath := g.path
	if g.r != nil {
		itemsPath = g.path + "/items"
		for k := len(g.r.Items) - 1; k >= 0; k-- {
			has[g.r.Items[k].Right] = k
		}
	}
	elsewhere := g.r != nil && g.r.DescribedIn != nil
	st := combined(g)
	// limited are the rights a limitation stated for several rights at once
	// names (rights.limitations: Art 11(2) for Arts 15 to 20), and whether
	// it cites the law that limits them.
	limited := map[notice.Right]bool{}
	if g.r != nil {
		for _, l := range g.r.Limitations {
			for _, r := range l.Rights {
				limited[r] = limited[r] || len(l.Laws) > 0
			}
		}
	}
	stated := func(r notice.Right) bool {
		_, ok := has[r]
		_, lim := limited[r]
		return ok || lim
	}
	art := func(rule string) string { return c.articleFor(rule, g.xs...) }

	if !slices.ContainsFunc(baseRights, stated) {
		if !elsewhere {
			c.add(RuleRightsMissing, itemsPath, art(RuleRightsMissing))
		}
	} else {
		for _, r := range baseRights {
			switch {
			case stated(r):
			case st[r].Status == notice.Applies:
				c.add(RuleRightMissing, itemsPath, art(RuleRightMissing), notice.RightVocabulary.MessageKey(string(r)))
			case st[r].Status == notice.Limited:
				c.add(RuleLimitedRight, itemsPath, art(RuleLimitedRight), notice.RightVocabulary.MessageKey(string(r)))
			}
		}
	}
	if !stated(notice.RightComplaint) && !elsewhere {
		c.add(RuleComplaintMissing, itemsPath, art(RuleComplaintMissing))
	}
	if st[notice.RightWithdrawConsent].Status == notice.Applies && !elsewhere {
		c.checkWithdrawal(g, has, itemsPath, art(RuleWithdrawConsent))
	}
	if g.r == nil {
		return
	}
	for k, it := range g.r.Items {
		ip := ptrIndex(itemsPath, k)
		s := st[it.Right]
		// byLaw: the notice cites a provision that limits or excludes the
		// right, on the item or in a limitation of several rights.
		byLaw := len(it.Laws) > 0 || limited[it.Right]
		if !it.NotApplicable.IsZero() {
			// A right the regulation gives here, marked as not applicable
			// with no law that restricts it (Art 23). Portability turns on
			// whether processing is automated (Art 20(1)(b)), which
			// notice.ApplicableRights does not decide (its provision is Art
			// 20(1)(a) only): the notice's word is taken.
			if s.Status == notice.Applies && !byLaw && !undecided(s) {
				c.add(RuleRightDenied, ip+"/notApplicable", art(RuleRightDenied), notice.RightVocabulary.MessageKey(string(it.Right)))
			}
			continue
		}
		// A right stated as limited or excluded by law is not promised
		// (Art 11(2) for Arts 15 to 20, a restriction under Art 23).
		if byLaw {
			continue
		}
		switch {
		case it.Right == notice.RightPortability && s.Status == notice.Excluded:
			c.add(RulePortability, ip, "")
		case it.Right == notice.RightObject && s.Status == notice.Excluded:
			c.add(RuleObject, ip, "")
		}
	}
	if len(g.r.Items) > 0 && g.r.HowToExercise.IsZero() && !elsewhere &&
		!slices.ContainsFunc(g.r.Items, func(it notice.RightInfo) bool { return !it.HowToExercise.IsZero() }) {
		c.add(RuleExerciseRights, g.path+"/howToExercise", "")
	}
}

// undecided reports whether notice.ApplicableRights leaves a condition of
// the right open: portability that applies under Art 20(1)(a) still turns on
// processing by automated means (Art 20(1)(b)), which the model does not
// hold.
func undecided(s notice.RightStatus) bool {
	return s.Right == notice.RightPortability && !slices.Contains(s.Provisions, "Art 20(1)(b)")
}

// checkWithdrawal checks that where consent is relied on (Art 6(1)(a),
// 9(2)(a), 49(1)(a), 22(2)(c)), the notice states the right to withdraw it:
// as a right of the statement, in the words of a consent basis or condition
// (withdrawal), or as the way to opt out of a purpose the consent covers
// (purposes[].optOut). It advises saying how (Art 7(3): "as easy to withdraw as to
// give consent").
func (c *checker) checkWithdrawal(g rightsGroup, has map[notice.Right]int, itemsPath, art string) {
	k, listed := has[notice.RightWithdrawConsent]
	how := false
	for _, x := range g.xs {
		for _, b := range x.e.LegalBases {
			how = how || (b.Basis == notice.Consent && !b.Withdrawal.IsZero())
			if b.Basis == notice.Consent {
				// A purpose on consent that says how to opt out of it
				// (purposes[].optOut: "unsubscribe with the link").
				for _, p := range x.e.Purposes {
					covered := len(b.Scope.Purposes) == 0 || (p.ID != "" && slices.Contains(b.Scope.Purposes, p.ID))
					how = how || (covered && !p.OptOut.IsZero())
				}
			}
		}
		for _, s := range x.e.SpecialCategoryConditions {
			how = how || (s.Condition == notice.ExplicitConsent && !s.Withdrawal.IsZero())
		}
	}
	switch {
	case !listed && !how:
		c.add(RuleWithdrawConsent, itemsPath, art)
	case listed && !how:
		it := g.r.Items[k]
		if it.NotApplicable.IsZero() && it.Description.IsZero() && it.HowToExercise.IsZero() {
			c.add(RuleWithdrawHow, ptrIndex(itemsPath, k), "")
		}
	}
}

func (c *checker) checkSupervisoryAuthority() {
	relying := c.relying(func(a *notice.Activity) bool { return len(a.SupervisoryAuthorities) > 0 })
	if len(c.n.SupervisoryAuthorities) == 0 && len(relying) > 0 {
		code := ""
		if cc := c.controllerCountry(relying[0]); cc != "" {
			if _, ok := notice.LookupAuthority(cc); ok {
				code = cc
			}
		}
		c.add(RuleSupervisoryAuthority, "/supervisoryAuthorities", c.articleFor(RuleSupervisoryAuthority, relying...), code)
	}
}
