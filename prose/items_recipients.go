package prose

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/seloste/seloste/notice"
)

// Recipients and transfers.

var (
	// orgRE finds organisation names by their legal form.
	orgRE = regexp.MustCompile(`\b((?:\p{Lu}[\p{L}0-9&.\-]*\s+){0,4}?(?:\p{Lu}[\p{L}0-9&\-]*|\d[\p{L}0-9]*)(?:,\s*|\s+)(?:Oy Ab|Oyj|Oy|Ab|AB|GmbH|Ltd\.?|Limited|Inc\.?|LLC|B\.V\.|BV|N\.V\.|NV|AG|KG|SE|e\.V\.|S\.A\.|Corporation|Corp\.|Ky|ry|rf))(?:\s|$|[)",;:.])`)
	// abbrevFormRE is a legal form whose full stop is its own: "Inc.", "B.V.".
	abbrevFormRE = regexp.MustCompile(`(?:Inc|Ltd|Corp|B\.V|N\.V|e\.V|S\.A)\.$`)
	// knownOrgRE are service providers notices name without a legal form.
	knownOrgRE = regexp.MustCompile(`\b(Microsoft|Google|Salesforce|HubSpot|Hubspot|Mailchimp|Lyyti|Amazon Web Services|Amazon|Apple|Meta|Facebook|OpenAI|Mathpix|Stripe|Zoom|Valtori|Elisa Videra|Geniem|Digi- ja väestötietovirasto|Tilastokeskus\p{L}*|Opetushallitus|GRNET|Infonomy AB|KPN|CIBG|Skatteverket)\b`)
	// negDisclosureRE says the data are disclosed to no one.
	negDisclosureRE = regexp.MustCompile(`(?i)\bei (luovuteta|anneta|jaeta)\b[^.]*(kolmansille|ulkopuolisille|muille)|lämnas inte ut|inte lämnas ut till|(are|is) not (disclosed|shared|passed on) (to|with) (any )?(third|other)`)
	// dataLeadRE marks a lead-in that introduces data, not recipients.
	dataLeadRE = regexp.MustCompile(`(?i)henkilötietojen ryhmät|tietoryhmät|tiedot:|henkilötiedot|kategorier av personuppgifter|categories of (personal )?data|personuppgifter:|erityisiä henkilötietoja`)
	// institutionRE finds public bodies named in English: "the Ministry of
	// Education and Culture".
	institutionRE = regexp.MustCompile(`\b(?:The )?(?:Ministry|Agency|Office|Authority|Board|Council|Commission|University)(?: of| for)(?: (?:the|and|of|[A-Z][a-z]+))*[A-Z][a-z]+\b`)
	// publicBodyRE finds public bodies named in German or Dutch without a
	// legal form: by a body's noun with a name's adjective before it ("de
	// Europese Commissie", "die Europäische Kommission"), as a compound's
	// last part ("Leibniz-Rechenzentrum"), or with the name after it
	// ("Ministerie van Justitie en Veiligheid", "Bundesamt für
	// Sicherheit", "Gemeente Utrecht"); with the abbreviation the source
	// gives after it ("Leibniz-Rechenzentrum (LRZ)").
	publicBodyRE = regexp.MustCompile(`\b(?:\p{Lu}\p{L}+(?:e|en|sche|schen) (?:` + publicBodyNouns + `|` + namedBodyNouns + `)|\p{Lu}\p{L}*-(?:` + publicBodyNouns + `|` + namedBodyNouns + `)|(?:` + namedBodyNouns + `)(?: (?:van|voor|für|der|des))? \p{Lu}[\p{L}\-]*(?:(?:,| en| und) \p{Lu}[\p{L}\-]*)*)\b(?: \(\p{Lu}{2,}\))?`)
	processorRE  = regexp.MustCompile(`(?i)käsittelij|\bprocessors?\b|personuppgiftsbiträde|biträde|auftragsverarbeiter|verwerker|palveluntarjoaj|service provider|tekninen ylläpitäjä|teknisenä ylläpitäjänä|technical (provider|maintenance)|on behalf of|lukuun`)
	controllerRE = regexp.MustCompile(`(?i)rekisterinpitäjä|\bcontroller\b|personuppgiftsansvarig|verantwortlich`)
	authorityRE  = regexp.MustCompile(`(?i)viranomai|\bauthorit|myndighet|ministeriö|ministeriet|ministry|kotikunna|tilastokeskuk|behörde`)
	regularRE    = regexp.MustCompile(`(?i)säännönmukaisesti|regelbundet|regularly`)
	notRegularRE = regexp.MustCompile(`(?i)\bei\b[^.]*säännönmukaisesti|inte regelbundet|not regularly`)
	disclosureRE = regexp.MustCompile(`(?i)luovut|lämna[sr]? ut|disclos|release|passed to|shared with`)
	possibleRE   = regexp.MustCompile(`(?i)\bvoidaan\b|\bvoi\b|\bmay\b|\bcan\b|\bkan\b|\bkönnen\b|möglich|not be excluded`)
	// countryWords are the names of third countries that notices name
	// most, in a fixed order, so that an import lists the countries of a
	// sentence in the same order every time. "US" and "VS" are matched in
	// capitals only: "us" is a pronoun.
	countryWords = []struct {
		re   *regexp.Regexp
		code string
	}{
		{regexp.MustCompile(`(?i)\bUSA\b|yhdysval|united states|\bU\.S\.|förenta staterna|(?-i:\bUS\b)|kalifornien|california|vereinigten? staaten|verenigde staten|(?-i:\bVS\b)`), "US"},
		{regexp.MustCompile(`(?i)\bUK\b|united kingdom|iso-britannia|storbritannien|vereinigte[mns]? königreich|verenigd koninkrijk`), "GB"},
	}
)

