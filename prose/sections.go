package prose

import (
	"fmt"
	"strings"

	"github.com/seloste/seloste/notice"
)

// Titles, introductions, dates and free sections.

// titleSection places a title heading: the notice's title the first time,
// else the title of one of the page's notices, else a free section.
func (b *builder) titleSection(s *section, first bool) {
	switch {
	case !b.title && b.part == 0:
		b.n.Title = b.t(s.headText())
		b.title = true
		conf := Sure
		if s.topic != topicTitle {
			conf = Likely
		}
		b.placed("/title", s.line(), conf, s.headText(), "the document's title")
		b.preambleBlocks(s.blocks)
	case b.titleOfPart(s):
		a := b.cur()
		if a.Name.IsZero() {
			a.Name = b.t(s.headText())
			b.placed(b.actPtr()+"/name", s.line(), Likely, s.headText(), "the heading of this notice of the page names its processing")
		}
		b.preambleBlocks(s.blocks)
	default:
		b.freeSection(s)
	}
}

// titleOfPart reports whether a title heading opens the items of the
// current part: a date or the controller follows it.
func (b *builder) titleOfPart(s *section) bool {
	for _, bl := range s.blocks {
		for _, d := range datesIn(bl.flat()) {
			if d.kind != "" {
				return true
			}
		}
	}
	return false
}

// introSection places an introduction.
func (b *builder) introSection(s *section) {
	b.preambleBlocks(s.blocks)
}

// preamble places the text before the first heading: a first short line
// as the title, dates, and the rest as the introduction.
func (b *builder) preamble(s *section) {
	blocks := s.blocks
	if !b.title && len(blocks) > 0 && blocks[0].kind == kindPara && len(blocks[0].lines) == 1 {
		t := blocks[0].lines[0].text
		last, _ := lastRune(t)
		if len([]rune(t)) <= 100 && last != '.' && last != ':' && len(datesIn(t)) == 0 {
			b.n.Title = b.t(t)
			b.title = true
			b.placed("/title", blocks[0].first(), Likely, t, "the first line, standing alone, is read as the title")
			blocks = blocks[1:]
		}
	}
	b.preambleBlocks(blocks)
}

// preambleBlocks places introductory text: dates with their labels, strong
// sentences to their items, the rest to the introduction (or, in a later
// notice of the page, to its activity's description).
func (b *builder) preambleBlocks(blocks []block) {
	rest := "/introduction"
	if b.part > 0 || b.act != 0 {
		rest = b.actPtr() + "/description"
	}
	for _, bl := range blocks {
		if bl.kind == kindItem {
			b.addRest(sentence{bl.flat(), bl.first()}, rest)
			continue
		}
		// "Päivitetty / 9.3.2026" on two lines is one date.
		if len(bl.lines) > 1 && len(bl.lines) <= 3 && b.addDates(sentence{bl.flat(), bl.first()}) {
			continue
		}
		for _, s := range sentencesOf(bl) {
			if b.addDates(s) {
				continue
			}
			if t := b.strong(s.text); t != topicNone {
				b.placeByContent(s, rest)
				continue
			}
			switch b.content(s.text) {
			case topicLegalBasis, topicRetention, topicRights, topicTransfers:
				// What only one item can hold goes there, even in an introduction.
				b.placeByContent(s, rest)
				continue
			}
			appendRest := rest
			b.addIntro(s, appendRest)
		}
	}
}

// addIntro keeps a sentence of the introduction.
func (b *builder) addIntro(s sentence, ptr string) {
	if ptr == "/introduction" {
		b.addText(&b.n.Introduction, ptr, s.line, Sure, s.text, "introduction")
		return
	}
	b.addText(&b.cur().Description, b.actPtr()+"/description", s.line, Likely, s.text, "the introduction of this notice of the page")
}

// addDates sets the notice's dates from a sentence that gives them with
// their labels ("Laadittu 22.8.2023."); it reports whether the sentence was
// no more than that.
func (b *builder) addDates(s sentence) bool {
	ds := datesIn(s.text)
	if len(ds) == 0 {
		return false
	}
	set := 0
	for _, d := range ds {
		var dst *notice.Date
		var ptr string
		switch d.kind {
		case "updated":
			dst, ptr = &b.n.Updated, "/updated"
		case "prepared":
			dst, ptr = &b.n.Prepared, "/prepared"
		case "published":
			dst, ptr = &b.n.Published, "/published"
		case "effective":
			dst, ptr = &b.n.Effective, "/effective"
		default:
			continue
		}
		if b.part > 0 || !dst.IsZero() {
			continue // a later notice of the page: kept in its text
		}
		*dst = d.date
		b.placed(ptr, s.line, Sure, s.text, "date "+d.raw+" by its label")
		set++
	}
	if set == 0 {
		return false
	}
	// The sentence was a label and dates only: nothing else to keep.
	rest := s.text
	for _, d := range ds {
		rest = strings.Replace(rest, d.raw, "", 1)
	}
	return len(strings.Fields(rest)) <= 4
}

