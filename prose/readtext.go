package prose

import (
	"regexp"
	"strings"
	"unicode"
)

// The text reader reads a notice given as plain text: paragraphs separated
// by blank lines, headings as lines of their own (numbered, in capitals,
// marked with "#" as text copied from Markdown often is, or words the
// heading table knows), lists marked with "-", "*", "•" or a number. It
// removes the inline marks that text copied from web pages keeps: "**bold**",
// backslash escapes and "[text](target)" links.

var (
	mdHeadingRE = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	bulletRE    = regexp.MustCompile(`^([-*•·▪◦–+])\s+(.*)$`)
	orderedRE   = regexp.MustCompile(`^(\d{1,3}|[a-zA-Z])([.)])\s+(.*)$`)
	// numberedHeadingRE matches a heading's numbering: "1.", "4.1", "4.1.", "A.".
	numberedHeadingRE = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.)\s+(\S.*)$`)
	mdLinkRE          = regexp.MustCompile(`\[([^\]\n]*)\]\(([^)\s]*)\)`)
	strongRE          = regexp.MustCompile(`\*\*([^*\n]+)\*\*|__([^_\n]+)__`)
	escapeRE          = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!<>|~])`)
)

// inline removes inline marks from one line of text and returns the plain
// text with the spans marked strong.
func inline(s string) (string, []string) {
	var strong []string
	if strings.Contains(s, "](") {
		s = mdLinkRE.ReplaceAllStringFunc(s, func(m string) string {
			sm := mdLinkRE.FindStringSubmatch(m)
			text, target := sm[1], sm[2]
			if target == "" || strings.HasPrefix(target, "#") || target == text || strings.TrimPrefix(target, "mailto:") == text {
				return text
			}
			return text + " (" + target + ")"
		})
	}
	if strings.Contains(s, "**") || strings.Contains(s, "__") {
		s = strongRE.ReplaceAllStringFunc(s, func(m string) string {
			sm := strongRE.FindStringSubmatch(m)
			t := sm[1] + sm[2]
			strong = append(strong, cleanText(t))
			return t
		})
	}
	if strings.IndexByte(s, '\\') >= 0 {
		s = escapeRE.ReplaceAllString(s, "$1")
	}
	return cleanText(s), strong
}

// readText splits plain text into blocks.
func readText(src []byte) []block {
	raw := strings.Split(string(src), "\n")
	var out []block
	var group []line // the lines of the current group, between blank lines
	flush := func() {
		out = appendGroup(out, group)
		group = group[:0]
	}
	for i, r := range raw {
		t := strings.TrimRight(r, "\r")
		if blankLine(t) {
			flush()
			continue
		}
		group = append(group, line{n: i + 1, text: t})
	}
	flush()
	return out
}

// blankLine reports whether a line holds no text: only spaces (the no-break
// space too) and control characters, which the Markdown and HTML readers
// drop as well.
func blankLine(s string) bool {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) == ""
}

// appendGroup turns one group of consecutive non-blank lines into blocks.
func appendGroup(out []block, group []line) []block {
	var para *block
	var item *block
	endPara := func() {
		if para != nil {
			out = append(out, *para)
			para = nil
		}
	}
	endItem := func() {
		if item != nil {
			out = append(out, *item)
			item = nil
		}
	}
	for i, l := range group {
		raw := l.text
		trimmed := strings.TrimSpace(strings.ReplaceAll(raw, "\u00a0", " "))
		indent := len(raw) - len(strings.TrimLeft(raw, " \t\u00a0"))
		if trimmed == "---" || trimmed == "***" || trimmed == "___" {
			endPara()
			endItem()
			continue
		}
		if m := mdHeadingRE.FindStringSubmatch(trimmed); m != nil {
			endPara()
			endItem()
			text, strong := inline(m[2])
			if text != "" {
				out = append(out, block{kind: kindHeading, level: len(m[1]), lines: []line{{l.n, text}}, strong: strong})
			}
			continue
		}
		if m := bulletRE.FindStringSubmatch(trimmed); m != nil && !(m[1] == "-" && strings.HasPrefix(m[2], "-")) {
			endPara()
			endItem()
			text, strong := inline(m[2])
			item = &block{kind: kindItem, level: 1 + indent/2, lines: []line{{l.n, text}}, strong: strong}
			continue
		}
		// A line of its own that reads as a heading: alone in its group, or
		// the first line of a group whose heading the table knows.
		text, strong := inline(trimmed)
		next := ""
		if i+1 < len(group) {
			next = strings.TrimSpace(group[i+1].text)
		}
		if para == nil && item == nil && looksLikeHeading(text, len(group) == 1, i == 0, next) && !valueOfHeading(out, text) {
			out = append(out, block{kind: kindHeading, level: headingLevel(text), lines: []line{{l.n, text}}, strong: strong})
			continue
		}
		if m := orderedRE.FindStringSubmatch(trimmed); m != nil && (para == nil || item != nil || i > 0 && orderedRE.MatchString(strings.TrimSpace(group[i-1].text))) {
			endPara()
			endItem()
			t, st := inline(m[3])
			item = &block{kind: kindItem, ordered: true, level: 1 + indent/2, lines: []line{{l.n, m[1] + m[2] + " " + t}}, strong: st}
			continue
		}
		if item != nil && indent > 0 {
			// A continuation of the item above.
			item.lines = append(item.lines, line{l.n, text})
			item.strong = append(item.strong, strong...)
			continue
		}
		endItem()
		if para == nil {
			para = &block{kind: kindPara}
		}
		para.lines = append(para.lines, line{l.n, text})
		para.strong = append(para.strong, strong...)
	}
	endPara()
	endItem()
	return out
}

