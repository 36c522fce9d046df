package render

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seloste/seloste/notice"
)

// transfersSection is the item of Art 13(1)(f): each transfer to a third
// country or international organisation as the notice states it: that it
// may take place ("possible"), when ("condition"), that it is not
// repetitive, its ground under Chapter V (candidates joined by "or": the
// notice names several, "standard clauses or an adequacy decision"), the
// part of an adequacy decision that covers the recipient, the safeguards
// and where to get a copy of them, the compelling legitimate interests of
// Art 49(1) second subparagraph, the risks the data subject is told of
// (Art 49(1)(a)), and what data and which purposes it concerns.
func (b *builder) transfersSection(t *notice.Transfers, at itemSrc, rel int) *section {
	if t == nil {
		return nil
	}
	restore := b.at(at.ptr)
	defer restore()
	if !t.NotApplicable.IsZero() {
		return b.sec(rel, "heading.transfers", "transfers", b.notApplicable(t.NotApplicable))
	}
	blocks := b.paras(t.Description, "description", "")
	var items []item
	for i := range t.Items {
		k := b.push("items", itoa(i))
		items = append(items, b.transfer(&t.Items[i], at.acts))
		b.pop(k)
	}
	blocks = append(blocks, listBlock(items, "transfers")...)
	blocks = append(blocks, b.describedIn(t.DescribedIn)...)
	return b.sec(rel, "heading.transfers", "transfers", blocks)
}

// transfer returns one transfer as a list item. The path is the transfer's.
func (b *builder) transfer(tr *notice.Transfer, acts []*notice.EffectiveActivity) item {
	it := item{Class: "transfer", Spans: b.strong(b.nameSpans(tr.Recipient))}
	var marks []block
	if tr.Possible {
		marks = append(marks, b.marker("label.possibleTransfer"))
	}
	if tr.Occasional {
		marks = append(marks, b.marker("label.occasionalTransfer"))
	}
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
	if lines := b.transferRecipients(tr.Recipients, acts); lines != nil {
		fs = append(fs, field{b.t("heading.recipients"), lines})
	}
	if sp := b.spans(tr.Condition, "condition"); sp != nil {
		fs = append(fs, field{b.t("label.transferCondition"), [][]span{sp}})
	}
	if f, ok := b.scopeField(tr.Scope, acts); ok {
		fs = append(fs, f)
	}
	if sp := b.spans(tr.Data, "data"); sp != nil {
		fs = append(fs, field{b.t("label.data"), [][]span{sp}})
	}
	switch len(tr.Mechanisms) {
	case 0:
	case 1:
		fs = append(fs, field{b.t("label.transferMechanism"), [][]span{b.termSpans(&notice.TransferMechanismVocabulary, string(tr.Mechanisms[0]), true)}})
	default:
		// Candidates, joined by "or": the notice does not say which one
		// applies; or, where it says so, grounds that apply together,
		// joined by "and".
		var ms []string
		for i, m := range tr.Mechanisms {
			term := b.termWithArticle(&notice.TransferMechanismVocabulary, string(m))
			if i > 0 {
				term = lowerFirst(term) // within the sentence
			}
			ms = append(ms, term)
		}
		joined := b.loc.ListOr(ms)
		if tr.Cumulative {
			joined = b.loc.List(ms)
		}
		fs = append(fs, field{b.t("label.transferMechanism"), [][]span{{{Text: joined}}}})
	}
	if sp := b.spans(tr.AdequacyCoverage, "adequacyCoverage"); sp != nil {
		fs = append(fs, field{b.t("label.adequacyCoverage"), [][]span{sp}})
	}
	if sp := b.spans(tr.Safeguards, "safeguards"); sp != nil {
		fs = append(fs, field{b.t("label.safeguards"), [][]span{sp}})
	}
	if s, _, ok := tr.CopyAt.In(b.tag, b.chain...); ok {
		// An address needs no translation: it is a link in any language.
		s = strings.TrimSpace(clean(s))
		if u, ok := safeURL(s); ok {
			fs = append(fs, field{b.t("label.safeguardsCopy"), [][]span{{{Kind: spanLink, Text: s, URL: u}}}})
		} else if sp := b.spans(tr.CopyAt, "copyAt"); sp != nil {
			fs = append(fs, field{b.t("label.safeguardsCopy"), [][]span{sp}})
		}
	}
	if sp := b.spans(tr.Interests, "interests"); sp != nil {
		fs = append(fs, field{b.t("label.compellingInterests"), [][]span{sp}})
	}
	if sp := b.spans(tr.Risks, "risks"); sp != nil {
		fs = append(fs, field{b.t("label.transferRisks"), [][]span{sp}})
	}
	it.Blocks = marks
	if len(fs) > 0 {
		it.Blocks = append(it.Blocks, block{Kind: blockFields, Fields: fs})
	}
	it.Blocks = append(it.Blocks, b.paras(tr.Description, "description", "")...)
	return it
}

// transferRecipients returns the names of the recipients a transfer names
// by ID, from the recipients of the activities acts, one a line; an ID
// that names none is shown as it is (Notice.Check reports it).
func (b *builder) transferRecipients(ids []string, acts []*notice.EffectiveActivity) [][]span {
	var lines [][]span
	for _, id := range ids {
		var sp []span
		for _, e := range acts {
			if e.Recipients == nil || sp != nil {
				continue
			}
			for j := range e.Recipients.Items {
				r := &e.Recipients.Items[j]
				if r.ID != id {
					continue
				}
				restore := b.at(e.Pointer("recipients") + "/items/" + itoa(j))
				if r.Category {
					sp = b.spans(notice.Text(r.Name), "name")
				} else {
					sp = b.nameSpans(r.Name)
				}
				restore()
				break
			}
		}
		if sp == nil {
			sp = []span{{Text: clean(id)}}
		}
		if !slices.ContainsFunc(lines, func(l []span) bool { return plain(l) == plain(sp) }) {
			lines = append(lines, sp)
		}
	}
	return lines
}

// termWithArticle returns the official term for a code followed by the
// article that defines it: "Adequacy decision by the Commission (Article
// 45(3))".
func (b *builder) termWithArticle(v *notice.Vocabulary, code string) string {
	var s strings.Builder
	for _, x := range b.termSpans(v, code, true) {
		s.WriteString(x.Text)
	}
	return s.String()
}

// lowerFirst returns s with its first letter in lower case, for a term
// that no longer begins a sentence, unless the first word is an acronym
// ("EU").
func lowerFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[size:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[size:]
}
