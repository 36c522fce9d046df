package prose

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"

	"github.com/seloste/seloste/notice"
)

// Parties: the controller, joint controllers, contact persons, the data
// protection officer and supervisory authorities, read from contact
// blocks: a name, address lines, e-mail, telephone and web addresses, each
// by its form or its label.

// controller returns the party that is the controller of the current
// section, with its pointer, creating it.
func (b *builder) controller() (*notice.Party, string) {
	if b.onNotice() {
		if b.n.Controller == nil {
			b.n.Controller = &notice.Party{}
		}
		return b.n.Controller, "/controller"
	}
	a := b.cur()
	if a.Controller == nil {
		a.Controller = &notice.Party{}
	}
	return a.Controller, b.actPtr() + "/controller"
}

// dpo returns the data protection officer of the current section.
func (b *builder) dpo() (*notice.Party, string) {
	if b.onNotice() {
		if b.n.DPO == nil {
			b.n.DPO = &notice.DPO{}
		}
		return &b.n.DPO.Party, "/dpo"
	}
	a := b.cur()
	if a.DPO == nil {
		a.DPO = &notice.DPO{}
	}
	return &a.DPO.Party, b.actPtr() + "/dpo"
}

// jointControllers returns the joint controllers of the current section.
func (b *builder) jointControllers() (*notice.JointControllers, string) {
	if b.onNotice() {
		if b.n.JointControllers == nil {
			b.n.JointControllers = &notice.JointControllers{}
		}
		return b.n.JointControllers, "/jointControllers"
	}
	a := b.cur()
	if a.JointControllers == nil {
		a.JointControllers = &notice.JointControllers{}
	}
	return a.JointControllers, b.actPtr() + "/jointControllers"
}

// contactDetailsRE marks a heading that gives the contact details of the
// party named under the heading before it: "Rekisterinpitäjän
// yhteystiedot" after "Rekisterinpitäjä".
var contactDetailsRE = regexp.MustCompile(`(?i)yhteystied|kontaktuppgift|contact details|contact information|kontaktdaten`)

// partySection places a section that names a party.
func (b *builder) partySection(s *section) {
	merge := s.topic == b.last && b.lastPty != "" && contactDetailsRE.MatchString(s.headText())
	switch s.topic {
	case topicController:
		p, ptr := b.controller()
		b.fillParty(p, ptr, s.blocks, s, true)
	case topicDPO:
		p, ptr := b.dpo()
		b.fillParty(p, ptr, s.blocks, s, true)
		// "Yliopiston tietosuojavastaava", "Malmö universitets dataskyddsombud:":
		// a heading that designates the officer names one that has no name.
		h := strings.TrimSuffix(leadingNumberRE.ReplaceAllString(s.headText(), ""), ":")
		if p.Name.IsZero() && len(strings.Fields(h)) >= 2 && len(strings.Fields(h)) <= 5 && upperShare(h) < 0.8 && !contactDetailsRE.MatchString(h) {
			p.Name = b.nm(h)
			b.placed(ptr+"/name", s.line(), Likely, h, "the heading designates the data protection officer: it serves as the name")
		}
	case topicJoint:
		jc, ptr := b.jointControllers()
		jc.Parties = append(jc.Parties, notice.JointController{})
		i := len(jc.Parties) - 1
		pp := fmt.Sprintf("%s/parties/%d", ptr, i)
		if h := s.headText(); classifyHeading(h).topic == topicJoint && len(strings.Fields(foldHeading(h))) > 1 {
			// "Yhteisrekisterinpitäjä KOSKI-palveluun siirrettävien tietojen osalta"
			jc.Parties[i].Scope = b.t(h)
			b.placed(pp+"/scope", s.line(), Likely, h, "the heading says for which data the party is a joint controller")
		}
		b.fillParty(&jc.Parties[i].Party, pp, s.blocks, s, false)
		b.lastPty = pp
	case topicContact, topicFalseRep:
		if merge {
			if i := len(b.n.ContactPersons) - 1; i >= 0 {
				b.fillParty(&b.n.ContactPersons[i], fmt.Sprintf("/contactPersons/%d", i), s.blocks, s, false)
				return
			}
		}
		// One party per block: a section may list several persons.
		groups := partyGroups(s.blocks)
		if len(groups) == 0 {
			groups = [][]block{nil}
		}
		for _, g := range groups {
			b.n.ContactPersons = append(b.n.ContactPersons, notice.Party{})
			i := len(b.n.ContactPersons) - 1
			ptr := fmt.Sprintf("/contactPersons/%d", i)
			p := &b.n.ContactPersons[i]
			if s.topic == topicFalseRep || s.head != nil && len(groups) == 1 && !contactDetailsRE.MatchString(s.headText()) {
				p.Role = b.t(strings.TrimSuffix(leadingNumberRE.ReplaceAllString(s.headText(), ""), ":"))
				note := "the heading gives the person's role"
				if s.topic == topicFalseRep {
					note = "\"" + s.headText() + "\" names an official of the controller, a contact person: not the Art 27 representative of a controller outside the Union"
				}
				b.placed(ptr+"/role", s.line(), Likely, s.headText(), note)
			}
			b.fillParty(&b.n.ContactPersons[i], ptr, g, s, false)
		}
	case topicRepresentative:
		if b.n.Representative == nil {
			b.n.Representative = &notice.Representative{Party: &notice.Party{}}
		}
		if b.n.Representative.Party == nil {
			b.n.Representative.Party = &notice.Party{}
		}
		b.fillParty(b.n.Representative.Party, "/representative/party", s.blocks, s, true)
	}
}

