package prose

import (
	"regexp"
	"strings"
)

// A section is a heading and the blocks under it, with the topic the
// import takes it for.
type section struct {
	head   *block // nil for text before the first heading
	level  int
	topic  topic
	how    string // "heading", "parent", "label", "none"
	sure   bool
	blocks []block
	part   int // which of the notices on one page the section belongs to
	// subItems counts the subsections under this one whose headings name
	// an item of an activity ("Rechtsgrundlage", "Speicherdauer" under
	// "Google Analytics").
	subItems int
}

func (s *section) headText() string {
	if s.head == nil {
		return ""
	}
	return s.head.flat()
}

func (s *section) line() int {
	if s.head != nil {
		return s.head.first()
	}
	if len(s.blocks) > 0 {
		return s.blocks[0].first()
	}
	return 0
}

var numberedRE = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2})*\.?\s`)
var firstNumberRE = regexp.MustCompile(`^1\.?\s`)

// partyTopics are the topics whose sections hold a party's contact block.
var partyTopics = map[topic]bool{topicController: true, topicDPO: true, topicContact: true, topicJoint: true, topicFalseRep: true, topicRepresentative: true}

// inlineLabelRE is a line that starts with a heading as a label:
// "Tietosuojavastaava: tietosuoja@valteri.fi".
var inlineLabelRE = regexp.MustCompile(`^([\p{L}][\p{L} \-]{2,40}):\s*(\S.*)$`)

// segment groups blocks into sections and names each section's topic: by
// its heading where the table knows it, by its parent heading for a
// subheading the table does not know, else none (the builder then places it
// by its content). It also splits a page that holds several notices into
// parts.
func segment(blocks []block) []section {
	var out []section
	type open struct {
		level    int
		raw      int // the level the reader gave
		topic    topic
		numbered bool
	}
	var stack []open
	cur := section{how: "none"}
	flush := func() {
		if cur.head != nil || len(cur.blocks) > 0 {
			out = append(out, cur)
		}
	}
	for i := range blocks {
		bl := blocks[i]
		if bl.kind != kindHeading {
			// A paragraph that opens with a party heading as its label is a
			// section of its own: "Tietosuojavastaava: tietosuoja@valteri.fi".
			if m := inlineLabelRE.FindStringSubmatch(bl.lines[0].text); m != nil {
				c := classifyHeading(m[1])
				if partyTopics[c.topic] && c.topic != cur.topic {
					flush()
					head := block{kind: kindHeading, level: cur.level + 1, lines: []line{{bl.lines[0].n, m[1] + ":"}}}
					rest := block{kind: kindPara, lines: append([]line{{bl.lines[0].n, m[2]}}, bl.lines[1:]...), strong: bl.strong}
					cur = section{head: &head, level: head.level, topic: c.topic, how: "label", sure: true, blocks: []block{rest}}
					continue
				}
			}
			cur.blocks = append(cur.blocks, bl)
			continue
		}
		flush()
		h := bl
		text := h.flat()
		numbered := numberedRE.MatchString(text)
		level := h.level
		if numbered && len(stack) > 0 {
			top := stack[len(stack)-1]
			switch {
			case top.numbered && top.raw == h.level:
				// "2. Opiskelu-välilehti" after "1. Tiedot-välilehti": a sibling.
				level = top.level
			case !top.numbered && top.level >= level && top.topic != topicNone && top.topic != topicTitle && top.topic != topicIntro:
				level = top.level + 1
			}
		}
		for len(stack) > 0 && stack[len(stack)-1].level >= level {
			stack = stack[:len(stack)-1]
		}
		c := classifyHeading(text)
		cur = section{head: &h, level: level, topic: c.topic, sure: c.sure, how: "heading"}
		if len(stack) > 0 && c.topic != topicNone {
			switch p := stack[len(stack)-1].topic; {
			case p == topicCookies:
				// "Rechtsgrundlage", "Speicherdauer" under "Verwendung von
				// Cookies": the cookies' basis and duration, part of that section.
				cur.topic, cur.how, cur.sure = p, "parent", false
			case p == topicRights && c.topic == topicAutomated:
				// Automated decisions among the rights: the Art 22 right.
				cur.topic, cur.how, cur.sure = p, "parent", false
			}
		}
		if c.topic == topicNone {
			cur.how = "none"
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				switch p.topic {
				case topicNone, topicTitle, topicIntro, topicMeta:
				default:
					cur.topic, cur.how, cur.sure = p.topic, "parent", false
				}
			}
		}
		stack = append(stack, open{level: level, raw: h.level, topic: cur.topic, numbered: numbered})
	}
	flush()
	countSubItems(out)
	siblings(out)
	assignParts(out)
	return out
}

// countSubItems counts, for each section, the subsections under it whose
// own heading names an item of a processing activity; each section looks only at its descendants,
// so the cost is the number of sections times the depth of headings.
func countSubItems(secs []section) {
	for i := range secs {
		s := &secs[i]
		if s.head == nil {
			continue
		}
		for j := i + 1; j < len(secs) && secs[j].head != nil && secs[j].level > s.level; j++ {
			if secs[j].how == "heading" && activityTopic(secs[j].topic) {
				s.subItems++
			}
		}
	}
}

// siblings gives a numbered subheading between siblings that share their
// parent's topic that same topic: "11. Tietojen luovutusluvat-välilehti"
// among the tabs of the register's data is data, not recipients.
func siblings(secs []section) {
	for i := 1; i+1 < len(secs); i++ {
		prev, cur, next := secs[i-1], &secs[i], secs[i+1]
		if prev.how == "parent" && next.how == "parent" && prev.topic == next.topic && cur.topic != prev.topic &&
			cur.head != nil && numberedRE.MatchString(cur.headText()) && cur.level == prev.level {
			cur.topic, cur.how, cur.sure = prev.topic, "parent", false
		}
	}
}

// itemTopic reports whether a topic is an item of Arts 13-14 (not a title,
// introduction or metadata).
func itemTopic(t topic) bool {
	switch t {
	case topicNone, topicTitle, topicIntro, topicMeta, topicOrgUnit:
		return false
	}
	return true
}

// activityTopic reports whether a topic is an item said of one processing
// activity (its purposes, bases, data, recipients, retention), not of the
// whole notice (the controller, the rights).
func activityTopic(t topic) bool {
	switch t {
	case topicPurposeBasis, topicPurpose, topicLegalBasis, topicDataPurpose, topicSubjectsData, topicSubjects, topicData,
		topicSources, topicRecipTransfer, topicTransfers, topicProcessors, topicRecipients, topicRetention:
		return true
	}
	return false
}

// assignParts numbers the notices of a page that holds more than one (the
// ViLLE page holds two, one after the other, each numbered from 1): a new
// part begins at a title heading, or a section numbered 1, that is followed
// by the controller or a section numbered 1 once the current part has
// given several items.
func assignParts(secs []section) {
	part, items := 0, 0
	for i := range secs {
		s := &secs[i]
		if s.head != nil && items >= 3 {
			text := s.headText()
			start := false
			switch {
			case s.topic == topicTitle:
				for j := i + 1; j < len(secs); j++ {
					if secs[j].head == nil {
						continue
					}
					t := secs[j].headText()
					start = firstNumberRE.MatchString(t) || secs[j].topic == topicController
					break
				}
			case firstNumberRE.MatchString(text) && s.topic == topicController:
				start = i == 0 || secs[i-1].topic != topicTitle
			}
			if start {
				part++
				items = 0
			}
		}
		s.part = part
		if itemTopic(s.topic) {
			items++
		}
	}
}

// splitSentences splits prose into sentences at a full stop, question or
// exclamation mark followed by a space and a capital letter, a quote or a
// bracket; abbreviations and ordinals ("esim. koulutustallenne", "6.
// artiklan", "Art. 6") do not split, being followed by lower case or a digit.
func splitSentences(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i := 0; i < len(rs)-2; i++ {
		c := rs[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		if rs[i+1] != ' ' {
			continue
		}
		j := i + 2
		for j < len(rs) && (rs[j] == '"' || rs[j] == '(' || rs[j] == '“' || rs[j] == '”') {
			j++
		}
		if j >= len(rs) || !isUpper(rs[j]) {
			continue
		}
		// "z. B.", "Abs." and one-letter abbreviations before a capital are rare; "p. Xxx" is not.
		word := lastWord(string(rs[start : i+1]))
		if abbreviations[strings.ToLower(word)] {
			continue
		}
		out = append(out, strings.TrimSpace(string(rs[start:i+1])))
		start = i + 2
	}
	if rest := strings.TrimSpace(string(rs[start:])); rest != "" {
		out = append(out, rest)
	}
	return out
}

var abbreviations = map[string]bool{"esim.": true, "mm.": true, "ym.": true, "ks.": true, "vrt.": true, "puh.": true, "p.": true, "tel.": true, "t.ex.": true, "bl.a.": true, "e.g.": true, "i.e.": true, "etc.": true, "dr.": true, "mr.": true, "ms.": true, "nr.": true, "no.": true, "art.": true, "st.": true, "ca.": true, "n.": true, "inc.": true, "ltd.": true}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func isUpper(r rune) bool {
	return r >= 'A' && r <= 'Z' || r == 'Ä' || r == 'Ö' || r == 'Å' || r == 'Ü' || r > 0x7F && strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r)
}
