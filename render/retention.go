package render

import (
	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// retentionSection is the item of Art 13(2)(a): for each kind of data, the
// period as exact as the notice gives it ("at most 3 years", never a flat
// "3 years" for "up to 3 years"), the event it runs from, the date by
// which the data are deleted, the event that ends the keeping and what may
// keep the data longer, an open end ("until further notice") with its
// reason, how often the need is reviewed, the criteria, what happens to
// the data at the end, the law and the document that sets the period.
func (b *builder) retentionSection(rs []notice.Retention, at itemSrc, rel int) *section {
	restore := b.at(at.ptr)
	defer restore()
	var items []item
	for i := range rs {
		r := &rs[i]
		k := b.push(itoa(i))
		it := item{Class: "retention", Spans: b.strong(b.spans(r.Data, "data"))}
		if fs := b.retentionFields(r, at.acts); len(fs) > 0 {
			it.Blocks = append(it.Blocks, block{Kind: blockFields, Fields: fs})
		}
		it.Blocks = append(it.Blocks, b.describedIn(r.DescribedIn)...)
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

// retentionFields returns the fields of one retention entry. The path is
// the entry's.
func (b *builder) retentionFields(r *notice.Retention, acts []*notice.EffectiveActivity) []field {
	var fs []field
	if f, ok := b.scopeField(r.Scope, acts); ok {
		fs = append(fs, f)
	}
	if !r.Period.IsZero() {
		fs = append(fs, field{b.t("label.period"), [][]span{{{Text: b.qualified(r.Period, r.Qualifier)}}}})
	}
	if sp := b.spans(r.From, "from"); sp != nil {
		fs = append(fs, field{b.t("label.from"), [][]span{sp}})
	}
	if !r.Until.IsZero() {
		fs = append(fs, field{b.t("label.deletedBy"), [][]span{{{Text: b.date(r.Until)}}}})
	}
	if sp := b.spans(r.UntilEvent, "untilEvent"); sp != nil {
		fs = append(fs, field{b.t("label.untilEvent"), [][]span{sp}})
	}
	if sp := b.spans(r.Unless, "unless"); sp != nil {
		fs = append(fs, field{b.t("label.unless"), [][]span{sp}})
	}
	if o := r.OpenEnded; o != nil {
		k := b.push("openEnded")
		fs = append(fs, field{b.t("label.period"), [][]span{{{Text: b.term(&notice.OpenEndKindVocabulary, string(o.Kind))}}}})
		if sp := b.spans(o.Reason, "reason"); sp != nil {
			fs = append(fs, field{b.t("label.reason"), [][]span{sp}})
		}
		b.pop(k)
	}
	if !r.Review.IsZero() {
		fs = append(fs, field{b.t("label.review"), [][]span{{{Text: b.period(r.Review)}}}})
	}
	if sp := b.spans(r.Criteria, "criteria"); sp != nil {
		fs = append(fs, field{b.t("label.criteria"), [][]span{sp}})
	}
	if r.Disposal != "" {
		fs = append(fs, field{b.t("label.disposal"), [][]span{{{Text: b.term(&notice.DisposalVocabulary, string(r.Disposal))}}}})
	}
	if f, ok := b.lawField(r.Laws); ok {
		fs = append(fs, f)
	}
	return fs
}

// period writes an ISO 8601 duration in the locale's words: "5 vuotta".
func (b *builder) period(p notice.Duration) string {
	return b.loc.Period(i18n.Period{Years: p.Years, Months: p.Months, Weeks: p.Weeks, Days: p.Days, Hours: p.Hours})
}

// qualified writes a period as exact as the notice gives it: "at least 2
// years", "at most 3 years", "about 90 days", or "5 years" for an exact
// one. The qualifier is the term of the retentionQualifier vocabulary,
// which every supported language puts before the period ("vähintään",
// "minst", "at least").
func (b *builder) qualified(p notice.Duration, q notice.RetentionQualifier) string {
	s := b.period(p)
	if q == "" || q == notice.RetentionExact {
		return s
	}
	return b.term(&notice.RetentionQualifierVocabulary, string(q)) + " " + s
}