// partyGroups splits a section's blocks into one group per person: a
// paragraph that starts with a name begins a new group.
func partyGroups(blocks []block) [][]block {
	var out [][]block
	for _, bl := range blocks {
		if bl.kind == kindPara || len(out) == 0 {
			out = append(out, []block{bl})
			continue
		}
		out[len(out)-1] = append(out[len(out)-1], bl)
	}
	return out
}

// namedByRE finds the controller named in a sentence: "jonka
// rekisterinpitäjänä on Turun yliopisto", "controller is X".
var namedByRE = regexp.MustCompile(`(?:rekisterinpitäjänä (?:on|toimii|ovat)|rekisterinpitäjä on|personuppgiftsansvarig är|(?:data )?controller is|the controller:)\s+((?:\p{Lu}[\p{L}\-]*)(?:\s+\p{L}[\p{L}\-]*){0,5}?)\s*(?:[.,;(]|$)`)

// controllerIsRE finds the controller named as the subject of a sentence:
// "Malmö universitet är den som har kontroll över din personliga information".
var controllerIsRE = regexp.MustCompile(`^((?:\p{Lu}[\p{L}\-]*)(?:\s+\p{L}[\p{L}\-]*){0,3}) (?:är (?:den )?(?:personuppgiftsansvarig|som har kontroll över)|on rekisterinpitäjä|is the (?:data )?controller)`)

// controllersAreRE names the controllers of a sentence such as
// "Rekisterinpitäjinä ovat tuomioistuimet ja Tuomioistuinvirasto, joka …":
// the first is the controller, the second a joint controller.
var controllersAreRE = regexp.MustCompile(`(?:Rekisterinpitäjinä|rekisterinpitäjinä) (?:ovat|toimivat) (\p{L}+(?: \p{L}+)?) ja (\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)?)`)

// controllerSubjectRE finds the controller named as the subject of a
// German or Dutch sentence, with the GDPR's terms ("Verantwortlicher",
// "verwerkingsverantwoordelijke"): "De Minister van Volksgezondheid,
// Welzijn en Sport is verwerkingsverantwoordelijk voor …", "Die Stadt
// Musterstadt ist Verantwortliche im Sinne der DSGVO". The name runs from
// a capital to the verb, articles before it left out.
var controllerSubjectRE = regexp.MustCompile(`^(?:(?:De|Het|Der|Die|Das) )?(\p{Lu}[\p{L}\-]*(?:,?\s+[\p{L}\-]+){0,7}?)\s+(?:is|ist)\s+(?i:(?:de |het |der |die )?(?:verwerkingsverantwoordelijke?|verantwortliche[r]?|verantwortlich))\b`)