// The nouns that name a public body in German and Dutch: those named by
// an adjective or compound before them (a commission, a computing
// centre), and those that also take the name after them (a ministry,
// federal or state office, municipality, province, inspectorate).
const (
	publicBodyNouns = `Commissie|Kommission|Rechenzentrum`
	namedBodyNouns  = `Ministerie|Ministerium|Bundesministerium|Bundesamt|Landesamt|Gemeente|Gemeinde|Stadt|Provincie|Rijksdienst|Inspectie|Landkreis`
)

// determinerRE is an article or determiner before a public body's noun
// ("De Gemeente", "Diese Kommission"): no name's adjective.
var determinerRE = regexp.MustCompile(`^(?:De|Het|Deze|Die|Der|Das|Dem|Den|Diese[mnrs]?|Onze|Unsere[mnrs]?|Jede[mnrs]?|Elke|Eine[mnrs]?)\s`)

// orgNamesIn returns the organisations a text names: by their legal form
// ("A1 Media Oy"), marked strong by the source, or as a provider notices
// name without one ("Microsoft").
func orgNamesIn(s string, strong []string) []string {
	var out []string
	add := func(n string) {
		n = strings.TrimSpace(strings.TrimRight(n, ",;:"))
		if !abbrevFormRE.MatchString(n) {
			n = strings.TrimRight(n, ".")
		}
		n = strings.TrimPrefix(n, "(")
		if n == "" || contains(out, n) {
			return
		}
		for _, o := range out {
			if strings.Contains(o, n) || strings.Contains(n, o) {
				return
			}
		}
		out = append(out, n)
	}
	for _, st := range strong {
		if st != "" && strings.Contains(s, st) && len([]rune(st)) <= 60 && isUpper([]rune(st)[0]) {
			add(st)
		}
	}
	for _, m := range orgRE.FindAllStringSubmatch(s, -1) {
		add(m[1])
	}
	for _, m := range institutionRE.FindAllString(s, -1) {
		add(strings.TrimPrefix(m, "The "))
	}
	for _, m := range publicBodyRE.FindAllString(s, -1) {
		if !determinerRE.MatchString(m) {
			add(m)
		}
	}
	for _, m := range knownOrgRE.FindAllString(s, -1) {
		if strings.HasPrefix(m, "Tilastokeskuk") {
			m = "Tilastokeskus" // "Tilastokeskukselle": the name in the nominative
		}
		add(m)
	}
	return out
}

