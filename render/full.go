package render

import (
	"reflect"
	"slices"

	"github.com/seloste/seloste/notice"
)

// ---- the full notice -------------------------------------------------------

// full returns the sections of the full notice. A notice with one activity
// follows the usual order of Finnish notices: controller, contacts, the
// activity and its Art 13/14 items (its own and the notice's), security,
// rights and complaint. A notice with several activities gives what they
// share once, under "Information common to all processing activities"
// (each item the notice states once, naming the activities it applies to
// where some state their own), then each activity with the items that are
// its own. Free sections go where their After places them.
func (b *builder) full() []*section {
	if len(b.n.Activities) == 1 {
		return b.fullSingle()
	}
	return b.fullSeveral()
}

// fullSingle is the full notice of one activity.
func (b *builder) fullSingle() []*section {
	n := b.n
	e := &b.eff[0]
	top := &container{rel: 2}
	b.partySections(top, e, 2)
	restore := b.at("/activities/0")
	name := b.paras(e.Name, "name", "register-name")
	name = append(name, b.paras(e.Description, "description", "")...)
	name = append(name, b.validityBlock(e.Validity)...)
	name = append(name, b.describedIn(e.DescribedIn)...)
	restore()
	top.add(b.sec(2, b.hk("heading.registerName", "label.processingActivity"), "register", name),
		"id", "name", "description", "describedIn")
	b.activityItems(top, e, 2, true)
	if len(top.slots) > 0 {
		top.slots[len(top.slots)-1].keys = append(top.slots[len(top.slots)-1].keys, "activities")
	}
	top.add(b.securitySection(2, e.Security, e.Pointer("security")), "security")
	top.add(b.codesSection(2), "codesOfConduct")
	acts := []*notice.EffectiveActivity{e}
	top.add(b.rightsSection(2, e.Rights, e.Pointer("rights"), acts), "rights")
	top.add(b.complaintSection(2, e.Rights, e.Pointer("rights"), e.SupervisoryAuthorities, e.Pointer("supervisoryAuthorities")), "supervisoryAuthorities")
	top.add(b.cookiesSection(2), "cookies")
	top.add(b.changesSection(2), "changes")
	b.place(e.Sections, "/activities/0", reflect.TypeFor[notice.Activity](), "activity-section", top)
	b.place(n.Sections, "", reflect.TypeFor[notice.Notice](), "section", top)
	return top.sections()
}

// partySections adds the controller, the representative, the contact
// persons, the data protection officer and the joint controllers of e: its
// own or the notice's.
func (b *builder) partySections(c *container, e *notice.EffectiveActivity, rel int) {
	c.add(b.controllerSection(rel, e.Controller, e.Pointer("controller")), "controller")
	c.add(b.representativeSection(rel, e.Representative, e.Pointer("representative")), "representative")
	c.add(b.contactPersonsSection(rel), "contactPersons")
	c.add(b.dpoSection(rel, e.DPO, e.Pointer("dpo")), "dpo")
	c.add(b.jointControllersSection(rel, e.JointControllers, e.Pointer("jointControllers")), "jointControllers")
}

