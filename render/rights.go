package render

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seloste/seloste/notice"
)

// ---- rights ------------------------------------------------------------------
//
// Which rights apply to an activity is decided in one place,
// notice.ApplicableRights, for the renderer and the validator alike. The
// rights list shows the rights the notice states, each in the notice's own
// words, with the limits and exclusions the notice gives. Where the
// renderer adds the Regulation's own wording (the right to object, which
// Art 21(4) requires to be brought to the data subject's attention, and the
// withdrawal of consent of Art 7(3)), it is quoted as the Regulation's,
// with its article, and only where ApplicableRights says the right applies:
// never as the controller's promise.

// rightsSection returns the rights of the activities acts: the notice's
// general words, the rights it states, the right to object set apart
// (Art 21(4)), the withdrawal of consent, and how to exercise the rights.
// r may be nil: the Regulation's texts still appear where a right applies.
// The right to lodge a complaint is in complaintSection.
func (b *builder) rightsSection(rel int, r *notice.Rights, ptr string, acts []*notice.EffectiveActivity) *section {
	if len(acts) == 0 && r == nil {
		return nil
	}
	restore := b.at(ptr)
	defer restore()
	statuses := make([][]notice.RightStatus, len(acts))
	for i, e := range acts {
		statuses[i] = notice.ApplicableRights(e)
	}
	var blocks, howTo []block
	var items []item
	if r != nil {
		blocks = b.paras(r.Description, "description", "")
		for _, code := range notice.RightVocabulary.Codes() {
			right := notice.Right(code)
			if right == notice.RightComplaint {
				continue
			}
			for i := range r.Items {
				if r.Items[i].Right != right {
					continue
				}
				k := b.push("items", itoa(i))
				items = append(items, b.right(&r.Items[i], acts, statuses))
				b.pop(k)
			}
		}
		howTo = b.paras(r.HowToExercise, "howToExercise", "")
		howTo = append(howTo, b.describedIn(r.DescribedIn)...)
	}
	blocks = append(blocks, listBlock(items, "rights")...)
	if r != nil {
		blocks = append(blocks, b.rightsLimitations(r.Limitations)...)
	}
	sub := rel + 1
	return b.sec(rel, "heading.rights", "rights", blocks,
		b.objectSection(sub, acts),
		b.withdrawSection(sub, acts, statuses),
		b.sec(sub, "heading.exercisingRights", "exercising-rights", howTo),
	)
}

// right returns one right as the notice states it: its official title and
// article; the notice's words; how it is limited, or that it does not
// apply, and why; how to exercise it, where, and at what fee; the law that
// limits it; the purposes, data or groups the statement covers. Where the
// Regulation limits the right for these activities (ApplicableRights says
// Limited) and the notice does not say so itself, the limiting provision
// is named as the Regulation's. The path is the right's.
func (b *builder) right(ri *notice.RightInfo, acts []*notice.EffectiveActivity, statuses [][]notice.RightStatus) item {
	it := item{Class: "right", Spans: b.termSpans(&notice.RightVocabulary, string(ri.Right), true)}
	it.Blocks = b.paras(ri.Description, "description", "")
	var fs []field
	if sp := b.spans(ri.Limitation, "limitation"); sp != nil {
		fs = append(fs, field{b.t("label.limitation"), [][]span{sp}})
	}
	if sp := b.spans(ri.NotApplicable, "notApplicable"); sp != nil {
		fs = append(fs, field{b.t("label.notApplicable"), [][]span{sp}})
	}
	if sp := b.spans(ri.HowToExercise, "howToExercise"); sp != nil {
		fs = append(fs, field{b.t("heading.exercisingRights"), [][]span{sp}})
	}
	if strings.TrimSpace(ri.URL) != "" {
		fs = append(fs, field{b.t("label.website"), [][]span{{urlSpan(ri.URL)}}})
	}
	if sp := b.spans(ri.Fee, "fee"); sp != nil {
		fs = append(fs, field{b.t("label.fee"), [][]span{sp}})
	}
	if f, ok := b.lawField(ri.Laws); ok {
		fs = append(fs, f)
	}
	if f, ok := b.scopeField(ri.Scope, acts); ok {
		fs = append(fs, f)
	}
	if len(fs) > 0 {
		it.Blocks = append(it.Blocks, block{Kind: blockFields, Fields: fs})
	}
	if ri.Limitation.IsZero() && ri.NotApplicable.IsZero() {
		it.Blocks = append(it.Blocks, b.limits(ri.Right, acts, statuses)...)
	}
	return it
}

