package prose

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/seloste/seloste/notice"
)

// Retention, security, rights, automated decisions, negative statements,
// codes of conduct and metadata.

// retention places a section on how long data are kept.
func (b *builder) retention(s *section) {
	for _, bl := range s.blocks {
		prev := -1 // the entry this paragraph opened
		for _, st := range sentencesOf(bl) {
			if t := b.strong(st.text); t != topicNone {
				b.placeByContent(st, b.actPtr()+"/description")
				continue
			}
			if b.addNegative(st, Likely) {
				continue
			}
			a := b.cur()
			// A sentence with no period, end or date after one that has one,
			// in the same paragraph, says more of the same entry.
			if prev >= 0 && prev < len(a.Retention) && len(periodsIn(st.text)) == 0 {
				if _, open := openEndIn(st.text); !open {
					if _, ok := untilIn(st.text); !ok {
						b.addText(&a.Retention[prev].Criteria, fmt.Sprintf("%s/retention/%d/criteria", b.actPtr(), prev), st.line, Likely, st.text, "said of the period before it")
						for _, l := range statutesIn(st.text, b.country, b.tag()) {
							a.Retention[prev].Laws = append(a.Retention[prev].Laws, l.ref)
							b.placed(fmt.Sprintf("%s/retention/%d/laws/%d", b.actPtr(), prev, len(a.Retention[prev].Laws)-1), st.line, Likely, st.text, "a statute the retention follows")
						}
						continue
					}
				}
			}
			if len(periodsIn(st.text)) == 0 && !timeCueRE.MatchString(st.text) {
				// "Tiedot säilytetään … pilvipalvelussa": where and how data
				// are kept, not for how long.
				if _, open := openEndIn(st.text); !open {
					switch t := b.content(st.text); {
					case t == topicSecurity, t == topicPurpose, t == topicRecipients, recipientRE.MatchString(st.text) && accessRE.MatchString(st.text):
						b.placeByContent(st, b.actPtr()+"/description")
						continue
					}
				}
			}
			prev = b.addRetentionSentence(st, Sure)
		}
	}
}

var (
	// timeCueRE marks a sentence that says for how long.
	timeCueRE = regexp.MustCompile(`(?i)aika|ajan|kunnes|asti|saakka|kauan|poistetaan|poistuvat|hävitetään|pidempään|\btid|länge|tills|gallr|raderas|until|as long|deleted|erased|period|longer`)
	accessRE  = regexp.MustCompile(`(?i)pääsy|\baccess\b|tillgång`)
)

// addRetentionSentence adds the retention a sentence states and returns
// the index of its first entry.
func (b *builder) addRetentionSentence(s sentence, conf Confidence) int {
	a := b.cur()
	first := len(a.Retention)
	base := b.actPtr() + "/retention"
	laws := statutesIn(s.text, b.country, b.tag())
	add := func(r notice.Retention) string {
		for _, l := range laws {
			r.Laws = append(r.Laws, l.ref)
		}
		a.Retention = append(a.Retention, r)
		return fmt.Sprintf("%s/%d", base, len(a.Retention)-1)
	}
	periods := periodsIn(s.text)
	for i, p := range periods {
		r := notice.Retention{Period: p.dur, Qualifier: p.qualifier}
		if i == 0 {
			r.Criteria = b.t(s.text)
		}
		if p.from != "" {
			r.From = b.t(p.from)
		}
		ptr := add(r)
		b.placed(ptr+"/period", s.line, conf, s.text, fmt.Sprintf("%q read as %s", p.raw, p.dur))
		if p.qualifier != "" {
			b.placed(ptr+"/qualifier", s.line, lower(conf, Likely), s.text, "the words before the period make it "+string(p.qualifier))
		}
		if p.from != "" {
			b.placed(ptr+"/from", s.line, Likely, s.text, "the event the period runs from, as the source words it")
		}
		if i == 0 {
			b.placed(ptr+"/criteria", s.line, Likely, s.text, "the whole sentence, kept beside the coded period")
		}
	}
	if len(periods) > 0 {
		return first
	}
	r := notice.Retention{}
	note := "no period is fixed: the sentence gives the criteria"
	if k, ok := openEndIn(s.text); ok {
		r.OpenEnded = &notice.OpenEnd{Kind: k, Reason: b.t(s.text)}
		note = "an open end (" + string(k) + ")"
	} else {
		r.Criteria = b.t(s.text)
	}
	if d, ok := untilIn(s.text); ok {
		r.Until = d
		note = "deleted by " + d.String()
	}
	ptr := add(r)
	field := "/criteria"
	if r.OpenEnded != nil {
		field = "/openEnded"
	}
	b.placed(ptr+field, s.line, lower(conf, Likely), s.text, note)
	if !r.Until.IsZero() {
		b.placed(ptr+"/until", s.line, Likely, s.text, note)
	}
	return first
}