// recipientsPtr and recipientsDesc give the recipients of the current activity.
func (b *builder) recipientsPtr() string { return b.actPtr() + "/recipients" }

func (b *builder) recipientsOf() *notice.Recipients {
	a := b.cur()
	if a.Recipients == nil {
		a.Recipients = &notice.Recipients{}
	}
	return a.Recipients
}

func (b *builder) recipientsDesc() *notice.Text { return &b.recipientsOf().Description }

// recipients places a section on recipients, processors or transfers.
func (b *builder) recipients(s *section) {
	processors := s.topic == topicProcessors || processorRE.MatchString(s.headText())
	for i := 0; i < len(s.blocks); i++ {
		bl := s.blocks[i]
		if isLeadIn(s.blocks, i) && dataLeadRE.MatchString(bl.flat()) {
			// "KOSKI-siirto / oppilaan henkilötietojen ryhmät:": the list
			// after it names data, not recipients.
			j := i + 1
			for j < len(s.blocks) && s.blocks[j].kind == kindItem {
				j++
			}
			b.addCategoryList(bl, s.blocks[i+1:j], Likely)
			i = j - 1
			continue
		}
		if bl.kind == kindItem {
			if s.topic == topicTransfers || transferRE.MatchString(bl.flat()) || negTransferRE.MatchString(bl.flat()) {
				b.addTransferSentence(sentence{bl.flat(), bl.first()}, Sure)
				continue
			}
			if b.strong(bl.flat()) != topicNone {
				b.placeByContent(sentence{bl.flat(), bl.first()}, b.actPtr()+"/description")
				continue
			}
			b.addRecipientItem(bl, Sure, processors)
			continue
		}
		for _, st := range sentencesOf(bl) {
			switch {
			case negTransferRE.MatchString(st.text) || s.topic == topicTransfers || transferRE.MatchString(st.text) || mechanismIn(st.text) != nil:
				b.addTransferSentence(st, Sure)
			case b.strong(st.text) != topicNone:
				b.placeByContent(st, b.actPtr()+"/description")
			case b.addNegative(st, Likely):
			case len(periodsIn(st.text)) > 0 && retentionVerbRE.MatchString(st.text):
				b.addRetentionSentence(st, Likely)
			default:
				b.addRecipientSentence(st, Sure, bl.strong, processors)
			}
		}
	}
}

// addRecipientItem adds a recipient from a list item.
func (b *builder) addRecipientItem(it block, conf Confidence, processor bool) {
	text := it.flat()
	for _, s := range splitSentences(text) {
		b.controllerNamed(sentence{s, it.first()})
	}
	orgs := orgNamesIn(text, it.strong)
	r := b.recipientsOf()
	ptr := b.recipientsPtr()
	rec := notice.Recipient{}
	if len(orgs) > 0 {
		if j := b.recipientNamed(orgs[0]); j >= 0 {
			b.addText(&r.Items[j].Purpose, fmt.Sprintf("%s/items/%d/purpose", ptr, j), it.first(), Likely, text, "said again of a recipient named before")
			return
		}
	}
	switch {
	case len(orgs) > 0:
		rec.Name = b.nm(orgs[0])
	case processor && len(orgs) == 0:
		// A list of processors names each: "CSC – It-centret för vetenskap, utveckling … (avtal)".
		name, _, _ := strings.Cut(text, " (")
		name, _, _ = strings.Cut(name, ",")
		rec.Name = b.nm(strings.TrimSpace(name))
	default:
		name, _, _ := strings.Cut(text, " (")
		rec.Name = b.nm(name)
		rec.Category = len(orgs) == 0
	}
	if rest := strings.TrimSpace(strings.TrimPrefix(text, firstString(notice.Text(rec.Name)))); rest != "" {
		rec.Purpose = b.t(strings.Trim(rest, " ,–-"))
	}
	b.setRole(&rec, text, processor)
	b.lawsOf(&rec, text)
	r.Items = append(r.Items, rec)
	i := len(r.Items) - 1
	b.placed(fmt.Sprintf("%s/items/%d/name", ptr, i), it.first(), conf, text, "a recipient, one item of the list")
	b.roleProv(fmt.Sprintf("%s/items/%d", ptr, i), rec, it.first(), text)
}

