package prose

import (
	"github.com/seloste/seloste/notice"
	"regexp"
	"strings"
)

// Placing text by its content: a sentence that says something only one
// item can hold (that data are not transferred outside the EU, that there
// is no automated decision-making, a retention period) goes to that item
// wherever it stands; a section whose heading the table does not know is
// placed sentence by sentence by what each says.

var (
	retentionVerbRE = regexp.MustCompile(`(?i)säilytetään|säilyvät|säilytys|säilyttä|poistetaan|poistuvat|poistetaan|hävitetään|anonymisoidaan|retain|retention|kept\b|stored for|deleted|erased|sparas|lagras|raderas|gallras|tas bort|bevaras|arkiveras|bewaard|gespeichert|gelöscht|anonymisiert|geanonimiseerd`)
	purposeRE       = regexp.MustCompile(`(?i)käytetään|tarkoitu|tarkoituksena|\bused (for|to)\b|\bpurpose|används (för|till)|\bsyfte|ändamål|behövs för|needed for`)
	dataRE          = regexp.MustCompile(`(?i)tallenne|tallentu|tallennetaan|kerätään|kerää|käsitellään [\p{L} ]*tie|tietoja|henkilötiedo|collect|\bstore[sd]?\b|process(es|ed)? the following|samlas in|samla in|registreras|insamla|följande information|the following (personal )?data`)
	recipientRE     = regexp.MustCompile(`(?i)pääsy|\baccess\b|tillgång|käsittelijä|processor|palveluntarjoaja|luovutetaan|luovuttaa|disclos|lämnas ut|lämna ut|shared with|passed to|receive[sd]? the data|vastaanottaja|recipient|mottagare|biträde|weitergeleitet|weitergegeben|empfänger|doorgestuurd|doorgegeven|ontvanger`)
	// providerRE names the provider of a service the controller uses, in
	// German or Dutch: "Anbieter ist die X GmbH", "ein Webanalysedienst der
	// X LLC", "aanbieder is X B.V.", "een dienst van X".
	providerRE = altRE(
		pattern{de, `\banbieter(in)?\b[^.]*?\b(ist|sind)\b|\bein(e|en)? [\p{L}\-]*(dienst|programm|service|werkzeug|tool) (der|des|von)\b`},
		pattern{nl, `\b(aanbieder|leverancier)\b[^.]*?\bis\b|\been [\p{L}\-]*(dienst|programma|service) van\b`})
	securityRE  = regexp.MustCompile(`(?i)suojat|suojaus|suojauk|salat|salasan|palomuur|lukit|käyttöoikeu|encrypt|protected|firewall|\bskydd|krypter|säkerhet|security measures|technical and organi[sz]ational`)
	sourceRE    = regexp.MustCompile(`(?i)saadaan|hankitaan|saatu|obtained from|received from|gained from|comes? from|hämtar vi|erhålls|fås (av|från)|från skatteverket|väestötietojärjestelmä|population information`)
	cookieRE    = regexp.MustCompile(`(?i)eväste|cookie|kakor`)
	rightsCueRE = regexp.MustCompile(`(?i)\boikeus\b|\boikeutta\b|oikeuden|oikeuksia|\brätt\b|rättighet|\bright(s)?\b|\bkan du\b|\bvoit\b|\bcan ask\b|\bmay ask\b|\bkönnen sie\b|\bdas recht\b|\brecht auf\b|\bu kunt\b|\bhet recht\b|\brecht op\b`)
	basisCueRE  = altRE(pattern{fi, `peruste|perustuu`}, pattern{sv, `rättslig(a)? grund|laglig(a)? grund|grundar sig|baseras på`},
		pattern{en, `legal basis|lawful basis|based on`}, pattern{de, `rechtsgrundlage|auf grundlage|gestützt|beruht`},
		pattern{nl, `grondslag|rechtsgrond|gebaseerd op|op basis van`})
)

// strongTopic returns the item a sentence belongs to whatever section it
// stands in, or topicNone.
func strongTopic(s string) topic {
	switch {
	case negTransferRE.MatchString(s):
		return topicTransfers
	case negADMRE.MatchString(s), negProfilingRE.MatchString(s):
		return topicAutomated
	case dpoTermRE.MatchString(s) && (len(emailsIn(s)) > 0 || len(phonesIn(s, []string{"FI", "SE", "DE", "NL"})) > 0):
		return topicDPO
	case mechanismIn(s) != nil:
		return topicTransfers
	case processorRE.MatchString(s) && !controllerRE.MatchString(s) && len(orgNamesIn(s, nil)) > 0:
		return topicRecipients
	case providerRE.MatchString(s) && len(orgNamesIn(s, nil)) > 0:
		return topicRecipients
	}
	return topicNone
}