// security places a section on security measures.
func (b *builder) security(s *section) {
	var sec *notice.Security
	ptr := "/security"
	if b.onNotice() {
		if b.n.Security == nil {
			b.n.Security = &notice.Security{}
		}
		sec = b.n.Security
	} else {
		a := b.cur()
		if a.Security == nil {
			a.Security = &notice.Security{}
		}
		sec, ptr = a.Security, b.actPtr()+"/security"
	}
	for _, bl := range s.blocks {
		if bl.kind == kindItem {
			sec.Measures = append(sec.Measures, b.t(bl.flat()))
			b.placed(fmt.Sprintf("%s/measures/%d", ptr, len(sec.Measures)-1), bl.first(), Sure, bl.flat(), "a security measure, one item of the list")
			continue
		}
		var keep []string
		ln := 0
		for _, st := range sentencesOf(bl) {
			if t := b.strong(st.text); t != topicNone {
				b.placeByContent(st, b.actPtr()+"/description")
				continue
			}
			if sec.URL == "" {
				if us := urlsIn(st.text); len(us) > 0 {
					sec.URL = us[0].value
					b.placed(ptr+"/url", st.line, Likely, st.text, "a web address in the text on security")
				}
			}
			if ln == 0 {
				ln = st.line
			}
			keep = append(keep, st.text)
		}
		if len(keep) > 0 {
			b.addText(&sec.Description, ptr+"/description", ln, Sure, strings.Join(keep, " "), "the source's words on security")
		}
	}
}

// addSecuritySentence adds a sentence placed by its content to the
// security measures.
func (b *builder) addSecuritySentence(s sentence, conf Confidence) {
	sec := &section{blocks: []block{{kind: kindPara, lines: []line{{s.line, s.text}}}}}
	n := len(b.rep.Entries)
	b.security(sec)
	for i := n; i < len(b.rep.Entries); i++ {
		b.rep.Entries[i].Kind, b.rep.Entries[i].Confidence = Guessed, Guess
		b.rep.Entries[i].Note = "placed by its content: it speaks of protecting the data"
	}
	for i := range b.provs {
		if i >= len(b.provs)-(len(b.rep.Entries)-n) {
			b.provs[i].conf, b.provs[i].kind = Guess, Guessed
		}
	}
}

// Rights.

// rightsOf returns the rights of the current section.
func (b *builder) rightsOf() (*notice.Rights, string) {
	if b.onNotice() {
		if b.n.Rights == nil {
			b.n.Rights = &notice.Rights{}
		}
		return b.n.Rights, "/rights"
	}
	a := b.cur()
	if a.Rights == nil {
		a.Rights = &notice.Rights{}
	}
	return a.Rights, b.actPtr() + "/rights"
}

// authoritiesOf returns the supervisory authorities of the current section.
func (b *builder) authoritiesOf() (*[]notice.SupervisoryAuthority, string) {
	if b.onNotice() {
		return &b.n.SupervisoryAuthorities, "/supervisoryAuthorities"
	}
	return &b.cur().SupervisoryAuthorities, b.actPtr() + "/supervisoryAuthorities"
}

var howToRE = regexp.MustCompile(`(?i)yhteyde?ssä|ota yhteyttä|yhteydenot|pyyntö|lähettämällä|kirjallisesti|contact(ing)?\b|request|kontakta|begäran|beställs|vänd dig|logging into|log in|going to|gå till|exercise|\berreichen\b|kontaktieren|wenden sie sich|\bantrag\b|\bverzoek\b|neem contact|contact met ons`)