// addRecipientSentence adds the recipients a sentence names, or keeps the
// sentence as words on recipients.
func (b *builder) addRecipientSentence(s sentence, conf Confidence, strong []string, processor bool) {
	b.controllerNamed(s)
	r := b.recipientsOf()
	ptr := b.recipientsPtr()
	orgs := orgNamesIn(s.text, strong)
	if laws := statutesIn(s.text, b.country, b.tag()); len(orgs) == 0 && len(laws) > 0 && letterCount(lawFree(s.text)) < 25 && len(r.Items) > 0 && b.inSection(ptr) {
		// "(Perusopetuslaki 4 §, 6 §)": the law of the disclosure before.
		i := len(r.Items) - 1
		for _, l := range laws {
			r.Items[i].Laws = append(r.Items[i].Laws, l.ref)
			b.placed(fmt.Sprintf("%s/items/%d/laws/%d", ptr, i, len(r.Items[i].Laws)-1), s.line, Likely, s.text, "a statute cited after the disclosure")
		}
		appendText(&r.Items[i].Purpose, b.tag(), s.text)
		return
	}
	if len(orgs) == 0 {
		laws := statutesIn(s.text, b.country, b.tag())
		if len(laws) > 0 && disclosureRE.MatchString(s.text) {
			rec := notice.Recipient{Name: b.nm(s.text), Category: true}
			b.setRole(&rec, s.text, false)
			for _, l := range laws {
				rec.Laws = append(rec.Laws, l.ref)
			}
			r.Items = append(r.Items, rec)
			i := len(r.Items) - 1
			b.placed(fmt.Sprintf("%s/items/%d/name", ptr, i), s.line, Guess, s.text, "a disclosure under the law it cites, to a category of recipients named by the whole sentence: give it a short name")
			for j := range rec.Laws {
				b.placed(fmt.Sprintf("%s/items/%d/laws/%d", ptr, i, j), s.line, Likely, s.text, "the law of the disclosure")
			}
			return
		}
		if negDisclosureRE.MatchString(s.text) && !notRegularRE.MatchString(s.text) {
			b.addText(&r.NotApplicable, ptr+"/notApplicable", s.line, Likely, s.text, "says the data are not disclosed to others")
			return
		}
		note := "the source's words on recipients"
		if notRegularRE.MatchString(s.text) {
			note = "says there are no regular disclosures: not that there are no recipients, so no notApplicable"
		} else if disclosureRE.MatchString(s.text) || regularRE.MatchString(s.text) || regexp.MustCompile(`(?i)oikeus saada|rätt att få|entitled to receive`).MatchString(s.text) {
			// A disclosure to a recipient the sentence does not name by a
			// proper name: a category, named by the sentence.
			rec := notice.Recipient{Name: b.nm(s.text), Category: true}
			b.setRole(&rec, s.text, false)
			r.Items = append(r.Items, rec)
			b.placed(fmt.Sprintf("%s/items/%d/name", ptr, len(r.Items)-1), s.line, Guess, s.text, "a disclosure to a category of recipients, named by the whole sentence: give it a short name")
			return
		}
		b.addText(&r.Description, ptr+"/description", s.line, conf, s.text, note)
		return
	}
	for k, org := range orgs {
		if j := b.recipientNamed(org); j >= 0 {
			// Named before: the sentence says more of it.
			if k == 0 {
				b.addText(&r.Items[j].Purpose, fmt.Sprintf("%s/items/%d/purpose", ptr, j), s.line, Likely, s.text, "said again of a recipient named before")
			}
			continue
		}
		rec := notice.Recipient{Name: b.nm(org)}
		if k == 0 {
			rec.Purpose = b.t(s.text)
		}
		b.setRole(&rec, s.text, processor)
		if k == 0 {
			b.lawsOf(&rec, s.text)
		}
		r.Items = append(r.Items, rec)
		i := len(r.Items) - 1
		note := "a recipient named in the sentence"
		if k > 0 {
			note += " (the sentence is kept with the first it names)"
		}
		b.placed(fmt.Sprintf("%s/items/%d/name", ptr, i), s.line, lower(conf, Likely), s.text, note)
		b.roleProv(fmt.Sprintf("%s/items/%d", ptr, i), rec, s.line, s.text)
	}
}

