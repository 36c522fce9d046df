package validate

import (
	"slices"
	"strconv"
	"strings"

	"github.com/seloste/seloste/notice"
)

// hasContact reports whether p gives any contact detail.
func hasContact(p *notice.Party) bool {
	if p.Email != "" || p.Phone != "" || p.URL != "" {
		return true
	}
	for _, line := range p.Address {
		if !line.IsZero() {
			return true
		}
	}
	return false
}

// partyEmpty reports whether p says nothing at all.
func partyEmpty(p *notice.Party) bool {
	return p.Name.IsZero() && p.Role.IsZero() && p.Unit.IsZero() && len(p.Identifiers) == 0 &&
		!hasContact(p) && p.Country == "" && p.Note.IsZero()
}

// --- Art 13(1)(a): controller and representative ---

func (c *checker) checkController() {
	var relying []act
	for _, x := range c.acts {
		if x.a.Controller == nil {
			relying = append(relying, x)
		}
	}
	if c.n.Controller == nil {
		if len(relying) > 0 {
			c.add(RuleControllerMissing, "/controller", c.articleFor(RuleControllerMissing, relying...))
		}
	} else {
		c.checkControllerParty(c.n.Controller, "/controller", relying)
	}
	for _, x := range c.acts {
		if x.a.Controller != nil {
			c.checkControllerParty(x.a.Controller, x.path+"/controller", []act{x})
		}
	}
}

func (c *checker) checkControllerParty(p *notice.Party, path string, xs []act) {
	if p.Name.IsZero() {
		c.add(RuleControllerName, path+"/name", c.articleFor(RuleControllerName, xs...))
	}
	if !hasContact(p) {
		c.add(RuleControllerContact, path, c.articleFor(RuleControllerContact, xs...))
	}
}

func (c *checker) checkRepresentative() {
	outside := false
	for _, p := range c.controllers() {
		if p.Country != "" && validCountry(p.Country) && !notice.IsEEA(p.Country) {
			outside = true
		}
	}
	r := c.n.Representative
	art := c.articleFor(RuleRepresentativeMissing, c.acts...)
	present := r != nil && (!r.NotApplicable.IsZero() || r.Party != nil)
	if outside && !present {
		c.add(RuleRepresentativeMissing, "/representative", art)
	}
	if r == nil || r.Party == nil {
		return
	}
	if !r.NotApplicable.IsZero() {
		if !partyEmpty(r.Party) {
			c.add(RuleNotApplicableAndItems, "/representative", art)
		}
		return
	}
	if r.Party.Name.IsZero() || !hasContact(r.Party) {
		c.add(RuleRepresentativeIncomplete, "/representative/party", art)
	}
}

// controllers returns every controller the notice names.
func (c *checker) controllers() []*notice.Party {
	var out []*notice.Party
	if c.n.Controller != nil {
		out = append(out, c.n.Controller)
	}
	for _, x := range c.acts {
		if x.a.Controller != nil {
			out = append(out, x.a.Controller)
		}
	}
	return out
}

// --- Art 13(1)(b), 37(1)(a): data protection officer ---

func dpoPresent(d *notice.DPO) bool {
	return d != nil && (!d.NotApplicable.IsZero() || !partyEmpty(&d.Party))
}

func (c *checker) checkDPO() {
	var relying []act
	for _, x := range c.acts {
		if x.a.DPO == nil {
			relying = append(relying, x)
		}
	}
	if !dpoPresent(c.n.DPO) {
		if len(relying) > 0 {
			c.add(RuleDPOMissing, "/dpo", c.articleFor(RuleDPOMissing, relying...))
		}
	} else {
		c.checkDPOItem(c.n.DPO, "/dpo", relying)
	}
	for _, x := range c.acts {
		if x.a.DPO == nil {
			continue
		}
		if !dpoPresent(x.a.DPO) {
			c.add(RuleDPOMissing, x.path+"/dpo", c.articleFor(RuleDPOMissing, x))
			continue
		}
		c.checkDPOItem(x.a.DPO, x.path+"/dpo", []act{x})
	}
}