// headingLevel gives a heading of plain text its depth: a heading in
// capitals is level 1; a numbered one 2, "4.1 X" 3 under it; others 2.
func headingLevel(text string) int {
	num, _, ok := strings.Cut(text, " ")
	if ok && num != "" && num[0] >= '0' && num[0] <= '9' {
		return 2 + strings.Count(strings.TrimSuffix(num, "."), ".")
	}
	if upperShare(text) >= 0.8 {
		return 1
	}
	return 2
}

// looksLikeHeading reports whether a line of plain text reads as a heading.
// alone is true when the line is the whole group; first when it opens its
// group; next is the line that follows it in the group, if any.
func looksLikeHeading(text string, alone, first bool, next string) bool {
	more := next != ""
	if text == "" || len([]rune(text)) > 150 || len([]rune(text)) > 110 && !classifyHeading(text).sure {
		return false
	}
	if !alone && !first {
		return false
	}
	last, _ := lastRune(text)
	sentenceEnd := last == '.' || last == ',' || last == ';' || last == '!'
	if last == ':' && alone {
		return false // a lead-in: "Lainsäädäntö:", "Esiopetuksen opiskeluoikeudet:"
	}
	if len(splitSentences(leadingNumberRE.ReplaceAllString(text, ""))) > 1 {
		return false // two sentences are no heading
	}
	if len(emailsIn(text)) > 0 || len(datesIn(text)) > 0 || postcodeInRE.MatchString(text) {
		return false // headings hold no e-mail address, date or postcode
	}
	if last != '?' && hasFinnishPassive(text) {
		// "Tietoja luovutetaan säännönmukaisesti": a sentence without its
		// full stop, as template answers are written, not a heading.
		return false
	}
	t := classifyHeading(text)
	if alone {
		if t.topic != topicNone && !sentenceEnd {
			return true
		}
		if sentenceEnd || strings.ContainsAny(text, "@") || isFactLine(text) {
			return false
		}
		if upperShare(text) >= 0.8 && letterCount(text) >= 4 {
			return true
		}
		if m := numberedHeadingRE.FindStringSubmatch(text); m != nil && !strings.ContainsAny(m[1], "@") && letterCount(m[1]) >= 3 {
			r := []rune(m[1])
			return unicode.IsUpper(r[0])
		}
		return false
	}
	// The first line of a longer group: a heading only when the table
	// knows it, or when it is in capitals or numbered and is followed by text.
	if sentenceEnd || !more || strings.HasSuffix(text, ":") || orderedRE.MatchString(next) || bulletRE.MatchString(next) {
		return false
	}
	if t.topic != topicNone && t.sure {
		return true
	}
	if upperShare(text) >= 0.8 && letterCount(text) >= 6 {
		return true
	}
	if m := numberedHeadingRE.FindStringSubmatch(text); m != nil && strings.HasPrefix(text, m[0][:1]) && letterCount(m[1]) >= 3 {
		r := []rune(m[1])
		return unicode.IsUpper(r[0]) && len(r) <= 60
	}
	return false
}

func lastRune(s string) (rune, bool) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

// upperShare is the share of capital letters among the letters of s.
func upperShare(s string) float64 {
	up, all := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			all++
			if unicode.IsUpper(r) {
				up++
			}
		}
	}
	if all == 0 {
		return 0
	}
	return float64(up) / float64(all)
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

var postcodeInRE = regexp.MustCompile(`(?:^|[ ,])\d{5} \p{Lu}`)

// valueOfHeading reports whether a line that reads as a heading is rather
// the value of the heading just before it, as template forms give them
// ("Tietosuojavastaava" / "Raision kaupungin tietosuojavastaava"): a line
// of the same topic that is not the party's contact details.
func valueOfHeading(out []block, text string) bool {
	if len(out) == 0 || out[len(out)-1].kind != kindHeading {
		return false
	}
	prev := classifyHeading(out[len(out)-1].flat())
	cur := classifyHeading(text)
	return prev.topic != topicNone && prev.topic == cur.topic && !contactDetailsRE.MatchString(text) && upperShare(text) < 0.8 && !numberedRE.MatchString(text)
}

// hasFinnishPassive reports whether s has a word in the Finnish present
// passive ("luovutetaan", "käsitellään"), which headings, being noun
// phrases, do not.
func hasFinnishPassive(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,:;()")
		if len(w) > 6 && (strings.HasSuffix(w, "taan") || strings.HasSuffix(w, "tään")) {
			return true
		}
	}
	return false
}