// controllerAfterRE finds the controller named after the German term:
// "Verantwortlich für die Datenverarbeitung ist die Muster GmbH, …",
// "Verantwortlicher im Sinne der DSGVO ist: Stadt Musterstadt".
var controllerAfterRE = regexp.MustCompile(`^(?i:verantwortliche[r]?|verantwortlich)\b[^.:]*?\s(?:ist|sind):?\s+(?:(?:die|der|das)\s+)?(\p{Lu}[^,.;:()]*[^\s,.;:()])`)

// jointWithRE finds the joint controllers a German or Dutch sentence names
// beside the controller: "… is samen met de gemeente X gezamenlijk
// verwerkingsverantwoordelijke", "… ist gemeinsam mit der Y verantwortlich"
// (Art 26: "gemeinsam Verantwortliche", "gezamenlijke
// verwerkingsverantwoordelijken").
var jointWithRE = regexp.MustCompile(`(?i)\b(?:samen met|gemeinsam mit) ([^.]+?),?\s+(?:gezamenlijke? verwerkingsverantwoordelijken?|(?:als )?gemeinsame? verantwortliche[r]?|gemeinsam verantwortlich|verantwortlich)\b`)

// jointTermRE says a sentence speaks of joint controllers.
var jointTermRE = regexp.MustCompile(`(?i)yhteisrekisterinpitäj|joint controller|gemensamt personuppgiftsansvarig|gezamenlijke? verwerkingsverantwoordelijke|gemeinsame? verantwortliche|gemeinsam verantwortlich`)

// controllerNamed sets the controller's name from a sentence that names it
// as its subject, where the controller has none yet.
func (b *builder) controllerNamed(s sentence) {
	m := controllerIsRE.FindStringSubmatch(strings.TrimSpace(s.text))
	if m == nil {
		return
	}
	c, ptr := b.controller()
	if !c.Name.IsZero() {
		return
	}
	c.Name = b.nm(m[1])
	b.placed(ptr+"/name", s.line, Likely, s.text, "the sentence names the controller")
}

// fillParty fills a party from contact blocks. A block whose first line is
// itself a party heading ("Yliopiston tietosuojavastaava") is given to that
// party instead. whole says the section is the party's own (its prose goes
// to the party's note).
func (b *builder) fillParty(p *notice.Party, ptr string, blocks []block, s *section, whole bool) {
	b.lastPty = ptr
	for _, bl := range blocks {
		first := bl.lines[0].text
		if c := classifyHeading(first); len(bl.lines) > 1 && partyTopics[c.topic] && c.topic != s.topic && !strings.ContainsAny(first, "@.") {
			// "Yliopiston tietosuojavastaava / dpo@utu.fi / +358 ..." under
			// the contact person's heading is the DPO.
			sub := section{head: &block{kind: kindHeading, lines: bl.lines[:1]}, topic: c.topic, blocks: []block{{kind: kindPara, lines: bl.lines[1:]}}}
			saved := b.last
			b.last = topicNone
			if c.topic == topicDPO {
				dp, dptr := b.dpo()
				if dp.Name.IsZero() {
					dp.Name = b.nm(first)
					b.placed(dptr+"/name", bl.first(), Likely, first, "the line that designates the data protection officer serves as the name")
				}
				b.fillParty(dp, dptr, sub.blocks, &sub, true)
			} else {
				b.partySection(&sub)
			}
			b.last = saved
			b.lastPty = ptr
			continue
		}
		if b.isProse(bl) {
			b.partyProse(p, ptr, bl, s)
			continue
		}
		b.contactLines(p, ptr, bl)
	}
	b.unitOf(p, ptr)
}

var (
	unitWordRE = regexp.MustCompile(`(?i)instituut|laitos|yksikkö|tiedekunta|toimisto|keskus\b|ohjelma|institute|department|faculty|unit\b|centre|center|enhet|avdelning|förvaltning|fakultet`)
	orgWordRE  = regexp.MustCompile(`(?i)yliopisto|kaupunki|kunta|virasto|ministeriö|\bOyj?\b|university|universitet|\bstad\b|kommun|myndighet|ministeriet`)
)