// strong and content are strongTopic and contentTopic, remembered for the
// sentences of one import: the handlers ask of a sentence more than once.
func (b *builder) strong(s string) topic {
	if t, ok := b.strongMemo[s]; ok {
		return t
	}
	t := strongTopic(s)
	b.strongMemo[s] = t
	return t
}

func (b *builder) content(s string) topic {
	if t, ok := b.contentMemo[s]; ok {
		return t
	}
	t := contentTopic(s)
	b.contentMemo[s] = t
	return t
}

// dpoTermRE names the data protection officer in running text.
var dpoTermRE = regexp.MustCompile(`(?i)tietosuojavastaava|dataskyddsombud|data protection officer|\bDPO\b`)

// contentTopic returns the item a sentence most likely belongs to, for
// text no heading places, or topicNone.
func contentTopic(s string) topic {
	if t := strongTopic(s); t != topicNone {
		return t
	}
	lower := strings.ToLower(s)
	switch {
	case negMarketingRE.MatchString(s) || negSoldRE.MatchString(s) || negSpecialRE.MatchString(s) || negFurtherRE.MatchString(s):
		return topicMeta // a negative statement
	case len(periodsIn(s)) > 0 && retentionVerbRE.MatchString(s):
		return topicRetention
	case transferRE.MatchString(s):
		return topicTransfers
	case len(rightsIn(s)) > 0 && (rightsCueRE.MatchString(s) || rightWords[0].re.MatchString(s)):
		return topicRights
	case yourRightsRE.MatchString(s) && howToRE.MatchString(s):
		return topicRights // how to exercise them
	case retentionVerbRE.MatchString(s) && (strings.Contains(lower, "aika") || strings.Contains(lower, "tid") || strings.Contains(lower, "long") || strings.Contains(lower, "period")):
		return topicRetention
	case cookieRE.MatchString(s):
		return topicCookies
	case basisCueRE.MatchString(s) && func() bool { bs, _ := basesIn(s); return len(bs) > 0 }():
		return topicLegalBasis
	case sourceRE.MatchString(s):
		return topicSources
	case securityRE.MatchString(s):
		return topicSecurity
	case purposeRE.MatchString(s):
		return topicPurpose
	case recipientRE.MatchString(s) && (len(orgNamesIn(s, nil)) > 0 || strings.Contains(lower, "käsittelijä") || strings.Contains(lower, "processor")):
		return topicRecipients
	case dataRE.MatchString(s):
		return topicData
	}
	return topicNone
}

// activityCueRE marks a section that describes a processing activity of
// its own: a register, an application, a service.
var activityCueRE = regexp.MustCompile(`(?i)rekister|sovellu|verkkokauppa|palvelu|register|\bapp\b|appen|tjänst|service|webshop|application`)

// unknown places a section whose heading the table does not know, or the
// text before the first heading.
func (b *builder) unknown(s *section, first bool) {
	if s.head == nil {
		b.preamble(s)
		return
	}
	if first && s.level <= 2 {
		// The first heading of a page is its title.
		b.titleSection(s, true)
		return
	}
	// A subtitle under the title, before any item: part of the introduction.
	if b.last == topicTitle && b.items == 0 && len(s.blocks) <= 1 && (len(s.blocks) == 0 || len(s.blocks[0].lines) <= 2) {
		b.sec.Topic, b.sec.How = string(topicIntro), "position"
		b.addIntro(sentence{s.headText(), s.line()}, "/introduction")
		b.preambleBlocks(s.blocks)
		return
	}
	// A section that describes a register or an application of its own
	// becomes an activity, placed sentence by sentence; another section the
	// table does not know is placed sentence by sentence into the activity
	// it stands in.
	if b.looksLikeActivity(s) {
		b.newActivity(s.headText(), s.line())
		b.actLvl = max(s.level, 1)
		b.actHeadLvl = b.actLvl
		b.sec.Topic, b.sec.How, b.sec.Confidence = "activity", "content", Guess
		b.sec.Pointers = append(b.sec.Pointers, b.actPtr())
		b.byContent(s.blocks, b.actPtr()+"/description")
		return
	}
	b.sec.Topic, b.sec.How, b.sec.Confidence = "content", "content", Guess
	if t := b.agreedTopic(s.blocks); t != topicNone {
		// Every sentence goes to one item: the section is that item's.
		b.sec.Topic = string(t)
	}
	b.byContent(s.blocks, b.actPtr()+"/description")
}

