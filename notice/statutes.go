package notice

import "golang.org/x/text/language"

var (
	fi = language.Finnish
	sv = language.Swedish
	en = language.English
)

// Statutes is the built-in table of the acts that notices cite, by
// jurisdiction and number, with their names in Finnish, Swedish and English. The English
// names are customary translations, not official ones.
var Statutes = []Statute{
	{Jurisdiction: "FI", Number: "1050/2018", Names: map[language.Tag]string{fi: "tietosuojalaki", sv: "dataskyddslag", en: "Data Protection Act"},
		CiteNames: map[language.Tag]string{fi: "tietosuojalain", sv: "dataskyddslagen", en: "the Data Protection Act"},
		Verified:  true},
	{Jurisdiction: "FI", Number: "621/1999", Names: map[language.Tag]string{fi: "laki viranomaisten toiminnan julkisuudesta", sv: "lag om offentlighet i myndigheternas verksamhet", en: "Act on the Openness of Government Activities"},
		CiteNames: map[language.Tag]string{fi: "viranomaisten toiminnan julkisuudesta annetun lain", sv: "lagen om offentlighet i myndigheternas verksamhet", en: "the Act on the Openness of Government Activities"},
		Verified:  true},
	{Jurisdiction: "FI", Number: "917/2014", Names: map[language.Tag]string{fi: "laki sähköisen viestinnän palveluista", sv: "lag om tjänster inom elektronisk kommunikation", en: "Act on Electronic Communications Services"},
		CiteNames: map[language.Tag]string{fi: "sähköisen viestinnän palveluista annetun lain", sv: "lagen om tjänster inom elektronisk kommunikation", en: "the Act on Electronic Communications Services"},
		Verified:  false},
	{Jurisdiction: "FI", Number: "628/1998", Names: map[language.Tag]string{fi: "perusopetuslaki", sv: "lag om grundläggande utbildning", en: "Basic Education Act"},
		CiteNames: map[language.Tag]string{fi: "perusopetuslain", sv: "lagen om grundläggande utbildning", en: "the Basic Education Act"},
		Verified:  true},
	{Jurisdiction: "FI", Number: "852/1998", Names: map[language.Tag]string{fi: "perusopetusasetus", sv: "förordning om grundläggande utbildning", en: "Basic Education Decree"},
		CiteNames: map[language.Tag]string{fi: "perusopetusasetuksen", sv: "förordningen om grundläggande utbildning", en: "the Basic Education Decree"},
		Verified:  false},
	{Jurisdiction: "FI", Number: "884/2017", Names: map[language.Tag]string{fi: "laki valtakunnallisista opinto- ja tutkintorekistereistä", sv: "lag om nationella studie- och examensregister", en: "Act on National Registers of Studies and Degrees"},
		CiteNames: map[language.Tag]string{fi: "valtakunnallisista opinto- ja tutkintorekistereistä annetun lain", sv: "lagen om nationella studie- och examensregister", en: "the Act on National Registers of Studies and Degrees"},
		Verified:  true},
	{Jurisdiction: "FI", Number: "280/2004", Names: map[language.Tag]string{fi: "tilastolaki", sv: "statistiklag", en: "Statistics Act"},
		CiteNames: map[language.Tag]string{fi: "tilastolain", sv: "statistiklagen", en: "the Statistics Act"},
		Verified:  false},
}