// unitOf reads "Oppimisanalytiikan tutkimusinstituutti / Turun yliopisto,
// 20014 Turun yliopisto": a unit named first and its organisation on the
// address line. The organisation becomes the name and the unit the unit.
func (b *builder) unitOf(p *notice.Party, ptr string) {
	if !p.Unit.IsZero() || len(p.Address) < 2 {
		return
	}
	name := firstString(notice.Text(p.Name))
	org := firstString(notice.Text(p.Address[0]))
	if !unitWordRE.MatchString(name) || !orgWordRE.MatchString(org) || isAddressPart(org) {
		return
	}
	p.Unit, p.Name = p.Name, p.Address[0]
	p.Address = p.Address[1:]
	b.placed(ptr+"/unit", 0, Guess, name, "the first line names a unit and the address line its organisation: the organisation is read as the name, the unit as its unit; check it")
	b.placed(ptr+"/name", 0, Guess, org, "the organisation named on the address line")
}

// isProse reports whether a block is running text rather than a contact
// block: a list item or paragraph with a long sentence.
func (b *builder) isProse(bl block) bool {
	for _, l := range bl.lines {
		words, long := 0, false
		for _, part := range splitParts(l.text) {
			if isAddressPart(part) {
				continue
			}
			_, kind, v := splitLabel(part)
			if kind != labelNone {
				continue
			}
			n := len(strings.Fields(stripFacts(v)))
			words += n
			if n >= 5 {
				long = true
			}
		}
		last, _ := lastRune(l.text)
		if words >= 14 || words >= 5 && long && (last == '.' || last == '!' || last == '?') {
			return true
		}
	}
	return false
}

// partyProse places running text under a party's heading: strong
// statements to their items; a controller named in it as the name; the
// arrangement of joint controllers; the rest to the party's note.
func (b *builder) partyProse(p *notice.Party, ptr string, bl block, s *section) {
	for _, st := range sentencesOf(bl) {
		if t := b.strong(st.text); t != topicNone {
			b.placeByContent(st, "/introduction")
			continue
		}
		if m := controllersAreRE.FindStringSubmatch(st.text); m != nil && s.topic == topicController && p.Name.IsZero() {
			name := []rune(m[1])
			name[0] = []rune(strings.ToUpper(string(name[0])))[0]
			p.Name = b.nm(string(name))
			b.placed(ptr+"/name", st.line, Guess, st.text, "the first of the controllers the sentence names; check it")
			jc, jptr := b.jointControllers()
			jc.Parties = append(jc.Parties, notice.JointController{Party: notice.Party{Name: b.nm(m[2])}})
			b.placed(fmt.Sprintf("%s/parties/%d/name", jptr, len(jc.Parties)-1), st.line, Guess, st.text, "the second of the controllers the sentence names: read as a joint controller; check it")
		}
		if s.topic == topicController {
			b.controllerInProse(p, ptr, st)
		}
		if p.Name.IsZero() {
			if m := namedByRE.FindStringSubmatch(st.text); m != nil {
				p.Name = b.nm(strings.TrimSpace(m[1]))
				b.placed(ptr+"/name", st.line, Likely, st.text, "the name is read from the sentence")
			} else if first, _, ok := strings.Cut(st.text, ","); ok && len(strings.Fields(first)) <= 3 && isUpper([]rune(first)[0]) && s.topic == topicController {
				// "Opetuksen järjestäjä, mainitaan järjestäjän tarjoamassa rekisteriselosteessa."
				p.Name = b.nm(first)
				b.placed(ptr+"/name", st.line, Guess, st.text, "the words before the first comma are read as the name; check it")
			}
		}
		if s.topic == topicController && jointTermRE.MatchString(st.text) {
			jc, jptr := b.jointControllers()
			b.addText(&jc.Arrangement, jptr+"/arrangement", st.line, Likely, st.text, "the sentence speaks of joint controllers: kept as the essence of their arrangement (Art 26(2))")
			continue
		}
		for _, u := range urlsIn(st.text) {
			if p.URL == "" {
				p.URL = u.value
				b.placed(ptr+"/url", st.line, Likely, u.raw, "a web address in the text")
			}
		}
		for _, e := range emailsIn(st.text) {
			if p.Email == "" {
				p.Email = e.value
				b.placed(ptr+"/email", st.line, Likely, e.raw, "an e-mail address in the text")
			}
		}
		b.addText(&p.Note, ptr+"/note", st.line, Likely, st.text, "running text about the party")
	}
}