// agreedItems are the items a section no heading names is reported as,
// when every sentence of it goes there.
var agreedItems = map[topic]bool{
	topicPurpose: true, topicLegalBasis: true, topicData: true, topicSources: true, topicRecipients: true,
	topicTransfers: true, topicRetention: true, topicSecurity: true, topicRights: true, topicAutomated: true, topicCookies: true,
}

// agreedTopic returns the item every sentence of the blocks goes to by
// its content, or topicNone where they go to more than one or to none. A
// sentence that says the data serve only the stated purposes speaks of
// the purposes.
func (b *builder) agreedTopic(blocks []block) topic {
	agreed := topicNone
	for _, bl := range blocks {
		for _, sent := range splitSentences(bl.flat()) {
			t := b.content(sent)
			if t == topicMeta && negFurtherRE.MatchString(sent) {
				t = topicPurpose
			}
			if !agreedItems[t] || agreed != topicNone && t != agreed {
				return topicNone
			}
			agreed = t
		}
	}
	return agreed
}

// looksLikeActivity reports whether a section reads as a processing
// activity of its own: it names a register, application or service, and
// most of its sentences are about purposes, data, retention or recipients.
func (b *builder) looksLikeActivity(s *section) bool {
	// Only in a notice whose items have begun: a heading in capitals, of
	// the level of theirs, that names none of them names a register of its own.
	if b.items < 2 {
		return false
	}
	if s.level <= 1 && upperShare(s.headText()) >= 0.8 && len(s.blocks) > 0 {
		return true
	}
	// A heading whose subheadings name items ("Google Analytics" over
	// "Zwecke der Verarbeitung", "Speicherdauer") describes a processing of
	// its own; so does a heading of the level of one that did, among them
	// ("Kontaktformular" beside "Google Analytics").
	if s.subItems >= 2 || b.actHeadLvl > 0 && s.level == b.actHeadLvl {
		return true
	}
	if !activityCueRE.MatchString(s.headText() + " " + joinBlocks(s.blocks)) {
		return false
	}
	n, hits := 0, 0
	for _, bl := range s.blocks {
		for _, sent := range splitSentences(bl.flat()) {
			n++
			switch b.content(sent) {
			case topicPurpose, topicData, topicRetention, topicRecipients, topicSources, topicLegalBasis:
				hits++
			}
		}
	}
	return n >= 2 && hits*2 >= n
}

func joinBlocks(bs []block) string {
	var s strings.Builder
	for _, b := range bs {
		s.WriteString(b.flat())
		s.WriteByte(' ')
	}
	return s.String()
}

// byContent places the blocks' sentences by what each says; what none
// fits goes to the text at rest (a pointer to a description).
func (b *builder) byContent(blocks []block, rest string) {
	for i := 0; i < len(blocks); i++ {
		bl := blocks[i]
		// A lead-in ending in a colon and the list after it stay together.
		if isLeadIn(blocks, i) {
			j := i + 1
			for j < len(blocks) && blocks[j].kind == kindItem {
				j++
			}
			t := b.content(bl.flat())
			switch t {
			case topicPurpose:
				b.addPurposeList(bl, blocks[i+1:j], Guess)
			case topicRecipients:
				b.addText(b.recipientsDesc(), b.recipientsPtr()+"/description", bl.first(), Guess, bl.flat(), "placed by its content: a lead-in to recipients")
				for _, it := range blocks[i+1 : j] {
					b.addRecipientItem(it, Guess, false)
				}
			default:
				// An item that states how long data are kept ("Logeinträge,
				// die älter als sieben Tage sind, werden anonymisiert") is
				// retention, not one of the data.
				var data []block
				for _, it := range blocks[i+1 : j] {
					if b.content(it.flat()) == topicRetention {
						b.addRetentionSentence(sentence{it.flat(), it.first()}, Guess)
						continue
					}
					data = append(data, it)
				}
				if len(data) == 0 {
					b.placeByContent(sentence{bl.flat(), bl.first()}, rest)
				} else {
					b.addCategoryList(bl, data, Guess)
				}
			}
			i = j - 1
			continue
		}
		for _, sent := range sentencesOf(bl) {
			b.placeByContent(sent, rest)
		}
	}
}

