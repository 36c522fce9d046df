package prose

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// A builder turns sections into a notice, keeping the provenance of every
// value it sets.
type builder struct {
	n       *notice.Notice
	lang    language.Tag
	country string   // where bare statute numbers and telephone numbers are read
	regions []string // phone regions
	rep     *Report
	provs   []prov

	partAct    []int // the main activity of each part
	act        int   // the activity the current section fills
	actLvl     int   // the level of the heading that opened act; 0 for a part's main activity
	actHeadLvl int   // the level of the headings that have opened activities by what they hold; 0 for none
	part       int
	items      int           // item sections seen so far
	sec        *SectionEntry // the current section's report entry
	last       topic         // the topic of the previous section, for merging parties
	lastPty    string        // pointer of the last party filled
	title      bool          // the notice's title is set
	visitLine  int           // the line of the last visiting address read

	strongMemo, contentMemo map[string]topic // what strongTopic and contentTopic said of each sentence
	transferTo              map[string]int   // the first transfer to each country: by the transfers' pointer and the country code
	intro                   []string         // pointer stack of where preamble text goes
}

// A prov is where one value came from.
type prov struct {
	ptr  string
	line int
	conf Confidence
	kind Kind
	note string
}

func newBuilder(lang language.Tag, opt Options) *builder {
	country := "FI"
	switch lang {
	case language.Swedish:
		country = "FI" // Finland-Swedish notices cite Finnish acts; Swedish SFS numbers are read by their own form
	case language.German:
		country = "DE"
	case language.Dutch:
		country = "NL"
	}
	f := opt.Format
	if f == 0 {
		f = Text
	}
	b := &builder{
		n:       &notice.Notice{SchemaVersion: notice.SchemaVersion},
		lang:    lang,
		country: country,
		regions: phoneRegions(country),
		rep:     &Report{Source: opt.Source, Format: f.String(), Language: lang.String(), Recognised: supported(lang)},

		strongMemo:  map[string]topic{},
		transferTo:  map[string]int{},
		contentMemo: map[string]topic{},
	}
	b.n.Languages = notice.Tags{b.tag()}
	return b
}

// t makes a text in the notice's language.
func (b *builder) t(s string) notice.Text { return notice.T(b.tag(), s) }

// nm makes a name in the notice's language.
func (b *builder) nm(s string) notice.Name { return notice.N(b.tag(), s) }

func (b *builder) tag() language.Tag {
	if b.lang == language.Und {
		return language.English // a notice needs a language; the report says it was not detected
	}
	return b.lang
}

// record notes where the value at ptr came from, for the YAML's comments
// and the report.
func (b *builder) record(ptr string, ln int, conf Confidence, kind Kind, text, note string) {
	b.provs = append(b.provs, prov{ptr: ptr, line: ln, conf: conf, kind: kind, note: note})
	b.rep.Entries = append(b.rep.Entries, Entry{Line: ln, Kind: kind, Pointer: ptr, Confidence: conf, Text: short(text, 200), Note: note})
	if b.sec != nil && !contains(b.sec.Pointers, ptr) {
		b.sec.Pointers = append(b.sec.Pointers, ptr)
	}
}

// placed records a value set with the given confidence: a guess is reported
// as guessed.
func (b *builder) placed(ptr string, ln int, conf Confidence, text, note string) {
	kind := Placed
	if conf == Guess {
		kind = Guessed
	}
	b.record(ptr, ln, conf, kind, text, note)
}

// inSection reports whether the current section has set a value at ptr
// or below it.
func (b *builder) inSection(ptr string) bool {
	if b.sec == nil {
		return false
	}
	for _, p := range b.sec.Pointers {
		if p == ptr || strings.HasPrefix(p, ptr+"/") {
			return true
		}
	}
	return false
}

// appendText adds a paragraph to a text, separated from what it holds by a
// blank line.
func appendText(t *notice.Text, tag language.Tag, s string) {
	if *t == nil {
		*t = notice.Text{}
	}
	if old := (*t)[tag]; old != "" {
		s = old + "\n\n" + s
	}
	(*t)[tag] = s
}

// addText appends s to the text at dst (whose pointer is ptr) and records it.
func (b *builder) addText(dst *notice.Text, ptr string, ln int, conf Confidence, s, note string) {
	appendText(dst, b.tag(), s)
	b.placed(ptr, ln, conf, s, note)
}

// build turns the blocks into the notice.
func (b *builder) build(blocks []block) {
	secs := segment(blocks)
	b.newActivity("", 0)
	b.partAct = []int{0}
	for i := range secs {
		s := &secs[i]
		if s.part != b.part {
			b.part, b.items = s.part, 0
			b.newActivity(s.headText(), s.line())
			b.partAct = append(b.partAct, b.act)
		}
		b.section(s, i == 0 || i == 1 && secs[0].head == nil)
	}
	b.finish(secs)
}

// newActivity opens an activity named name (which may be empty for now).
func (b *builder) newActivity(name string, ln int) {
	a := notice.Activity{}
	if name != "" {
		a.Name = b.t(name)
	}
	b.n.Activities = append(b.n.Activities, a)
	b.act = len(b.n.Activities) - 1
	b.actLvl = 0
	if name != "" {
		b.placed(b.actPtr()+"/name", ln, Likely, name, "activity named by the heading that opens it")
	}
}

func (b *builder) actPtr() string { return fmt.Sprintf("/activities/%d", b.act) }

func (b *builder) cur() *notice.Activity { return &b.n.Activities[b.act] }

