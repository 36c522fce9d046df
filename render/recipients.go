package render

import (
	"slices"
	"strings"

	"github.com/seloste/seloste/notice"
)

// recipientsSection is the item of Art 13(1)(e): the recipients by role,
// in the vocabulary's order, with the regular disclosures
// ("säännönmukaiset luovutukset") in a subsection of their own. negative
// are the statements that the data are not sold.
func (b *builder) recipientsSection(r *notice.Recipients, at itemSrc, negative []block, rel int) *section {
	if r == nil {
		return b.sec(rel, "heading.recipients", "recipients", negative)
	}
	restore := b.at(at.ptr)
	defer restore()
	if !r.NotApplicable.IsZero() {
		return b.sec(rel, "heading.recipients", "recipients", append(b.notApplicable(r.NotApplicable), negative...))
	}
	blocks := b.paras(r.Description, "description", "")
	blocks = append(blocks, b.lawsField(r.Laws)...)
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
			items = append(items, b.recipient(&r.Items[i], at.acts))
			b.pop(k)
		}
		return listBlock(items, "recipients")
	}
	blocks = append(blocks, list(order(false))...)
	blocks = append(blocks, b.describedIn(r.DescribedIn)...)
	blocks = append(blocks, negative...)
	return b.sec(rel, "heading.recipients", "recipients", blocks,
		b.sec(rel+1, "heading.regularDisclosures", "regular-disclosures", list(order(true))))
}

