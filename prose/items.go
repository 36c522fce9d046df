package prose

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/seloste/seloste/notice"
)

// Purposes and legal bases.

// purposeBasis places a section on purposes, legal bases or both.
func (b *builder) purposeBasis(s *section) {
	blocks := s.blocks
	for i := 0; i < len(blocks); i++ {
		bl := blocks[i]
		if isLeadIn(blocks, i) {
			j := i + 1
			for j < len(blocks) && blocks[j].kind == kindItem {
				j++
			}
			items := blocks[i+1 : j]
			if b.basisList(s.topic, bl, items) {
				b.addRest(sentence{bl.flat(), bl.first()}, b.actPtr()+"/description")
				b.rep.Entries[len(b.rep.Entries)-1].Note = "the lead-in to the legal bases: no field holds it, kept in the activity's description"
				for _, it := range items {
					b.addBasisSentence(sentence{it.flat(), it.first()}, Sure)
				}
			} else if s.topic == topicDataPurpose && b.content(bl.flat()) != topicPurpose {
				b.addCategoryList(bl, items, Likely)
			} else {
				b.addPurposeList(bl, items, Sure)
			}
			i = j - 1
			continue
		}
		if bl.kind == kindItem {
			if b.isBasis(s.topic, bl.flat()) {
				b.addBasisSentence(sentence{bl.flat(), bl.first()}, Sure)
				continue
			}
			if s.topic == topicDataPurpose && b.content(bl.flat()) == topicData {
				b.addCategory(s.headText(), bl.flat(), nil, bl.first(), Likely, "an item of the data section")
				continue
			}
			b.addPurpose(bl.flat(), nil, bl.first(), Sure, "a purpose, one item of the list")
			continue
		}
		var purpose []string
		pline := 0
		lead := "" // a lead-in ending in a colon, kept with what follows it
		flush := func() {
			if len(purpose) > 0 {
				b.addPurpose(strings.Join(purpose, " "), nil, pline, Sure, "a purpose: the paragraph as written")
				purpose, pline = nil, 0
			}
		}
		for _, st := range sentencesOf(bl) {
			if t := b.strong(st.text); t != topicNone {
				b.placeByContent(st, b.actPtr()+"/description")
				if bs, byArt := basesIn(st.text); byArt && len(bs) > 0 && s.topic != topicPurpose {
					// "Rechtsgrundlage ist Ihre Einwilligung gemäß Art. 6 Abs.
					// 1 lit. a DSGVO in Verbindung mit Art. 49 Abs. 1 lit. a
					// DSGVO": the basis as well as the transfer's ground.
					b.addBasisSentence(st, Sure)
				}
				continue
			}
			if strings.HasSuffix(st.text, ":") && len(strings.Fields(st.text)) <= 4 {
				lead = st.text
				continue
			}
			if lead != "" {
				st.text = lead + " " + st.text
				lead = ""
			}
			if b.isBasis(s.topic, st.text) {
				flush()
				b.addBasisSentence(st, Sure)
				continue
			}
			if s.topic == topicLegalBasis {
				b.basisRest(st)
				continue
			}
			if s.topic == topicDataPurpose {
				switch b.content(st.text) {
				case topicPurpose:
				case topicData:
					flush()
					b.addCategory(s.headText(), st.text, nil, st.line, Likely, "said in the section on data and purposes, of data")
					continue
				case topicNone:
					flush()
					b.addText(&b.cur().Description, b.actPtr()+"/description", st.line, Likely, st.text, "said in the section on data and purposes, of the service")
					continue
				default:
					flush()
					b.placeByContent(st, b.actPtr()+"/description")
					continue
				}
			}
			if pline == 0 {
				pline = st.line
			}
			purpose = append(purpose, st.text)
		}
		if lead != "" {
			purpose = append(purpose, lead)
		}
		flush()
	}
}

