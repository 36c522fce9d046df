package prose

import (
	"regexp"
	"strings"
)

// A topic is what a section of a notice is about: the item of Articles 13
// and 14 its heading names, or another part of a notice.
type topic string

// The topics a heading can name.
const (
	topicNone           topic = ""
	topicTitle          topic = "title"                 // the document's own title
	topicIntro          topic = "introduction"          // general words before the items
	topicController     topic = "controller"            // Art 13(1)(a)
	topicFalseRep       topic = "controllerOfficial"    // "Rekisterinpitäjän edustaja": an official, not Art 27
	topicRepresentative topic = "representative"        // Art 27
	topicJoint          topic = "jointControllers"      // Art 26
	topicContact        topic = "contactPersons"        // "yhteyshenkilö rekisteriä koskevissa asioissa"
	topicDPO            topic = "dpo"                   // Art 13(1)(b)
	topicRegisterName   topic = "registerName"          // "Rekisterin nimi"
	topicPurposeBasis   topic = "purposesAndLegalBases" // Art 13(1)(c) both
	topicPurpose        topic = "purposes"              // Art 13(1)(c)
	topicLegalBasis     topic = "legalBases"            // Art 13(1)(c), 6(1)
	topicDataPurpose    topic = "dataAndPurposes"       // "Kerättävät henkilötiedot, niiden käsittely ja käsittelyn tarkoitukset"
	topicSubjectsData   topic = "dataSubjectsAndData"   // Art 14(1)(d) with the groups
	topicSubjects       topic = "dataSubjects"          // the groups of data subjects
	topicData           topic = "dataCategories"        // Art 14(1)(d)
	topicSources        topic = "sources"               // Art 14(2)(f)
	topicRecipTransfer  topic = "recipientsAndTransfers"
	topicTransfers      topic = "transfers"  // Art 13(1)(f)
	topicProcessors     topic = "processors" // recipients that are processors
	topicRecipients     topic = "recipients" // Art 13(1)(e)
	topicRetention      topic = "retention"  // Art 13(2)(a)
	topicSecurity       topic = "security"   // Art 32
	topicComplaint      topic = "complaint"  // Art 13(2)(d), 77
	topicRights         topic = "rights"     // Art 13(2)(b)
	topicAutomated      topic = "automatedDecisions"
	topicCookies        topic = "cookies"
	topicCodes          topic = "codesOfConduct"
	topicOrgUnit        topic = "organisationUnit" // "Toimiala", "Palvelualue": the controller's unit
	topicMeta           topic = "metadata"         // "Rekisterin muoto" and the like
	topicChanges        topic = "changes"
)

// A headingRule recognises the headings of one topic, in Finnish, Swedish
// and English: the legacy "rekisteriseloste" template, the GDPR-era
// headings and question-style ones (terminology.md section 3).
type headingRule struct {
	re    *regexp.Regexp
	topic topic
}