// yourRightsRE speaks of the reader's rights in German or Dutch ("zu Ihren
// Rechten", "uw rechten"): with how to reach the controller, words on
// exercising them.
var yourRightsRE = altRE(
	pattern{de, `\b(ihre[n]?|deine[n]?) (betroffenen)?rechte[n]?\b`},
	pattern{nl, `\buw (privacy)?\s?rechten\b`})

// rights places a section on the data subject's rights or the complaint.
func (b *builder) rights(s *section) {
	heading := rightsIn(s.headText())
	if s.topic == topicComplaint && !contains2(heading, notice.RightComplaint) {
		heading = append(heading, notice.RightComplaint)
	}
	saBlock := false
	for i := 0; i < len(s.blocks); i++ {
		bl := s.blocks[i]
		if bl.kind == kindPara && strings.HasSuffix(bl.flat(), ":") && len(authoritiesIn(bl.flat())) > 0 {
			// "Tietosuojavaltuutetun toimiston yhteystiedot:" before a list.
			b.authorityName(bl)
			saBlock = true
			continue
		}
		// "… beim Bayerischen Landesbeauftragten für den Datenschutz. Diesen
		// können Sie unter folgenden Kontaktdaten erreichen:" with the
		// authority's contact lines under it, in one paragraph.
		if bl.kind == kindPara && len(bl.lines) > 1 && strings.HasSuffix(bl.lines[0].text, ":") &&
			(s.topic == topicComplaint || len(authoritiesIn(bl.lines[0].text)) > 0) {
			tail := block{kind: kindPara, lines: bl.lines[1:]}
			if allFacts(tail) {
				for _, st := range sentencesOf(block{kind: kindPara, lines: bl.lines[:1]}) {
					b.addRightsSentence(st, Sure, heading)
				}
				b.authorityBlock(tail)
				continue
			}
		}
		// A contact block of a supervisory authority.
		if !b.isProse(bl) && (len(authoritiesIn(bl.lines[0].text)) > 0 || saBlock || allFacts(bl)) {
			b.authorityBlock(bl)
			saBlock = true
			continue
		}
		saBlock = false
		if bl.kind == kindItem {
			b.addRightsSentence(sentence{bl.flat(), bl.first()}, Sure, heading)
			continue
		}
		for _, st := range sentencesOf(bl) {
			if t := b.strong(st.text); t != topicNone {
				b.placeByContent(st, b.actPtr()+"/description")
				continue
			}
			b.addRightsSentence(st, Sure, heading)
		}
	}
	if len(s.blocks) == 0 && len(heading) > 0 {
		b.addRightsSentence(sentence{s.headText(), s.line()}, Likely, nil)
	}
}

func contains2(rs []notice.Right, r notice.Right) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// allFacts reports whether every line of a block is a contact fact.
func allFacts(bl block) bool {
	for _, l := range bl.lines {
		_, kind, v := splitLabel(l.text)
		if kind == labelNone && !isFactLine(v) {
			return false
		}
	}
	return true
}