// basisList reports whether a lead-in and its list give legal bases.
func (b *builder) basisList(t topic, lead block, items []block) bool {
	if t == topicLegalBasis {
		return true
	}
	if t != topicPurposeBasis {
		return false
	}
	n := 0
	for _, it := range items {
		if bs, _ := basesIn(it.flat()); len(bs) > 0 || len(statutesIn(it.flat(), b.country, b.tag())) > 0 {
			n++
		}
	}
	return n*2 > len(items) || basisCueRE.MatchString(lead.flat())
}

// isBasis reports whether a text in a section of topic t states a legal basis.
func (b *builder) isBasis(t topic, s string) bool {
	bs, byArt := basesIn(s)
	switch t {
	case topicLegalBasis:
		return len(bs) > 0 || len(statutesIn(s, b.country, b.tag())) > 0 || guessedBasis(s) != ""
	case topicPurposeBasis, topicPurpose:
		if byArt {
			return true
		}
		if len(bs) > 0 && basisCueRE.MatchString(s) {
			return true
		}
		return len(statutesIn(s, b.country, b.tag())) > 0 && !purposeRE.MatchString(s) || statutoryBasisRE.MatchString(s)
	}
	return false
}

var (
	statutoryBasisRE = regexp.MustCompile(`(?i)lakiperuste|lakisääteise(en|n)? perustee|lakisääteinen peruste|statutory basis|lagstadgad grund|rättslig grund i lag`)
	statutoryTaskRE  = regexp.MustCompile(`(?i)lakisääteise(nä|n) tehtävä|lakisääteinen tehtävä|lagstadgad uppgift|statutory task`)
)

// guessedBasis names the basis a text implies without stating it: a
// "statutory basis" is a legal obligation, a "statutory task" a task in the
// public interest; both are guesses to check.
func guessedBasis(s string) notice.LegalBasis {
	switch {
	case statutoryTaskRE.MatchString(s):
		return notice.PublicTask
	case statutoryBasisRE.MatchString(s):
		return notice.LegalObligation
	}
	return ""
}

