package tilt

import (
	"regexp"
	"strings"

	"github.com/seloste/seloste/notice"
)

// A legalRef is one provision a TILT legal-basis reference names: a point
// of Art 6(1) or Art 9(2) of the GDPR, or a provision of an act of the
// statute table.
type legalRef struct {
	basis     notice.LegalBasis       // a point of Art 6(1), or ""
	condition notice.SpecialCondition // a point of Art 9(2), or ""
	law       *notice.LawRef          // a provision of an act, or nil
}

// gdprNames are the short titles a TILT reference gives the GDPR: TILT's
// own "GDPR" and the German "DSGVO".
var gdprNames = map[string]bool{"GDPR": true, "DSGVO": true, "DSGVOE": true, "EUDSGVO": true}

// codeRE matches a reference in TILT's own format: upper-case letters for
// the act, then hyphened numbers and lower-case letters for the place
// ("GDPR-6-1-a", "BDSG-26", "TMG-15-3").
var codeRE = regexp.MustCompile(`^([A-Z]+)((?:-[0-9]+[a-z]?|-[a-z])*)$`)

// parseCode reads a reference in TILT's format. It returns ok false when
// the text is not in that format, and no refs when it is but names nothing
// the library knows.
func parseCode(s string) (refs []legalRef, ok bool) {
	m := codeRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return nil, false
	}
	act, parts := m[1], strings.Split(strings.TrimPrefix(m[2], "-"), "-")
	if m[2] == "" {
		parts = nil
	}
	if gdprNames[act] {
		if r, ok := gdprPoint(parts); ok {
			return []legalRef{r}, true
		}
		return nil, true
	}
	if l, ok := lawByAbbreviation(act, parts); ok {
		return []legalRef{{law: l}}, true
	}
	return nil, true
}

// gdprPoint reads article, paragraph and point: 6-1-a is Art 6(1)(a), 9-2-j
// is Art 9(2)(j).
func gdprPoint(parts []string) (legalRef, bool) {
	if len(parts) != 3 || len(parts[2]) != 1 {
		return legalRef{}, false
	}
	switch {
	case parts[0] == "6" && parts[1] == "1":
		if b, ok := art6[parts[2]]; ok {
			return legalRef{basis: b}, true
		}
	case parts[0] == "9" && parts[1] == "2":
		if c, ok := art9[parts[2]]; ok {
			return legalRef{condition: c}, true
		}
	}
	return legalRef{}, false
}

// art6 and art9 map the points of Art 6(1) and 9(2) to their codes, from
// the model's vocabularies.
var art6, art9 = pointCodes[notice.LegalBasis](&notice.LegalBasisVocabulary, "Art 6(1)("),
	pointCodes[notice.SpecialCondition](&notice.SpecialConditionVocabulary, "Art 9(2)(")

func pointCodes[T ~string](v *notice.Vocabulary, prefix string) map[string]T {
	out := map[string]T{}
	for _, t := range v.Terms {
		if p, ok := strings.CutPrefix(t.Article, prefix); ok {
			out[strings.TrimSuffix(p, ")")] = T(t.Code)
		}
	}
	return out
}

// lawByAbbreviation finds the act of the statute table with the
// abbreviation and reads the place: for an act divided into articles (the
// Union's) article, paragraph, point; otherwise section, subsection, item.
func lawByAbbreviation(abbr string, parts []string) (*notice.LawRef, bool) {
	for _, s := range notice.Statutes {
		if s.Abbreviation != abbr {
			continue
		}
		l := &notice.LawRef{Jurisdiction: s.Jurisdiction, Statute: s.Number, Abbreviation: s.Abbreviation}
		if len(parts) > 0 {
			if s.Jurisdiction == "EU" {
				l.Articles = []string{parts[0]}
			} else {
				l.Sections = []string{parts[0]}
			}
		}
		if len(parts) > 1 {
			l.Subsection = parts[1]
		}
		if len(parts) > 2 {
			l.Item = parts[2]
		}
		if len(parts) > 3 {
			return nil, false
		}
		return l, true
	}
	return nil, false
}