// proseContacts takes the e-mail addresses, telephone numbers and web
// addresses of a sentence that gives a party's contact details in running
// text, and keeps the sentence in the party's note.
func (b *builder) proseContacts(p *notice.Party, ptr string, s sentence) {
	for _, e := range emailsIn(s.text) {
		b.setEmail(p, ptr, s.line, "", labelNone, e, s.text)
	}
	for _, ph := range phonesIn(s.text, b.regions) {
		if p.Phone == "" {
			p.Phone = ph.value
			b.placed(ptr+"/phone", s.line, Likely, s.text, "a telephone number in the sentence")
			continue
		}
		p.Contacts = append(p.Contacts, notice.ContactPoint{Phone: ph.value})
		b.placed(fmt.Sprintf("%s/contacts/%d", ptr, len(p.Contacts)-1), s.line, Likely, s.text, "a further telephone number in the sentence")
	}
	for _, u := range urlsIn(s.text) {
		if p.URL == "" {
			p.URL = u.value
			b.placed(ptr+"/url", s.line, Likely, s.text, "a web address in the sentence")
		}
	}
	b.addText(&p.Note, ptr+"/note", s.line, Likely, s.text, "the sentence that gives the contact details")
}

// contactLines reads a contact block line by line.
func (b *builder) contactLines(p *notice.Party, ptr string, bl block) {
	for li, l := range bl.lines {
		text := l.text
		trailing := ""
		if m := trailingLabelRE.FindStringSubmatch(text); m != nil {
			trailing = m[1]
			text = strings.TrimSpace(text[:len(text)-len(m[0])])
		}
		label, kind, value := splitLabel(text)
		if m := labelRE.FindStringSubmatch(text); kind == labelNone && m != nil && len(urlsIn(m[2])) == 1 && urlsIn(m[2])[0].raw == strings.TrimSpace(m[2]) {
			// "Koski-palvelun tietosuojaseloste: https://…": a labelled link.
			u := urlsIn(m[2])[0]
			p.Contacts = append(p.Contacts, notice.ContactPoint{Label: b.t(strings.TrimSpace(m[1])), URL: u.value})
			b.placed(fmt.Sprintf("%s/contacts/%d", ptr, len(p.Contacts)-1), l.n, Sure, text, "a labelled web address")
			continue
		}
		if kind == labelNone && trailing != "" {
			label, kind = trailing, contactLabels[strings.ToLower(trailing)]
		}
		parts := splitParts(value)
		for pi, part := range parts {
			nextIsAddr := pi+1 < len(parts) && isAddressPart(parts[pi+1]) || pi+1 == len(parts) && li+1 < len(bl.lines) && isAddressPart(bl.lines[li+1].text) && len(parts) == 1
			b.contactPart(p, ptr, l.n, label, kind, part, nextIsAddr)
		}
		for _, id := range businessIDsIn(text) {
			p.Identifiers = append(p.Identifiers, id)
			b.placed(fmt.Sprintf("%s/identifiers/%d", ptr, len(p.Identifiers)-1), l.n, Sure, text, "business ID with a valid check digit")
		}
	}
}

// splitParts splits a contact line at its commas, unless the commas are
// inside brackets.
func splitParts(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(s[start:i]))
				start = i + 1
			}
		}
	}
	out = append(out, strings.TrimSpace(s[start:]))
	var kept []string
	for _, p := range out {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return kept
}