// fullSeveral is the full notice of several activities.
func (b *builder) fullSeveral() []*section {
	n := b.n
	shared := &container{rel: 3}
	shared.add(b.controllerSection(3, n.Controller, "/controller"), "controller")
	shared.add(b.representativeSection(3, n.Representative, "/representative"), "representative")
	shared.add(b.contactPersonsSection(3), "contactPersons")
	shared.add(b.dpoSection(3, n.DPO, "/dpo"), "dpo")
	shared.add(b.jointControllersSection(3, n.JointControllers, "/jointControllers"), "jointControllers")
	b.sharedItems(shared, 3)
	shared.add(b.securitySection(3, n.Security, "/security"), "security")
	shared.add(b.codesSection(3), "codesOfConduct")
	var own []*notice.EffectiveActivity // the activities without rights of their own
	for i := range b.eff {
		if e := &b.eff[i]; e.Inherited("rights") || e.Rights == nil {
			own = append(own, e)
		}
	}
	if len(own) > 0 {
		s := b.rightsSection(3, n.Rights, "/rights", own)
		if s != nil && n.Rights != nil {
			s.Blocks = append(b.appliesTo("rights", own), s.Blocks...)
		}
		shared.add(s, "rights")
	}
	// The notice's rights and authorities, as far as some activity
	// inherits them: an item every activity states itself is not shared.
	var rights *notice.Rights
	var sas []notice.SupervisoryAuthority
	if len(b.inheritors("rights")) > 0 {
		rights = n.Rights
	}
	if len(b.inheritors("supervisoryAuthorities")) > 0 {
		sas = n.SupervisoryAuthorities
	}
	shared.add(b.complaintSection(3, rights, "/rights", sas, "/supervisoryAuthorities"), "supervisoryAuthorities")

	top := &container{rel: 2}
	// The shared items come first; their section gets its subsections once
	// the free sections are placed among them.
	common := &section{ID: b.id("shared"), Class: "shared",
		Heading: b.heading(2, []span{{Text: b.t("label.sharedInformation")}})}
	top.add(common)
	acts := &section{ID: b.id("activities"), Class: "activities",
		Heading: b.heading(2, []span{{Text: b.t("heading.processingActivities")}})}
	nav := block{Kind: blockNav, Class: "toc", Label: b.t("heading.processingActivities")}
	for i := range n.Activities {
		s := b.activitySection(i, 3)
		acts.Subs = append(acts.Subs, s)
		link := span{Kind: spanLink, Text: plain(s.Heading.Spans), URL: "#" + s.ID}
		for _, x := range s.Heading.Spans {
			if x.Lang != "" {
				link.Lang = x.Lang // the name fell back to another language
			}
		}
		nav.Items = append(nav.Items, item{Spans: []span{link}})
	}
	acts.Blocks = []block{nav}
	top.add(acts, "activities")
	top.add(b.cookiesSection(2), "cookies")
	top.add(b.changesSection(2), "changes")
	b.place(n.Sections, "", reflect.TypeFor[notice.Notice](), "section", top, shared)
	common.Subs = shared.sections()
	return nonNil(slices.DeleteFunc(top.sections(), func(s *section) bool { return s == common && len(s.Subs) == 0 })...)
}

// sharedItems adds the items of Arts 13 and 14 the notice states once for
// the activities that do not state them, each naming the activities it
// applies to when some state their own.
func (b *builder) sharedItems(c *container, rel int) {
	n := b.n
	at := func(item string) itemSrc { return itemSrc{ptr: "/" + item, acts: b.inheritors(item)} }
	with := func(item string, s *section) *section {
		if s != nil {
			s.Blocks = append(b.appliesTo(item, at(item).acts), s.Blocks...)
		}
		return s
	}
	c.add(b.sharedBasesSection(rel, b.inheritors("legalBases"), b.inheritors("legitimateInterests")), "legalBases", "legitimateInterests")
	c.add(with("sources", b.sourcesSection(n.Sources, at("sources"), rel)), "sources")
	c.add(with("requirement", b.requirementSection(n.Requirement, at("requirement"), rel)), "requirement")
	c.add(with("recipients", b.recipientsSection(n.Recipients, at("recipients"), nil, rel)), "recipients")
	c.add(with("transfers", b.transfersSection(n.Transfers, at("transfers"), rel)), "transfers")
	c.add(with("storage", b.storageSection(n.Storage, at("storage"), rel)), "storage")
	c.add(with("retention", b.retentionSection(n.Retention, at("retention"), rel)), "retention")
	c.add(with("automatedDecisions", b.automatedSection(n.AutomatedDecisions, at("automatedDecisions"), nil, rel)), "automatedDecisions")
	restore := b.at("/negativeStatements")
	neg := b.negationBlocks(n.NegativeStatements, nil, b.inheritors("negativeStatements"))
	restore()
	c.add(with("negativeStatements", b.sec(rel, "negation", "negative-statements", neg)), "negativeStatements")
}