// recipient returns one recipient as a list item: its name (a category's
// name is text in a language, a recipient's own name a name), whether it
// is planned or only possible and when its role holds, its role,
// identifiers, country or place inside or outside the EEA, and contact
// details, what it receives and why, when, through what channel, under
// what contract (Art 28(3)), how to opt out, the law, the notice's words
// on it, how long it keeps the data, its own notice, and the processors it
// engages in turn. The path is the recipient's.
func (b *builder) recipient(r *notice.Recipient, acts []*notice.EffectiveActivity) item {
	var name []span
	if r.Category {
		name = b.spans(notice.Text(r.Name), "name")
	} else {
		name = b.nameSpans(r.Name)
	}
	it := item{Class: "recipient", Spans: b.strong(name)}
	if r.Planned {
		it.Blocks = append(it.Blocks, b.marker("label.plannedRecipient"))
	}
	if r.Possible {
		it.Blocks = append(it.Blocks, b.marker("label.possibleRecipient"))
	}
	var fs []field
	fs = append(fs, b.validity(r.Validity)...)
	if r.Role != "" {
		fs = append(fs, field{b.t("label.role"), [][]span{{{Text: b.term(&notice.RecipientRoleVocabulary, string(r.Role))}}}})
	}
	fs = append(fs, b.identifiers(r.Identifiers)...)
	if c := b.country(r.Country); c != "" {
		fs = append(fs, field{b.t("label.country"), [][]span{{{Text: c}}}})
	}
	if r.Location != "" {
		fs = append(fs, field{b.t("label.location"), [][]span{{{Text: b.term(&notice.LocationVocabulary, string(r.Location))}}}})
	}
	fs = append(fs, b.contactFields(&r.ContactDetails)...)
	if sp := b.spans(r.Purpose, "purpose"); sp != nil {
		fs = append(fs, field{b.t("label.purpose"), [][]span{sp}})
	}
	if sp := b.spans(r.Data, "data"); sp != nil {
		fs = append(fs, field{b.t("label.data"), [][]span{sp}})
	}
	if f, ok := b.scopeField(r.Scope, acts); ok {
		fs = append(fs, f)
	}
	if sp := b.spans(r.Condition, "condition"); sp != nil {
		fs = append(fs, field{b.t("label.condition"), [][]span{sp}})
	}
	if sp := b.nameSpans(r.Via); sp != nil {
		fs = append(fs, field{b.t("label.via"), [][]span{sp}})
	}
	if sp := b.spans(r.Agreement, "agreement"); sp != nil {
		fs = append(fs, field{b.t("label.agreement"), [][]span{sp}})
	}
	if sp := b.spans(r.OptOut, "optOut"); sp != nil {
		fs = append(fs, field{b.t("label.optOut"), [][]span{sp}})
	}
	if f, ok := b.lawField(r.Laws); ok {
		fs = append(fs, f)
	}
	if len(fs) > 0 {
		it.Blocks = append(it.Blocks, block{Kind: blockFields, Fields: fs})
	}
	it.Blocks = append(it.Blocks, b.paras(r.Description, "description", "")...)
	it.Blocks = append(it.Blocks, b.contactPoints(r.Contacts)...)
	if len(r.Retention) > 0 {
		// How long the recipient keeps the data: the entries of a
		// retention section, in a list of their own.
		var items []item
		k := b.push("retention")
		for i := range r.Retention {
			k := b.push(itoa(i))
			ri := item{Class: "retention", Spans: b.strong(b.spans(r.Retention[i].Data, "data"))}
			if fs := b.retentionFields(&r.Retention[i], acts); len(fs) > 0 {
				ri.Blocks = append(ri.Blocks, block{Kind: blockFields, Fields: fs})
			}
			ri.Blocks = append(ri.Blocks, b.describedIn(r.Retention[i].DescribedIn)...)
			b.pop(k)
			if ri.Spans != nil || ri.Blocks != nil {
				items = append(items, ri)
			}
		}
		b.pop(k)
		if len(items) > 0 {
			it.Blocks = append(it.Blocks,
				block{Kind: blockPara, Class: "retention-label", Spans: []span{{Text: b.t("heading.retention")}}},
				block{Kind: blockList, Class: "retention", Items: items})
		}
	}
	it.Blocks = append(it.Blocks, b.describedIn(r.DescribedIn)...)
	if len(r.Subprocessors) > 0 {
		var subs []item
		k := b.push("subprocessors")
		for i := range r.Subprocessors {
			k := b.push(itoa(i))
			subs = append(subs, b.recipient(&r.Subprocessors[i], acts))
			b.pop(k)
		}
		b.pop(k)
		it.Blocks = append(it.Blocks,
			block{Kind: blockPara, Class: "subprocessors-label", Spans: []span{{Text: b.t("label.subprocessors")}}},
			block{Kind: blockList, Class: "subprocessors", Items: subs})
	}
	return it
}

// validity returns when a role holds: "Effective from: 1.1.2026", "Ends:
// 2/2021".
func (b *builder) validity(v notice.Validity) []field {
	var fs []field
	if !v.From.IsZero() {
		fs = append(fs, field{b.t("label.effectiveFrom"), [][]span{{{Text: b.date(v.From)}}}})
	}
	if !v.Until.IsZero() {
		fs = append(fs, field{b.t("label.validUntil"), [][]span{{{Text: b.date(v.Until)}}}})
	}
	return fs
}

// validityBlock returns when an activity begins or ends, as a fields
// block, or nil.
func (b *builder) validityBlock(v notice.Validity) []block {
	if fs := b.validity(v); fs != nil {
		return []block{{Kind: blockFields, Class: "validity", Fields: fs}}
	}
	return nil
}

// identifiers returns a body's registration numbers, each labelled by its
// scheme: "Y-tunnus: 0245896-3", or the scheme's own name for "other".
func (b *builder) identifiers(ids []notice.Identifier) []field {
	var fs []field
	for _, id := range ids {
		if v := strings.TrimSpace(clean(id.Value)); v != "" {
			label := b.term(&notice.IdentifierSchemeVocabulary, string(id.Scheme))
			if s, ok := b.name(id.SchemeName); ok {
				label = s
			}
			fs = append(fs, field{label, [][]span{{{Text: v}}}})
		}
	}
	return fs
}
