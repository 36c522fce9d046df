package render

import (
	"slices"
	"strings"

	"github.com/seloste/seloste/notice"
)

// ---- the items of an activity ----------------------------------------------

// An itemSrc is where an item of Arts 13 and 14 is rendered from: the
// pointer of the item's value, and the activities it applies to, whose
// purposes, data and groups its scopes name. For an activity's own item,
// or for the only activity of a notice, acts is that activity; for an item
// the notice states once for several, the activities that inherit it.
type itemSrc struct {
	ptr  string
	acts []*notice.EffectiveActivity
}

// src returns the itemSrc of item for e.
func src(e *notice.EffectiveActivity, item string) itemSrc {
	return itemSrc{ptr: e.Pointer(item), acts: []*notice.EffectiveActivity{e}}
}

// notApplicable returns the reason an item does not apply, as paragraphs.
func (b *builder) notApplicable(t notice.Text) []block {
	return b.paras(t, "notApplicable", "not-applicable")
}

// describedIn returns the reference to another notice or document that
// gives an item, as a labelled link ("Described in: the education
// provider's privacy notice"). The path is the reference's holder's.
func (b *builder) describedIn(r *notice.Reference) []block {
	if r == nil {
		return nil
	}
	k := b.push("describedIn")
	defer b.pop(k)
	sp := b.reference(r)
	if sp == nil {
		return nil
	}
	return []block{{Kind: blockFields, Class: "described-in", Fields: []field{{b.t("label.describedIn"), [][]span{sp}}}}}
}

// reference returns a reference as a link with its title, or the title or
// the address alone. The path is the reference's.
func (b *builder) reference(r *notice.Reference) []span {
	title := b.spans(r.Title, "title")
	u, ok := safeURL(strings.TrimSpace(clean(r.URL)))
	switch {
	case title != nil && ok:
		return linkSpans(title, u)
	case title != nil:
		if s := strings.TrimSpace(clean(r.URL)); s != "" {
			return append(title, span{Text: " (" + s + ")"})
		}
		return title
	case strings.TrimSpace(r.URL) != "":
		return []span{urlSpan(r.URL)}
	}
	return nil
}

// linkSpans makes the text spans of sp one link to u, keeping a language
// mark outside it.
func linkSpans(sp []span, u string) []span {
	var out []span
	var text strings.Builder
	lang := ""
	for _, x := range sp {
		switch {
		case x.Kind == spanAside && text.Len() == 0:
			out = append(out, x, span{Text: " "}) // the language mark
		case x.Kind == spanBreak:
			text.WriteByte(' ')
		default:
			if x.Lang != "" {
				lang = x.Lang
			}
			text.WriteString(x.Text)
		}
	}
	return append(out, span{Kind: spanLink, Text: strings.TrimSpace(text.String()), URL: u, Lang: lang})
}

// appliesTo returns, for an item the notice states once, the field that
// names the activities it applies to, when that is not all of them (the
// others state the item themselves); nil otherwise.
func (b *builder) appliesTo(item string, acts []*notice.EffectiveActivity) []block {
	if len(acts) == len(b.eff) {
		return nil
	}
	var names [][]span
	for _, e := range acts {
		names = append(names, b.activityName(e.Index))
	}
	if len(names) == 0 {
		return nil
	}
	return []block{{Kind: blockFields, Class: "applies-to", Fields: []field{{b.t("label.scope"), names}}}}
}

// activityName returns the name of activity i, or "Processing activity 3".
func (b *builder) activityName(i int) []span {
	restore := b.at("/activities/" + itoa(i))
	defer restore()
	if sp := b.spans(b.n.Activities[i].Name, "name"); sp != nil {
		return sp
	}
	return []span{{Text: b.t("label.processingActivity") + " " + itoa(i+1)}}
}

// allActivities returns every activity of the notice, as it applies.
func (b *builder) allActivities() []*notice.EffectiveActivity {
	out := make([]*notice.EffectiveActivity, len(b.eff))
	for i := range b.eff {
		out[i] = &b.eff[i]
	}
	return out
}

// inheritors returns the activities that inherit item from the notice.
func (b *builder) inheritors(item string) []*notice.EffectiveActivity {
	var out []*notice.EffectiveActivity
	for i := range b.eff {
		if b.eff[i].Inherited(item) {
			out = append(out, &b.eff[i])
		}
	}
	return out
}

// negations returns the negative statements of e whose codes are among
// codes, each with the notice's own words: "No special categories of
// personal data are processed." With shared false, only if e states them
// itself.
func (b *builder) negations(e *notice.EffectiveActivity, shared bool, codes ...notice.Negation) []block {
	if !shared && e.Inherited("negativeStatements") {
		return nil
	}
	restore := b.at(e.Pointer("negativeStatements"))
	defer restore()
	return b.negationBlocks(e.NegativeStatements, codes, []*notice.EffectiveActivity{e})
}