// contactPart places one part of a contact line.
func (b *builder) contactPart(p *notice.Party, ptr string, ln int, label string, kind labelKind, part string, nextIsAddr bool) {
	src := part
	if label != "" {
		src = label + ": " + part
	}
	// Facts by their form.
	if es := emailsIn(part); len(es) > 0 {
		for _, e := range es {
			b.setEmail(p, ptr, ln, label, kind, e, src)
		}
		if rest := strings.TrimSpace(emailRE.ReplaceAllString(part, "")); len(strings.Fields(rest)) > 0 && letterCount(rest) > 2 {
			if strings.HasSuffix(rest, ":") || len(strings.Fields(rest)) > 4 {
				// "… yhteystieto sähköpostitse: dpo@utu.fi": the words before
				// the address say what it is.
				b.addText(&p.Note, ptr+"/note", ln, Likely, rest, "the words before the e-mail address")
			} else {
				b.partyText(p, ptr, ln, rest, false)
			}
		}
		return
	}
	if us := urlsIn(part); len(us) > 0 {
		for _, u := range us {
			switch {
			case kind == labelWeb || label == "" && p.URL == "":
				if p.URL == "" {
					p.URL = u.value
					b.placed(ptr+"/url", ln, Sure, src, "web address")
					continue
				}
				fallthrough
			default:
				p.Contacts = append(p.Contacts, notice.ContactPoint{Label: b.labelText(label), URL: u.value})
				b.placed(fmt.Sprintf("%s/contacts/%d", ptr, len(p.Contacts)-1), ln, Sure, src, "a labelled web address")
			}
		}
		rest := strings.TrimSpace(urlRE.ReplaceAllString(part, ""))
		rest = strings.Trim(rest, "() ")
		if letterCount(rest) > 2 && label == "" {
			if strings.HasSuffix(rest, ":") || len(strings.Fields(rest)) > 4 {
				b.addText(&p.Note, ptr+"/note", ln, Likely, rest, "the words before the web address")
			} else {
				b.partyText(p, ptr, ln, rest, false)
			}
		}
		return
	}
	if ps := phonesIn(part, b.regions); len(ps) > 0 && (kind == labelPhone || kind == labelPoint || kind == labelNone) {
		for _, ph := range ps {
			conf := Sure
			note := "telephone number"
			if !ph.sure {
				conf = Likely
				note = "telephone number (its form is possible, not valid, in the numbering plan: check it)"
			}
			if kind == labelPoint || kind == labelPhone && p.Phone != "" || kind == labelNone && p.Phone != "" {
				p.Contacts = append(p.Contacts, notice.ContactPoint{Label: b.labelText(label), Phone: ph.value})
				b.placed(fmt.Sprintf("%s/contacts/%d", ptr, len(p.Contacts)-1), ln, conf, src, note+" of a labelled contact point")
				continue
			}
			p.Phone = ph.value
			if label != "" && !strings.EqualFold(label, "puh") && !strings.EqualFold(label, "p") && !strings.EqualFold(label, "puhelin") && !strings.EqualFold(label, "tel") && !strings.EqualFold(label, "telefon") && !strings.EqualFold(label, "phone") && !strings.EqualFold(label, "tfn") {
				note += " (" + label + ")"
			}
			b.placed(ptr+"/phone", ln, conf, src, note)
		}
		return
	}
	if isAddressPart(part) || kind == labelPostal || kind == labelVisiting || nextIsAddr && !p.Name.IsZero() {
		if kind == labelVisiting {
			// The parts of one labelled line are one visiting address.
			if n := len(p.Contacts); n > 0 && len(p.Contacts[n-1].Address) > 0 && b.visitLine == ln {
				p.Contacts[n-1].Address = append(p.Contacts[n-1].Address, b.nm(part))
				b.placed(fmt.Sprintf("%s/contacts/%d/address/%d", ptr, n-1, len(p.Contacts[n-1].Address)-1), ln, Sure, src, "a visiting address")
				return
			}
			p.Contacts = append(p.Contacts, notice.ContactPoint{Label: b.labelText(label), Address: []notice.Name{b.nm(part)}})
			b.visitLine = ln
			b.placed(fmt.Sprintf("%s/contacts/%d/address/0", ptr, len(p.Contacts)-1), ln, Sure, src, "a visiting address")
			return
		}
		p.Address = append(p.Address, b.nm(part))
		conf := Sure
		if !isAddressPart(part) {
			conf = Likely
		}
		b.placed(fmt.Sprintf("%s/address/%d", ptr, len(p.Address)-1), ln, conf, src, "postal address line")
		return
	}
	if kind == labelID && len(businessIDsIn(src)) > 0 {
		return // the identifier is read from the whole line
	}
	if kind != labelNone && label != "" {
		// A labelled value the line gives no fact for: a note.
		b.addText(&p.Note, ptr+"/note", ln, Likely, src, "a labelled line of the contact block")
		return
	}
	b.partyText(p, ptr, ln, part, nextIsAddr)
}

