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

// A headingRule recognises the headings of one topic: the legacy Finnish
// "rekisteriseloste" template, the GDPR-era headings and question-style
// ones (terminology.md section 3), in Finnish, Swedish and English, and the
// headings of German and Dutch notices, which name the items with the
// terms of the GDPR's German (DSGVO) and Dutch (AVG) texts
// ("Rechtsgrundlage", "Speicherdauer", "Empfänger"; "grondslag",
// "ontvangers", "bewaartermijn") or ask them ("Wie lange …", "Aan wie …").
type headingRule struct {
	re    *regexp.Regexp
	topic topic
}

// headingTable gives, topic by topic, each language's headings, written
// for a heading folded by foldHeading (lower case, numbering dropped). The
// rows are tried in order and the first that matches names the topic:
// specific rows come before general ones ("rekisterinpitäjän edustaja"
// before "rekisterinpitäjä", "säilyttämisaika ja peruste" before
// "peruste", "Beschwerderecht" before "Recht").
var headingTable = []struct {
	topic topic
	pats  []pattern
}{
	{topicFalseRep, []pattern{
		{fi, `rekisterinpitäjän edustaja`},
		{sv, `företrädare för den personuppgiftsansvarig|representant för den personuppgiftsansvarig`},
		{en, `representative of (the )?controller`}}},
	{topicRepresentative, []pattern{
		{fi, `edustaja unionissa|eu-edustaja|27 artikla`},
		{sv, `företrädare i unionen`},
		{en, `representative in the (eu|union)|eu representative|article 27`},
		{de, `vertreter in der (eu|union)|eu-vertreter`},
		{nl, `vertegenwoordiger in de (eu|unie)|eu-vertegenwoordiger`}}},
	{topicJoint, []pattern{
		{fi, `yhteisrekisterinpitäj`},
		{sv, `gemensamt personuppgiftsansvarig`},
		{en, `joint controller`},
		{de, `gemeinsam verantwortlich|gemeinsame verantwortlich`},
		{nl, `gezamenlijk(e)? (verwerkings)?verantwoordelijk`}}},
	{topicDPO, []pattern{
		{fi, `tietosuojavastaava`},
		{sv, `dataskyddsombud`},
		{en, `data protection officer|\bdpo\b|person in charge of data protection`},
		{de, `datenschutzbeauftragte`},
		{nl, `functionaris (voor|van) (de )?gegevensbescherming`}}},
	{topicContact, []pattern{
		{fi, `yhteyshenkilö|rekisteriasioi(ta|sta|den) (hoitava|vastaava)|rekisteristä vastaava|yhteystiedot rekisteriä koskevissa`},
		{sv, `kontaktperson`},
		{en, `contact persons?\b|contact address for matters|matters concerning the register|register-related matters|contact information in register`},
		{de, `ansprechpartner`},
		{nl, `contactpersoon`}}},
	{topicComplaint, []pattern{
		{fi, `valitus|valvontaviranomai`},
		{sv, `klagomål|klaga|tillsynsmyndighet`},
		{en, `complain|supervisory authority|lodge a complaint`},
		{de, `beschwerde|aufsichtsbehörde`},
		{nl, `klacht|toezichthoudende autoriteit|autoriteit persoonsgegevens`}}},
	{topicAutomated, []pattern{
		{fi, `automaattinen päätöksen|automaattisen päätöksen|automatisoitu päätöksen|profilointi`},
		{sv, `automatiserat beslut|automatiskt beslut|profilering`},
		{en, `automated decision|automatic decision|automated individual|profiling`},
		{de, `automatisierte entscheidung|automatisierte einzelentscheidung`},
		{nl, `geautomatiseerde (individuele )?besluitvorming|profilering`}}},
	{topicCookies, []pattern{
		{"", `cookie`},
		{fi, `eväste`},
		{sv, `kakor`}}},
	{topicCodes, []pattern{
		{fi, `käytännesäännö`},
		{sv, `uppförandekod`},
		{en, `code of conduct`},
		{de, `verhaltensregeln`},
		{nl, `gedragscode`}}},
	{topicRegisterName, []pattern{
		{fi, `rekisterin nimi|käsittelykokonaisuuden nimi|käsittelytoimen nimi`},
		{sv, `registrets namn`},
		{en, `name of the register|name of the processing`},
		{de, `bezeichnung der verarbeitung|name der verarbeitung`},
		{nl, `naam van de verwerking`}}},
	{topicOrgUnit, []pattern{
		{fi, `^(toimiala|palvelualue|vastuualue|vastuuyksikkö|yksikkö|organisaatio)$`},
		{sv, `^(förvaltning|verksamhetsområde)$`},
		{en, `^(department|unit)$`}}},
	{topicMeta, []pattern{
		{fi, `rekisterin muoto|^tietosuoja-asetus \d+ ja \d+ artikla|^eu:n yleinen tietosuoja-asetus`},
		{sv, `registrets form`},
		{en, `form of the register`}}},
	{topicChanges, []pattern{
		{fi, `muutokset tähän|selosteen muuttaminen|versiohistoria`},
		{sv, `ändringar i`},
		{en, `changes to (this|the)|version history`},
		{de, `änderung(en)? (dieser|der|unserer) datenschutz|aktualität und änderung`},
		{nl, `wijziging`}}},
	{topicRetention, []pattern{
		{fi, `säilytysaika|säilyttämisaika|säilytysajat|säilyttäminen|säilytyksen|tietojen säilytys|käsittelyn kesto|kuinka kauan|kauanko`},
		{sv, `lagringstid|bevarandetid|hur länge|gallring`},
		{en, `retention|storage period|how long|period for which|data deletion`},
		{de, `speicherdauer|dauer der speicherung|aufbewahrungsdauer|datenlöschung|löschung (der|von|ihrer) daten|wie lange`},
		{nl, `bewaren|bewaartermijn|bewaring|opslagperiode|hoe lang`}}},
	{topicPurposeBasis, []pattern{
		{fi, `(tarkoitu|käyttötarkoitu).*(oikeusperuste|käsittelyperuste|peruste)|(oikeusperuste|käsittelyperuste).*(tarkoitu)`},
		{sv, `(ändamål|syfte).*rättslig grund|rättslig grund.*(ändamål|syfte)`},
		{en, `purposes?\b.*legal basis|legal basis.*purposes?\b|purposes?.*lawful basis`},
		{de, `zweck.*rechtsgrundlage|rechtsgrundlage.*zweck`},
		{nl, `doel.*(grondslag|rechtsgrond)|(grondslag|rechtsgrond).*doel`}}},
	{topicDataPurpose, []pattern{
		{fi, `(henkilötied|tietosisältö).*(tarkoitu)`},
		{sv, `(personuppgifter).*(ändamål)`},
		{en, `(personal data|data we collect).*\bpurposes?`}}},
	{topicLegalBasis, []pattern{
		{fi, `oikeusperuste|käsittelyperuste|käsittelyn peruste|suostumus`},
		{sv, `rättslig grund|laglig grund|samtycke`},
		{en, `legal basis|lawful basis|legal grounds?|right to process personal data is based|^consent\b|\bconsent for\b`},
		{de, `rechtsgrundlage|rechtliche grundlage`},
		{nl, `grondslag|rechtsgrond`}}},
	{topicPurpose, []pattern{
		{fi, `tarkoitu|käyttötarkoitu|miksi käsittelemme|mihin käytämme`},
		{sv, `ändamål|syfte|syften|varför behandlar`},
		{en, `purpose|why do we process|what do we use`},
		{de, `\bzweck|wofür|warum verarbeiten`},
		{nl, `\bdoel|waarvoor|waarom verwerken`}}},
	{topicSubjectsData, []pattern{
		{fi, `rekisteröidyt ja .*henkilötietoryhm|henkilötiedot ja rekisteröityjen ryhmät`},
		{sv, `personuppgifter och kategorier av (de )?registrerade`},
		{en, `personal data and categories of data subjects|categories of data subjects and (personal )?data`}}},
	{topicSubjects, []pattern{
		{fi, `^rekisteröidyt$|rekisteröityjen ryhmät`},
		{sv, `kategorier av (de )?registrerade`},
		{en, `categories of data subjects|whose (personal )?data`},
		{de, `kategorien (der |von )?betroffenen|^betroffene personen$`},
		{nl, `categorieën (van )?betrokkenen|^betrokkenen$`}}},
	{topicSources, []pattern{
		{fi, `tietolähte|tietolähde|mistä .*tied`},
		{sv, `uppgiftskälla|uppgiftskällor|\bkälla|\bkällor|varifrån`},
		{en, `information sources?|sources? of (the )?(personal )?(data|information)|where do we (get|obtain)|where does .* data come from`},
		{de, `herkunft der daten|datenquelle|quelle der daten|woher`},
		{nl, `bron(nen)? van de (persoons)?gegevens|herkomst van de (persoons)?gegevens|waar .* vandaan`}}},
	{topicRecipTransfer, []pattern{
		{fi, `(siirto|siirtäminen|siirrot).*(luovu)|(luovu).*(siirto|siirtä)`},
		{sv, `(utlämnande|överlämnande).*(överföring)`},
		{en, `disclosure.*transfer|transfer.*disclosure`},
		{de, `empfänger.*(drittland|übermittlung)|(weitergabe|übermittlung).*empfänger`},
		{nl, `ontvanger.*doorgifte|doorgifte.*ontvanger`}}},
	{topicTransfers, []pattern{
		{fi, `(siirto|siirtäminen|siirrot|luovutus|luovuttaminen|luovutukset).*(eu|eta|euroopan talousalueen|kolmansiin maihin|kolmanteen maahan)|ulkopuolelle`},
		{sv, `överföring.*(tredje|utanför)|tredjeländer|tredje land`},
		{en, `transfer.*(outside|third countr)|transferring data outside|third countr|international organi[sz]ations?|outside the eu`},
		{de, `drittland|drittländer|drittstaat|außerhalb (der eu|der europäischen union|des ewr)|internationale organisation`},
		{nl, `derde land|derde landen|buiten de (eu|eer|europese)|doorgifte`}}},
	{topicProcessors, []pattern{
		{fi, `henkilötietojen käsittelijät|^käsittelijät$`},
		{sv, `personuppgiftsbiträde`},
		{en, `\bprocessors\b|sub-?processors`},
		{de, `auftragsverarbeiter`},
		{nl, `^verwerkers$|subverwerkers`}}},
	{topicRecipients, []pattern{
		{fi, `vastaanottaja|luovutukset|luovutus|luovuttaminen|luovutetaan|kenellä on pääsy|missä .* säilytetään`},
		{sv, `mottagare|utlämnande|lämnas ut|vem har tillgång|inom eu|var kommer .* lagras`},
		{en, `recipient|disclos|release of data|who has access|within the eu|where .* (stored|kept)`},
		// "Einsatz von …" names a provider whose service the controller
		// uses; "Hosting" and "Technische Umsetzung" the one that runs the site.
		{de, `empfänger|weitergabe|offenlegung|wer hat zugriff|^einsatz (von|der|des) |hosting|technische umsetzung`},
		{nl, `ontvanger|verstrekt|verstrekking|aan wie|wie heeft toegang|delen van`}}},
	{topicSecurity, []pattern{
		{fi, `suojauk|suojaus|suojaaminen|tietoturva|turvatoim|suojatoim`},
		{sv, `\bskydd|säkerhet`},
		{en, `security|protection of the register|principles for protection|safeguard`},
		{de, `datensicherheit|sicherheit der|technische und organisatorische maßnahmen`},
		{nl, `beveiliging`}}},
	{topicRights, []pattern{
		{fi, `oikeude|oikeus|tarkastusoikeus|korjaamis|oikaisu|poistamis|vastustamis|rajoittamis`},
		{sv, `rättighet|rätt att|rätt till`},
		{en, `\brights?\b|right to`},
		{de, `\brecht|rechte\b|betroffenenrechte|auskunft|berichtigung|löschung|einschränkung|widerspruch|widerruf|datenübertragbarkeit|unterrichtung`},
		{nl, `\brecht|rechten\b|inzage|rectificatie|gegevenswissing|bezwaar`}}},
	{topicSubjectsData, []pattern{
		{fi, `rekisteröidyt ja`}}},
	{topicData, []pattern{
		{fi, `tietosisältö|henkilötietoryhm|kerättävät henkilötied|käsiteltävät henkilötied|mitä henkilötietoja|mitä tietoja|henkilötiedot$`},
		{sv, `kategorier av personuppgifter|vilka personuppgifter|vilken personlig data|personuppgifter som behandlas`},
		{en, `data content|personal data processed|categories of personal data|what (personal )?data|data we collect|information we collect|data contents|personal data$`},
		{de, `umfang der (daten)?verarbeitung|art der verarbeiteten daten|welche (personenbezogenen )?daten|kategorien (personenbezogener|von) daten|verarbeitete daten|erhobene daten`},
		{nl, `welke (persoons)?gegevens|categorieën (van )?persoonsgegevens|persoonsgegevens die (wij|we) verwerken`}}},
	{topicController, []pattern{
		{fi, `rekisterinpitäjä|rekisterinpitäjät`},
		{sv, `personuppgiftsansvarig`},
		{en, `\bcontrollers?\b|the controller|data controller`},
		{de, `verantwortlich`},
		{nl, `verantwoordelijk`}}},
	{topicIntro, []pattern{
		{fi, `^(yleistä|yleiskuvaus|johdanto)$`},
		{sv, `^(allmänt|inledning)$`},
		{en, `^(general|introduction|description of the service|about this (notice|privacy notice))$`},
		{de, `^(allgemeines|allgemeine informationen|einleitung|allgemeines zur datenverarbeitung)$`},
		{nl, `^(algemeen|inleiding)$|^over `}}},
	{topicTitle, []pattern{
		{fi, `^(tietosuojaseloste|tietosuojailmoitus|rekisteriseloste|henkilörekisteriseloste|seloste henkilötietojen käsittelystä|yhdistetty rekisteriseloste|tietoa )`},
		{sv, `^(dataskyddsbeskrivning|dataskyddsmeddelande|registerbeskrivning|integritetspolicy|behandling av personuppgifter|om )`},
		{en, `^(privacy notice|privacy statement|privacy policy|privacy|about )`},
		{de, `^(datenschutzerklärung|datenschutzhinweise|datenschutzinformation|datenschutz$|hinweise zum datenschutz|informationen zum datenschutz)`},
		{nl, `^(privacyverklaring|privacyreglement|privacybeleid|privacystatement)`}}},
}

// headingRules are the rows of headingTable, compiled.
var headingRules = func() []headingRule {
	out := make([]headingRule, len(headingTable))
	for i, r := range headingTable {
		out[i] = headingRule{re: regexp.MustCompile(altSource(r.pats)), topic: r.topic}
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
