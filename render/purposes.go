package render

import (
	"slices"

	"github.com/seloste/seloste/notice"
)

// ---- purposes, legal bases, data subjects and personal data ----------------

// purposeList returns purposes as a list, or as paragraphs when there is
// one purpose without items. The path is the list's.
func (b *builder) purposeList(ps []notice.Purpose) []block {
	if len(ps) == 1 && len(ps[0].Items) == 0 {
		k := b.push("0")
		defer b.pop(k)
		return append(b.paras(ps[0].Description, "description", "purpose"), b.purposeDetails(&ps[0])...)
	}
	var items []item
	for i := range ps {
		p := &ps[i]
		k := b.push(itoa(i))
		it := item{Class: "purpose", Spans: b.spans(p.Description, "description")}
		if sub := b.textList(p.Items, "items", ""); sub != nil {
			it.Blocks = append(it.Blocks, *sub)
		}
		it.Blocks = append(it.Blocks, b.purposeDetails(p)...)
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

// purposeDetails returns what the notice says of a purpose beyond its
// words: that the data may be used for it (not that they are), when it
// applies, and how to opt out. The path is the purpose's.
func (b *builder) purposeDetails(p *notice.Purpose) []block {
	var out []block
	if p.Possible {
		out = append(out, b.marker("label.possiblePurpose"))
	}
	var fs []field
	if sp := b.spans(p.Condition, "condition"); sp != nil {
		fs = append(fs, field{b.t("label.condition"), [][]span{sp}})
	}
	if sp := b.spans(p.OptOut, "optOut"); sp != nil {
		fs = append(fs, field{b.t("label.optOut"), [][]span{sp}})
	}
	if len(fs) > 0 {
		out = append(out, block{Kind: blockFields, Class: "details", Fields: fs})
	}
	return out
}

// marker returns the catalog's sentence key as a paragraph of its own: a
// statement the notice makes by a flag ("The data may be transferred.").
func (b *builder) marker(key string) block {
	return block{Kind: blockPara, Class: "marker", Spans: []span{{Text: b.t(key)}}}
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
// condition, an Art 10 ground or an Art 14(5) exemption. The path is the
// claim's.
func (b *builder) claim(v *notice.Vocabulary, code string, laws []notice.LawRef, desc notice.Text, descSeg string) item {
	it := item{Spans: b.termSpans(v, code, true)}
	it.Blocks = append(it.Blocks, b.paras(desc, descSeg, "")...)
	it.Blocks = append(it.Blocks, b.lawsField(laws)...)
	return it
}

// scoped adds to it the field that says what a scoped statement covers.
func (b *builder) scoped(it *item, s notice.Scope, acts []*notice.EffectiveActivity) {
	if f, ok := b.scopeField(s, acts); ok {
		it.Blocks = append(it.Blocks, block{Kind: blockFields, Class: "scope", Fields: []field{f}})
	}
}

// basesList returns the legal bases as a list. The path is the list's.
func (b *builder) basesList(bases []notice.LegalBasisClaim, acts []*notice.EffectiveActivity) []block {
	var items []item
	for i := range bases {
		c := &bases[i]
		k := b.push(itoa(i))
		it := b.claim(&notice.LegalBasisVocabulary, string(c.Basis), c.Laws, c.Description, "description")
		if c.Possible {
			it.Blocks = append([]block{b.marker("label.possibleBasis")}, it.Blocks...)
		}
		var fs []field
		if sp := b.spans(c.Condition, "condition"); sp != nil {
			fs = append(fs, field{b.t("label.condition"), [][]span{sp}})
		}
		if sp := b.spans(c.Interests, "interests"); sp != nil {
			fs = append(fs, field{b.t("heading.legitimateInterests"), [][]span{sp}})
		}
		if len(fs) > 0 {
			it.Blocks = append(it.Blocks, block{Kind: blockFields, Class: "details", Fields: fs})
		}
		b.scoped(&it, c.Scope, acts)
		b.pop(k)
		items = append(items, it)
	}
	return listBlock(items, "legal-bases")
}

// conditionsList returns the Art 9(2) conditions as a list. The path is the
// list's.
func (b *builder) conditionsList(cs []notice.SpecialConditionClaim, acts []*notice.EffectiveActivity) []block {
	var items []item
	for i := range cs {
		c := &cs[i]
		k := b.push(itoa(i))
		it := b.claim(&notice.SpecialConditionVocabulary, string(c.Condition), c.Laws, c.Description, "description")
		b.scoped(&it, c.Scope, acts)
		b.pop(k)
		items = append(items, it)
	}
	return listBlock(items, "special-conditions")
}

func listBlock(items []item, class string) []block {
	if len(items) == 0 {
		return nil
	}
	return []block{{Kind: blockList, Class: class, Items: items}}
}

// purposesSection returns the purposes of e with the legal bases, the
// legitimate interests, the Art 9(2) conditions and the Art 10 ground;
// with shared false, only those e states itself (the notice's are said
// once, elsewhere). Where the legal bases name the purposes they cover,
// each purpose lists its bases too: "for the analytics: consent".
func (b *builder) purposesSection(e *notice.EffectiveActivity, rel int, shared bool) *section {
	acts := []*notice.EffectiveActivity{e}
	restore := b.at("/activities/" + itoa(e.Index))
	defer restore()
	k := b.push("purposes")
	purposes := b.purposeList(e.Purposes)
	b.pop(k)
	show := func(item string) bool { return shared || !e.Inherited(item) }

	var bases, interests []block
	if show("legalBases") {
		restore := b.at(e.Pointer("legalBases"))
		bases = b.basesList(e.LegalBases, acts)
		restore()
	}
	// Which basis each purpose rests on is shown with the purposes even
	// where the bases are the notice's, said once elsewhere.
	purposes = b.basesByPurpose(purposes, e, false)
	if show("legitimateInterests") {
		restore := b.at(e.Pointer("legitimateInterests"))
		interests = b.paras(e.LegitimateInterests, "", "")
		restore()
	}
	k = b.push("specialCategoryConditions")
	conds := b.conditionsList(e.SpecialCategoryConditions, acts)
	b.pop(k)
	var crim []block
	if c := e.CriminalDataBasis; c != nil {
		k := b.push("criminalDataBasis")
		crim = listBlock([]item{b.claim(&notice.CriminalBasisVocabulary, string(c.Basis), c.Laws, c.Description, "description")}, "criminal-basis")
		b.pop(k)
	}
	purposes = append(purposes, b.negations(e, shared, notice.NoDirectMarketing)...)
	sub := rel + 1
	return b.sec(rel, "heading.purposesAndLegalBasis", "purposes", purposes,
		b.sec(sub, "heading.legalBasis", "legal-basis", bases),
		b.sec(sub, "heading.legitimateInterests", "legitimate-interests", interests),
		b.sec(sub, "specialCondition", "special-conditions", conds),
		b.sec(sub, "criminalBasis", "criminal-basis", crim),
	)
}

// basesByPurpose adds to each purpose of a purpose list the legal bases
// that cover it, when some basis names the purposes it covers: the reader
// sees which basis each purpose rests on. A basis without a scope covers
// every purpose. Each basis is given as [builder.basisBrief] gives it: a
// basis the notice names by no point of Article 6(1) and no law is given in
// its words, never as an empty label, and "possibly" is kept.
//
// With scopedOnly, each purpose lists only the bases that name it, and a
// basis without a scope is left to the caller to say once for every
// purpose (the first layer, where four bases under each of thirteen
// purposes would bury the one that differs).
func (b *builder) basesByPurpose(purposes []block, e *notice.EffectiveActivity, scopedOnly bool) []block {
	scoped := slices.ContainsFunc(e.LegalBases, func(c notice.LegalBasisClaim) bool { return len(c.Scope.Purposes) > 0 })
	if !scoped || len(purposes) != 1 || purposes[0].Kind != blockList {
		return purposes
	}
	// The list has one item per purpose with text, in order.
	var idx []int
	for i := range e.Purposes {
		if _, _, ok := e.Purposes[i].Description.In(b.tag, b.chain...); ok || len(e.Purposes[i].Items) > 0 {
			idx = append(idx, i)
		}
	}
	if len(idx) != len(purposes[0].Items) {
		return purposes
	}
	items := slices.Clone(purposes[0].Items)
	acts := []*notice.EffectiveActivity{e}
	for j, i := range idx {
		id := e.Purposes[i].ID
		var terms [][]span
		restore := b.at(e.Pointer("legalBases"))
		for x := range e.LegalBases {
			c := &e.LegalBases[x]
			covers := func(c notice.LegalBasisClaim) bool {
				return len(c.Scope.Purposes) == 0 || id != "" && slices.Contains(c.Scope.Purposes, id)
			}
			if scopedOnly && len(c.Scope.Purposes) == 0 {
				continue
			}
			if covers(*c) {
				if c.Possible && c.Basis != "" && slices.ContainsFunc(e.LegalBases, func(o notice.LegalBasisClaim) bool { return o.Basis == c.Basis && !o.Possible && covers(o) }) {
					continue // said without "possibly" too: once is enough
				}
				k := b.push(itoa(x))
				if sp := b.basisBrief(c, acts); sp != nil && !slices.ContainsFunc(terms, func(t []span) bool { return plain(t) == plain(sp) }) {
					terms = append(terms, sp)
				}
				b.pop(k)
			}
		}
		restore()
		if len(terms) > 0 {
			it := items[j]
			it.Blocks = append(slices.Clone(it.Blocks), block{Kind: blockFields, Class: "purpose-basis", Fields: []field{{b.t("label.legalBasis"), terms}}})
			items[j] = it
		}
	}
	out := slices.Clone(purposes)
	out[0].Items = items
	return out
}

// sharedBasesSection returns the legal bases and legitimate interests the
// notice states once for the activities acts.
func (b *builder) sharedBasesSection(rel int, acts []*notice.EffectiveActivity, legit []*notice.EffectiveActivity) *section {
	n := b.n
	restore := b.at("/legalBases")
	bases := b.basesList(n.LegalBases, acts)
	restore()
	if len(bases) > 0 {
		bases = append(b.appliesTo("legalBases", acts), bases...)
	}
	restore = b.at("")
	interests := b.paras(n.LegitimateInterests, "legitimateInterests", "")
	restore()
	if len(interests) > 0 {
		interests = append(b.appliesTo("legitimateInterests", legit), interests...)
	}
	return b.sec(rel, "heading.legalBasis", "legal-basis", bases,
		b.sec(rel+1, "heading.legitimateInterests", "legitimate-interests", interests))
}

func (b *builder) dataSubjectsSection(e *notice.EffectiveActivity, rel int, shared bool) *section {
	restore := b.at("/activities/" + itoa(e.Index))
	defer restore()
	var items []item
	for i := range e.DataSubjects {
		g := &e.DataSubjects[i]
		k := b.push("dataSubjects", itoa(i))
		it := item{Spans: b.strong(b.spans(g.Name, "name"))}
		it.Blocks = b.paras(g.Description, "description", "")
		if g.Children {
			it.Blocks = append(it.Blocks, b.marker("label.children"))
		}
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	blocks := listBlock(items, "data-subjects")
	blocks = append(blocks, b.negations(e, shared, notice.NoChildren)...)
	return b.sec(rel, "heading.dataSubjects", "data-subjects", blocks)
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

func (b *builder) personalDataSection(e *notice.EffectiveActivity, rel int, shared bool) *section {
	restore := b.at("/activities/" + itoa(e.Index))
	defer restore()
	var items []item
	for i := range e.DataCategories {
		c := &e.DataCategories[i]
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
		if f, ok := b.subjectsField(&e.Activity, c); ok {
			fs = append(fs, f)
		}
		if len(c.Purposes) > 0 {
			if f, ok := b.scopeField(notice.Scope{Purposes: c.Purposes}, []*notice.EffectiveActivity{e}); ok {
				f.Label = b.t("heading.purposes")
				fs = append(fs, f)
			}
		}
		if sp := b.spans(c.Condition, "condition"); sp != nil {
			fs = append(fs, field{b.t("label.condition"), [][]span{sp}})
		}
		if len(fs) > 0 {
			it.Blocks = append(it.Blocks, block{Kind: blockFields, Fields: fs})
		}
		if c.Criminal {
			it.Blocks = append(it.Blocks, block{Kind: blockPara, Class: "marker", Spans: []span{{Kind: spanStrong, Text: b.t("heading.criminalData")}}})
		}
		if c.NationalID {
			it.Blocks = append(it.Blocks, b.marker("label.nationalId"))
		}
		if c.Pseudonymised {
			it.Blocks = append(it.Blocks, b.marker("label.pseudonymised"))
		}
		if c.Possible {
			it.Blocks = append([]block{b.marker("label.possibleData")}, it.Blocks...)
		}
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	blocks := listBlock(items, "data-categories")
	blocks = append(blocks, b.negations(e, shared, notice.NoSpecialCategories, notice.NoCriminalData)...)
	return b.sec(rel, "heading.personalData", "personal-data", blocks)
}

// ---- scopes ----------------------------------------------------------------

// scopeField returns the field that says what a statement covers: the
// purposes, data categories and groups of data subjects its scope names,
// by their descriptions and names in the activities acts, one per line. An
// ID that names nothing is shown as it is (a notice built in Go can hold
// one; Notice.Check reports it).
func (b *builder) scopeField(s notice.Scope, acts []*notice.EffectiveActivity) (field, bool) {
	if s.IsZero() {
		return field{}, false
	}
	var lines [][]span
	seen := map[string]bool{}
	add := func(sp []span) {
		if key := plain(sp); sp != nil && !seen[key] {
			seen[key] = true
			lines = append(lines, sp)
		}
	}
	resolve := func(ids []string, list string, text func(a *notice.EffectiveActivity, id string) (notice.Text, int)) {
		for _, id := range ids {
			found := false
			for _, a := range acts {
				t, j := text(a, id)
				if j < 0 {
					continue
				}
				found = true
				restore := b.at("/activities/" + itoa(a.Index) + "/" + list + "/" + itoa(j))
				seg := "name"
				if list == "purposes" {
					seg = "description"
				}
				add(b.spans(t, seg))
				restore()
			}
			if !found {
				add([]span{{Text: clean(id)}})
			}
		}
	}
	resolve(s.Purposes, "purposes", func(a *notice.EffectiveActivity, id string) (notice.Text, int) {
		if j, ok := b.ids2(a).purposes[id]; ok {
			return a.Purposes[j].Description, j
		}
		return nil, -1
	})
	resolve(s.DataCategories, "dataCategories", func(a *notice.EffectiveActivity, id string) (notice.Text, int) {
		if j, ok := b.ids2(a).categories[id]; ok {
			return a.DataCategories[j].Name, j
		}
		return nil, -1
	})
	resolve(s.DataSubjects, "dataSubjects", func(a *notice.EffectiveActivity, id string) (notice.Text, int) {
		if j, ok := b.ids2(a).groups[id]; ok {
			return a.DataSubjects[j].Name, j
		}
		return nil, -1
	})
	if len(lines) == 0 {
		return field{}, false
	}
	return field{b.t("label.scope"), lines}, true
}

// activityIDs index the purposes, data categories and groups of an
// activity by ID, the first of each ID.
type activityIDs struct {
	purposes, categories, groups map[string]int
}

// ids2 returns the index of a's IDs, made once per activity.
func (b *builder) ids2(a *notice.EffectiveActivity) activityIDs {
	if b.actIDs == nil {
		b.actIDs = map[int]activityIDs{}
	}
	if x, ok := b.actIDs[a.Index]; ok {
		return x
	}
	x := activityIDs{map[string]int{}, map[string]int{}, map[string]int{}}
	index := func(m map[string]int, id string, j int) {
		if _, dup := m[id]; !dup && id != "" {
			m[id] = j
		}
	}
	for j := range a.Purposes {
		index(x.purposes, a.Purposes[j].ID, j)
	}
	for j := range a.DataCategories {
		index(x.categories, a.DataCategories[j].ID, j)
	}
	for j := range a.DataSubjects {
		index(x.groups, a.DataSubjects[j].ID, j)
	}
	b.actIDs[a.Index] = x
	return x
}
