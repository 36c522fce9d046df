package render

import (
	"reflect"
	"slices"
	"strings"

	"github.com/seloste/seloste/notice"
)

// ---- the notice's own sections, and where they go ----------------------------

// A slot is a section of the rendering with the items of the notice it
// renders (JSON field names such as "retention", or a free section's ID),
// for placing free sections after them.
type slot struct {
	s    *section
	keys []string
}

// A container is a list of sections at one heading level, into which free
// sections are placed.
type container struct {
	slots []slot
	rel   int
}

// add appends s, which renders the items keys, unless s is nil.
func (c *container) add(s *section, keys ...string) {
	if s != nil {
		c.slots = append(c.slots, slot{s, keys})
	}
}

// sections returns the container's sections in order.
func (c *container) sections() []*section {
	out := make([]*section, len(c.slots))
	for i, sl := range c.slots {
		out[i] = sl.s
	}
	return out
}

// find returns the index of the last slot that renders key, or -1.
func (c *container) find(key string) int {
	for i := len(c.slots) - 1; i >= 0; i-- {
		if slices.Contains(c.slots[i].keys, key) {
			return i
		}
	}
	return -1
}

// place puts the free sections ss, stated at ptr ("" for the notice's,
// "/activities/2" for an activity's), where their After says: after the
// section that renders the item After names, or after the free section
// with that ID, looked for in the containers in order. An item the
// rendering shows nowhere (the notice's version, say) places the section
// after the nearest item before it in the order of holder's fields, or
// first when there is none; a section without After, or whose After names
// no item or section found here, comes after the others, in order, in the
// first container.
func (b *builder) place(ss []notice.Section, ptr string, holder reflect.Type, class string, cs ...*container) {
	var fields []string
	for _, f := range notice.FieldsOf(holder) {
		fields = append(fields, f.Name)
	}
	for i := range ss {
		s := &ss[i]
		c, at := b.target(s.After, fields, cs)
		restore := b.at(ptr + "/sections/" + itoa(i))
		sec := b.freeSection(c.rel, s, class)
		restore()
		if sec == nil {
			continue
		}
		var keys []string
		if s.ID != "" {
			keys = []string{s.ID}
		}
		c.slots = slices.Insert(c.slots, at, slot{sec, keys})
	}
}

// target returns the container and the index at which a free section
// placed after `after` goes.
func (b *builder) target(after string, fields []string, cs []*container) (*container, int) {
	main := cs[0]
	after = strings.TrimSpace(after)
	if after == "" || after == "sections" {
		return main, len(main.slots)
	}
	for _, c := range cs {
		if i := c.find(after); i >= 0 {
			return c, i + 1
		}
	}
	if k := slices.Index(fields, after); k >= 0 {
		for j := k - 1; j >= 0; j-- {
			for _, c := range cs {
				if i := c.find(fields[j]); i >= 0 {
					return c, i + 1
				}
			}
		}
		return main, 0
	}
	return main, len(main.slots)
}

// freeSection returns a free section with its blocks: paragraphs, lists
// (numbered where the notice numbers them) and links with their text. The
// path is the section's.
func (b *builder) freeSection(rel int, s *notice.Section, class string) *section {
	h := b.spans(s.Heading, "heading")
	var blocks []block
	for j := range s.Blocks {
		bl := &s.Blocks[j]
		k := b.push("blocks", itoa(j))
		blocks = append(blocks, b.paras(bl.Paragraph, "paragraph", "")...)
		if l := b.textList(bl.List, "list", ""); l != nil {
			l.Ordered = bl.Ordered
			blocks = append(blocks, *l)
		}
		if l := bl.Link; l != nil && strings.TrimSpace(l.URL) != "" {
			k := b.push("link")
			text := b.spans(l.Text, "text")
			var sp []span
			if u, ok := safeURL(strings.TrimSpace(clean(l.URL))); ok && text != nil {
				sp = linkSpans(text, u)
			} else if text != nil {
				sp = append(text, span{Text: " (" + strings.TrimSpace(clean(l.URL)) + ")"})
			} else {
				sp = []span{urlSpan(l.URL)}
			}
			blocks = append(blocks, block{Kind: blockPara, Class: "link", Spans: sp})
			b.pop(k)
		}
		b.pop(k)
	}
	if h == nil {
		if len(blocks) == 0 {
			return nil
		}
		h = []span{{Text: b.t("label.moreInformation")}}
	}
	return &section{ID: b.id(class, s.ID), Class: class, Heading: b.heading(rel, h), Blocks: blocks}
}
