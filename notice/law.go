package notice

import (
	"golang.org/x/text/language"
)

// A LawRef references a provision of Union or national law: the statute by
// its number, and optionally chapter, section, subsection and item. National
// law is referenced, not quoted; a renderer names the statute from
// [Statutes] in each language's citation style.
type LawRef struct {
	// Statute is the statute's number, such as "1050/2018" (a Finnish statute)
	// or "2016/679" (a Union regulation) (Art 6(3)).
	Statute string `json:"statute,omitempty" jsonschema:"pattern=^[0-9][0-9]?[0-9]?[0-9]?/[0-9]{4}$"`
	// Name is the statute's name as the notice gives it, used where the statute
	// is not in [Statutes] or where the notice uses another name (Art 6(3)).
	Name Text `json:"name,omitempty"`
	// Chapter is the chapter number ("luku", "kap.") (Art 6(3)).
	Chapter string `json:"chapter,omitempty"`
	// Sections are the section numbers ("§"); more than one means each of them (Art 6(3)).
	Sections []string `json:"sections,omitempty"`
	// Subsection is the subsection number ("momentti", "mom.") (Art 6(3)).
	Subsection string `json:"subsection,omitempty"`
	// Item is the item or paragraph number ("kohta", "punkten") (Art 6(3)).
	Item string `json:"item,omitempty"`
}

// A Statute is an entry of the built-in statute table.
type Statute struct {
	// Number is the statute's number, such as "1050/2018".
	Number string
	// Names are the statute's current names by language, in the nominative.
	Names map[language.Tag]string
	// CiteNames are the forms a citation with a section uses: Finnish in the
	// genitive ("tietosuojalain"), Swedish in the definite form
	// ("dataskyddslagen"), English with the article.
	CiteNames map[language.Tag]string
	// Verified is false where the name in some language was not confirmed
	// from an official source.
	Verified bool
}

var (
	fi = language.Finnish
	sv = language.Swedish
	en = language.English
)

// Statutes is the built-in table of the Finnish statutes the bundled
// notices cite, with their names in Finnish, Swedish and English. The English
// names are customary translations, not official ones.
var Statutes = []Statute{
	{"1050/2018",
		map[language.Tag]string{fi: "tietosuojalaki", sv: "dataskyddslag", en: "Data Protection Act"},
		map[language.Tag]string{fi: "tietosuojalain", sv: "dataskyddslagen", en: "the Data Protection Act"}, true},
	{"621/1999",
		map[language.Tag]string{fi: "laki viranomaisten toiminnan julkisuudesta", sv: "lag om offentlighet i myndigheternas verksamhet", en: "Act on the Openness of Government Activities"},
		map[language.Tag]string{fi: "viranomaisten toiminnan julkisuudesta annetun lain", sv: "lagen om offentlighet i myndigheternas verksamhet", en: "the Act on the Openness of Government Activities"}, true},
	{"917/2014",
		map[language.Tag]string{fi: "laki sähköisen viestinnän palveluista", sv: "lag om tjänster inom elektronisk kommunikation", en: "Act on Electronic Communications Services"},
		map[language.Tag]string{fi: "sähköisen viestinnän palveluista annetun lain", sv: "lagen om tjänster inom elektronisk kommunikation", en: "the Act on Electronic Communications Services"}, false},
	{"628/1998",
		map[language.Tag]string{fi: "perusopetuslaki", sv: "lag om grundläggande utbildning", en: "Basic Education Act"},
		map[language.Tag]string{fi: "perusopetuslain", sv: "lagen om grundläggande utbildning", en: "the Basic Education Act"}, true},
	{"852/1998",
		map[language.Tag]string{fi: "perusopetusasetus", sv: "förordning om grundläggande utbildning", en: "Basic Education Decree"},
		map[language.Tag]string{fi: "perusopetusasetuksen", sv: "förordningen om grundläggande utbildning", en: "the Basic Education Decree"}, false},
	{"884/2017",
		map[language.Tag]string{fi: "laki valtakunnallisista opinto- ja tutkintorekistereistä", sv: "lag om nationella studie- och examensregister", en: "Act on National Registers of Studies and Degrees"},
		map[language.Tag]string{fi: "valtakunnallisista opinto- ja tutkintorekistereistä annetun lain", sv: "lagen om nationella studie- och examensregister", en: "the Act on National Registers of Studies and Degrees"}, true},
	{"280/2004",
		map[language.Tag]string{fi: "tilastolaki", sv: "statistiklag", en: "Statistics Act"},
		map[language.Tag]string{fi: "tilastolain", sv: "statistiklagen", en: "the Statistics Act"}, false},
}

// LookupStatute returns the built-in entry for a statute number.
func LookupStatute(number string) (Statute, bool) {
	for _, s := range Statutes {
		if s.Number == number {
			return s, true
		}
	}
	return Statute{}, false
}