// headingRules are tried in order on a heading folded by foldHeading; the
// first that matches names the topic. Specific rules come before general
// ones: "rekisterinpitäjän edustaja" before "rekisterinpitäjä",
// "säilyttämisaika ja peruste" before "peruste".
var headingRules = func() []headingRule {
	rules := []struct {
		topic topic
		re    string
	}{
		{topicFalseRep, `rekisterinpitäjän edustaja|företrädare för den personuppgiftsansvarig|representant för den personuppgiftsansvarig|representative of (the )?controller`},
		{topicRepresentative, `edustaja unionissa|eu-edustaja|företrädare i unionen|representative in the (eu|union)|eu representative|article 27|27 artikla`},
		{topicJoint, `yhteisrekisterinpitäj|gemensamt personuppgiftsansvarig|joint controller`},
		{topicDPO, `tietosuojavastaava|dataskyddsombud|data protection officer|\bdpo\b|person in charge of data protection`},
		{topicContact, `yhteyshenkilö|rekisteriasioi(ta|sta|den) (hoitava|vastaava)|rekisteristä vastaava|yhteystiedot rekisteriä koskevissa|kontaktperson|contact persons?\b|contact address for matters|matters concerning the register|register-related matters|contact information in register`},
		{topicComplaint, `valitus|valvontaviranomai|klagomål|klaga|tillsynsmyndighet|complain|supervisory authority|lodge a complaint`},
		{topicAutomated, `automaattinen päätöksen|automaattisen päätöksen|automatisoitu päätöksen|profilointi|automatiserat beslut|automatiskt beslut|profilering|automated decision|automatic decision|automated individual|profiling`},
		{topicCookies, `eväste|cookie|kakor`},
		{topicCodes, `käytännesäännö|uppförandekod|code of conduct`},
		{topicRegisterName, `rekisterin nimi|käsittelykokonaisuuden nimi|käsittelytoimen nimi|registrets namn|name of the register|name of the processing`},
		{topicOrgUnit, `^(toimiala|palvelualue|vastuualue|vastuuyksikkö|yksikkö|organisaatio|förvaltning|verksamhetsområde|department|unit)$`},
		{topicMeta, `rekisterin muoto|registrets form|form of the register|^tietosuoja-asetus \d+ ja \d+ artikla|^eu:n yleinen tietosuoja-asetus`},
		{topicChanges, `muutokset tähän|selosteen muuttaminen|ändringar i|changes to (this|the)|wijziging|versiohistoria|version history`},
		{topicRetention, `säilytysaika|säilyttämisaika|säilytysajat|säilyttäminen|säilytyksen|tietojen säilytys|käsittelyn kesto|kuinka kauan|kauanko|lagringstid|bevarandetid|hur länge|gallring|retention|storage period|how long|period for which|data deletion`},
		{topicPurposeBasis, `(tarkoitu|käyttötarkoitu).*(oikeusperuste|käsittelyperuste|peruste)|(oikeusperuste|käsittelyperuste).*(tarkoitu)|(ändamål|syfte).*rättslig grund|rättslig grund.*(ändamål|syfte)|purposes?\b.*legal basis|legal basis.*purposes?\b|purposes?.*lawful basis`},
		{topicDataPurpose, `(henkilötied|tietosisältö).*(tarkoitu)|(personuppgifter).*(ändamål)|(personal data|data we collect).*\bpurposes?\b`},
		{topicLegalBasis, `oikeusperuste|käsittelyperuste|käsittelyn peruste|rättslig grund|laglig grund|legal basis|lawful basis|legal grounds?|right to process personal data is based|^consent\b|\bconsent for\b|suostumus|samtycke`},
		{topicPurpose, `tarkoitu|käyttötarkoitu|ändamål|syfte|syften|purpose|why do we process|miksi käsittelemme|varför behandlar|what do we use|mihin käytämme`},
		{topicSubjectsData, `rekisteröidyt ja .*henkilötietoryhm|henkilötiedot ja rekisteröityjen ryhmät|personuppgifter och kategorier av (de )?registrerade|personal data and categories of data subjects|categories of data subjects and (personal )?data`},
		{topicSubjects, `^rekisteröidyt$|rekisteröityjen ryhmät|kategorier av (de )?registrerade|categories of data subjects|whose (personal )?data`},
		{topicSources, `tietolähte|tietolähde|mistä .*tied|uppgiftskälla|uppgiftskällor|\bkälla|\bkällor|varifrån|information sources?|sources? of (the )?(personal )?(data|information)|where do we (get|obtain)|where does .* data come from`},
		{topicRecipTransfer, `(siirto|siirtäminen|siirrot).*(luovu)|(luovu).*(siirto|siirtä)|(utlämnande|överlämnande).*(överföring)|disclosure.*transfer|transfer.*disclosure`},
		{topicTransfers, `(siirto|siirtäminen|siirrot|luovutus|luovuttaminen|luovutukset).*(eu|eta|euroopan talousalueen|kolmansiin maihin|kolmanteen maahan)|ulkopuolelle|överföring.*(tredje|utanför)|tredjeländer|tredje land|transfer.*(outside|third countr)|transferring data outside|third countr|international organi[sz]ations?|outside the eu`},
		{topicProcessors, `personuppgiftsbiträde|henkilötietojen käsittelijät|^käsittelijät$|\bprocessors\b|sub-?processors`},
		{topicRecipients, `vastaanottaja|luovutukset|luovutus|luovuttaminen|luovutetaan|mottagare|utlämnande|lämnas ut|recipient|disclos|release of data|vem har tillgång|who has access|kenellä on pääsy|within the eu|inom eu|var kommer .* lagras|where .* (stored|kept)|missä .* säilytetään`},
		{topicSecurity, `suojauk|suojaus|suojaaminen|tietoturva|turvatoim|suojatoim|\bskydd|säkerhet|security|protection of the register|principles for protection|safeguard`},
		{topicRights, `oikeude|oikeus|tarkastusoikeus|korjaamis|oikaisu|poistamis|vastustamis|rajoittamis|rättighet|rätt att|rätt till|\brights?\b|right to`},
		{topicSubjectsData, `rekisteröidyt ja`},
		{topicData, `tietosisältö|henkilötietoryhm|kerättävät henkilötied|käsiteltävät henkilötied|mitä henkilötietoja|mitä tietoja|henkilötiedot$|kategorier av personuppgifter|vilka personuppgifter|vilken personlig data|personuppgifter som behandlas|data content|personal data processed|categories of personal data|what (personal )?data|data we collect|information we collect|data contents|personal data$`},
		{topicController, `rekisterinpitäjä|rekisterinpitäjät|personuppgiftsansvarig|\bcontrollers?\b|the controller|data controller`},
		{topicIntro, `^(yleistä|yleiskuvaus|johdanto|allmänt|inledning|general|introduction|description of the service|about this (notice|privacy notice))$`},
		{topicTitle, `^(tietosuojaseloste|tietosuojailmoitus|rekisteriseloste|henkilörekisteriseloste|seloste henkilötietojen käsittelystä|yhdistetty rekisteriseloste|dataskyddsbeskrivning|dataskyddsmeddelande|registerbeskrivning|integritetspolicy|privacy notice|privacy statement|privacy policy|privacy|behandling av personuppgifter|tietoa |om |about )`},
	}
	out := make([]headingRule, len(rules))
	for i, r := range rules {
		out[i] = headingRule{re: regexp.MustCompile(r.re), topic: r.topic}
	}
	return out
}()

