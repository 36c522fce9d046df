package notice

import (
	"slices"

	"golang.org/x/text/language"
)

// An Authority is a supervisory authority of the European Economic Area
// (Art 51): the body with which a data subject may lodge a complaint
// (Art 77), and which a notice names under Art 13(2)(d) and 14(2)(e). A
// notice can refer to one by its Code instead of writing it out.
//
// An Authority in [Authorities] is read-only; the maps it holds are shared
// with the table and must not be modified.
type Authority struct {
	// Code is the key a notice uses to refer to the authority:
	//   - the ISO 3166-1 alpha-2 code of its country ("FI", "SE"), for the
	//     authority of a country; for Germany, "DE" is the federal
	//     authority (BfDI);
	//   - the ISO 3166-2 code of a German Land ("DE-HE"), for the authority
	//     of that Land;
	//   - that code with "-PUBLIC" or "-PRIVATE" appended where a Land has
	//     separate authorities for its public bodies and for private bodies:
	//     only Bavaria, "DE-BY-PUBLIC" (BayLfD) and "DE-BY-PRIVATE" (BayLDA);
	//     "DE-BY" alone names no authority;
	//   - "AX" for Åland, which ISO 3166-1 codes apart from Finland.
	Code string
	// Country is the ISO 3166-1 alpha-2 code of the country whose authority
	// it is ("DE" for every German authority, "AX" for Åland's).
	Country string
	// Names are the authority's names by language: in its own official
	// language(s) and in English; in Finnish and Swedish only where the
	// authority has an official name in that language. A renderer that
	// finds no name in its language uses the English name, then the name in
	// the authority's own language.
	Names map[language.Tag]string
	// Abbreviation is the authority's customary abbreviation ("IMY",
	// "BfDI"); "" where it has none.
	Abbreviation string
	// Competence says what the authority supervises where that is not every
	// controller in its country; "" otherwise. English.
	Competence string
	// URL is the authority's official web site.
	URL string
	// PostalAddress is the authority's postal address by language, lines
	// separated by ", "; empty where no confirmed address is held.
	PostalAddress map[language.Tag]string
	// Email is the authority's general e-mail address (its registry); ""
	// where none is confirmed.
	Email string
	// Phone is the authority's switchboard number in international form
	// ("+358 29 566 6700"); "" where none is confirmed.
	Phone string
	// Verified is true where every name and contact detail of the entry was
	// confirmed from the authority itself or the project's term sheet.
	Verified bool
}

var (
	bg = language.Bulgarian
	hr = language.Croatian
	cs = language.Czech
	da = language.Danish
	et = language.Estonian
	fr = language.French
	el = language.Greek
	hu = language.Hungarian
	it = language.Italian
	lv = language.Latvian
	lt = language.Lithuanian
	pl = language.Polish
	pt = language.Portuguese
	ro = language.Romanian
	sk = language.Slovak
	sl = language.Slovenian
	es = language.Spanish
	is = language.Icelandic
	nb = language.MustParse("nb") // Norwegian Bokmål
)

// names is shorthand for a table entry's names.
type names = map[language.Tag]string

