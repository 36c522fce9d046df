package notice

import "golang.org/x/text/language"

var (
	fi = language.Finnish
	sv = language.Swedish
	en = language.English
	de = language.German
	nl = language.Dutch
)

// Statutes is the built-in table of the acts that notices cite, by
// jurisdiction and number (see [Statute] and [LookupStatute]). Each entry
// names the act in the languages the catalog supports (fi, sv, en) where
// such a name exists, and in the act's own language where that is another
// (de, nl).
//
// Which names are official differs by jurisdiction:
//   - Finnish acts have official names in Finnish and Swedish, both as
//     published in the Statute Book (Finlex); the English names are
//     unofficial translations, the customary ones, not yet checked against
//     the titles of Finlex's unofficial translations.
//   - Swedish acts have an official name in Swedish only; English names are
//     unofficial translations, and no Finnish names are given.
//   - Acts of the Union have official names in every official language; the
//     table gives the short titles of the act's own title in fi, sv and en.
//   - Austrian, German and Dutch acts have an official name in German or
//     Dutch only; English names are unofficial translations.
//
// An entry is Verified where each of its official names (and its number)
// was confirmed from an official source; a comment on each entry that is
// not says what is unconfirmed. The table is read-only: callers must not
// modify it.
var Statutes = []Statute{
	// --- Finland (FI): number/year of the Statute Book.

	{Jurisdiction: "FI", Number: "1050/2018", Names: map[language.Tag]string{fi: "tietosuojalaki", sv: "dataskyddslag", en: "Data Protection Act"},
		CiteNames: map[language.Tag]string{fi: "tietosuojalain", sv: "dataskyddslagen", en: "the Data Protection Act"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2018/20181050",
		Verified:  true},
	{Jurisdiction: "FI", Number: "621/1999", Names: map[language.Tag]string{fi: "laki viranomaisten toiminnan julkisuudesta", sv: "lag om offentlighet i myndigheternas verksamhet", en: "Act on the Openness of Government Activities"},
		CiteNames: map[language.Tag]string{fi: "viranomaisten toiminnan julkisuudesta annetun lain", sv: "lagen om offentlighet i myndigheternas verksamhet", en: "the Act on the Openness of Government Activities"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/1999/19990621",
		Verified:  true},
	// Unconfirmed: the Swedish name. The act was called tietoyhteiskuntakaari
	// (Information Society Code) until its renaming.
	{Jurisdiction: "FI", Number: "917/2014", Names: map[language.Tag]string{fi: "laki sähköisen viestinnän palveluista", sv: "lag om tjänster inom elektronisk kommunikation", en: "Act on Electronic Communications Services"},
		CiteNames: map[language.Tag]string{fi: "sähköisen viestinnän palveluista annetun lain", sv: "lagen om tjänster inom elektronisk kommunikation", en: "the Act on Electronic Communications Services"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2014/20140917"},
	{Jurisdiction: "FI", Number: "628/1998", Names: map[language.Tag]string{fi: "perusopetuslaki", sv: "lag om grundläggande utbildning", en: "Basic Education Act"},
		CiteNames: map[language.Tag]string{fi: "perusopetuslain", sv: "lagen om grundläggande utbildning", en: "the Basic Education Act"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/1998/19980628",
		Verified:  true},
	// Unconfirmed: the Finnish and Swedish names.
	{Jurisdiction: "FI", Number: "852/1998", Names: map[language.Tag]string{fi: "perusopetusasetus", sv: "förordning om grundläggande utbildning", en: "Basic Education Decree"},
		CiteNames: map[language.Tag]string{fi: "perusopetusasetuksen", sv: "förordningen om grundläggande utbildning", en: "the Basic Education Decree"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/1998/19980852"},
	{Jurisdiction: "FI", Number: "884/2017", Names: map[language.Tag]string{fi: "laki valtakunnallisista opinto- ja tutkintorekistereistä", sv: "lag om nationella studie- och examensregister", en: "Act on National Registers of Studies and Degrees"},
		CiteNames: map[language.Tag]string{fi: "valtakunnallisista opinto- ja tutkintorekistereistä annetun lain", sv: "lagen om nationella studie- och examensregister", en: "the Act on National Registers of Studies and Degrees"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2017/20170884",
		Verified:  true},
	// Unconfirmed: the Finnish and Swedish names.
	{Jurisdiction: "FI", Number: "280/2004", Names: map[language.Tag]string{fi: "tilastolaki", sv: "statistiklag", en: "Statistics Act"},
		CiteNames: map[language.Tag]string{fi: "tilastolain", sv: "statistiklagen", en: "the Statistics Act"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2004/20040280"},
	// Names confirmed (Parliament's reply EV 27/2017 vp; committee reports
	// KoUB 3/2017 rd and KoUB 28/2021 rd). Unconfirmed: the number, which is
	// issue 8's; no official source seen gives it beside the name.
	{Jurisdiction: "FI", Number: "320/2017", Names: map[language.Tag]string{fi: "laki liikenteen palveluista", sv: "lag om transportservice", en: "Act on Transport Services"},
		CiteNames: map[language.Tag]string{fi: "liikenteen palveluista annetun lain", sv: "lagen om transportservice", en: "the Act on Transport Services"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2017/20170320"},
	// Names and number confirmed on Finlex (fi: "26.5.1989/503 Yhdistyslaki";
	// sv: "503/1989 Föreningslag"). English name a customary translation.
	{Jurisdiction: "FI", Number: "503/1989", Names: map[language.Tag]string{fi: "yhdistyslaki", sv: "föreningslag", en: "Associations Act"},
		CiteNames: map[language.Tag]string{fi: "yhdistyslain", sv: "föreningslagen", en: "the Associations Act"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/1989/19890503", Verified: true},
	// Finnish name and number confirmed (Finlex 1336/1997). Unconfirmed: the
	// Swedish name; Finlex's Swedish "Bokföringslag" was seen only for the
	// repealed act 655/1973.
	{Jurisdiction: "FI", Number: "1336/1997", Names: map[language.Tag]string{fi: "kirjanpitolaki", sv: "bokföringslag", en: "Accounting Act"},
		CiteNames: map[language.Tag]string{fi: "kirjanpitolain", sv: "bokföringslagen", en: "the Accounting Act"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/1997/19971336"},
	// Finlex 831/1994 in Finnish and Swedish. A government bill (HE 169/2025
	// vp) proposes to replace the act with an arkistointilaki; whether it
	// was enacted is not known here.
	{Jurisdiction: "FI", Number: "831/1994", Names: map[language.Tag]string{fi: "arkistolaki", sv: "arkivlag", en: "Archives Act"},
		CiteNames: map[language.Tag]string{fi: "arkistolain", sv: "arkivlagen", en: "the Archives Act"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/1994/19940831",
		Verified:  true},
	// Government bill HE 284/2018 vp and RP 284/2018 rd (the names); the
	// number as the courts' own page cites it.
	{Jurisdiction: "FI", Number: "906/2019", Names: map[language.Tag]string{fi: "laki julkisen hallinnon tiedonhallinnasta", sv: "lag om informationshantering inom den offentliga förvaltningen", en: "Act on Information Management in Public Administration"},
		CiteNames: map[language.Tag]string{fi: "julkisen hallinnon tiedonhallinnasta annetun lain", sv: "lagen om informationshantering inom den offentliga förvaltningen", en: "the Act on Information Management in Public Administration"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2019/20190906",
		Verified:  true},
	// Finnish name and number confirmed (the Ministry of Justice; the
	// Statute Book's text). Unconfirmed from an official collection: the
	// Swedish name, seen as "förvaltningslagen (434/2003)" in a state
	// agency's decision templates only.
	{Jurisdiction: "FI", Number: "434/2003", Names: map[language.Tag]string{fi: "hallintolaki", sv: "förvaltningslag", en: "Administrative Procedure Act"},
		CiteNames: map[language.Tag]string{fi: "hallintolain", sv: "förvaltningslagen", en: "the Administrative Procedure Act"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2003/20030434"},
	// Names as the controller (a state agency) gives them in its Finnish and
	// Swedish notices; not seen in an official collection. The English name
	// is a rendering of ours.
	{Jurisdiction: "FI", Number: "50/2013", Names: map[language.Tag]string{fi: "laki rakennuksen energiatodistuksesta", sv: "lag om energicertifikat för byggnader", en: "Act on Energy Performance Certificates for Buildings"},
		CiteNames: map[language.Tag]string{fi: "rakennuksen energiatodistuksesta annetun lain", sv: "lagen om energicertifikat för byggnader", en: "the Act on Energy Performance Certificates for Buildings"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2013/20130050"},
	// As 50/2013: names from the controller's own notices only; whether
	// 147/2015 is an act of that name was not confirmed.
	{Jurisdiction: "FI", Number: "147/2015", Names: map[language.Tag]string{fi: "laki rakennusten energiatodistustietojärjestelmästä", sv: "lag om informationssystemet för byggnaders energicertifikat", en: "Act on the Information System for Energy Performance Certificates of Buildings"},
		CiteNames: map[language.Tag]string{fi: "rakennusten energiatodistustietojärjestelmästä annetun lain", sv: "lagen om informationssystemet för byggnaders energicertifikat", en: "the Act on the Information System for Energy Performance Certificates of Buildings"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2015/20150147"},
	// Names as the Ministry of Education and Culture gives them in its own
	// notice (Finnish and Swedish halves); not seen in an official
	// collection. The English name is customary, not confirmed.
	{Jurisdiction: "FI", Number: "262/2003", Names: map[language.Tag]string{fi: "valtioneuvoston ohjesääntö", sv: "statsrådets reglemente", en: "Government Rules of Procedure"},
		CiteNames: map[language.Tag]string{fi: "valtioneuvoston ohjesäännön", sv: "statsrådets reglemente", en: "the Government Rules of Procedure"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2003/20030262"},
	// As 262/2003.
	{Jurisdiction: "FI", Number: "310/2010", Names: map[language.Tag]string{fi: "valtioneuvoston asetus opetus- ja kulttuuriministeriöstä", sv: "statsrådets förordning om undervisnings- och kulturministeriet", en: "Government Decree on the Ministry of Education and Culture"},
		CiteNames: map[language.Tag]string{fi: "opetus- ja kulttuuriministeriöstä annetun valtioneuvoston asetuksen", sv: "statsrådets förordning om undervisnings- och kulturministeriet", en: "the Government Decree on the Ministry of Education and Culture"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2010/20100310"},
	// As 262/2003.
	{Jurisdiction: "FI", Number: "434/2018", Names: map[language.Tag]string{fi: "valtioneuvoston asetus kuorma- ja linja-auton kuljettajien ammattipätevyydestä", sv: "statsrådets förordning om yrkeskompetens för lastbils- och bussförare", en: "Government Decree on the Professional Competence of Lorry and Bus Drivers"},
		CiteNames: map[language.Tag]string{fi: "kuorma- ja linja-auton kuljettajien ammattipätevyydestä annetun valtioneuvoston asetuksen", sv: "statsrådets förordning om yrkeskompetens för lastbils- och bussförare", en: "the Government Decree on the Professional Competence of Lorry and Bus Drivers"},
		URL:       "https://www.finlex.fi/fi/laki/ajantasa/2018/20180434"},

	// --- Sweden (SE): SFS year:number. Addresses on riksdagen.se were not
	// confirmed and are left out.

	// The Government Offices' legal database (title and SFS number);
	// the Riksdag calls it dataskyddslagen. English name unofficial.
	{Jurisdiction: "SE", Number: "2018:218", Names: map[language.Tag]string{sv: "lag med kompletterande bestämmelser till EU:s dataskyddsförordning", en: "Act containing supplementary provisions to the EU General Data Protection Regulation"},
		CiteNames: map[language.Tag]string{sv: "dataskyddslagen", en: "the Act containing supplementary provisions to the EU General Data Protection Regulation"},
		Verified:  true},
	// The Government Offices' legal database (title, SFS number, the
	// abbreviation OSL). English name unofficial.
	{Jurisdiction: "SE", Number: "2009:400", Names: map[language.Tag]string{sv: "offentlighets- och sekretesslag", en: "Public Access to Information and Secrecy Act"},
		CiteNames:    map[language.Tag]string{sv: "offentlighets- och sekretesslagen", en: "the Public Access to Information and Secrecy Act"},
		Abbreviation: "OSL",
		Verified:     true},
	// Unconfirmed: the number beside the name in an official source (the
	// corpus notice says only "arkivlagen"). English name unofficial.
	{Jurisdiction: "SE", Number: "1990:782", Names: map[language.Tag]string{sv: "arkivlag", en: "Archives Act"},
		CiteNames: map[language.Tag]string{sv: "arkivlagen", en: "the Archives Act"}},
	// Unconfirmed from an official source: name and number were seen
	// together on a legal blog only; the Riksdag names the act without its
	// number. A fundamental law (grundlag). English name unofficial.
	{Jurisdiction: "SE", Number: "1949:105", Names: map[language.Tag]string{sv: "tryckfrihetsförordning", en: "Freedom of the Press Act"},
		CiteNames: map[language.Tag]string{sv: "tryckfrihetsförordningen", en: "the Freedom of the Press Act"}},

	// --- European Union (EU).

	// Short titles from the act's own title in the Official Journal
	// (consolidated text CONSLEG 2016R0679, fi, sv, en).
	{Jurisdiction: "EU", Number: "2016/679", Names: map[language.Tag]string{fi: "yleinen tietosuoja-asetus", sv: "allmän dataskyddsförordning", en: "General Data Protection Regulation"},
		CiteNames: map[language.Tag]string{fi: "yleisen tietosuoja-asetuksen", sv: "dataskyddsförordningen", en: "the General Data Protection Regulation"},
		URL:       "http://data.europa.eu/eli/reg/2016/679/oj",
		Verified:  true},
	// The Finnish short title is confirmed (EUR-Lex, OJ L 201, 31.7.2002,
	// p. 37). Unconfirmed: the Swedish and English short titles.
	{Jurisdiction: "EU", Number: "2002/58/EC", Names: map[language.Tag]string{fi: "sähköisen viestinnän tietosuojadirektiivi", sv: "direktiv om integritet och elektronisk kommunikation", en: "Directive on privacy and electronic communications"},
		CiteNames: map[language.Tag]string{fi: "sähköisen viestinnän tietosuojadirektiivin", sv: "direktivet om integritet och elektronisk kommunikation", en: "the Directive on privacy and electronic communications"},
		URL:       "http://data.europa.eu/eli/dir/2002/58/oj"},

	// --- Austria (AT): Federal Law Gazette. RIS addresses were not
	// confirmed and are left out.

	// Name, abbreviation and gazette reference from a document of the
	// Austrian Parliament. English name unofficial.
	{Jurisdiction: "AT", Number: "BGBl. I Nr. 120/2002", Names: map[language.Tag]string{de: "Universitätsgesetz 2002", en: "Universities Act 2002"},
		CiteNames:    map[language.Tag]string{de: "des Universitätsgesetzes 2002", en: "the Universities Act 2002"},
		Abbreviation: "UG",
		Verified:     true},
	// The gazette reference is confirmed (RIS, as reproduced by a legal
	// publisher, under the act's former title Datenschutzgesetz 2000,
	// DSG 2000). Unconfirmed: the current title and abbreviation.
	{Jurisdiction: "AT", Number: "BGBl. I Nr. 165/1999", Names: map[language.Tag]string{de: "Datenschutzgesetz", en: "Data Protection Act"},
		CiteNames:    map[language.Tag]string{de: "des Datenschutzgesetzes", en: "the Data Protection Act"},
		Abbreviation: "DSG"},

	// --- Germany (DE): Federal Law Gazette; the abbreviation is what a
	// German citation uses ("§ 26 BDSG").

	// Name and gazette reference from secondary sources only (a legal
	// publisher's description; the W3C Data Privacy Vocabulary gives the
	// address). English name unofficial.
	{Jurisdiction: "DE", Number: "BGBl. I 2017 S. 2097", Names: map[language.Tag]string{de: "Bundesdatenschutzgesetz", en: "Federal Data Protection Act"},
		CiteNames:    map[language.Tag]string{de: "des Bundesdatenschutzgesetzes", en: "the Federal Data Protection Act"},
		Abbreviation: "BDSG",
		URL:          "https://www.gesetze-im-internet.de/bdsg_2018/"},
	// Called Telekommunikation-Telemedien-Datenschutz-Gesetz (TTDSG) until
	// Article 8 of the act of 6 May 2024 (BGBl. 2024 I Nr. 149) renamed it;
	// notices written before cite "§ 25 TTDSG". Name and gazette reference
	// from a reproduction of the official text (its "Vollzitat"), not from
	// gesetze-im-internet.de itself. English name a rendering of ours.
	{Jurisdiction: "DE", Number: "BGBl. I 2021 S. 1982", Names: map[language.Tag]string{de: "Telekommunikation-Digitale-Dienste-Datenschutz-Gesetz", en: "Telecommunications Digital Services Data Protection Act"},
		CiteNames:    map[language.Tag]string{de: "des Telekommunikation-Digitale-Dienste-Datenschutz-Gesetzes", en: "the Telecommunications Digital Services Data Protection Act"},
		Abbreviation: "TDDDG", FormerAbbreviations: []string{"TTDSG"}},
	// Repealed in 2024 (its successor is the Digitale-Dienste-Gesetz); kept
	// because notices still cite it. Unconfirmed: the gazette reference and
	// the repeal, neither seen in a source here.
	{Jurisdiction: "DE", Number: "BGBl. I 2007 S. 179", Names: map[language.Tag]string{de: "Telemediengesetz", en: "Telemedia Act"},
		CiteNames:    map[language.Tag]string{de: "des Telemediengesetzes", en: "the Telemedia Act"},
		Abbreviation: "TMG"},
	// Unconfirmed: the reference (the adjusted collection's classification
	// number, as the act's citation gives it). English name unofficial.
	{Jurisdiction: "DE", Number: "BGBl. III 4100-1", Names: map[language.Tag]string{de: "Handelsgesetzbuch", en: "Commercial Code"},
		CiteNames:    map[language.Tag]string{de: "des Handelsgesetzbuchs", en: "the Commercial Code"},
		Abbreviation: "HGB"},
	// Unconfirmed: the reference (the promulgation of the version of
	// 1 October 2002). English name unofficial.
	{Jurisdiction: "DE", Number: "BGBl. I 2002 S. 3866", Names: map[language.Tag]string{de: "Abgabenordnung", en: "Fiscal Code"},
		CiteNames:    map[language.Tag]string{de: "der Abgabenordnung", en: "the Fiscal Code"},
		Abbreviation: "AO"},

	// --- Bavaria (DE-BY): Law and Ordinance Gazette.

	// Unconfirmed: the gazette reference; name and abbreviation as the
	// corpus notice gives them. English name unofficial.
	{Jurisdiction: "DE-BY", Number: "GVBl. 2018 S. 230", Names: map[language.Tag]string{de: "Bayerisches Datenschutzgesetz", en: "Bavarian Data Protection Act"},
		CiteNames:    map[language.Tag]string{de: "des Bayerischen Datenschutzgesetzes", en: "the Bavarian Data Protection Act"},
		Abbreviation: "BayDSG"},

	// --- Netherlands (NL): identifier in the Basiswettenbestand.

	// Name and identifier as the Ministry's own notice gives them, with its
	// link to wetten.overheid.nl; the Staatsblad reference was not
	// confirmed. English name unofficial.
	{Jurisdiction: "NL", Number: "BWBR0024705", Names: map[language.Tag]string{nl: "Wet publieke gezondheid", en: "Public Health Act"},
		CiteNames: map[language.Tag]string{nl: "de Wet publieke gezondheid", en: "the Public Health Act"},
		URL:       "https://wetten.overheid.nl/BWBR0024705"},
}