// addRightsSentence places a sentence on rights: each right it names, as
// applying or, where it says so, as not applying; the supervisory
// authority it names; else words on how to exercise the rights, or on
// rights in general. heading are the rights the section's heading names.
func (b *builder) addRightsSentence(s sentence, conf Confidence, heading []notice.Right) {
	r, ptr := b.rightsOf()
	rs := rightsIn(s.text)
	if len(rs) == 0 && len(heading) > 0 {
		rs = heading[:1]
	}
	for _, code := range authoritiesIn(s.text) {
		b.addAuthority(code, false, s)
	}
	if residenceRE.MatchString(s.text) && contains2(rs, notice.RightComplaint) {
		b.addAuthority("", true, s)
	}
	if len(rs) == 0 {
		if howToRE.MatchString(s.text) {
			b.addText(&r.HowToExercise, ptr+"/howToExercise", s.line, lower(conf, Likely), s.text, "how to exercise the rights")
			return
		}
		b.addText(&r.Description, ptr+"/description", s.line, lower(conf, Likely), s.text, "the source's words on rights")
		return
	}
	neg := rightNegatedRE.MatchString(s.text) && !rightExceptionRE.MatchString(s.text)
	for _, code := range rs {
		found := false
		for j := range r.Items {
			found = found || r.Items[j].Right == code
		}
		if !found {
			r.Items = append(r.Items, notice.RightInfo{Right: code})
			b.placed(fmt.Sprintf("%s/items/%d/right", ptr, len(r.Items)-1), s.line, lower(conf, Likely), s.text, fmt.Sprintf("the right %s (%s) named in words", code, code.Article()))
		}
	}
	for k, code := range rs {
		i := -1
		for j := range r.Items {
			if r.Items[j].Right == code {
				i = j
			}
		}
		note := fmt.Sprintf("the right %s (%s) named in words", code, code.Article())
		if i < 0 {
			r.Items = append(r.Items, notice.RightInfo{Right: code})
			i = len(r.Items) - 1
			b.placed(fmt.Sprintf("%s/items/%d/right", ptr, i), s.line, lower(conf, Likely), s.text, note)
		}
		if k > 0 {
			continue // the sentence is kept once, with the first right it names
		}
		item := &r.Items[i]
		switch {
		case neg:
			b.addText(&item.NotApplicable, fmt.Sprintf("%s/items/%d/notApplicable", ptr, i), s.line, Likely, s.text, "the text says the right does not apply")
			for _, other := range rs[1:] {
				for j := range r.Items {
					if r.Items[j].Right == other && r.Items[j].NotApplicable.IsZero() {
						r.Items[j].NotApplicable = b.t(s.text)
						b.placed(fmt.Sprintf("%s/items/%d/notApplicable", ptr, j), s.line, Likely, s.text, "the same sentence says this right does not apply either")
					}
				}
			}
		case howToRE.MatchString(s.text) && !item.Description.IsZero():
			b.addText(&item.HowToExercise, fmt.Sprintf("%s/items/%d/howToExercise", ptr, i), s.line, Likely, s.text, "how to exercise the right")
		default:
			b.addText(&item.Description, fmt.Sprintf("%s/items/%d/description", ptr, i), s.line, lower(conf, Likely), s.text, "the source's words on the right")
		}
	}
}

// addAuthority adds a supervisory authority by its code, or the authority
// of the data subject's residence.
func (b *builder) addAuthority(code string, residence bool, s sentence) int {
	sas, ptr := b.authoritiesOf()
	for i, sa := range *sas {
		if sa.Code == code && sa.Residence == residence {
			return i
		}
	}
	*sas = append(*sas, notice.SupervisoryAuthority{Code: code, Residence: residence})
	i := len(*sas) - 1
	if residence {
		b.placed(fmt.Sprintf("%s/%d/residence", ptr, i), s.line, Likely, s.text, "the authority of the data subject's residence or workplace (Art 77(1))")
	} else {
		b.placed(fmt.Sprintf("%s/%d/code", ptr, i), s.line, Sure, s.text, "the supervisory authority named: "+code)
	}
	return i
}

// authorityBlock fills the contact details of a supervisory authority from
// its contact block.
func (b *builder) authorityBlock(bl block) {
	codes := authoritiesIn(bl.flat())
	sas, ptr := b.authoritiesOf()
	i := len(*sas) - 1
	if len(codes) > 0 {
		i = b.addAuthority(codes[0], false, sentence{bl.flat(), bl.first()})
	}
	if i < 0 {
		b.addAuthority("", false, sentence{bl.flat(), bl.first()})
		i = len(*sas) - 1
	}
	sas, _ = b.authoritiesOf()
	b.contactLines(&(*sas)[i].Party, fmt.Sprintf("%s/%d", ptr, i), bl)
}

// authorityName names the authority whose contact details follow.
func (b *builder) authorityName(bl block) {
	codes := authoritiesIn(bl.flat())
	i := b.addAuthority(codes[0], false, sentence{bl.flat(), bl.first()})
	sas, ptr := b.authoritiesOf()
	p := &(*sas)[i].Party
	b.addText(&p.Note, fmt.Sprintf("%s/%d/note", ptr, i), bl.first(), Likely, bl.flat(), "the lead-in to the authority's contact details")
}

// Automated decisions and negative statements.