// rightsLimitations returns the limitations the notice states for several
// rights at once (Art 11(2), 23): each with the rights it limits, the
// notice's words and the law. The path is the rights'.
func (b *builder) rightsLimitations(ls []notice.RightsLimitation) []block {
	var items []item
	for i := range ls {
		l := &ls[i]
		k := b.push("limitations", itoa(i))
		var terms []string
		for j, r := range l.Rights {
			t := b.term(&notice.RightVocabulary, string(r))
			if j > 0 {
				t = lowerFirst(t)
			}
			terms = append(terms, t)
		}
		it := item{Class: "rights-limitation"}
		if len(terms) > 0 {
			it.Spans = []span{{Kind: spanStrong, Text: b.loc.List(terms)}}
		}
		it.Blocks = append(b.paras(l.Description, "description", ""), b.lawsField(l.Laws)...)
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return []block{
		{Kind: blockPara, Class: "rights-limitations-label", Spans: []span{{Kind: spanStrong, Text: b.t("label.limitation")}}},
		{Kind: blockList, Class: "rights-limitations", Items: items},
	}
}

// limits says which provisions of the Regulation limit right r for the
// activities acts, as ApplicableRights decides it, naming the activities
// when the limit holds for some of several.
func (b *builder) limits(r notice.Right, acts []*notice.EffectiveActivity, statuses [][]notice.RightStatus) []block {
	var provisions []string
	var limited []*notice.EffectiveActivity
	for i, st := range statuses {
		for _, s := range st {
			if s.Right != r || s.Status != notice.Limited {
				continue
			}
			limited = append(limited, acts[i])
			for _, p := range s.Provisions {
				if !slices.Contains(provisions, p) {
					provisions = append(provisions, p)
				}
			}
		}
	}
	if len(provisions) == 0 {
		return nil
	}
	slices.Sort(provisions)
	var refs []string
	for _, p := range provisions {
		refs = append(refs, b.loc.Article(p))
	}
	out := []block{{Kind: blockPara, Class: "regulation", Spans: []span{{Kind: spanAside, Text: b.t("phrase.limitedBy", b.loc.List(refs))}}}}
	if len(b.eff) > 1 && len(limited) < len(b.eff) {
		out = append(out, b.activitiesField(limited)...)
	}
	return out
}

// regulationQuote returns a paragraph quoting the Regulation: "Article
// 21(1) of the General Data Protection Regulation: “The data subject shall
// have the right to object …”". article is the library's short form,
// "Art 21(1)"; key is the catalog message with the official text.
func (b *builder) regulationQuote(article, key string) block {
	source := upperFirst(b.t("phrase.regulationArticle", b.loc.Article(article))) + ":"
	return block{Kind: blockPara, Class: "regulation", Spans: []span{
		{Kind: spanAside, Text: source}, {Text: " " + b.t("phrase.quote", b.t(key))},
	}}
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// objectProvisions are the paragraphs of Art 21 that give a right to
// object, with the catalog message that quotes each.
var objectProvisions = []struct{ article, key string }{
	{"Art 21(1)", "phrase.rightToObject"},
	{"Art 21(2)", "phrase.rightToObjectDirectMarketing"},
	{"Art 21(6)", "phrase.rightToObjectResearch"},
}

// objectSection is the right to object of Art 21, which Art 21(4) requires
// to be "presented clearly and separately from any other information": for
// each paragraph of Art 21 that gives the right for some of the activities
// acts (as notice.ApplicableRights decides: points (e) and (f) of Art 6(1),
// direct marketing, research), the Regulation's words, quoted with the
// article, and, in a notice of several activities, the activities it
// concerns. Nil where no right to object applies (a notice on consent and
// contract only), or where no activity states a legal basis.
func (b *builder) objectSection(rel int, acts []*notice.EffectiveActivity) *section {
	var blocks []block
	for _, p := range objectProvisions {
		var on []*notice.EffectiveActivity
		for _, e := range acts {
			s := notice.RightApplies(e, notice.RightObject)
			if (s.Status == notice.Applies || s.Status == notice.Limited) && slices.Contains(s.Provisions, p.article) {
				on = append(on, e)
			}
		}
		if len(on) == 0 {
			continue
		}
		blocks = append(blocks, b.regulationQuote(p.article, p.key))
		if len(b.eff) > 1 {
			blocks = append(blocks, b.activitiesField(on)...)
		}
	}
	s := b.sec(rel, "heading.rightToObject", "right-to-object", blocks)
	if s != nil {
		s.Apart = true
	}
	return s
}

// activitiesField names the activities acts, as the field "Applies to".
func (b *builder) activitiesField(acts []*notice.EffectiveActivity) []block {
	var names [][]span
	for _, e := range acts {
		names = append(names, b.activityName(e.Index))
	}
	return []block{{Kind: blockFields, Class: "applies-to", Fields: []field{{b.t("label.scope"), names}}}}
}

// withdrawSection is the withdrawal of consent (Art 7(3)), where
// notice.ApplicableRights says there is consent to withdraw: how consent
// is withdrawn in the notice's own words (LegalBasisClaim.Withdrawal and
// SpecialConditionClaim.Withdrawal), then the Regulation's words, quoted.
func (b *builder) withdrawSection(rel int, acts []*notice.EffectiveActivity, statuses [][]notice.RightStatus) *section {
	var on []*notice.EffectiveActivity
	for i, st := range statuses {
		for _, s := range st {
			if s.Right == notice.RightWithdrawConsent && s.Status == notice.Applies {
				on = append(on, acts[i])
			}
		}
	}
	if len(on) == 0 {
		return nil
	}
	// The notice's own words, each text once, with the activities it is
	// given for when the notice has several.
	type words struct {
		sp   []span
		acts []*notice.EffectiveActivity
	}
	var ws []words
	add := func(e *notice.EffectiveActivity, ptr string, t notice.Text) {
		restore := b.at(ptr)
		sp := b.spans(t, "withdrawal")
		restore()
		if sp == nil {
			return
		}
		for i := range ws {
			if plain(ws[i].sp) == plain(sp) {
				if !slices.Contains(ws[i].acts, e) {
					ws[i].acts = append(ws[i].acts, e)
				}
				return
			}
		}
		ws = append(ws, words{sp, []*notice.EffectiveActivity{e}})
	}
	for _, e := range on {
		for i, c := range e.LegalBases {
			add(e, e.Pointer("legalBases")+"/"+itoa(i), c.Withdrawal)
		}
		for i, c := range e.SpecialCategoryConditions {
			add(e, "/activities/"+itoa(e.Index)+"/specialCategoryConditions/"+itoa(i), c.Withdrawal)
		}
	}
	var blocks []block
	for _, w := range ws {
		if len(b.eff) > 1 {
			var names []string
			for _, e := range w.acts {
				names = append(names, plain(b.activityName(e.Index)))
			}
			blocks = append(blocks, block{Kind: blockFields, Class: "withdrawal", Fields: []field{{b.loc.List(names), [][]span{w.sp}}}})
			continue
		}
		blocks = append(blocks, block{Kind: blockPara, Class: "withdrawal", Spans: w.sp})
	}
	blocks = append(blocks, b.regulationQuote("Art 7(3)", "phrase.withdrawConsent"))
	return b.sec(rel, "heading.withdrawConsent", "withdraw-consent", blocks)
}

// complaintSection is the right to lodge a complaint with a supervisory
// authority (Art 77): the notice's words on it, and the authorities, each
// from the notice or named by its code from the built-in table, or "the
// supervisory authority of the Member State of your habitual residence,
// place of work or place of the alleged infringement" (Art 77(1)).
func (b *builder) complaintSection(rel int, r *notice.Rights, rightsPtr string, sas []notice.SupervisoryAuthority, saPtr string) *section {
	var blocks []block
	hasRight := false
	if r != nil {
		for i := range r.Items {
			if r.Items[i].Right == notice.RightComplaint {
				hasRight = true
				restore := b.at(rightsPtr + "/items/" + itoa(i))
				blocks = append(blocks, b.paras(r.Items[i].Description, "description", "")...)
				restore()
			}
		}
	}
	var authority *section
	if len(sas) > 0 {
		var ab []block
		for i := range sas {
			restore := b.at(saPtr + "/" + itoa(i))
			if sas[i].Residence {
				ab = append(ab, block{Kind: blockPara, Class: "residence", Spans: []span{{Text: b.t("phrase.residenceAuthority")}}})
			}
			p := b.authority(&sas[i])
			ab = append(ab, b.party(&p)...)
			restore()
		}
		authority = b.sec(rel+1, "heading.supervisoryAuthority", "supervisory-authority", ab)
	}
	if !hasRight && authority == nil {
		return nil
	}
	if len(blocks) == 0 && authority == nil {
		blocks = []block{{Kind: blockPara, Spans: b.termSpans(&notice.RightVocabulary, string(notice.RightComplaint), true)}}
	}
	return b.sec(rel, "heading.complaint", "complaint", blocks, authority)
}

// securitySection is the security measures (Art 32).
func (b *builder) securitySection(rel int, s *notice.Security, ptr string) *section {
	if s == nil {
		return nil
	}
	restore := b.at(ptr)
	defer restore()
	blocks := b.paras(s.Description, "description", "")
	if l := b.textList(s.Measures, "measures", "measures"); l != nil {
		blocks = append(blocks, *l)
	}
	if strings.TrimSpace(s.URL) != "" {
		blocks = append(blocks, block{Kind: blockFields, Fields: []field{{b.t("label.moreInformation"), [][]span{{urlSpan(s.URL)}}}}})
	}
	return b.sec(rel, b.hk("heading.securityRegister", "heading.security"), "security", blocks)
}
