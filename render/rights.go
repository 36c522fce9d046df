package render

import (
	"slices"
	"strings"

	"github.com/seloste/seloste/notice"
)

// ---- shared items ----------------------------------------------------------

func (b *builder) securitySection(rel int, s *notice.Security, path string) *section {
	if s == nil {
		return nil
	}
	k := b.push(strings.Split(path, "/")...)
	defer b.pop(k)
	blocks := b.paras(s.Description, "description", "")
	if l := b.textList(s.Measures, "measures", "measures"); l != nil {
		blocks = append(blocks, *l)
	}
	if strings.TrimSpace(s.URL) != "" {
		blocks = append(blocks, block{Kind: blockFields, Fields: []field{{b.t("label.moreInformation"), [][]span{{urlSpan(s.URL)}}}}})
	}
	return b.sec(rel, "heading.security", "security", blocks)
}

// rightsSection returns the rights: the notice's words, the list of rights
// by their official titles, the right to object set apart as Art 21(4)
// requires, the right to withdraw consent, and how to exercise them. The
// right to lodge a complaint is in complaintSection.
func (b *builder) rightsSection(rel int, r *notice.Rights, path string) *section {
	if r == nil {
		return nil
	}
	k := b.push(strings.Split(path, "/")...)
	defer b.pop(k)
	blocks := b.paras(r.Description, "description", "")
	var items []item
	has := map[notice.Right]bool{}
	for i := range r.Items {
		ri := &r.Items[i]
		has[ri.Right] = true
		if ri.Right == notice.RightComplaint {
			continue
		}
		k := b.push("items", itoa(i))
		it := item{Class: "right", Spans: b.termSpans(&notice.RightVocabulary, string(ri.Right), true)}
		it.Blocks = b.paras(ri.Description, "description", "")
		b.pop(k)
		items = append(items, it)
	}
	if len(items) > 0 {
		blocks = append(blocks, block{Kind: blockList, Class: "rights", Items: items})
	}
	sub := rel + 1
	return b.sec(rel, "heading.rights", "rights", blocks,
		b.objectSection(sub, has[notice.RightObject]),
		b.withdrawSection(sub, has[notice.RightWithdrawConsent]),
		b.sec(sub, "heading.exercisingRights", "exercising-rights", b.paras(r.HowToExercise, "howToExercise", "")),
	)
}

// objectSection is the right to object of Art 21, which Art 21(4) requires
// to be "presented clearly and separately from any other information".
func (b *builder) objectSection(rel int, ok bool) *section {
	if !ok {
		return nil
	}
	s := b.sec(rel, "heading.rightToObject", "right-to-object",
		[]block{{Kind: blockPara, Spans: []span{{Text: b.t("phrase.rightToObject")}}}})
	s.Apart = true
	return s
}

func (b *builder) withdrawSection(rel int, ok bool) *section {
	if !ok {
		return nil
	}
	return b.sec(rel, "heading.withdrawConsent", "withdraw-consent",
		[]block{{Kind: blockPara, Spans: []span{{Text: b.t("phrase.withdrawConsent")}}}})
}

// complaintSection is the right to lodge a complaint with a supervisory
// authority: the notice's words on it, and the authority.
func (b *builder) complaintSection(rel int, r *notice.Rights, rightsPath string, sas []notice.SupervisoryAuthority, saPath string) *section {
	var blocks []block
	if r != nil {
		for i := range r.Items {
			if r.Items[i].Right == notice.RightComplaint {
				k := b.push(append(strings.Split(rightsPath, "/"), "items", itoa(i))...)
				blocks = append(blocks, b.paras(r.Items[i].Description, "description", "")...)
				b.pop(k)
			}
		}
	}
	var authority *section
	if len(sas) > 0 {
		var ab []block
		for i := range sas {
			k := b.push(append(strings.Split(saPath, "/"), itoa(i))...)
			ab = append(ab, b.party(&sas[i].Party)...)
			b.pop(k)
		}
		authority = b.sec(rel+1, "heading.supervisoryAuthority", "supervisory-authority", ab)
	}
	hasRight := r != nil && slices.ContainsFunc(r.Items, func(ri notice.RightInfo) bool { return ri.Right == notice.RightComplaint })
	if !hasRight && authority == nil {
		return nil
	}
	if len(blocks) == 0 && authority == nil {
		blocks = []block{{Kind: blockPara, Spans: []span{{Text: b.term(&notice.RightVocabulary, string(notice.RightComplaint))}, {Text: " "}, {Kind: spanAside, Text: "(" + b.loc.Article("Art 77") + ")"}}}}
	}
	return b.sec(rel, "heading.complaint", "complaint", blocks, authority)
}

// freeSections returns the notice's or an activity's own sections.
func (b *builder) freeSections(rel int, ss []notice.Section, class string) []*section {
	var out []*section
	for i := range ss {
		s := &ss[i]
		k := b.push("sections", itoa(i))
		h := b.spans(s.Heading, "heading")
		var blocks []block
		for j := range s.Blocks {
			bl := &s.Blocks[j]
			k := b.push("blocks", itoa(j))
			blocks = append(blocks, b.paras(bl.Paragraph, "paragraph", "")...)
			if l := b.textList(bl.List, "list", ""); l != nil {
				blocks = append(blocks, *l)
			}
			if bl.Link != nil && strings.TrimSpace(bl.Link.URL) != "" {
				blocks = append(blocks, block{Kind: blockFields, Fields: []field{{b.t("label.moreInformation"), [][]span{{urlSpan(bl.Link.URL)}}}}})
			}
			b.pop(k)
		}
		b.pop(k)
		if h == nil {
			if len(blocks) == 0 {
				continue
			}
			h = []span{{Text: b.t("label.moreInformation")}}
		}
		out = append(out, &section{ID: b.id(class, s.ID), Class: class, Heading: b.heading(rel, h), Blocks: blocks})
	}
	return out
}