func (c *checker) checkDPOItem(d *notice.DPO, path string, xs []act) {
	art := c.articleFor(RuleDPOMissing, xs...)
	if !d.NotApplicable.IsZero() {
		if !partyEmpty(&d.Party) {
			c.add(RuleNotApplicableAndItems, path, art)
		}
		if c.public {
			c.add(RulePublicAuthorityDPO, path+"/notApplicable", "")
		}
		return
	}
	if !hasContact(&d.Party) {
		c.add(RuleDPOContact, path, art)
	}
}

// --- Art 26: joint controllers ---

func (c *checker) checkJointControllers() {
	jc := c.n.JointControllers
	if jc == nil {
		for _, x := range c.acts {
			if x.e.Recipients == nil {
				continue
			}
			for k, r := range x.e.Recipients.Items {
				if r.Role == notice.RoleJointController {
					c.add(RuleJointRecipient, ptrIndex(x.path+"/recipients/items", k)+"/role", "")
				}
			}
		}
		return
	}
	if len(jc.Parties) == 0 {
		c.add(RuleJointParties, "/jointControllers/parties", "")
	}
	for k, p := range jc.Parties {
		if p.Name.IsZero() {
			c.add(RuleJointParties, ptrIndex("/jointControllers/parties", k)+"/name", "")
		}
	}
	if jc.Arrangement.IsZero() {
		c.add(RuleJointArrangement, "/jointControllers/arrangement", "")
	}
}

// --- Art 13(1)(c)-(d), 6, 9, 10: purposes and legal bases ---

func (c *checker) checkPurposes(x act) {
	a := &x.e.Activity
	if len(a.Purposes) == 0 {
		c.add(RulePurposeMissing, x.path+"/purposes", c.articleFor(RulePurposeMissing, x))
	}
	if len(a.LegalBases) == 0 {
		c.add(RuleLegalBasisMissing, x.item("legalBases"), c.articleFor(RuleLegalBasisMissing, x))
	}
	hasF := x.bases[notice.LegitimateInterests]
	if hasF && a.LegitimateInterests.IsZero() {
		c.add(RuleInterestsMissing, x.item("legitimateInterests"), c.articleFor(RuleInterestsMissing, x))
	}
	if !hasF && len(a.LegalBases) > 0 && !a.LegitimateInterests.IsZero() {
		c.add(RuleInterestsWithoutBasis, x.item("legitimateInterests"), c.articleFor(RuleInterestsWithoutBasis, x))
	}
	for j, b := range a.LegalBases {
		bp := ptrIndex(x.item("legalBases"), j)
		if (b.Basis == notice.LegalObligation || b.Basis == notice.PublicTask) && len(b.Laws) == 0 {
			c.add(RuleLawForBasis, bp+"/laws", "", notice.LegalBasisVocabulary.MessageKey(string(b.Basis)))
		}
		if b.Basis == notice.LegitimateInterests && c.public {
			c.add(RulePublicAuthorityInterests, bp+"/basis", "")
		}
	}
}