// setEmail places an e-mail address: the party's first, else a contact point.
func (b *builder) setEmail(p *notice.Party, ptr string, ln int, label string, kind labelKind, e span, src string) {
	switch {
	case p.Email == "" && (kind == labelEmail || kind == labelNone || kind == labelPostal):
		p.Email = e.value
		note := "e-mail address"
		if e.raw != e.value {
			note = fmt.Sprintf("e-mail address, written %q in the source", e.raw)
		}
		b.placed(ptr+"/email", ln, Sure, src, note)
	default:
		p.Contacts = append(p.Contacts, notice.ContactPoint{Label: b.labelText(label), Email: e.value})
		b.placed(fmt.Sprintf("%s/contacts/%d", ptr, len(p.Contacts)-1), ln, Sure, src, "a further e-mail address")
	}
}

func (b *builder) labelText(label string) notice.Text {
	if label == "" {
		return nil
	}
	return b.t(label)
}

// partyText places a part of a contact block that is no fact: the name
// first, then a role (a title in lower case, "apulaisjohtaja") or a line of
// the address (before a postcode line), else the note.
func (b *builder) partyText(p *notice.Party, ptr string, ln int, part string, nextIsAddr bool) {
	part = strings.TrimSpace(part)
	if part == "" {
		return
	}
	switch {
	case p.Name.IsZero() && len([]rune(part)) <= 90 && !strings.HasSuffix(part, "."):
		p.Name = b.nm(part)
		b.placed(ptr+"/name", ln, Likely, part, "the first line of the contact block is read as the name")
	case nextIsAddr:
		p.Address = append(p.Address, b.nm(part))
		b.placed(fmt.Sprintf("%s/address/%d", ptr, len(p.Address)-1), ln, Likely, part, "a line before the postcode is read as part of the address")
	case len(strings.Fields(part)) <= 4 && len([]rune(part)) <= 60 && !strings.HasSuffix(part, "."):
		r := []rune(part)
		if unicode.IsLower(r[0]) || p.Role.IsZero() {
			appendRole(p, b, part)
			b.placed(ptr+"/role", ln, Likely, part, "a title or unit after the name is read as the role")
			return
		}
		b.addText(&p.Note, ptr+"/note", ln, Likely, part, "a line of the contact block")
	default:
		b.addText(&p.Note, ptr+"/note", ln, Likely, part, "a line of the contact block")
	}
}

func appendRole(p *notice.Party, b *builder, s string) {
	if p.Role.IsZero() {
		p.Role = b.t(s)
		return
	}
	p.Role[b.tag()] += ", " + s
}

// controllerInProse reads the controller and joint controllers named in a
// German or Dutch sentence under the controller's heading: the controller
// where it has no name yet; each party it is jointly responsible with.
func (b *builder) controllerInProse(p *notice.Party, ptr string, st sentence) {
	name, joint := controllersIn(st.text)
	if p.Name.IsZero() && name != "" {
		p.Name = b.nm(name)
		b.placed(ptr+"/name", st.line, Likely, st.text, "the sentence names the controller")
	}
	if joint != "" {
		jc, jptr := b.jointControllers()
		jc.Parties = append(jc.Parties, notice.JointController{Party: notice.Party{Name: b.nm(joint)}})
		b.placed(fmt.Sprintf("%s/parties/%d/name", jptr, len(jc.Parties)-1), st.line, Guess, st.text, "the party the sentence says the controller is jointly responsible with; check it")
	}
}

// controllersIn returns the controller a German or Dutch sentence names,
// as its subject or after "Verantwortlich … ist", and the party it names
// as jointly responsible with the controller; "" for each it does not.
func controllersIn(text string) (controller, joint string) {
	text = strings.TrimSpace(text)
	m := controllerSubjectRE.FindStringSubmatch(text)
	if m == nil {
		m = controllerAfterRE.FindStringSubmatch(text)
	}
	if m != nil {
		controller = strings.TrimSpace(m[1])
	}
	if m := jointWithRE.FindStringSubmatch(text); m != nil {
		joint = strings.TrimSpace(m[1])
	}
	return controller, joint
}