// leadingNumberRE matches the numbering of a heading: "1.", "4.1", "4.1.",
// "A.", "§ 3", "1)", "(2)".
var leadingNumberRE = regexp.MustCompile(`^(?:#+\s*)?(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Za-z][.)]|§\s*\d+)\s+`)

// foldHeading returns a heading in the form the rules read: lower case,
// without its numbering, trailing punctuation, quotes and emphasis marks,
// dashes folded, spaces collapsed.
func foldHeading(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Trim(s, "*_ ")
	s = leadingNumberRE.ReplaceAllString(s, "")
	s = strings.ToLower(s)
	s = strings.NewReplacer("–", "-", "—", "-", "’", "'", "\u00a0", " ", "”", "", "“", "", "\"", "").Replace(s)
	s = strings.TrimRight(s, " :?.!")
	return strings.Join(strings.Fields(s), " ")
}

// A headingClass is what the table makes of a heading.
type headingClass struct {
	topic topic
	sure  bool // the table knows the heading; false for a weaker match
}

// classifyHeading names the topic of a heading, or topicNone.
func classifyHeading(s string) headingClass {
	f := foldHeading(s)
	if f == "" {
		return headingClass{}
	}
	for _, r := range headingRules {
		if r.re.MatchString(f) {
			// A long heading that only mentions a word is a weaker match
			// than a short one that is the word.
			return headingClass{topic: r.topic, sure: len([]rune(f)) <= 130}
		}
	}
	return headingClass{}
}