// conditionNeedsLaw reports whether an Art 9(2) condition rests on Union or
// Member State law: points (b) and (g)-(j).
func conditionNeedsLaw(k notice.SpecialCondition) bool {
	switch k {
	case notice.EmploymentSocialSecurity, notice.SubstantialPublicInterest,
		notice.HealthOrSocialCare, notice.PublicHealth, notice.ArchivingResearchStatistics:
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

// --- Art 14 items ---

func (c *checker) checkArt14(x act) {
	a := &x.e.Activity
	if x.art14 && len(a.DataCategories) == 0 {
		c.add(RuleCategoriesMissing, x.path+"/dataCategories", "")
	}
	s := a.Sources
	if s == nil || (len(s.Items) == 0 && s.NotApplicable.IsZero()) {
		c.add(RuleSourcesMissing, x.item("sources"), "")
	}
	if s != nil && !s.NotApplicable.IsZero() && len(s.Items) > 0 {
		c.add(RuleNotApplicableAndItems, x.item("sources"), "Art 14(2)(f)")
	}
	if len(a.Exemptions) > 0 && !x.art14 {
		c.add(RuleExemptionNotArt14, x.path+"/exemptions", "")
	}
}

// --- Art 13(1)(e)-(f): recipients and transfers ---

func (c *checker) checkRecipients(x act) {
	r := x.e.Recipients
	art := c.articleFor(RuleRecipientsMissing, x)
	if r == nil || (len(r.Items) == 0 && r.NotApplicable.IsZero() && r.Description.IsZero()) {
		c.add(RuleRecipientsMissing, x.item("recipients"), art)
		return
	}
	if !r.NotApplicable.IsZero() && len(r.Items) > 0 {
		c.add(RuleNotApplicableAndItems, x.item("recipients"), art)
	}
}

func (c *checker) checkTransfers(x act) {
	t := x.e.Transfers
	art := c.articleFor(RuleTransfersMissing, x)
	if t == nil || (len(t.Items) == 0 && t.NotApplicable.IsZero() && t.Description.IsZero()) {
		c.add(RuleTransfersMissing, x.item("transfers"), art)
		return
	}
	if !t.NotApplicable.IsZero() && len(t.Items) > 0 {
		c.add(RuleNotApplicableAndItems, x.item("transfers"), art)
	}
	for k, tr := range t.Items {
		tp := ptrIndex(x.path+"/transfers/items", k)
		if len(tr.Countries) == 0 && tr.InternationalOrganisation.IsZero() {
			c.add(RuleTransferDestination, tp+"/countries", art)
		}
		if slices.ContainsFunc(tr.Mechanisms, notice.TransferMechanism.IsSafeguard) && tr.CopyAt.IsZero() {
			c.add(RuleSafeguardsCopy, tp+"/copyAt", art)
		}
		for m, cc := range tr.Countries {
			if !validCountry(cc) {
				continue // FORM-COUNTRY-01
			}
			cp := ptrIndex(tp+"/countries", m)
			if notice.IsEEA(cc) {
				c.add(RuleTransferToEEA, cp, "", cc)
				continue
			}
			if !slices.Contains(tr.Mechanisms, notice.AdequacyDecision) {
				continue
			}
			ad, ok := notice.LookupAdequacy(cc)
			switch {
			case !ok:
				c.add(RuleNoAdequacy, cp, "", cc)
			case ad.Partial && tr.Safeguards.IsZero():
				c.add(RulePartialAdequacy, cp, "", cc)
			}
		}
	}
	if !t.NotApplicable.IsZero() && len(t.Items) == 0 && x.e.Recipients != nil {
		for k, r := range x.e.Recipients.Items {
			if r.Country != "" && validCountry(r.Country) && !notice.IsEEA(r.Country) {
				c.add(RuleTransferContradiction, ptrIndex(x.item("recipients")+"/items", k)+"/country", art, r.Country)
			}
		}
	}
}

// --- Art 13(2)(a): retention ---

func (c *checker) checkRetention(x act) {
	art := c.articleFor(RuleRetentionMissing, x)
	if len(x.e.Retention) == 0 {
		c.add(RuleRetentionMissing, x.item("retention"), art)
		return
	}
	for k, r := range x.e.Retention {
		rp := ptrIndex(x.item("retention"), k)
		if r.Period.IsZero() && r.Criteria.IsZero() {
			c.add(RuleRetentionEmpty, rp, art)
		}
		if !r.Period.IsZero() && r.From.IsZero() {
			c.add(RuleRetentionFrom, rp+"/from", art)
		}
	}
}

// --- Art 13(2)(e): requirement ---

func (c *checker) checkRequirement(x act) {
	if !x.art13 {
		return
	}
	r := x.e.Requirement
	p := x.item("requirement")
	content := r != nil && len(r.Items) > 0
	if r == nil || (r.NotApplicable.IsZero() && !content && r.DescribedIn == nil) {
		c.add(RuleRequirementMissing, p, "")
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
		if it.Kind == "" {
			c.add(RuleRequirementMissing, ip+"/kind", "")
		} else if it.Kind != notice.NotRequired && it.Consequences.IsZero() {
			c.add(RuleRequirementConsequences, ip+"/consequences", "")
		}
	}
}

// --- Art 13(2)(f): automated decision-making ---

func (c *checker) checkAutomated(x act) {
	d := x.e.AutomatedDecisions
	p := x.item("automatedDecisions")
	art := c.articleFor(RuleAutomatedMissing, x)
	content := d != nil && (d.Profiling || !d.Description.IsZero() || !d.Logic.IsZero() || !d.Consequences.IsZero())
	if d == nil || (d.NotApplicable.IsZero() && !content) {
		c.add(RuleAutomatedMissing, p, art)
		return
	}
	if !d.NotApplicable.IsZero() {
		if content {
			c.add(RuleNotApplicableAndItems, p, art)
		}
		return
	}
	if d.Logic.IsZero() {
		c.add(RuleAutomatedLogic, p+"/logic", art)
	}
	if d.Consequences.IsZero() {
		c.add(RuleAutomatedConsequences, p+"/consequences", art)
	}
}

// --- Art 13(2)(b)-(d), 20, 21: rights ---

// baseRights are the rights Art 13(2)(b) names.
var baseRights = []notice.Right{
	notice.RightAccess, notice.RightRectification, notice.RightErasure,
	notice.RightRestriction, notice.RightObject, notice.RightPortability,
}

func (c *checker) checkRights() {
	type group struct {
		r    *notice.Rights
		path string
		xs   []act
	}
	top := group{r: c.n.Rights, path: "/rights"}
	groups := []group{}
	for _, x := range c.acts {
		if x.a.Rights == nil {
			top.xs = append(top.xs, x)
		} else {
			groups = append(groups, group{r: x.a.Rights, path: x.path + "/rights", xs: []act{x}})
		}
	}
	groups = append([]group{top}, groups...)
	for _, g := range groups {
		if len(g.xs) == 0 {
			continue
		}
		has := map[notice.Right]int{}
		itemsPath := g.path
		if g.r != nil {
			itemsPath = g.path + "/items"
			for k := len(g.r.Items) - 1; k >= 0; k-- {
				has[g.r.Items[k].Right] = k
			}
		}
		anyBase := false
		for _, r := range baseRights {
			if _, ok := has[r]; ok {
				anyBase = true
			}
		}
		var consent, eOrF, aOrB, onlyCE, known = false, false, false, true, true
		for _, x := range g.xs {
			consent = consent || x.bases[notice.Consent]
			for _, k := range x.a.SpecialCategoryConditions {
				consent = consent || k.Condition == notice.ExplicitConsent
			}
			eOrF = eOrF || x.bases[notice.PublicTask] || x.bases[notice.LegitimateInterests]
			aOrB = aOrB || x.bases[notice.Consent] || x.bases[notice.Contract]
			if len(x.a.LegalBases) == 0 {
				known, onlyCE = false, false
			}
			for b := range x.bases {
				if b != notice.LegalObligation && b != notice.PublicTask {
					onlyCE = false
				}
			}
		}
		if !anyBase {
			c.add(RuleRightsMissing, itemsPath, c.articleFor(RuleRightsMissing, g.xs...))
		} else {
			required := []notice.Right{notice.RightAccess, notice.RightRectification}
			if !onlyCE {
				required = append(required, notice.RightErasure)
			}
			required = append(required, notice.RightRestriction)
			if eOrF {
				required = append(required, notice.RightObject)
			}
			if aOrB {
				required = append(required, notice.RightPortability)
			}
			for _, r := range required {
				if _, ok := has[r]; !ok {
					c.add(RuleRightMissing, itemsPath, c.articleFor(RuleRightMissing, g.xs...),
						notice.RightVocabulary.MessageKey(string(r)))
				}
			}
		}
		if _, ok := has[notice.RightComplaint]; !ok {
			c.add(RuleComplaintMissing, itemsPath, c.articleFor(RuleComplaintMissing, g.xs...))
		}
		if _, ok := has[notice.RightWithdrawConsent]; consent && !ok {
			c.add(RuleWithdrawConsent, itemsPath, c.articleFor(RuleWithdrawConsent, g.xs...))
		}
		if k, ok := has[notice.RightPortability]; ok && known && !aOrB {
			c.add(RulePortability, ptrIndex(itemsPath, k), "")
		}
		if k, ok := has[notice.RightObject]; ok && known && !eOrF {
			c.add(RuleObject, ptrIndex(itemsPath, k), "")
		}
	}
}

func (c *checker) checkSupervisoryAuthority() {
	var relying []act
	for _, x := range c.acts {
		if len(x.a.SupervisoryAuthorities) == 0 {
			relying = append(relying, x)
		}
	}
	if len(c.n.SupervisoryAuthorities) == 0 && len(relying) > 0 {
		c.add(RuleSupervisoryAuthority, "/supervisoryAuthorities", c.articleFor(RuleSupervisoryAuthority, relying...))
	}
}

// --- form: dates, languages, identifiers ---

func (c *checker) checkDates() {
	n := c.n
	if !n.Effective.IsZero() && !n.Published.IsZero() && n.Effective.Before(n.Published) {
		c.add(RuleDateOrder, "/effective", "", n.Effective.String(), n.Published.String())
	}
	if n.Prepared.IsZero() && n.Updated.IsZero() && n.Published.IsZero() && n.Effective.IsZero() {
		c.add(RuleDateMissing, "", "")
	}
}

func (c *checker) checkIDs() {
	seen := map[string]bool{}
	for _, x := range c.acts {
		if id := x.a.ID; id != "" {
			if !idRE.MatchString(id) || seen[id] {
				c.add(RuleID, x.path+"/id", "", id)
			}
			seen[id] = true
		}
		groups := map[string]bool{}
		for k, g := range x.a.DataSubjects {
			if g.ID == "" {
				continue
			}
			if !idRE.MatchString(g.ID) || groups[g.ID] {
				c.add(RuleID, ptrIndex(x.path+"/dataSubjects", k)+"/id", "", g.ID)
			}
			groups[g.ID] = true
		}
		for k, dc := range x.a.DataCategories {
			for m, s := range dc.Subjects {
				if !groups[s] {
					c.add(RuleSubjectRef, ptrIndex(ptrIndex(x.path+"/dataCategories", k)+"/subjects", m), "", s)
				}
			}
		}
		c.checkSectionIDs(x.a.Sections, x.path+"/sections")
	}
	c.checkSectionIDs(c.n.Sections, "/sections")
}

func (c *checker) checkSectionIDs(ss []notice.Section, path string) {
	seen := map[string]bool{}
	for k, s := range ss {
		if s.ID == "" {
			continue
		}
		if !idRE.MatchString(s.ID) || seen[s.ID] {
			c.add(RuleID, ptrIndex(path, k)+"/id", "", s.ID)
		}
		seen[s.ID] = true
	}
}

// itemArticle returns the article of the information item that holds the
// value at ptr (the controller's email: Art 13(1)(a)), or "" for the rule's
// own article.
func (c *checker) itemArticle(ptr string) string {
	toks := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	xs := c.acts
	name := toks[0]
	if name == "activities" && len(toks) >= 3 {
		i, err := strconv.Atoi(toks[1])
		if err != nil || i < 0 || i >= len(c.acts) {
			return ""
		}
		xs, name = []act{c.acts[i]}, toks[2]
	}
	var rule string
	switch name {
	case "controller", "representative", "contactPersons":
		rule = RuleControllerMissing
	case "dpo":
		rule = RuleDPOMissing
	case "recipients":
		rule = RuleRecipientsMissing
	case "transfers":
		rule = RuleTransfersMissing
	case "supervisoryAuthorities":
		rule = RuleComplaintMissing
	case "retention":
		rule = RuleRetentionMissing
	case "automatedDecisions":
		rule = RuleAutomatedMissing
	case "requirement":
		return "Art 13(2)(e)"
	case "sources":
		return "Art 14(2)(f)"
	case "jointControllers":
		return "Art 26(2)"
	default:
		return ""
	}
	return c.articleFor(rule, xs...)
}
