package notice

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// A LawRef references a provision of Union or national law: the act by its
// identifier in its jurisdiction's scheme, and optionally chapter, sections
// or articles, subsection and item. National law is referenced, not quoted;
// a renderer names the act from [Statutes] and cites it in the style of its
// jurisdiction.
type LawRef struct {
	// Jurisdiction is "EU" for Union law, the ISO 3166-1 alpha-2 code of the
	// country whose law it is, such as "FI" or "SE", or the ISO 3166-2 code of
	// a state with laws of its own, such as "DE-BY"; empty means the country
	// of the notice's controller (Art 6(3)).
	Jurisdiction string `json:"jurisdiction,omitempty" jsonschema:"pattern=^(EU|[A-Z]{2}(-[A-Z0-9]+)?)$"`
	// Statute is the act's identifier in its jurisdiction's scheme: the
	// Finnish number/year ("1050/2018"), the Swedish SFS year:number
	// ("2018:218"), the Union's year/number ("2016/679"), a Federal Law
	// Gazette reference ("BGBl. I Nr. 120/2002"), a CELEX number or an ELI (Art 6(3)).
	Statute string `json:"statute,omitempty"`
	// Name is the act's name as the notice gives it, used where the act is not
	// in [Statutes] or where the notice uses another name (Art 6(3)).
	Name Name `json:"name,omitempty"`
	// Abbreviation is the act's short title as the notice gives it, such as
	// "BDSG" or "UG 2002", for citation styles that use one (Art 6(3)).
	Abbreviation string `json:"abbreviation,omitempty"`
	// Chapter is the chapter number ("luku", "kap.") (Art 6(3)).
	Chapter string `json:"chapter,omitempty"`
	// Sections are the section numbers ("§", "Paragraph"); more than one means each of them (Art 6(3)).
	Sections []string `json:"sections,omitempty"`
	// Articles are the article numbers, for acts divided into articles (Union
	// acts, the Dutch and the German Basic Law's "Artikel") (Art 6(3)).
	Articles []string `json:"articles,omitempty"`
	// Subsection is the subsection or paragraph number ("momentti", "mom.", "Abs.") (Art 6(3)).
	Subsection string `json:"subsection,omitempty"`
	// Item is the item or point number ("kohta", "punkten", "Nr.", "point") (Art 6(3)).
	Item string `json:"item,omitempty"`
	// URL is the provision's address in an official collection (Finlex, EUR-Lex ELI, riksdagen.se) (Art 6(3)).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
}

// LawJurisdiction returns the jurisdiction of l: its own, or else the
// country of the notice's controller, or "" when neither is given.
func (n *Notice) LawJurisdiction(l LawRef) string {
	if l.Jurisdiction != "" {
		return l.Jurisdiction
	}
	if n.Controller != nil {
		return n.Controller.Country
	}
	return ""
}

// A Statute is an entry of the built-in statute table: an act of a
// jurisdiction, with its names in the languages the catalog supports (and in
// its own language where that is another).
type Statute struct {
	// Jurisdiction is "EU" for Union law, the ISO 3166-1 alpha-2 code of
	// the country whose act it is, such as "FI" or "SE", or the ISO 3166-2
	// code of a federal state whose act it is, such as "DE-BY".
	Jurisdiction string
	// Number is the act's identifier in its jurisdiction's scheme: the
	// Finnish number/year ("1050/2018"), the Swedish SFS year:number
	// ("2018:218"), the Union's year/number ("2016/679"); see
	// [CheckStatuteNumber] for every scheme the library checks.
	Number string
	// Names are the act's current names by language, in the nominative.
	Names map[language.Tag]string
	// CiteNames are the forms a citation with a section uses: Finnish in the
	// genitive ("tietosuojalain"), Swedish in the definite form
	// ("dataskyddslagen"), English with the article.
	CiteNames map[language.Tag]string
	// Abbreviation is the act's official short title or abbreviation, used in
	// the citation style of its jurisdiction ("BDSG", "UG 2002"); "" where the
	// style uses none.
	Abbreviation string
	// FormerAbbreviations are abbreviations the act had before it was
	// renamed, by which older notices still cite it ("TTDSG" for the TDDDG).
	FormerAbbreviations []string
	// URL is the act's address in its jurisdiction's official collection
	// (Finlex, EUR-Lex, riksdagen.se, RIS, gesetze-im-internet.de).
	URL string
	// Verified is true where the act's number and each of its official
	// names (see [Statutes] for which names are official in each
	// jurisdiction) were confirmed from an official source; unofficial
	// translations are not part of it.
	Verified bool
}

// LookupStatute returns the built-in entry for an act of jurisdiction ("EU",
// an ISO 3166-1 alpha-2 or an ISO 3166-2 code) by its number in that
// jurisdiction's scheme.
func LookupStatute(jurisdiction, number string) (Statute, bool) {
	for _, s := range Statutes {
		if s.Jurisdiction == jurisdiction && s.Number == number {
			return s, true
		}
	}
	return Statute{}, false
}

// FindStatute returns the built-in act of jurisdiction that a notice names
// by its abbreviation, a former abbreviation, one of its names or the form a
// citation uses ("arkivlagen"), ignoring case and spacing, for a law
// reference that gives no number ("§ 25 TTDSG"). A country's search takes
// in the acts of its states after its own.
func FindStatute(jurisdiction, name string) (Statute, bool) {
	key := strings.Join(strings.Fields(strings.ToLower(name)), " ")
	if key == "" {
		return Statute{}, false
	}
	same := func(s string) bool { return strings.Join(strings.Fields(strings.ToLower(s)), " ") == key }
	// The jurisdiction's own acts first, then those of its states ("DE" finds
	// the Bavarian "BayDSG" of "DE-BY").
	for _, own := range []bool{true, false} {
		for _, s := range Statutes {
			if own && s.Jurisdiction != jurisdiction || !own && !strings.HasPrefix(s.Jurisdiction, jurisdiction+"-") {
				continue
			}
			if same(s.Abbreviation) || slices.ContainsFunc(s.FormerAbbreviations, same) {
				return s, true
			}
			for _, names := range []map[language.Tag]string{s.Names, s.CiteNames} {
				for _, n := range names {
					if same(n) {
						return s, true
					}
				}
			}
		}
	}
	return Statute{}, false
}