// authorities is the table, sorted by Code. Read-only; Authorities returns
// a copy.
//
// Sources. Finland and Sweden: the project's term sheet (terminology.md
// section 4, from the authorities' own pages). Every other entry: the names
// and web sites as public lists of the EEA authorities give them (the web
// sites as the W3C Data Privacy Vocabulary's legal extensions, v2.3, list
// them, some still with http; Croatia's from another list, as the DPV's is
// wrong); the
// EDPB's list of its members, the reference for the official English names,
// was not available to check them, so those entries are not Verified.
var authorities = []Authority{
	{Code: "AT", Country: "AT", Names: names{de: "Datenschutzbehörde", en: "Austrian Data Protection Authority"},
		Abbreviation: "DSB", URL: "http://www.dsb.gv.at/"},
	// Åland's authority for the provincial and municipal administration
	// (term sheet section 4.3: name and web site confirmed; no Finnish or
	// English name, no contact details found). Private bodies on Åland fall
	// to the Finnish authority, by inference only.
	{Code: "AX", Country: "AX", Names: names{sv: "Datainspektionen"},
		Competence: "the provincial and municipal administration of Åland",
		URL:        "https://www.di.ax/", Verified: true},
	{Code: "BE", Country: "BE", Names: names{fr: "Autorité de protection des données", nl: "Gegevensbeschermingsautoriteit", de: "Datenschutzbehörde", en: "Belgian Data Protection Authority"},
		Abbreviation: "APD/GBA", URL: "https://www.dataprotectionauthority.be/"},
	{Code: "BG", Country: "BG", Names: names{bg: "Комисия за защита на личните данни", en: "Commission for Personal Data Protection"},
		Abbreviation: "CPDP", URL: "https://www.cpdp.bg/"},
	{Code: "CY", Country: "CY", Names: names{el: "Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", en: "Commissioner for Personal Data Protection"},
		URL: "http://www.dataprotection.gov.cy/"},
	{Code: "CZ", Country: "CZ", Names: names{cs: "Úřad pro ochranu osobních údajů", en: "Office for Personal Data Protection"},
		Abbreviation: "ÚOOÚ", URL: "http://www.uoou.cz/"},
	{Code: "DE", Country: "DE", Names: names{de: "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit", en: "Federal Commissioner for Data Protection and Freedom of Information"},
		Abbreviation: "BfDI", Competence: "the federal public bodies, and providers of telecommunications and postal services",
		URL: "http://www.bfdi.bund.de/"},
	{Code: "DE-BB", Country: "DE", Names: names{de: "Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg", en: "State Commissioner for Data Protection and for the Right of Access to Files of Brandenburg"},
		Abbreviation: "LDA", Competence: "public and private bodies in Brandenburg", URL: "https://www.lda.brandenburg.de/"},
	{Code: "DE-BE", Country: "DE", Names: names{de: "Berliner Beauftragte für Datenschutz und Informationsfreiheit", en: "Berlin Commissioner for Data Protection and Freedom of Information"},
		Abbreviation: "BlnBDI", Competence: "public and private bodies in Berlin", URL: "https://www.datenschutz-berlin.de/"},
	{Code: "DE-BW", Country: "DE", Names: names{de: "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg", en: "State Commissioner for Data Protection and Freedom of Information Baden-Württemberg"},
		Abbreviation: "LfDI", Competence: "public and private bodies in Baden-Württemberg", URL: "https://www.baden-wuerttemberg.datenschutz.de/"},
	// Private bodies in Bavaria.
	{Code: "DE-BY-PRIVATE", Country: "DE", Names: names{de: "Bayerisches Landesamt für Datenschutzaufsicht", en: "Bavarian State Office for Data Protection Supervision"},
		Abbreviation: "BayLDA", Competence: "private bodies in Bavaria", URL: "https://www.lda.bayern.de/"},
	// Bavarian public bodies. The German name as the authority styles itself
	// (a Bavarian university's notice in the corpus cites it so, with this
	// web site).
	{Code: "DE-BY-PUBLIC", Country: "DE", Names: names{de: "Der Bayerische Landesbeauftragte für den Datenschutz", en: "Bavarian State Commissioner for Data Protection"},
		Abbreviation: "BayLfD", Competence: "the public bodies of Bavaria", URL: "https://www.datenschutz-bayern.de/"},
	{Code: "DE-HB", Country: "DE", Names: names{de: "Landesbeauftragte für Datenschutz und Informationsfreiheit der Freien Hansestadt Bremen", en: "State Commissioner for Data Protection and Freedom of Information of the Free Hanseatic City of Bremen"},
		Competence: "public and private bodies in Bremen", URL: "https://www.datenschutz.bremen.de/"},
	{Code: "DE-HE", Country: "DE", Names: names{de: "Hessische Beauftragte für Datenschutz und Informationsfreiheit", en: "Hessian Commissioner for Data Protection and Freedom of Information"},
		Abbreviation: "HBDI", Competence: "public and private bodies in Hesse", URL: "https://www.datenschutz.hessen.de/"},
	{Code: "DE-HH", Country: "DE", Names: names{de: "Hamburgische Beauftragte für Datenschutz und Informationsfreiheit", en: "Hamburg Commissioner for Data Protection and Freedom of Information"},
		Abbreviation: "HmbBfDI", Competence: "public and private bodies in Hamburg", URL: "https://www.datenschutz-hamburg.de/"},
	{Code: "DE-MV", Country: "DE", Names: names{de: "Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern", en: "State Commissioner for Data Protection and Freedom of Information Mecklenburg-Western Pomerania"},
		Competence: "public and private bodies in Mecklenburg-Western Pomerania", URL: "https://www.datenschutz-mv.de/"},
	{Code: "DE-NI", Country: "DE", Names: names{de: "Landesbeauftragte für den Datenschutz Niedersachsen", en: "State Commissioner for Data Protection Lower Saxony"},
		Abbreviation: "LfD", Competence: "public and private bodies in Lower Saxony", URL: "https://www.lfd.niedersachsen.de/"},
	{Code: "DE-NW", Country: "DE", Names: names{de: "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen", en: "State Commissioner for Data Protection and Freedom of Information North Rhine-Westphalia"},
		Abbreviation: "LDI NRW", Competence: "public and private bodies in North Rhine-Westphalia", URL: "https://www.ldi.nrw.de/"},
	{Code: "DE-RP", Country: "DE", Names: names{de: "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz", en: "State Commissioner for Data Protection and Freedom of Information Rhineland-Palatinate"},
		Abbreviation: "LfDI", Competence: "public and private bodies in Rhineland-Palatinate", URL: "https://www.datenschutz.rlp.de/"},
	{Code: "DE-SH", Country: "DE", Names: names{de: "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein", en: "Independent Centre for Privacy Protection Schleswig-Holstein"},
		Abbreviation: "ULD", Competence: "public and private bodies in Schleswig-Holstein", URL: "https://www.datenschutzzentrum.de/"},
	{Code: "DE-SL", Country: "DE", Names: names{de: "Unabhängiges Datenschutzzentrum Saarland", en: "Independent Data Protection Centre Saarland"},
		Competence: "public and private bodies in Saarland", URL: "https://www.datenschutz.saarland.de/"},
	// The German name and the web site changed in recent years; neither was
	// confirmed (the site is the one the DPV lists).
	{Code: "DE-SN", Country: "DE", Names: names{de: "Sächsische Datenschutz- und Transparenzbeauftragte", en: "Saxon Data Protection and Transparency Commissioner"},
		Competence: "public and private bodies in Saxony", URL: "https://www.saechsdsb.de/"},
	{Code: "DE-ST", Country: "DE", Names: names{de: "Landesbeauftragter für den Datenschutz Sachsen-Anhalt", en: "State Commissioner for Data Protection Saxony-Anhalt"},
		Competence: "public and private bodies in Saxony-Anhalt", URL: "https://datenschutz.sachsen-anhalt.de/"},
	{Code: "DE-TH", Country: "DE", Names: names{de: "Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit", en: "Thuringian State Commissioner for Data Protection and Freedom of Information"},
		Abbreviation: "TLfDI", Competence: "public and private bodies in Thuringia", URL: "https://www.tlfdi.de/"},
	{Code: "DK", Country: "DK", Names: names{da: "Datatilsynet", en: "Danish Data Protection Agency"},
		URL: "http://www.datatilsynet.dk/"},
	{Code: "EE", Country: "EE", Names: names{et: "Andmekaitse Inspektsioon", en: "Estonian Data Protection Inspectorate"},
		Abbreviation: "AKI", URL: "http://www.aki.ee/"},
	{Code: "ES", Country: "ES", Names: names{es: "Agencia Española de Protección de Datos", en: "Spanish Data Protection Agency"},
		Abbreviation: "AEPD", URL: "https://www.aepd.es/"},
	// Term sheet section 4.1 (tietosuoja.fi, fi, sv and en contact pages).
	// The statutory authority is the Data Protection Ombudsman
	// (tietosuojavaltuutettu, dataombudsmannen) and the Office is its agency
	// (legal review 1.4, item 4); both names are acceptable in a notice, and
	// the Office's is the one its contact pages give.
	{Code: "FI", Country: "FI", Names: names{fi: "Tietosuojavaltuutetun toimisto", sv: "Dataombudsmannens byrå", en: "Office of the Data Protection Ombudsman"},
		URL:           "https://tietosuoja.fi",
		PostalAddress: names{fi: "PL 800, 00531 Helsinki", sv: "PB 800, 00531 Helsingfors", en: "PL 800, 00531 Helsinki, Finland"},
		Email:         "tietosuoja@om.fi", Phone: "+358 29 566 6700", Verified: true},
	{Code: "FR", Country: "FR", Names: names{fr: "Commission nationale de l'informatique et des libertés", en: "National Commission on Informatics and Liberty"},
		Abbreviation: "CNIL", URL: "http://www.cnil.fr/"},
	{Code: "GR", Country: "GR", Names: names{el: "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", en: "Hellenic Data Protection Authority"},
		URL: "http://www.dpa.gr/"},
	{Code: "HR", Country: "HR", Names: names{hr: "Agencija za zaštitu osobnih podataka", en: "Croatian Personal Data Protection Agency"},
		Abbreviation: "AZOP", URL: "https://azop.hr/"},
	{Code: "HU", Country: "HU", Names: names{hu: "Nemzeti Adatvédelmi és Információszabadság Hatóság", en: "Hungarian National Authority for Data Protection and Freedom of Information"},
		Abbreviation: "NAIH", URL: "https://www.naih.hu/"},
	{Code: "IE", Country: "IE", Names: names{en: "Data Protection Commission"},
		Abbreviation: "DPC", URL: "https://www.dataprotection.ie/"},
	{Code: "IS", Country: "IS", Names: names{is: "Persónuvernd", en: "Icelandic Data Protection Authority"},
		URL: "https://www.personuvernd.is/"},
	{Code: "IT", Country: "IT", Names: names{it: "Garante per la protezione dei dati personali", en: "Italian Data Protection Authority"},
		URL: "http://www.garanteprivacy.it/"},
	{Code: "LI", Country: "LI", Names: names{de: "Datenschutzstelle", en: "Data Protection Authority of Liechtenstein"},
		URL: "https://www.datenschutzstelle.li/"},
	{Code: "LT", Country: "LT", Names: names{lt: "Valstybinė duomenų apsaugos inspekcija", en: "State Data Protection Inspectorate"},
		Abbreviation: "VDAI", URL: "https://vdai.lrv.lt/"},
	{Code: "LU", Country: "LU", Names: names{fr: "Commission nationale pour la protection des données", en: "National Commission for Data Protection"},
		Abbreviation: "CNPD", URL: "http://www.cnpd.lu/"},
	{Code: "LV", Country: "LV", Names: names{lv: "Datu valsts inspekcija", en: "Data State Inspectorate"},
		Abbreviation: "DVI", URL: "http://www.dvi.gov.lv/"},
	{Code: "MT", Country: "MT", Names: names{en: "Information and Data Protection Commissioner"},
		Abbreviation: "IDPC", URL: "https://idpc.org.mt/"},
	{Code: "NL", Country: "NL", Names: names{nl: "Autoriteit Persoonsgegevens", en: "Dutch Data Protection Authority"},
		Abbreviation: "AP", URL: "https://autoriteitpersoonsgegevens.nl/"},
	{Code: "NO", Country: "NO", Names: names{nb: "Datatilsynet", en: "Norwegian Data Protection Authority"},
		URL: "http://www.datatilsynet.no/"},
	{Code: "PL", Country: "PL", Names: names{pl: "Urząd Ochrony Danych Osobowych", en: "Personal Data Protection Office"},
		Abbreviation: "UODO", URL: "https://uodo.gov.pl/"},
	{Code: "PT", Country: "PT", Names: names{pt: "Comissão Nacional de Proteção de Dados", en: "National Data Protection Commission"},
		Abbreviation: "CNPD", URL: "http://www.cnpd.pt/"},
	{Code: "RO", Country: "RO", Names: names{ro: "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal", en: "National Supervisory Authority for Personal Data Processing"},
		Abbreviation: "ANSPDCP", URL: "http://www.dataprotection.ro/"},
	// Term sheet section 4.2 (imy.se): the Swedish and English names and the
	// postal address. No official Finnish name exists; the telephone number
	// and general e-mail address were not confirmed and are left out.
	{Code: "SE", Country: "SE", Names: names{sv: "Integritetsskyddsmyndigheten", en: "Swedish Authority for Privacy Protection"},
		Abbreviation: "IMY", URL: "https://www.imy.se",
		PostalAddress: names{sv: "Box 8114, 104 20 Stockholm", en: "Box 8114, 104 20 Stockholm, Sweden"},
		Verified:      true},
	{Code: "SI", Country: "SI", Names: names{sl: "Informacijski pooblaščenec", en: "Information Commissioner of the Republic of Slovenia"},
		Abbreviation: "IP", URL: "https://www.ip-rs.si/"},
	{Code: "SK", Country: "SK", Names: names{sk: "Úrad na ochranu osobných údajov Slovenskej republiky", en: "Office for Personal Data Protection of the Slovak Republic"},
		URL: "http://www.dataprotection.gov.sk/"},
}

// Authorities returns the built-in table of the EEA supervisory authorities,
// sorted by Code: one for each EU Member State, Iceland, Liechtenstein and
// Norway, with Germany's federal authority and those of its Länder (two in
// Bavaria), and Åland's. Spain's regional authorities (Catalonia, the
// Basque Country, Andalusia) are not in it yet. The slice is a copy; the
// maps in it are shared with the table and must not be modified.
func Authorities() []Authority { return slices.Clone(authorities) }

// LookupAuthority returns the authority with the given code (see
// [Authority].Code: "FI", "DE-HE", "DE-BY-PUBLIC"), or false where there is
// none. Codes are matched exactly, upper case.
func LookupAuthority(code string) (Authority, bool) {
	i, ok := slices.BinarySearchFunc(authorities, code, func(a Authority, c string) int {
		switch {
		case a.Code < c:
			return -1
		case a.Code > c:
			return 1
		}
		return 0
	})
	if !ok {
		return Authority{}, false
	}
	return authorities[i], true
}