// placedNegations are the negative statements said in the section they
// concern; any other is said in a section of its own.
var placedNegations = []notice.Negation{
	notice.NotSold, notice.NoProfiling, notice.NoDirectMarketing, notice.NoChildren,
	notice.NoSpecialCategories, notice.NoCriminalData, notice.NoFurtherProcessing,
}

// unplacedNegations are the codes of the vocabulary placedNegations lacks,
// found once: none today; a code added to the vocabulary alone is said in a
// section of its own rather than not at all.
var unplacedNegations = func() []notice.Negation {
	var out []notice.Negation
	for _, code := range notice.NegationVocabulary.Codes() {
		if !slices.Contains(placedNegations, notice.Negation(code)) {
			out = append(out, notice.Negation(code))
		}
	}
	return out
}()

// negationBlocks returns the statements among ns whose codes are among
// codes (all, when codes is empty), each with what it covers where it
// covers only some purposes, data or groups of the activities acts. The
// path is the list's.
func (b *builder) negationBlocks(ns []notice.NegativeStatement, codes []notice.Negation, acts []*notice.EffectiveActivity) []block {
	var out []block
	for i := range ns {
		s := &ns[i]
		if len(codes) > 0 && !slices.Contains(codes, s.Statement) {
			continue
		}
		k := b.push(itoa(i))
		out = append(out, block{Kind: blockPara, Class: "negation", Spans: []span{{Kind: spanStrong, Text: b.term(&notice.NegationVocabulary, string(s.Statement))}}})
		out = append(out, b.paras(s.Description, "description", "")...)
		if f, ok := b.scopeField(s.Scope, acts); ok {
			out = append(out, block{Kind: blockFields, Class: "scope", Fields: []field{f}})
		}
		b.pop(k)
	}
	return out
}

// storageSection says where the data are kept: each place in the notice's
// words, who runs it, its countries or whether it is inside or outside the
// EEA, and what it holds where it holds only some data (Art 13(1)(e)-(f),
// 32).
func (b *builder) storageSection(ss []notice.StorageLocation, at itemSrc, rel int) *section {
	restore := b.at(at.ptr)
	defer restore()
	var items []item
	for i := range ss {
		s := &ss[i]
		k := b.push(itoa(i))
		it := item{Class: "storage", Spans: b.spans(s.Description, "description")}
		var fs []field
		if sp := b.nameSpans(s.Operator); sp != nil {
			fs = append(fs, field{b.t("label.operator"), [][]span{sp}})
		}
		var countries []string
		for _, c := range s.Countries {
			if name := b.country(c); name != "" {
				countries = append(countries, name)
			}
		}
		if len(countries) > 0 {
			fs = append(fs, field{b.t("label.country"), [][]span{{{Text: b.loc.List(countries)}}}})
		}
		if s.Location != "" {
			fs = append(fs, field{b.t("label.location"), [][]span{{{Text: b.term(&notice.LocationVocabulary, string(s.Location))}}}})
		}
		if f, ok := b.scopeField(s.Scope, at.acts); ok {
			fs = append(fs, f)
		}
		if fs != nil {
			it.Blocks = []block{{Kind: blockFields, Fields: fs}}
		}
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	return b.sec(rel, "heading.storage", "storage", listBlock(items, "storage"))
}

func (b *builder) sourcesSection(s *notice.Sources, at itemSrc, rel int) *section {
	if s == nil {
		return nil
	}
	restore := b.at(at.ptr)
	defer restore()
	if !s.NotApplicable.IsZero() {
		return b.sec(rel, "heading.sources", "sources", b.notApplicable(s.NotApplicable))
	}
	blocks := b.paras(s.Description, "description", "")
	var items []item
	for i := range s.Items {
		src := &s.Items[i]
		k := b.push("items", itoa(i))
		label := b.term(&notice.SourceKindVocabulary, string(src.Kind))
		it := item{Spans: []span{{Kind: spanStrong, Text: label}}}
		// A description that only says the kind again ("the data subject
		// itself") is not said twice.
		if d, lang, ok := b.str(src.Description, "description"); ok && !sameWords(d, label) {
			it.Spans = append(append(it.Spans, span{Text: ": "}), marked(lineSpans(d, lang), lang)...)
		}
		if src.Possible {
			it.Blocks = append(it.Blocks, b.marker("label.possibleSource"))
		}
		if sp := b.spans(src.Condition, "condition"); sp != nil {
			it.Blocks = append(it.Blocks, block{Kind: blockFields, Class: "details", Fields: []field{{b.t("label.condition"), [][]span{sp}}}})
		}
		it.Blocks = append(it.Blocks, b.lawsField(src.Laws)...)
		b.scoped(&it, src.Scope, at.acts)
		b.pop(k)
		items = append(items, it)
	}
	blocks = append(blocks, listBlock(items, "sources")...)
	blocks = append(blocks, b.describedIn(s.DescribedIn)...)
	return b.sec(rel, "heading.sources", "sources", blocks)
}

func (b *builder) requirementSection(r *notice.Requirements, at itemSrc, rel int) *section {
	if r == nil {
		return nil
	}
	restore := b.at(at.ptr)
	defer restore()
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
			blocks = append(blocks, b.marker("label.obliged"))
		}
		var fs []field
		if f, ok := b.scopeField(it.Scope, at.acts); ok {
			fs = append(fs, f)
		}
		if sp := b.spans(it.Condition, "condition"); sp != nil {
			fs = append(fs, field{b.t("label.condition"), [][]span{sp}})
		}
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
	blocks = append(blocks, b.describedIn(r.DescribedIn)...)
	return b.sec(rel, "heading.requirement", "requirement", blocks)
}