// freeSection keeps a section no item fits as a free section, with its
// heading and its paragraphs and lists as written; sentences only one
// item can hold still go to that item.
func (b *builder) freeSection(s *section) {
	sec := notice.Section{Heading: b.t(s.headText())}
	onNotice := b.onNotice()
	var holder *[]notice.Section
	var base string
	if onNotice {
		holder, base = &b.n.Sections, "/sections"
	} else {
		holder, base = &b.cur().Sections, b.actPtr()+"/sections"
	}
	idx := len(*holder)
	ptr := fmt.Sprintf("%s/%d", base, idx)
	*holder = append(*holder, sec)
	b.record(ptr+"/heading", s.line(), Guess, Unplaced, s.headText(), "no item of Arts 13-14 fits this heading: kept as a free section")
	if b.sec != nil && (s.topic == topicNone || s.topic == topicTitle) {
		b.sec.Topic = "free"
	}
	var list []notice.Text
	listLine := 0
	ordered := false
	flushList := func() {
		if len(list) == 0 {
			return
		}
		h := b.sectionAt(onNotice, idx)
		h.Blocks = append(h.Blocks, notice.Block{List: list, Ordered: ordered})
		b.record(fmt.Sprintf("%s/blocks/%d", ptr, len(h.Blocks)-1), listLine, Guess, Unplaced, "", "a list of the free section")
		list = nil
	}
	for _, bl := range s.blocks {
		if bl.kind == kindItem {
			// A strong statement in a list item still goes to its item.
			if b.strong(bl.flat()) != topicNone {
				flushList()
				b.placeByContent(sentence{bl.flat(), bl.first()}, "/introduction")
				continue
			}
			if len(list) == 0 {
				listLine, ordered = bl.first(), bl.ordered
			}
			list = append(list, b.t(bl.flat()))
			continue
		}
		flushList()
		var keep []string
		for _, st := range sentencesOf(bl) {
			if b.strong(st.text) != topicNone {
				b.placeByContent(st, "/introduction")
				continue
			}
			if bs, byArt := basesIn(st.text); byArt && len(bs) > 0 && basisCueRE.MatchString(st.text) {
				// "Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1
				// lit. a DSGVO" among the words on cookies: a legal basis.
				b.addBasisSentence(st, Likely)
				continue
			}
			keep = append(keep, st.text)
		}
		if len(keep) == 0 {
			continue
		}
		h := b.sectionAt(onNotice, idx)
		h.Blocks = append(h.Blocks, notice.Block{Paragraph: b.t(strings.Join(keep, " "))})
		b.record(fmt.Sprintf("%s/blocks/%d", ptr, len(h.Blocks)-1), bl.first(), Guess, Unplaced, strings.Join(keep, " "), "kept in the free section")
	}
	flushList()
}

func (b *builder) sectionAt(onNotice bool, i int) *notice.Section {
	if onNotice {
		return &b.n.Sections[i]
	}
	return &b.cur().Sections[i]
}

// orgUnit places "Toimiala" and "Palvelualue" of a municipal template: the
// controller's unit.
func (b *builder) orgUnit(s *section) {
	c, ptr := b.controller()
	for _, bl := range s.blocks {
		v := bl.flat()
		if c.Unit.IsZero() {
			c.Unit = b.nm(v)
			b.placed(ptr+"/unit", bl.first(), Likely, v, fmt.Sprintf("the controller's unit (%q in the source)", s.headText()))
			continue
		}
		b.addText(&c.Note, ptr+"/note", bl.first(), Likely, s.headText()+": "+v, "a further unit of the controller")
	}
}

// registerName places the name of the register or processing.
func (b *builder) registerName(s *section) {
	for i, bl := range s.blocks {
		a := b.cur()
		if i == 0 && a.Name.IsZero() && len([]rune(bl.flat())) <= 300 {
			name := strings.TrimSuffix(bl.flat(), ".")
			a.Name = b.t(name)
			b.placed(b.actPtr()+"/name", bl.first(), Sure, bl.flat(), "the name of the register or processing")
			continue
		}
		b.addText(&a.Description, b.actPtr()+"/description", bl.first(), Likely, bl.flat(), "said under the register's name")
	}
}