// activitySection returns activity i of a notice with several, at level
// rel, with the items that are its own.
func (b *builder) activitySection(i, rel int) *section {
	e := &b.eff[i]
	a := &b.n.Activities[i]
	name := b.activityName(i)
	s := &section{ID: b.id("activity", a.ID), Class: "activity", Heading: b.heading(rel, name)}
	b.scope = []string{s.ID[len(clean(b.opts.IDPrefix)):]}
	defer func() { b.scope = nil }()
	restore := b.at("/activities/" + itoa(i))
	s.Blocks = b.paras(a.Description, "description", "")
	s.Blocks = append(s.Blocks, b.validityBlock(a.Validity)...)
	s.Blocks = append(s.Blocks, b.describedIn(a.DescribedIn)...)
	restore()
	sub := rel + 1
	c := &container{rel: sub}
	own := func(item string) bool { return !e.Inherited(item) }
	if own("controller") {
		c.add(b.controllerSection(sub, a.Controller, e.Pointer("controller")), "controller")
	}
	if own("representative") {
		c.add(b.representativeSection(sub, a.Representative, e.Pointer("representative")), "representative")
	}
	if own("dpo") {
		c.add(b.dpoSection(sub, a.DPO, e.Pointer("dpo")), "dpo")
	}
	if own("jointControllers") {
		c.add(b.jointControllersSection(sub, a.JointControllers, e.Pointer("jointControllers")), "jointControllers")
	}
	b.activityItems(c, e, sub, false)
	if own("security") {
		c.add(b.securitySection(sub, a.Security, e.Pointer("security")), "security")
	}
	if a.Rights != nil {
		c.add(b.rightsSection(sub, a.Rights, e.Pointer("rights"), []*notice.EffectiveActivity{e}), "rights")
	}
	if a.Rights != nil || len(a.SupervisoryAuthorities) > 0 {
		c.add(b.complaintSection(sub, e.Rights, e.Pointer("rights"), e.SupervisoryAuthorities, e.Pointer("supervisoryAuthorities")), "supervisoryAuthorities")
	}
	b.place(a.Sections, "/activities/"+itoa(i), reflect.TypeFor[notice.Activity](), "activity-section", c)
	s.Subs = c.sections()
	return s
}

// activityItems adds the Art 13/14 items of e, each a section at level
// rel, in the order of Article 13 and of Finnish notices. With shared
// false, only the items e states itself; the notice's are said once,
// elsewhere.
func (b *builder) activityItems(c *container, e *notice.EffectiveActivity, rel int, shared bool) {
	show := func(item string) bool { return shared || !e.Inherited(item) }
	c.add(b.purposesSection(e, rel, shared), "purposes", "legalBases", "legitimateInterests", "specialCategoryConditions", "criminalDataBasis")
	c.add(b.dataSubjectsSection(e, rel, shared), "dataSubjects")
	c.add(b.personalDataSection(e, rel, shared), "dataCategories")
	if show("sources") {
		c.add(b.sourcesSection(e.Sources, src(e, "sources"), rel), "sources")
	}
	if show("requirement") {
		c.add(b.requirementSection(e.Requirement, src(e, "requirement"), rel), "requirement")
	}
	var recipients *notice.Recipients
	if show("recipients") {
		recipients = e.Recipients
	}
	c.add(b.recipientsSection(recipients, src(e, "recipients"), b.negations(e, shared, notice.NotSold), rel), "recipients")
	if show("transfers") {
		c.add(b.transfersSection(e.Transfers, src(e, "transfers"), rel), "transfers")
	}
	if show("storage") {
		c.add(b.storageSection(e.Storage, src(e, "storage"), rel), "storage")
	}
	if show("retention") {
		c.add(b.retentionSection(e.Retention, src(e, "retention"), rel), "retention")
	}
	var ad *notice.AutomatedDecisions
	if show("automatedDecisions") {
		ad = e.AutomatedDecisions
	}
	c.add(b.automatedSection(ad, src(e, "automatedDecisions"), b.negations(e, shared, notice.NoProfiling), rel), "automatedDecisions")
	c.add(b.furtherProcessingSection(e, rel, b.negations(e, shared, notice.NoFurtherProcessing)), "furtherProcessing")
	c.add(b.exemptionsSection(e, rel), "exemptions")
	// A statement no section concerns: in a section of its own.
	if len(unplacedNegations) > 0 {
		c.add(b.sec(rel, "negation", "negative-statements", b.negations(e, shared, unplacedNegations...)))
	}
	// Each statement the activity makes that nothing is done is said in
	// the section it concerns; the key places a free section after the
	// last of them.
	for i := len(c.slots) - 1; i >= 0; i-- {
		if hasNegation(c.slots[i].s) {
			c.slots[i].keys = append(c.slots[i].keys, "negativeStatements")
			break
		}
	}
}

// hasNegation reports whether s holds a negative statement.
func hasNegation(s *section) bool {
	for _, bl := range s.Blocks {
		if bl.Class == "negation" {
			return true
		}
	}
	return false
}