// automatedSection is the item of Art 13(2)(f): whether decisions are
// based solely on automated processing with legal or similarly significant
// effects (Art 22(1)), with the exception of Art 22(2) they rest on and the
// measures of Art 22(3), and the logic and consequences. negative are the
// statements that no profiling is done.
func (b *builder) automatedSection(ad *notice.AutomatedDecisions, at itemSrc, negative []block, rel int) *section {
	if ad == nil {
		return b.sec(rel, "heading.automatedDecisions", "automated-decisions", negative)
	}
	restore := b.at(at.ptr)
	defer restore()
	if !ad.NotApplicable.IsZero() {
		return b.sec(rel, "heading.automatedDecisions", "automated-decisions", append(b.notApplicable(ad.NotApplicable), negative...))
	}
	blocks := b.paras(ad.Description, "description", "")
	if ad.LegalEffect {
		blocks = append(blocks, b.marker("label.legalEffect"))
	}
	if ad.Profiling {
		blocks = append(blocks, b.marker("label.profiling"))
	}
	var fs []field
	if f, ok := b.scopeField(ad.Scope, at.acts); ok {
		fs = append(fs, f)
	}
	if ad.Ground != "" {
		fs = append(fs, field{b.t("decisionGround"), [][]span{b.termSpans(&notice.DecisionGroundVocabulary, string(ad.Ground), true)}})
	}
	if sp := b.spans(ad.Logic, "logic"); sp != nil {
		fs = append(fs, field{b.t("label.logic"), [][]span{sp}})
	}
	if sp := b.spans(ad.Consequences, "consequences"); sp != nil {
		fs = append(fs, field{b.t("label.consequences"), [][]span{sp}})
	}
	if sp := b.spans(ad.Safeguards, "safeguards"); sp != nil {
		fs = append(fs, field{b.t("label.decisionSafeguards"), [][]span{sp}})
	}
	if len(fs) > 0 {
		blocks = append(blocks, block{Kind: blockFields, Fields: fs})
	}
	blocks = append(blocks, b.describedIn(ad.DescribedIn)...)
	blocks = append(blocks, negative...)
	return b.sec(rel, "heading.automatedDecisions", "automated-decisions", blocks)
}

// furtherProcessingSection is the further processing of Art 13(3), 14(4),
// and the statements that the data are used only for the purposes stated.
func (b *builder) furtherProcessingSection(e *notice.EffectiveActivity, rel int, negative []block) *section {
	restore := b.at("/activities/" + itoa(e.Index) + "/furtherProcessing")
	defer restore()
	return b.sec(rel, "heading.furtherProcessing", "further-processing", append(b.purposeList(e.FurtherProcessing), negative...))
}

func (b *builder) exemptionsSection(e *notice.EffectiveActivity, rel int) *section {
	restore := b.at("/activities/" + itoa(e.Index))
	defer restore()
	var items []item
	for i := range e.Exemptions {
		x := &e.Exemptions[i]
		k := b.push("exemptions", itoa(i))
		items = append(items, b.claim(&notice.ExemptionVocabulary, string(x.Exemption), x.Laws, x.Reason, "reason"))
		b.pop(k)
	}
	return b.sec(rel, "heading.exemptions", "exemptions", listBlock(items, "exemptions"))
}

// sameWords reports whether two labels say the same, but for case, the
// white space around them and a closing full stop.
func sameWords(a, b string) bool {
	trim := func(s string) string { return strings.TrimSuffix(strings.TrimSpace(s), ".") }
	return strings.EqualFold(trim(a), trim(b))
}