// addBasisSentence places a text that states legal bases: one claim per
// basis, with the statutes it cites.
func (b *builder) addBasisSentence(s sentence, conf Confidence) {
	bases, byArt := basesIn(s.text)
	laws := statutesIn(s.text, b.country, b.tag())
	note := "basis cited by its GDPR article"
	c := conf
	if !byArt && len(bases) > 0 {
		note = "basis named in words"
		c = lower(conf, Likely)
	}
	if g := guessedBasis(s.text); g != "" && len(bases) > 0 && !byArt && !slices.Contains(bases, g) {
		// "suostumukseen sekä … lakisääteiseen perusteeseen": both.
		bases = append(bases, g)
	}
	if len(bases) == 0 {
		if g := guessedBasis(s.text); g != "" {
			bases = []notice.LegalBasis{g}
			note = fmt.Sprintf("the text names no point of Art 6(1): %s (%s) is guessed from its words; check it", g, g.Article())
			c = Guess
		}
	}
	if len(bases) == 0 && len(laws) > 0 {
		// Only national law: the laws go with the basis before, or with a
		// basis guessed from the law (the Data Protection Act 4 § concerns
		// Art 6(1)(e)).
		a := b.cur()
		if n := len(a.LegalBases); n > 0 && b.inSection(fmt.Sprintf("%s/legalBases/%d", b.actPtr(), n-1)) {
			for _, l := range laws {
				a.LegalBases[n-1].Laws = append(a.LegalBases[n-1].Laws, l.ref)
				b.placed(fmt.Sprintf("%s/legalBases/%d/laws/%d", b.actPtr(), n-1, len(a.LegalBases[n-1].Laws)-1), s.line, Likely, s.text, "a statute cited with the basis before it")
			}
			b.addText(&a.LegalBases[n-1].Description, fmt.Sprintf("%s/legalBases/%d/description", b.actPtr(), n-1), s.line, Likely, s.text, "the source's words on the basis")
			return
		}
		g := notice.LegalObligation
		for _, l := range laws {
			if l.ref.Statute == "1050/2018" && slices.Contains(l.ref.Sections, "4") {
				g = notice.PublicTask
			}
		}
		bases = []notice.LegalBasis{g}
		c = Guess
		note = fmt.Sprintf("the text cites national law only, no point of Art 6(1): %s (%s) is guessed; check it", g, g.Article())
	}
	if len(bases) == 0 {
		b.basisRest(s)
		return
	}
	a := b.cur()
	// Withdrawing consent is said of the consent before, not a new basis.
	if len(bases) == 1 && bases[0] == notice.Consent && rightWords[0].re.MatchString(s.text) {
		for i := len(a.LegalBases) - 1; i >= 0; i-- {
			if a.LegalBases[i].Basis == notice.Consent {
				b.addText(&a.LegalBases[i].Withdrawal, fmt.Sprintf("%s/legalBases/%d/withdrawal", b.actPtr(), i), s.line, Likely, s.text, "how consent is withdrawn (Art 7(3), 13(2)(c))")
				return
			}
		}
	}
	for i, basis := range bases {
		// The same basis said again in the same section, or found again by
		// content, says more of it.
		j := b.claimInSection(basis)
		if j < 0 && conf == Guess {
			for k := range a.LegalBases {
				if a.LegalBases[k].Basis == basis {
					j = k
				}
			}
		}
		if j >= 0 {
			if i == 0 {
				b.addText(&a.LegalBases[j].Description, fmt.Sprintf("%s/legalBases/%d/description", b.actPtr(), j), s.line, Likely, s.text, "said again of the same basis")
			}
			// A statute said with it now is the basis's law ("deze publieke
			// taak is te vinden in artikel 6d van de Wet publieke gezondheid").
			for _, l := range laws {
				if lawFits(l.ref, basis, bases) && !slices.ContainsFunc(a.LegalBases[j].Laws, func(x notice.LawRef) bool { return x.Jurisdiction == l.ref.Jurisdiction && x.Statute == l.ref.Statute }) {
					a.LegalBases[j].Laws = append(a.LegalBases[j].Laws, l.ref)
					b.placed(fmt.Sprintf("%s/legalBases/%d/laws/%d", b.actPtr(), j, len(a.LegalBases[j].Laws)-1), s.line, Likely, s.text, "a statute cited with the basis said again")
				}
			}
			continue
		}
		claim := notice.LegalBasisClaim{Basis: basis}
		if i == 0 {
			claim.Description = b.t(s.text)
		}
		for _, l := range laws {
			if lawFits(l.ref, basis, bases) {
				claim.Laws = append(claim.Laws, l.ref)
			}
		}
		a.LegalBases = append(a.LegalBases, claim)
		ptr := fmt.Sprintf("%s/legalBases/%d", b.actPtr(), len(a.LegalBases)-1)
		b.placed(ptr+"/basis", s.line, c, s.text, fmt.Sprintf("%s: %s", basis.Article(), note))
		for j := range claim.Laws {
			b.placed(fmt.Sprintf("%s/laws/%d", ptr, j), s.line, Likely, s.text, "statute cited with the basis")
		}
		if i == 0 {
			b.placed(ptr+"/description", s.line, Sure, s.text, "the source's words")
		}
	}
}

// claimInSection returns the index of the current activity's claim of
// basis set in the current section, or -1.
func (b *builder) claimInSection(basis notice.LegalBasis) int {
	a := b.cur()
	for i := range a.LegalBases {
		if a.LegalBases[i].Basis == basis && b.inSection(fmt.Sprintf("%s/legalBases/%d", b.actPtr(), i)) {
			return i
		}
	}
	return -1
}

