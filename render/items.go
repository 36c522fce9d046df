package render

import (
	"slices"
	"strings"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// ---- the items of an activity ------------------------------------------------

// lawsField returns the legal references as a fields block of one field,
// one line each, or nil.
func (b *builder) lawsField(laws []notice.LawRef) []block {
	f, ok := b.lawField(laws)
	if !ok {
		return nil
	}
	return []block{{Kind: blockFields, Class: "laws", Fields: []field{f}}}
}

// lawField returns the legal references as one field, one line each.
func (b *builder) lawField(laws []notice.LawRef) (field, bool) {
	var lines [][]span
	k := b.push("laws")
	for i := range laws {
		k := b.push(itoa(i))
		if l := b.law(&laws[i]); l != nil {
			lines = append(lines, l)
		}
		b.pop(k)
	}
	b.pop(k)
	if len(lines) == 0 {
		return field{}, false
	}
	return field{b.t("label.lawReference"), lines}, true
}

// law returns a citation of l in the locale's style, with the statute's
// current name from notice.Statutes. A name the notice gives itself is shown
// after it, as the notice's own wording, when it differs; for a statute not
// in the table it is the name cited.
func (b *builder) law(l *notice.LawRef) []span {
	c := i18n.Citation{
		Number:     strings.TrimSpace(clean(l.Statute)),
		Chapter:    strings.TrimSpace(clean(l.Chapter)),
		Subsection: strings.TrimSpace(clean(l.Subsection)),
		Item:       strings.TrimSpace(clean(l.Item)),
	}
	var secs []string
	for _, s := range l.Sections {
		if s = strings.TrimSpace(clean(s)); s != "" {
			secs = append(secs, s)
		}
	}
	c.Sections = secs
	own, hasOwn := b.name(l.Name)
	own = strings.Join(strings.Fields(own), " ")
	ownLang, citeLang := "", ""
	if st, ok := notice.LookupStatute(b.n.LawJurisdiction(*l), c.Number); ok && st.Names[b.base] != "" {
		c.Name, c.CiteName = st.Names[b.base], st.CiteNames[b.base]
	} else if hasOwn {
		c.Name, citeLang, hasOwn = own, ownLang, false
	}
	if c.Name == "" && c.Number == "" {
		return nil
	}
	out := []span{{Text: b.loc.Statute(c), Lang: citeLang}}
	if hasOwn && !strings.EqualFold(own, c.Name) {
		out = append(out, span{Text: " ("}, span{Text: own, Lang: ownLang}, span{Text: ")"})
	}
	return out
}

// purposeList returns purposes as a list, or as paragraphs when there is
// one purpose without items. The path is the list's.
func (b *builder) purposeList(ps []notice.Purpose) []block {
	if len(ps) == 1 && len(ps[0].Items) == 0 {
		k := b.push("0")
		defer b.pop(k)
		return b.paras(ps[0].Description, "description", "purpose")
	}
	var items []item
	for i := range ps {
		p := &ps[i]
		k := b.push(itoa(i))
		it := item{Class: "purpose", Spans: b.spans(p.Description, "description")}
		if sub := b.textList(p.Items, "items", ""); sub != nil {
			it.Blocks = append(it.Blocks, *sub)
		}
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return []block{{Kind: blockList, Class: "purposes", Items: items}}
}

// textList returns texts as a list, or nil.
func (b *builder) textList(ts []notice.Text, seg, class string) *block {
	k := b.push(seg)
	defer b.pop(k)
	var items []item
	for i, t := range ts {
		if sp := b.spans(t, itoa(i)); sp != nil {
			items = append(items, item{Spans: sp})
		}
	}
	if len(items) == 0 {
		return nil
	}
	return &block{Kind: blockList, Class: class, Items: items}
}

// claim is a code with its laws and description: a legal basis, an Art 9(2)
// condition, an Art 10 ground or an Art 14(5) exemption.
func (b *builder) claim(v *notice.Vocabulary, code string, laws []notice.LawRef, desc notice.Text, descSeg string) item {
	it := item{Spans: b.termSpans(v, code, true)}
	it.Blocks = append(it.Blocks, b.paras(desc, descSeg, "")...)
	it.Blocks = append(it.Blocks, b.lawsField(laws)...)
	return it
}

func (b *builder) purposesSection(a *notice.Activity, rel int) *section {
	k := b.push("purposes")
	purposes := b.purposeList(a.Purposes)
	b.pop(k)

	var bases []item
	for i := range a.LegalBases {
		c := &a.LegalBases[i]
		k := b.push("legalBases", itoa(i))
		bases = append(bases, b.claim(&notice.LegalBasisVocabulary, string(c.Basis), c.Laws, c.Description, "description"))
		b.pop(k)
	}
	var conds []item
	for i := range a.SpecialCategoryConditions {
		c := &a.SpecialCategoryConditions[i]
		k := b.push("specialCategoryConditions", itoa(i))
		conds = append(conds, b.claim(&notice.SpecialConditionVocabulary, string(c.Condition), c.Laws, c.Description, "description"))
		b.pop(k)
	}
	var crim []item
	if c := a.CriminalDataBasis; c != nil {
		k := b.push("criminalDataBasis")
		crim = append(crim, b.claim(&notice.CriminalBasisVocabulary, string(c.Basis), c.Laws, c.Description, "description"))
		b.pop(k)
	}
	list := func(items []item, class string) []block {
		if len(items) == 0 {
			return nil
		}
		return []block{{Kind: blockList, Class: class, Items: items}}
	}
	sub := rel + 1
	return b.sec(rel, "heading.purposesAndLegalBasis", "purposes", purposes,
		b.sec(sub, "heading.legalBasis", "legal-basis", list(bases, "legal-bases")),
		b.sec(sub, "heading.legitimateInterests", "legitimate-interests", b.paras(a.LegitimateInterests, "legitimateInterests", "")),
		b.sec(sub, "specialCondition", "special-conditions", list(conds, "special-conditions")),
		b.sec(sub, "criminalBasis", "criminal-basis", list(crim, "criminal-basis")),
	)
}

func (b *builder) dataSubjectsSection(a *notice.Activity, rel int) *section {
	var items []item
	for i := range a.DataSubjects {
		g := &a.DataSubjects[i]
		k := b.push("dataSubjects", itoa(i))
		it := item{Spans: b.strong(b.spans(g.Name, "name"))}
		it.Blocks = b.paras(g.Description, "description", "")
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return b.sec(rel, "heading.dataSubjects", "data-subjects", []block{{Kind: blockList, Class: "data-subjects", Items: items}})
}

// strong makes the text spans of sp strong, for the name that leads an item.
func (b *builder) strong(sp []span) []span {
	for i := range sp {
		if sp[i].Kind == spanText {
			sp[i].Kind = spanStrong
		}
	}
	return sp
}

func (b *builder) personalDataSection(a *notice.Activity, rel int) *section {
	var items []item
	for i := range a.DataCategories {
		c := &a.DataCategories[i]
		k := b.push("dataCategories", itoa(i))
		it := item{Class: "data-category", Spans: b.strong(b.spans(c.Name, "name"))}
		it.Blocks = b.paras(c.Description, "description", "")
		if l := b.textList(c.Items, "items", ""); l != nil {
			it.Blocks = append(it.Blocks, *l)
		}
		var fs []field
		if len(c.Special) > 0 {
			it.Class = "data-category special"
			var terms [][]span
			for _, sc := range c.Special {
				terms = append(terms, []span{{Text: b.term(&notice.SpecialCategoryVocabulary, string(sc))}})
			}
			fs = append(fs, field{b.t("heading.specialCategories"), terms})
		}
		if len(c.Subjects) > 0 && len(a.DataSubjects) > 1 {
			var names [][]span
			for _, id := range c.Subjects {
				for j := range a.DataSubjects {
					if a.DataSubjects[j].ID == id {
						k := b.pop2("dataSubjects", itoa(j))
						if sp := b.spans(a.DataSubjects[j].Name, "name"); sp != nil {
							names = append(names, sp)
						}
						b.restore(k)
					}
				}
			}
			if len(names) > 0 {
				fs = append(fs, field{b.t("heading.dataSubjects"), names})
			}
		}
		if len(fs) > 0 {
			it.Blocks = append(it.Blocks, block{Kind: blockFields, Fields: fs})
		}
		if c.Criminal {
			it.Blocks = append(it.Blocks, block{Kind: blockPara, Class: "marker", Spans: []span{{Kind: spanStrong, Text: b.t("heading.criminalData")}}})
		}
		if c.NationalID {
			it.Blocks = append(it.Blocks, block{Kind: blockPara, Class: "marker", Spans: []span{{Text: b.t("label.nationalId")}}})
		}
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return b.sec(rel, "heading.personalData", "personal-data", []block{{Kind: blockList, Class: "data-categories", Items: items}})
}

// pop2 temporarily replaces the last two path tokens (a sibling's index) by
// the given ones; restore undoes it.
func (b *builder) pop2(tokens ...string) []string {
	saved := slices.Clone(b.path)
	b.path = append(b.path[:len(b.path)-2], tokens...)
	return saved
}

func (b *builder) restore(saved []string) { b.path = saved }

// notApplicable returns the reason an item does not apply, as paragraphs.
func (b *builder) notApplicable(t notice.Text) []block {
	return b.paras(t, "notApplicable", "not-applicable")
}

func (b *builder) sourcesSection(a *notice.Activity, rel int) *section {
	s := a.Sources
	if s == nil {
		return nil
	}
	k := b.push("sources")
	defer b.pop(k)
	if !s.NotApplicable.IsZero() {
		return b.sec(rel, "heading.sources", "sources", b.notApplicable(s.NotApplicable))
	}
	blocks := b.paras(s.Description, "description", "")
	var items []item
	for i := range s.Items {
		src := &s.Items[i]
		k := b.push("items", itoa(i))
		it := item{Spans: []span{{Kind: spanStrong, Text: b.term(&notice.SourceKindVocabulary, string(src.Kind))}}}
		if d := b.spans(src.Description, "description"); d != nil {
			it.Spans = append(append(it.Spans, span{Text: ": "}), d...)
		}
		it.Blocks = b.lawsField(src.Laws)
		b.pop(k)
		items = append(items, it)
	}
	if len(items) > 0 {
		blocks = append(blocks, block{Kind: blockList, Class: "sources", Items: items})
	}
	return b.sec(rel, "heading.sources", "sources", blocks)
}

func (b *builder) requirementSection(a *notice.Activity, rel int) *section {
	r := a.Requirement
	if r == nil {
		return nil
	}
	k := b.push("requirement")
	defer b.pop(k)
	if !r.NotApplicable.IsZero() {
		return b.sec(rel, "heading.requirement", "requirement", b.notApplicable(r.NotApplicable))
	}
	blocks := b.paras(r.Description, "description", "")
	for i := range r.Items {
		it := &r.Items[i]
		k := b.push("items", itoa(i))
		if it.Kind != "" {
			blocks = append(blocks, block{Kind: blockPara, Spans: []span{{Kind: spanStrong, Text: b.term(&notice.RequirementVocabulary, string(it.Kind))}}})
		}
		if it.Obliged {
			blocks = append(blocks, block{Kind: blockPara, Class: "marker", Spans: []span{{Text: b.t("label.obliged")}}})
		}
		var fs []field
		if sp := b.spans(it.Consequences, "consequences"); sp != nil {
			fs = append(fs, field{b.t("label.failureConsequences"), [][]span{sp}})
		}
		if f, ok := b.lawField(it.Laws); ok {
			fs = append(fs, f)
		}
		if len(fs) > 0 {
			blocks = append(blocks, block{Kind: blockFields, Fields: fs})
		}
		b.pop(k)
	}
	return b.sec(rel, "heading.requirement", "requirement", blocks)
}

func (b *builder) recipientsSection(a *notice.Activity, rel int) *section {
	r := a.Recipients
	if r == nil {
		return nil
	}
	k := b.push("recipients")
	defer b.pop(k)
	if !r.NotApplicable.IsZero() {
		return b.sec(rel, "heading.recipients", "recipients", b.notApplicable(r.NotApplicable))
	}
	blocks := b.paras(r.Description, "description", "")
	// Recipients by role, in the vocabulary's order; regular disclosures
	// ("säännönmukaiset luovutukset") in a subsection of their own.
	order := func(regular bool) []int {
		var idx []int
		for i := range r.Items {
			if r.Items[i].Regular == regular {
				idx = append(idx, i)
			}
		}
		roles := notice.RecipientRoleVocabulary.Codes()
		rank := func(i int) int { return slices.Index(roles, string(r.Items[i].Role)) }
		slices.SortStableFunc(idx, func(x, y int) int { return rank(x) - rank(y) })
		return idx
	}
	list := func(idx []int) []block {
		var items []item
		for _, i := range idx {
			k := b.push("items", itoa(i))
			if it := b.recipient(&r.Items[i]); it.Spans != nil || it.Blocks != nil {
				items = append(items, it)
			}
			b.pop(k)
		}
		if len(items) == 0 {
			return nil
		}
		return []block{{Kind: blockList, Class: "recipients", Items: items}}
	}
	blocks = append(blocks, list(order(false))...)
	return b.sec(rel, "heading.recipients", "recipients", blocks,
		b.sec(rel+1, "heading.regularDisclosures", "regular-disclosures", list(order(true))))
}

func (b *builder) recipient(r *notice.Recipient) item {
	it := item{Class: "recipient", Spans: b.strong(b.nameSpans(r.Name))}
	var fs []field
	if r.Role != "" {
		fs = append(fs, field{b.t("label.role"), [][]span{{{Text: b.term(&notice.RecipientRoleVocabulary, string(r.Role))}}}})
	}
	if sp := b.spans(r.Purpose, "purpose"); sp != nil {
		fs = append(fs, field{b.t("label.purpose"), [][]span{sp}})
	}
	if sp := b.spans(r.Data, "data"); sp != nil {
		fs = append(fs, field{b.t("label.data"), [][]span{sp}})
	}
	if c := b.country(r.Country); c != "" {
		fs = append(fs, field{b.t("label.country"), [][]span{{{Text: c}}}})
	}
	if f, ok := b.lawField(r.Laws); ok {
		fs = append(fs, f)
	}
	if len(fs) > 0 {
		it.Blocks = []block{{Kind: blockFields, Fields: fs}}
	}
	return it
}

func (b *builder) transfersSection(a *notice.Activity, rel int) *section {
	t := a.Transfers
	if t == nil {
		return nil
	}
	k := b.push("transfers")
	defer b.pop(k)
	if !t.NotApplicable.IsZero() {
		return b.sec(rel, "heading.transfers", "transfers", b.notApplicable(t.NotApplicable))
	}
	blocks := b.paras(t.Description, "description", "")
	var items []item
	for i := range t.Items {
		tr := &t.Items[i]
		k := b.push("items", itoa(i))
		it := item{Class: "transfer", Spans: b.strong(b.nameSpans(tr.Recipient))}
		var fs []field
		var countries []string
		for _, c := range tr.Countries {
			if name := b.country(c); name != "" {
				countries = append(countries, name)
			}
		}
		if len(countries) > 0 {
			fs = append(fs, field{b.t("label.thirdCountry"), [][]span{{{Text: b.loc.List(countries)}}}})
		}
		if sp := b.nameSpans(tr.InternationalOrganisation); sp != nil {
			fs = append(fs, field{b.t("label.internationalOrganisation"), [][]span{sp}})
		}
		if len(tr.Mechanisms) > 0 {
			var ms [][]span
			for _, m := range tr.Mechanisms {
				if sp := b.termSpans(&notice.TransferMechanismVocabulary, string(m), true); plain(sp) != "" {
					ms = append(ms, sp)
				}
			}
			if len(ms) > 0 {
				fs = append(fs, field{b.t("label.transferMechanism"), ms})
			}
		}
		if sp := b.spans(tr.Safeguards, "safeguards"); sp != nil {
			fs = append(fs, field{b.t("label.safeguards"), [][]span{sp}})
		}
		if s, lang, ok := b.str(tr.CopyAt, "copyAt"); ok {
			var sp []span
			if u, ok := safeURL(s); ok {
				sp = []span{{Kind: spanLink, Text: s, URL: u, Lang: lang}}
			} else {
				sp = lineSpans(s, lang)
			}
			fs = append(fs, field{b.t("label.safeguardsCopy"), [][]span{sp}})
		}
		if sp := b.spans(tr.Data, "data"); sp != nil {
			fs = append(fs, field{b.t("label.data"), [][]span{sp}})
		}
		if len(fs) > 0 {
			it.Blocks = []block{{Kind: blockFields, Fields: fs}}
		}
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	if len(items) > 0 {
		blocks = append(blocks, block{Kind: blockList, Class: "transfers", Items: items})
	}
	return b.sec(rel, "heading.transfers", "transfers", blocks)
}

func (b *builder) retentionSection(a *notice.Activity, rel int) *section {
	var items []item
	for i := range a.Retention {
		r := &a.Retention[i]
		k := b.push("retention", itoa(i))
		var fs []field
		if !r.Period.IsZero() {
			p := r.Period
			period := b.loc.Period(i18n.Period{Years: p.Years, Months: p.Months, Weeks: p.Weeks, Days: p.Days, Hours: p.Hours, Minutes: p.Minutes})
			if r.Qualifier == notice.RetentionMinimum {
				period = b.t("phrase.atLeast", period)
			}
			fs = append(fs, field{b.t("label.period"), [][]span{{{Text: period}}}})
		}
		if sp := b.spans(r.From, "from"); sp != nil {
			fs = append(fs, field{b.t("label.from"), [][]span{sp}})
		}
		if sp := b.spans(r.Criteria, "criteria"); sp != nil {
			fs = append(fs, field{b.t("label.criteria"), [][]span{sp}})
		}
		if f, ok := b.lawField(r.Laws); ok {
			fs = append(fs, f)
		}
		it := item{Class: "retention", Spans: b.strong(b.spans(r.Data, "data"))}
		if len(fs) > 0 {
			it.Blocks = append(it.Blocks, block{Kind: blockFields, Fields: fs})
		}
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	var blocks []block
	if len(items) == 1 && items[0].Spans == nil {
		blocks = items[0].Blocks // one period for all the data: no list
	} else {
		blocks = []block{{Kind: blockList, Class: "retention", Items: items}}
	}
	return b.sec(rel, "heading.retention", "retention", blocks)
}

func (b *builder) automatedSection(a *notice.Activity, rel int) *section {
	ad := a.AutomatedDecisions
	if ad == nil {
		return nil
	}
	k := b.push("automatedDecisions")
	defer b.pop(k)
	if !ad.NotApplicable.IsZero() {
		return b.sec(rel, "heading.automatedDecisions", "automated-decisions", b.notApplicable(ad.NotApplicable))
	}
	blocks := b.paras(ad.Description, "description", "")
	if ad.Profiling {
		blocks = append(blocks, block{Kind: blockPara, Class: "marker", Spans: []span{{Text: b.t("label.profiling")}}})
	}
	var fs []field
	if sp := b.spans(ad.Logic, "logic"); sp != nil {
		fs = append(fs, field{b.t("label.logic"), [][]span{sp}})
	}
	if sp := b.spans(ad.Consequences, "consequences"); sp != nil {
		fs = append(fs, field{b.t("label.consequences"), [][]span{sp}})
	}
	if len(fs) > 0 {
		blocks = append(blocks, block{Kind: blockFields, Fields: fs})
	}
	return b.sec(rel, "heading.automatedDecisions", "automated-decisions", blocks)
}

func (b *builder) furtherProcessingSection(a *notice.Activity, rel int) *section {
	k := b.push("furtherProcessing")
	defer b.pop(k)
	return b.sec(rel, "heading.furtherProcessing", "further-processing", b.purposeList(a.FurtherProcessing))
}

func (b *builder) exemptionsSection(a *notice.Activity, rel int) *section {
	var items []item
	for i := range a.Exemptions {
		e := &a.Exemptions[i]
		k := b.push("exemptions", itoa(i))
		items = append(items, b.claim(&notice.ExemptionVocabulary, string(e.Exemption), e.Laws, e.Reason, "reason"))
		b.pop(k)
	}
	if len(items) == 0 {
		return nil
	}
	return b.sec(rel, "heading.exemptions", "exemptions", []block{{Kind: blockList, Class: "exemptions", Items: items}})
}