// recipientNamed returns the index of the current activity's recipient
// named org, or -1. A recipient named first in full ("Mathpix, Inc.",
// "OpenAI OpCo, LLC") is the one its short name names after it
// ("Mathpix", "OpenAI").
func (b *builder) recipientNamed(org string) int {
	r := b.recipientsOf()
	for i, it := range r.Items {
		if !it.Category && shortNameOf(org, firstString(notice.Text(it.Name))) {
			return i
		}
	}
	return -1
}

// shortNameOf reports whether short is name, or name's first words: the
// words before a comma, a space or a parenthesis.
func shortNameOf(short, name string) bool {
	if short == name {
		return true
	}
	rest, ok := strings.CutPrefix(name, short)
	return ok && len([]rune(short)) >= 3 && (strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, " "))
}

// setRole sets a recipient's role from the words around it.
func (b *builder) setRole(rec *notice.Recipient, text string, processor bool) {
	switch {
	case processor || processorRE.MatchString(text):
		rec.Role = notice.RoleProcessor
	case authorityRE.MatchString(text):
		rec.Role = notice.RolePublicAuthority
	case controllerRE.MatchString(text):
		rec.Role = notice.RoleController
	}
	if regularRE.MatchString(text) && !notRegularRE.MatchString(text) {
		rec.Regular = true
	}
	for _, w := range countryWords {
		if w.re.MatchString(text) && rec.Country == "" {
			rec.Country = w.code
		}
	}
}

func (b *builder) roleProv(ptr string, rec notice.Recipient, ln int, text string) {
	if rec.Role != "" {
		b.placed(ptr+"/role", ln, Guess, text, "role "+string(rec.Role)+" read from the words around the name; check it")
	}
	if rec.Regular {
		b.placed(ptr+"/regular", ln, Likely, text, "a regular disclosure")
	}
	if rec.Country != "" {
		b.placed(ptr+"/country", ln, Likely, text, "the country named with the recipient")
	}
}

func (b *builder) lawsOf(rec *notice.Recipient, text string) {
	for _, l := range statutesIn(text, b.country, b.tag()) {
		rec.Laws = append(rec.Laws, l.ref)
	}
}

// Transfers.

func (b *builder) transfersOf() (*notice.Transfers, string) {
	a := b.cur()
	if a.Transfers == nil {
		a.Transfers = &notice.Transfers{}
	}
	return a.Transfers, b.actPtr() + "/transfers"
}