// onNotice reports whether the notice-level items (controller, DPO,
// rights, supervisory authorities, security) of the current section go on
// the notice, as for the first of the page's notices; for a later one they
// go on its activity.
func (b *builder) onNotice() bool { return b.part == 0 && b.act == b.partAct[0] }

// section places one section.
func (b *builder) section(s *section, first bool) {
	entry := SectionEntry{Line: s.line(), Heading: s.headText(), Topic: string(s.topic), How: s.how, Confidence: Sure}
	if s.head == nil {
		entry.Topic, entry.How = string(topicIntro), "position"
	} else if s.topic == topicNone {
		entry.Topic = "content"
	}
	if !s.sure {
		entry.Confidence = Likely
	}
	b.rep.Sections = append(b.rep.Sections, entry)
	b.sec = &b.rep.Sections[len(b.rep.Sections)-1]
	defer func() {
		b.last = s.topic
		if itemTopic(s.topic) {
			b.items++
		}
	}()

	// An activity opened by a heading the table does not know ends at the
	// next heading of its level or above.
	if b.actLvl > 0 && s.head != nil && s.level <= b.actLvl {
		b.act, b.actLvl = b.partAct[b.part], 0
	}

	// A line that only dates the notice ("Henkilörekisteriseloste laadittu
	// 6.4.2023") sets its date wherever it stands.
	var kept []block
	for _, bl := range s.blocks {
		if bl.kind == kindPara && len(bl.lines) == 1 && s.topic != topicTitle && s.topic != topicIntro && s.head != nil && b.addDates(sentence{bl.flat(), bl.first()}) {
			continue
		}
		kept = append(kept, bl)
	}
	s.blocks = kept

	switch s.topic {
	case topicTitle:
		b.titleSection(s, first)
	case topicIntro:
		b.introSection(s)
	case topicController, topicDPO, topicContact, topicJoint, topicFalseRep, topicRepresentative:
		b.partySection(s)
	case topicOrgUnit:
		b.orgUnit(s)
	case topicRegisterName:
		b.registerName(s)
	case topicPurpose, topicPurposeBasis, topicLegalBasis, topicDataPurpose:
		b.purposeBasis(s)
	case topicData, topicSubjects, topicSubjectsData:
		b.data(s)
	case topicSources:
		b.sources(s)
	case topicRecipients, topicProcessors, topicRecipTransfer, topicTransfers:
		b.recipients(s)
	case topicRetention:
		b.retention(s)
	case topicSecurity:
		b.security(s)
	case topicRights, topicComplaint:
		b.rights(s)
	case topicAutomated:
		b.automated(s)
	case topicCodes:
		b.codes(s)
	case topicCookies, topicChanges:
		b.freeSection(s)
	case topicMeta:
		b.metaSection(s)
	default:
		b.unknown(s, first)
	}
}

// finish fills what a notice requires and the source may not give: the
// title and each activity's name and ID.
func (b *builder) finish(secs []section) {
	if !b.title {
		// The name of the processing, else the first heading, else the
		// first line serves as the title.
		switch {
		case !b.n.Activities[0].Name.IsZero():
			b.n.Title = notice.Text(clone(b.n.Activities[0].Name))
			b.placed("/title", 0, Guess, "", "the source has no title of its own: the name of the processing serves as one")
		default:
			ln, t := 0, ""
			for _, s := range secs {
				if s.head != nil {
					ln, t = s.line(), s.headText()
					break
				}
			}
			if t == "" && len(secs) > 0 && len(secs[0].blocks) > 0 {
				ln, t = secs[0].blocks[0].first(), secs[0].blocks[0].lines[0].text
			}
			b.n.Title = b.t(t)
			b.placed("/title", ln, Guess, t, "the source has no title of its own: its first heading or line serves as one")
		}
	}
	ids := map[string]bool{}
	for i := range b.n.Activities {
		a := &b.n.Activities[i]
		if a.Name.IsZero() {
			a.Name = clone(notice.Name(b.n.Title))
			b.rep.Entries = append(b.rep.Entries, Entry{Kind: Guessed, Pointer: fmt.Sprintf("/activities/%d/name", i), Confidence: Guess, Note: "the source names no processing: the notice's title serves as its name"})
			b.provs = append(b.provs, prov{ptr: fmt.Sprintf("/activities/%d/name", i), conf: Guess, kind: Guessed, note: "no name in the source: the title serves as one"})
		}
		id := slug(firstString(notice.Text(a.Name)))
		if id == "" {
			id = "activity"
		}
		base, k := id, 2
		for ids[id] {
			id = fmt.Sprintf("%s-%d", base, k)
			k++
		}
		ids[id] = true
		a.ID = id
	}
}

func clone[M ~map[language.Tag]string](m M) notice.Text {
	out := notice.Text{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

func firstString(t notice.Text) string {
	for _, tag := range t.Tags() {
		if t[tag] != "" {
			return t[tag]
		}
	}
	return ""
}

// slug makes an ID from a name: lower case ASCII letters and digits joined
// by hyphens, at most 40 characters.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch r {
		case 'ä', 'å', 'á', 'à', 'â':
			r = 'a'
		case 'ö', 'ó', 'ò', 'ô', 'ø':
			r = 'o'
		case 'ü', 'ú':
			r = 'u'
		case 'é', 'è', 'ê':
			r = 'e'
		case 'ß':
			r = 's'
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			if b.Len() >= 40 {
				break
			}
			continue
		}
		dash = true
	}
	return strings.TrimRight(b.String(), "-")
}