func (b *builder) automatedOf() (*notice.AutomatedDecisions, string) {
	a := b.cur()
	if a.AutomatedDecisions == nil {
		a.AutomatedDecisions = &notice.AutomatedDecisions{}
	}
	return a.AutomatedDecisions, b.actPtr() + "/automatedDecisions"
}

// automated places a section on automated decision-making.
func (b *builder) automated(s *section) {
	for _, bl := range s.blocks {
		for _, st := range sentencesOf(bl) {
			b.addADMSentence(st, Sure)
		}
	}
}

// addADMSentence places a sentence on automated decision-making or
// profiling: that there is none, that there is no profiling, or what is
// done.
func (b *builder) addADMSentence(s sentence, conf Confidence) {
	switch {
	case negADMRE.MatchString(s.text):
		ad, ptr := b.automatedOf()
		b.addText(&ad.NotApplicable, ptr+"/notApplicable", s.line, lower(conf, Likely), s.text, "says there is no automated decision-making")
	case negProfilingRE.MatchString(s.text):
		a := b.cur()
		a.NegativeStatements = append(a.NegativeStatements, notice.NegativeStatement{Statement: notice.NoProfiling, Description: b.t(s.text)})
		b.placed(fmt.Sprintf("%s/negativeStatements/%d", b.actPtr(), len(a.NegativeStatements)-1), s.line, lower(conf, Likely), s.text, "says the data are not used for profiling; it says nothing of other automated decisions")
	case admRE.MatchString(s.text) || conf != Guess:
		ad, ptr := b.automatedOf()
		b.addText(&ad.Description, ptr+"/description", s.line, lower(conf, Likely), s.text, "the source's words on automated decision-making")
	default:
		b.addRest(s, b.actPtr()+"/description")
	}
}

// addNegative adds a negative statement a sentence makes (not used for
// direct marketing, not sold, no special categories) and reports whether it
// made one.
func (b *builder) addNegative(s sentence, conf Confidence) bool {
	var code notice.Negation
	switch {
	case negMarketingRE.MatchString(s.text):
		code = notice.NoDirectMarketing
	case negSoldRE.MatchString(s.text):
		code = notice.NotSold
	case negSpecialRE.MatchString(s.text):
		code = notice.NoSpecialCategories
	case negFurtherRE.MatchString(s.text):
		code = notice.NoFurtherProcessing
	default:
		return false
	}
	a := b.cur()
	a.NegativeStatements = append(a.NegativeStatements, notice.NegativeStatement{Statement: code, Description: b.t(s.text)})
	b.placed(fmt.Sprintf("%s/negativeStatements/%d", b.actPtr(), len(a.NegativeStatements)-1), s.line, lower(conf, Likely), s.text, "a negative statement: "+string(code))
	return true
}

// Codes of conduct.

var codeNameRE = regexp.MustCompile(`(?i)((?:GÉANT |REFEDS )?(?:Data Protection )?Code of Conduct(?: for [\p{L} ]+?)?)(?:\s*\(|,|\.|$)`)

// codes places a section on codes of conduct.
func (b *builder) codes(s *section) {
	for _, bl := range s.blocks {
		for _, st := range sentencesOf(bl) {
			m := codeNameRE.FindStringSubmatch(st.text)
			if m == nil {
				b.addRest(st, "/introduction")
				continue
			}
			ad := notice.Adherence{Name: b.nm(strings.TrimSpace(m[1])), Description: b.t(st.text)}
			if us := urlsIn(st.text); len(us) > 0 {
				ad.URL = us[0].value
			}
			b.n.CodesOfConduct = append(b.n.CodesOfConduct, ad)
			b.placed(fmt.Sprintf("/codesOfConduct/%d", len(b.n.CodesOfConduct)-1), st.line, Likely, st.text, "a code of conduct the controller follows")
		}
	}
}

// metaSection places metadata of a template (the form of the register, the
// regulation cited in its header): dates to the notice's dates, the rest
// to a free section.
func (b *builder) metaSection(s *section) {
	var rest []block
	for _, bl := range s.blocks {
		keep := false
		for _, st := range sentencesOf(bl) {
			if !b.addDates(st) {
				keep = true
			}
		}
		if keep {
			rest = append(rest, bl)
		}
	}
	s2 := *s
	s2.blocks = rest
	b.freeSection(&s2)
}