// addTransferSentence places a sentence on transfers: that there are none,
// a transfer with its ground, or words on transfers.
func (b *builder) addTransferSentence(s sentence, conf Confidence) {
	t, ptr := b.transfersOf()
	switch {
	case negTransferRE.MatchString(s.text):
		b.addText(&t.NotApplicable, ptr+"/notApplicable", s.line, conf, s.text, "says that no data are transferred outside the EU/EEA")
	case transferRE.MatchString(s.text) || mechanismIn(s.text) != nil:
		tr := notice.Transfer{Description: b.t(s.text), Mechanisms: mechanismIn(s.text)}
		for _, w := range countryWords {
			if w.re.MatchString(s.text) {
				tr.Countries = append(tr.Countries, w.code)
			}
		}
		if orgs := orgNamesIn(s.text, nil); len(orgs) > 0 {
			tr.Recipient = b.nm(orgs[0])
		}
		if possibleRE.MatchString(s.text) {
			tr.Possible = true
		}
		// A sentence that gives the ground of the transfer before it
		// completes that transfer.
		if n := len(t.Items); n > 0 && len(tr.Mechanisms) > 0 && len(t.Items[n-1].Mechanisms) == 0 && !transferRE.MatchString(s.text) {
			t.Items[n-1].Mechanisms = tr.Mechanisms
			appendText(&t.Items[n-1].Description, b.tag(), s.text)
			b.placed(fmt.Sprintf("%s/items/%d/mechanisms", ptr, n-1), s.line, Likely, s.text, "the ground of the transfer before")
			return
		}
		if j := b.sameTransfer(ptr, t.Items, tr); j >= 0 {
			// The country named again, to no other recipient: more words on
			// that transfer, not one of its own.
			it := &t.Items[j]
			appendText(&it.Description, b.tag(), s.text)
			b.placed(fmt.Sprintf("%s/items/%d/description", ptr, j), s.line, lower(conf, Likely), s.text, "said again of the transfer to the same country")
			for _, m := range tr.Mechanisms {
				if !slices.Contains(it.Mechanisms, m) {
					it.Mechanisms = append(it.Mechanisms, m)
					b.placed(fmt.Sprintf("%s/items/%d/mechanisms", ptr, j), s.line, Likely, s.text, "the ground of the transfer named in words")
				}
			}
			return
		}
		t.Items = append(t.Items, tr)
		i := len(t.Items) - 1
		for _, c := range tr.Countries {
			if _, ok := b.transferTo[ptr+"|"+c]; !ok {
				b.transferTo[ptr+"|"+c] = i
			}
		}
		b.placed(fmt.Sprintf("%s/items/%d/description", ptr, i), s.line, lower(conf, Likely), s.text, "a transfer outside the EU/EEA")
		if len(tr.Mechanisms) > 0 {
			b.placed(fmt.Sprintf("%s/items/%d/mechanisms", ptr, i), s.line, Likely, s.text, "the ground of the transfer named in words")
		}
		if len(tr.Countries) > 0 {
			b.placed(fmt.Sprintf("%s/items/%d/countries", ptr, i), s.line, Likely, s.text, "the country named")
		}
		if tr.Possible {
			b.placed(fmt.Sprintf("%s/items/%d/possible", ptr, i), s.line, Guess, s.text, "the text says the transfer may take place")
		}
	default:
		b.addText(&t.Description, ptr+"/description", s.line, lower(conf, Likely), s.text, "the source's words on transfers")
		// A provider named in words on transfers receives the data.
		r := b.recipientsOf()
		for _, org := range orgNamesIn(s.text, nil) {
			if b.recipientNamed(org) >= 0 {
				continue
			}
			r.Items = append(r.Items, notice.Recipient{Name: b.nm(org), Purpose: b.t(s.text)})
			b.placed(fmt.Sprintf("%s/items/%d/name", b.recipientsPtr(), len(r.Items)-1), s.line, Guess, s.text, "a provider named in the words on transfers: read as a recipient; check its role")
		}
	}
}

// sameTransfer returns the index of the transfer at ptr that tr names
// again: the first to every country tr names, when tr names no other
// recipient; -1 if there is none. It looks the countries up, so that a
// notice of many transfers is read in linear time.
func (b *builder) sameTransfer(ptr string, items []notice.Transfer, tr notice.Transfer) int {
	j := -1
	for k, c := range tr.Countries {
		i, ok := b.transferTo[ptr+"|"+c]
		if !ok || k > 0 && i != j {
			return -1
		}
		j = i
	}
	if j < 0 || j >= len(items) {
		return -1
	}
	if r := firstString(notice.Text(tr.Recipient)); r != "" && r != firstString(notice.Text(items[j].Recipient)) {
		return -1
	}
	return j
}

// mechanismIn returns the Chapter V grounds a text names.
func mechanismIn(s string) []notice.TransferMechanism {
	var out []notice.TransferMechanism
	for _, m := range mechanismWords {
		if m.re.MatchString(s) {
			out = append(out, m.m)
		}
	}
	return out
}