var (
	// proseArt6RE finds a point of Art 6(1) written out: "Art. 6 Abs. 1
	// lit. a", "Artikel 6 Absatz 1 Buchstabe b)", "Art. 6(1)(f)", "Art. 6
	// (1) f".
	proseArt6RE = regexp.MustCompile(`Art(?:ikel|\.)?\s*6\s*(?:Abs(?:atz|\.)?\s*1|\(\s*1\s*\))\s*(?:(?:lit\.?|Buchstabe)\s*)?\(?([a-f])\b\)?`)
	// proseSectionRE finds a section of a German act written out: "§ 26
	// BDSG", "§ 15 Abs. 3 TMG", "§ 7 Absatz 3 UWG".
	proseSectionRE = regexp.MustCompile(`§\s*(\d+[a-z]?)\s*(?:Abs(?:atz|\.)?\s*(\d+))?\s*(?:(?:Nr\.|Satz)\s*(\d+))?\s+([A-Z][A-Za-z]*[A-Z])\b`)
	// gdprMentionRE tells that a text speaks of the GDPR.
	gdprMentionRE = regexp.MustCompile(`DSGVO|DS-GVO|GDPR|2016/679|Datenschutz-Grundverordnung`)
)

// parseProse finds the provisions a reference written as prose names, in
// the order they are written: points of Art 6(1) where the text speaks of
// the GDPR, and sections of acts of the statute table.
func parseProse(s string) []legalRef {
	type found struct {
		at  int
		ref legalRef
	}
	var all []found
	if gdprMentionRE.MatchString(s) {
		for _, m := range proseArt6RE.FindAllStringSubmatchIndex(s, -1) {
			all = append(all, found{m[0], legalRef{basis: art6[s[m[2]:m[3]]]}})
		}
	}
	for _, m := range proseSectionRE.FindAllStringSubmatchIndex(s, -1) {
		parts := []string{s[m[2]:m[3]]}
		if m[4] >= 0 {
			parts = append(parts, s[m[4]:m[5]])
		}
		if m[6] >= 0 {
			if m[4] < 0 {
				continue // an item without a subsection: not a place this reads
			}
			parts = append(parts, s[m[6]:m[7]])
		}
		if l, ok := lawByAbbreviation(s[m[8]:m[9]], parts); ok {
			all = append(all, found{m[0], legalRef{law: l}})
		}
	}
	// In text order; the two searches are each in order already.
	for i := 1; i < len(all); i++ {
		for j := i; j > 0 && all[j].at < all[j-1].at; j-- {
			all[j], all[j-1] = all[j-1], all[j]
		}
	}
	out := make([]legalRef, len(all))
	for i, f := range all {
		out[i] = f.ref
	}
	return out
}

var (
	abbrRE  = regexp.MustCompile(`^[A-Z]+$`)
	placeRE = regexp.MustCompile(`^([0-9]+[a-z]?|[a-z])$`)
)

// lawCode writes a law reference in TILT's reference format, "BDSG-26-1",
// or reports false where TILT's format cannot hold it: the act needs an
// abbreviation of upper-case letters (its own or the statute table's), and
// the place at most one article or section, a subsection and an item of
// digits or a lower-case letter. The GDPR itself is written "GDPR".
func lawCode(l notice.LawRef, jurisdiction string) (string, bool) {
	abbr := l.Abbreviation
	if abbr == "" {
		if s, ok := notice.LookupStatute(jurisdiction, l.Statute); ok {
			abbr = s.Abbreviation
		}
	}
	if jurisdiction == "EU" && l.Statute == "2016/679" {
		abbr = "GDPR"
	}
	if !abbrRE.MatchString(abbr) || len(l.Sections)+len(l.Articles) > 1 || l.Chapter != "" || l.URL != "" || !l.Name.IsZero() {
		return "", false
	}
	if l.Abbreviation != "" && l.Statute == "" {
		return "", false // an act the statute table does not know: the import could not read it back
	}
	parts := []string{abbr}
	for _, p := range [][]string{l.Articles, l.Sections, {l.Subsection}, {l.Item}} {
		if len(p) == 1 && p[0] != "" {
			if !placeRE.MatchString(p[0]) {
				return "", false
			}
			parts = append(parts, p[0])
		}
	}
	if l.Item != "" && l.Subsection == "" {
		return "", false
	}
	code := strings.Join(parts, "-")
	// What the import reads back must be this very law reference.
	refs, ok := parseCode(code)
	if !ok || len(refs) != 1 || refs[0].law == nil || !sameLaw(*refs[0].law, l, jurisdiction) {
		return "", false
	}
	return code, true
}

func sameLaw(a, b notice.LawRef, jurisdiction string) bool {
	if b.Jurisdiction == "" {
		b.Jurisdiction = jurisdiction
	}
	if b.Abbreviation == "" {
		b.Abbreviation = a.Abbreviation
	}
	return a.Jurisdiction == b.Jurisdiction && a.Statute == b.Statute && a.Abbreviation == b.Abbreviation &&
		strings.Join(a.Sections, ",") == strings.Join(b.Sections, ",") && strings.Join(a.Articles, ",") == strings.Join(b.Articles, ",") &&
		a.Subsection == b.Subsection && a.Item == b.Item
}