// lawFits says which claim a statute cited with several bases goes with:
// the Data Protection Act 4 § with (e), other national law with (c) or
// (e), each law once.
func lawFits(l notice.LawRef, basis notice.LegalBasis, all []notice.LegalBasis) bool {
	if l.Statute == "1050/2018" && slices.Contains(l.Sections, "4") && slices.Contains(all, notice.PublicTask) {
		return basis == notice.PublicTask
	}
	for _, b := range all {
		if b == notice.LegalObligation || b == notice.PublicTask {
			return basis == b
		}
	}
	return basis == all[0]
}

func lower(a, b Confidence) Confidence {
	rank := map[Confidence]int{Sure: 2, Likely: 1, Guess: 0}
	if rank[a] < rank[b] {
		return a
	}
	return b
}

// basisRest places a sentence of a legal-basis section that names no basis:
// after legitimate interests, the interests; else the words of the basis
// before; else the activity's description.
func (b *builder) basisRest(s sentence) {
	a := b.cur()
	n := len(a.LegalBases)
	if n > 0 && b.inSection(fmt.Sprintf("%s/legalBases/%d", b.actPtr(), n-1)) {
		if a.LegalBases[n-1].Basis == notice.LegitimateInterests && a.LegitimateInterests.IsZero() {
			b.addText(&a.LegitimateInterests, b.actPtr()+"/legitimateInterests", s.line, Guess, s.text, "said after the legitimate interests basis: read as the interests pursued (Art 13(1)(d)); check it")
			return
		}
		b.addText(&a.LegalBases[n-1].Description, fmt.Sprintf("%s/legalBases/%d/description", b.actPtr(), n-1), s.line, Likely, s.text, "said with the basis before it")
		return
	}
	b.addRest(s, b.actPtr()+"/description")
}

// addPurposeList adds a purpose given as a lead-in and a list.
func (b *builder) addPurposeList(lead block, items []block, conf Confidence) {
	var its []string
	for _, it := range items {
		its = append(its, it.flat())
	}
	// "…for the following purposes:" introduces a list of purposes, each its own.
	if len(items) > 2 && regexp.MustCompile(`(?i)seuraaviin tarkoituksiin|following purposes|följande ändamål|för följande syften|käytetään:|used for:|används för:`).MatchString(lead.flat()) {
		b.addText(&b.cur().Description, b.actPtr()+"/description", lead.first(), Likely, lead.flat(), "the lead-in to the list of purposes")
		for _, it := range items {
			b.addPurpose(it.flat(), nil, it.first(), conf, "a purpose, one item of the list")
		}
		return
	}
	b.addPurpose(lead.flat(), its, lead.first(), conf, "a purpose with the items of its list")
}

// addPurpose adds one purpose.
func (b *builder) addPurpose(desc string, items []string, ln int, conf Confidence, note string) {
	a := b.cur()
	p := notice.Purpose{Description: b.t(desc)}
	for _, it := range items {
		p.Items = append(p.Items, b.t(it))
	}
	lower := strings.ToLower(desc + " " + strings.Join(items, " "))
	if regexp.MustCompile(`tutkimu|tieteelli|tilasto|research|statisti|forskning|vetenskaplig|statistik`).MatchString(lower) {
		p.Research = true
	}
	if regexp.MustCompile(`suoramarkkinoin|direct marketing|direktmarknadsföring|marketing communication|markkinointi`).MatchString(lower) {
		p.DirectMarketing = true
	}
	a.Purposes = append(a.Purposes, p)
	ptr := fmt.Sprintf("%s/purposes/%d", b.actPtr(), len(a.Purposes)-1)
	b.placed(ptr+"/description", ln, conf, desc, note)
	if p.Research {
		b.placed(ptr+"/research", ln, Guess, desc, "the purpose speaks of research or statistics (Art 89(1)): check it")
	}
	if p.DirectMarketing {
		b.placed(ptr+"/directMarketing", ln, Guess, desc, "the purpose speaks of marketing: check that it is direct marketing (Art 21(2))")
	}
}