// isLeadIn reports whether blocks[i] introduces the list after it: a
// paragraph ending in a colon, or a short line with no full stop.
func isLeadIn(blocks []block, i int) bool {
	bl := blocks[i]
	if bl.kind != kindPara || i+1 >= len(blocks) || blocks[i+1].kind != kindItem {
		return false
	}
	t := bl.flat()
	if strings.HasSuffix(t, ":") {
		return true
	}
	last, _ := lastRune(t)
	return len(bl.lines) == 1 && len([]rune(t)) <= 80 && last != '.' && last != '!' && last != '?'
}

// A sentence is one sentence of a block with its source line.
type sentence struct {
	text string
	line int
}

// sentencesOf splits a block into sentences, each with the line it starts on.
func sentencesOf(bl block) []sentence {
	var out []sentence
	for _, l := range bl.lines {
		for _, s := range splitSentences(l.text) {
			out = append(out, sentence{s, l.n})
		}
	}
	// Lines of a wrapped paragraph that end mid-sentence are joined.
	var joined []sentence
	for _, s := range out {
		if n := len(joined); n > 0 && !endsSentence(joined[n-1].text) && startsLower(s.text) {
			joined[n-1].text += " " + s.text
			continue
		}
		joined = append(joined, s)
	}
	return joined
}

func endsSentence(s string) bool {
	r, _ := lastRune(s)
	return r == '.' || r == '!' || r == '?' || r == ':' || r == ')'
}

func startsLower(s string) bool {
	for _, r := range s {
		return r >= 'a' && r <= 'z' || r == 'ä' || r == 'ö' || r == 'å' || r == 'ü'
	}
	return false
}

// placeByContent places one sentence by what it says; what no item fits
// goes to the text at rest.
func (b *builder) placeByContent(s sentence, rest string) {
	switch b.content(s.text) {
	case topicDPO:
		p, ptr := b.dpo()
		b.proseContacts(p, ptr, s)
	case topicTransfers:
		b.addTransferSentence(s, Guess)
	case topicAutomated:
		b.addADMSentence(s, Guess)
	case topicMeta:
		if b.addNegative(s, Guess) {
			return
		}
		b.addRest(s, rest)
	case topicRetention:
		b.addRetentionSentence(s, Guess)
	case topicRights:
		b.addRightsSentence(s, Guess, nil)
	case topicLegalBasis:
		b.addBasisSentence(s, Guess)
	case topicSources:
		b.addSourceSentence(s, Guess)
	case topicSecurity:
		b.addSecuritySentence(s, Guess)
	case topicPurpose:
		b.addPurpose(s.text, nil, s.line, Guess, "placed by its content: it says what the data are used for")
	case topicRecipients:
		b.addRecipientSentence(s, Guess, nil, false)
	case topicNone:
		if recipientRE.MatchString(s.text) && accessRE.MatchString(s.text) {
			// "Rekisterin tietoihin on pääsy … hallituksen jäsenillä": who has access.
			b.addRecipientSentence(s, Guess, nil, false)
			return
		}
		b.addRest(s, rest)
	case topicData:
		b.addCategory("", s.text, nil, s.line, Guess, "placed by its content: it says what data are kept")
	default:
		b.addRest(s, rest)
	}
}

// addRest puts a sentence into the description at ptr (an activity's
// description or the notice's introduction).
func (b *builder) addRest(s sentence, ptr string) {
	var dst *notice.Text
	switch {
	case ptr == "/introduction":
		dst = &b.n.Introduction
	case strings.HasSuffix(ptr, "/description") && strings.HasPrefix(ptr, "/activities/"):
		dst = &b.cur().Description
		ptr = b.actPtr() + "/description"
	default:
		dst = &b.n.Introduction
		ptr = "/introduction"
	}
	appendText(dst, b.tag(), s.text)
	b.record(ptr, s.line, Guess, Unplaced, s.text, "no item fits this text: kept in the "+map[bool]string{true: "introduction", false: "activity's description"}[ptr == "/introduction"])
}
