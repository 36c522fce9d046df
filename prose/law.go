package prose

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// Legal facts: citations of GDPR articles in the forms Finnish, Swedish and
// English notices write them ("6 artiklan 1 kohdan c alakohta", "artikel
// 6.1 e", "Article 6(1)(f)", "6.1 artiklan kohta c"), the legal bases named
// in words ("oikeutettu etu", "allmänt intresse", "consent"), and citations
// of national statutes ("tietosuojalain (1050/2018) 4 §", "(2018:218)"),
// each turned into its code or law reference.

// An article is one citation of a GDPR article: its number, paragraph and
// the points it names ("6(1)(c) and (e)" is one citation with two points).
type article struct {
	num, para string
	points    []string
}

var (
	// fi: "6 artiklan 1 kohdan c ja e-alakohta", "6 artiklan 1 kohdan c alakohta"
	fiArtRE = regexp.MustCompile(`(?i)\b(\d{1,2})\.?\s*artiklan\s+(\d)\s*(?:\.\s*)?kohdan\s+((?:[a-j](?:\s*(?:,|ja|tai)\s*)?)+)[\s-]*alakoh`)
	// fi: "6.1 artiklan kohta c", "6.1 artiklan c alakohta", "(GDPR, 6.1 artiklan kohta e)"
	fiArtDotRE = regexp.MustCompile(`(?i)\b(\d{1,2})\.(\d)\.?\s*artiklan\s+(?:kohta|kohdan|kohdat)?\s*((?:[a-j](?:\s*(?:,|ja|tai)\s*)?)+)\b`)
	// sv/en/fi/nl: "artikel 6.1 e", "Article 6.1 a and b", "artikla 6.1 c", "Art. 6.1 f"
	dotArtRE = regexp.MustCompile(`(?i)\b(?:artikel|article|artikla|art\.?)\s*(\d{1,2})\.(\d)\.?\s*((?:[a-j](?:\s*(?:,|and|och|ja|or|eller|tai)\s*)?)+)\b`)
	// en: "Article 6(1)(f)", "Art 6(1)(a) and (b)", "Article 9(2)(a)"
	parenArtRE = regexp.MustCompile(`(?i)\b(?:article|art\.?|artikel|artikla)\s*(\d{1,2})\s*\((\d)\)\s*((?:\([a-j]\)(?:\s*(?:,|and|or|och|eller|ja|tai)\s*)?)+)`)
	// de: "Art. 6 Abs. 1 lit. a", "Artikel 6 Absatz 1 Buchstabe a" (the DSGVO's own form), "Art. 6 Abs. 1 S. 1 lit. a", "Art. 6 Abs. 1 UAbs. 1 lit. f"
	deArtRE = regexp.MustCompile(`(?i)\bArt(?:\.|ikel)\s*(\d{1,2})\s*Abs(?:\.|atz)\s*(\d)\s*(?:(?:S\.|Satz|UAbs\.|Unterabsatz)\s*\d\s*)?(?:lit\.|Buchst\.|Buchstabe)\s*([a-j])\b\)?((?:\s*(?:oder|und|,)\s*(?:lit\.\s*)?[a-j]\b\)?)*)`)
	// nl: "artikel 6, lid 1, onder a", "artikel 6, lid 1, punt f)" (the AVG's own form), "art. 6 lid 1 sub e", "artikel 6, eerste lid, onder c"
	nlArtRE  = regexp.MustCompile(`(?i)\b(?:artikel|art\.)\s*(\d{1,2}),?\s*(?:lid\s*(\d)|(eerste|tweede|derde|vierde) lid),?\s*(?:onder|sub|punt|letter)\s*([a-j])\b\)?((?:\s*(?:,|en|of)\s*(?:onder\s*|sub\s*|punt\s*)?[a-j]\b\)?)*)`)
	letterRE = regexp.MustCompile(`\b[a-j]\b`)
	// bare article numbers in a rights context: "15 artiklan", "artikel 15", "Art. 15", "Article 15"
	bareArtRE = regexp.MustCompile(`(?i)\b(\d{1,2})\s*artiklan\b|\b(?:artikel|article|artikla|art\.)\s*(\d{1,2})\b`)
)

// articlesIn returns the GDPR article citations in s.
func articlesIn(s string) []article {
	var out []article
	add := func(num, para, letters string) {
		a := article{num: num, para: para}
		for _, l := range letterRE.FindAllString(strings.ToLower(letters), -1) {
			a.points = append(a.points, l)
		}
		out = append(out, a)
	}
	for _, m := range fiArtRE.FindAllStringSubmatch(s, -1) {
		add(m[1], m[2], m[3])
	}
	for _, m := range fiArtDotRE.FindAllStringSubmatch(s, -1) {
		add(m[1], m[2], m[3])
	}
	for _, m := range dotArtRE.FindAllStringSubmatch(s, -1) {
		add(m[1], m[2], m[3])
	}
	for _, m := range parenArtRE.FindAllStringSubmatch(s, -1) {
		add(m[1], m[2], m[3])
	}
	for _, m := range deArtRE.FindAllStringSubmatch(s, -1) {
		add(m[1], m[2], m[3]+m[4])
	}
	for _, m := range nlArtRE.FindAllStringSubmatch(s, -1) {
		para := m[2]
		if para == "" {
			para = strconv.Itoa(1 + slices.Index([]string{"eerste", "tweede", "derde", "vierde"}, strings.ToLower(m[3])))
		}
		add(m[1], para, m[4]+m[5])
	}
	return out
}

var basisByPoint = map[string]notice.LegalBasis{
	"a": notice.Consent, "b": notice.Contract, "c": notice.LegalObligation,
	"d": notice.VitalInterests, "e": notice.PublicTask, "f": notice.LegitimateInterests,
}

// basisWords are the legal bases named in words, by stem and language;
// German and Dutch with the words of Art 6(1) in the DSGVO and the AVG
// ("Erfüllung einer rechtlichen Verpflichtung", "berechtigten Interessen";
// "wettelijke verplichting", "taak van algemeen belang", "gerechtvaardigde
// belangen") and the short forms notices use ("Vertragserfüllung",
// "publieke taak").
var basisWords = []struct {
	re    *regexp.Regexp
	basis notice.LegalBasis
}{
	{altRE(pattern{fi, `lakisääteise[nt]? velvoittee|lakisääteinen velvoite|lakisääteisen veloitteen`},
		pattern{sv, `rättslig förpliktelse|rättsliga förpliktelse`},
		pattern{en, `legal obligations?\b`},
		pattern{de, `rechtlichen verpflichtung|gesetzlichen verpflichtung`},
		pattern{nl, `wettelijke verplichting`}), notice.LegalObligation},
	{altRE(pattern{fi, `yleistä etua koskeva|yleisen edun mukai|julkisen vallan käyt`},
		pattern{sv, `allmänt intresse|myndighetsutövning`},
		pattern{en, `public interest|official authority`},
		pattern{de, `öffentlichen interesse|öffentlicher gewalt`},
		pattern{nl, `taak van algemeen belang|openbaar gezag|publieke taak|publiekrechtelijke taak`}), notice.PublicTask},
	{altRE(pattern{fi, `oikeutettu(un)? et|oikeutetu(t|n|ista) edu|oikeutettuihin etuihin`},
		pattern{sv, `berättigat? intresse|berättigade intressen|legitimt intresse`},
		pattern{en, `legitimate interests?`},
		pattern{de, `berechtigte[ns]? interesse`},
		pattern{nl, `gerechtvaardigde? belang`}), notice.LegitimateInterests},
	{altRE(pattern{fi, `\bsuostumu`},
		pattern{sv, `\bsamtyck`},
		pattern{en, `\bconsent\b`},
		pattern{de, `einwilligung`},
		pattern{nl, `\btoestemming`}), notice.Consent},
	{altRE(pattern{fi, `\bsopimu(s|ksen|kseen)\b|\bsopimussuhte`},
		pattern{sv, `\bavtal(et)?\b med den registrerade`},
		pattern{en, `\bcontract\b`},
		pattern{de, `erfüllung eines vertrags|vertragserfüllung|vorvertragliche`},
		pattern{nl, `uitvoering van (een|de) overeenkomst`}), notice.Contract},
	{altRE(pattern{fi, `elintärke`},
		pattern{sv, `grundläggande betydelse`},
		pattern{en, `vital interests?`},
		pattern{de, `lebenswichtige`},
		pattern{nl, `vitale belangen`}), notice.VitalInterests},
}

// basesIn returns the legal bases a text states: by GDPR article 6(1)
// point first, then by name. byArticle reports whether an article named them.
func basesIn(s string) (bases []notice.LegalBasis, byArticle bool) {
	for _, a := range articlesIn(s) {
		if a.num != "6" || a.para != "1" {
			continue
		}
		for _, p := range a.points {
			if b, ok := basisByPoint[p]; ok && !slices.Contains(bases, b) {
				bases = append(bases, b)
				byArticle = true
			}
		}
	}
	if byArticle {
		return bases, true
	}
	for _, w := range basisWords {
		if w.re.MatchString(s) && !slices.Contains(bases, w.basis) {
			bases = append(bases, w.basis)
		}
	}
	return bases, false
}

// Statutes.

var (
	// fiNumberRE is a Finnish statute number: "1050/2018", "(621/1999)".
	fiNumberRE = regexp.MustCompile(`\b([1-9]\d{0,3})/((?:19|20)\d{2})\b`)
	// seNumberRE is a Swedish SFS number: "2018:218", "(SFS 2009:400)".
	seNumberRE = regexp.MustCompile(`\b((?:19|20)\d{2}):([1-9]\d{0,3})\b`)
	// euNumberRE is the GDPR's own number in either order: "2016/679", "679/2016".
	euGDPRRE = regexp.MustCompile(`\b(?:\(EU\)\s*)?(?:2016/679|679/2016)\b`)
	// sectionRE finds section numbers: "4 §", "4 §:n", "138§", "§ 25", "11 § och 18 §".
	sectionRE = regexp.MustCompile(`(\d{1,3}\s?[a-z]?)\s?§|§\s?(\d{1,3})`)
	itemRE    = regexp.MustCompile(`(?i)§:n\s+(\d{1,2})\s*(?:\.\s*)?(?:kohta|kohdan|kohdassa)|§\s+(\d{1,2})\s*(?:punkten|mom\.)|§:n kohta (\d{1,2})`)
	chapterRE = regexp.MustCompile(`(?i)\b(\d{1,2})\s*(?:luku|luvun|kap\.|kapitlet)`)
)

var (
	// paragraphAbbrevRE is a German or Austrian citation of a section by
	// the act's abbreviation: "§ 25 TTDSG", "§ 26 Abs. 1 S. 1 BDSG", "§ 147
	// Abs. 1 Nr. 1 AO".
	paragraphAbbrevRE = regexp.MustCompile(`§\s?(\d{1,3}[a-z]?)(?:\s+(?:Abs\.|Absatz)\s*\d{1,2})?(?:\s+(?:S\.|Satz)\s*\d{1,2})?(?:\s+(?:Nr\.|Ziff\.)\s*\d{1,2})?\s+(\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*)\b`)
	// definitionBeforeRE, just before a citation, says it borrows a
	// definition: "im Sinne von", "im Sinne des", "i.S.d.".
	definitionBeforeRE = regexp.MustCompile(`(?i)(?:im sinne (?:von|des|der)|i\.\s?s\.\s?(?:v|d)\.)\s*$`)
)

// A lawHit is one statute citation found in a text.
type lawHit struct {
	ref   notice.LawRef
	start int  // where the citation begins in the text
	known bool // the act is in the built-in table
}

// statutesIn returns the national and Union statutes a text cites. country
// is the jurisdiction a bare number/year is read in (FI for Finnish and
// Finland-Swedish notices). The GDPR itself is not returned.
func statutesIn(s, country string, lang language.Tag) []lawHit {
	var out []lawHit
	seen := map[string]bool{}
	add := func(h lawHit) {
		key := h.ref.Jurisdiction + " " + h.ref.Statute + " " + strings.Join(h.ref.Sections, ",")
		if seen[key] {
			return
		}
		seen[key] = true
		out = append(out, h)
	}
	gdpr := euGDPRRE.FindAllStringIndex(s, -1)
	inGDPR := func(i int) bool {
		for _, g := range gdpr {
			if i >= g[0] && i < g[1] {
				return true
			}
		}
		return false
	}
	if country == "FI" || country == "" {
		for _, loc := range fiNumberRE.FindAllStringSubmatchIndex(s, -1) {
			if inGDPR(loc[0]) {
				continue
			}
			number := s[loc[2]:loc[3]] + "/" + s[loc[4]:loc[5]]
			if notice.CheckStatuteNumber("FI", number) != nil {
				continue
			}
			ref := notice.LawRef{Jurisdiction: "FI", Statute: number}
			tail := s[loc[1]:min(len(s), loc[1]+60)]
			// The sections follow the number ("(1050/2018) 4 §:n 2 kohta")
			// or, in a list, stand before it ("Tilastolaki 14 §, 15 §").
			cite := citationTail(tail)
			ref.Sections, ref.Item, ref.Chapter = sectionsIn(cite)
			start := nameStart(s, loc[0])
			if len(ref.Sections) == 0 {
				var ch string
				ref.Sections, ref.Item, ch = sectionsIn(s[start:loc[0]])
				if ref.Chapter == "" {
					ref.Chapter = ch
				}
			}
			_, known := notice.LookupStatute("FI", number)
			if !known {
				// An act the table does not know keeps the name the notice
				// gives it.
				name := strings.TrimSpace(strings.Trim(s[start:loc[0]], "( "))
				name = strings.TrimSpace(sectionRE.ReplaceAllString(name, ""))
				if letterCount(name) >= 4 {
					ref.Name = notice.N(lang, name)
				}
			}
			add(lawHit{ref: ref, start: start, known: known})
		}
	}
	for _, loc := range seNumberRE.FindAllStringSubmatchIndex(s, -1) {
		number := s[loc[2]:loc[3]] + ":" + s[loc[4]:loc[5]]
		if notice.CheckStatuteNumber("SE", number) != nil {
			continue
		}
		ref := notice.LawRef{Jurisdiction: "SE", Statute: number}
		ref.Sections, ref.Item, ref.Chapter = sectionsIn(citationTail(s[loc[1]:min(len(s), loc[1]+60)]))
		_, known := notice.LookupStatute("SE", number)
		add(lawHit{ref: ref, start: loc[0], known: known})
	}
	// "§ 25 TTDSG", "§ 26 Abs. 1 BDSG": a section of an act cited by its
	// abbreviation, as German and Austrian citations write it; not "im
	// Sinne von § 25 Abs. 2 TTDSG", which borrows the act's definition.
	if country == "DE" || country == "AT" {
		for _, m := range paragraphAbbrevRE.FindAllStringSubmatchIndex(s, -1) {
			if definitionBeforeRE.MatchString(s[max(0, m[0]-30):m[0]]) {
				continue
			}
			st, ok := notice.FindStatute(country, s[m[4]:m[5]])
			if !ok {
				continue
			}
			add(lawHit{ref: notice.LawRef{Jurisdiction: st.Jurisdiction, Statute: st.Number, Sections: []string{s[m[2]:m[3]]}}, start: m[0], known: true})
		}
	}
	// Acts named without a number, by their name in the built-in table:
	// "Perusopetuslaki 17 §", "tietosuojalain 4 §:n", "arkivlagen".
	lower := strings.ToLower(s)
	for _, st := range notice.Statutes {
		if st.Jurisdiction != country && !(country == "" && st.Jurisdiction == "FI") {
			continue
		}
		for _, name := range statuteNames(st) {
			i := wordIndex(lower, name)
			if i < 0 {
				continue
			}
			if hasNumberAfter(s, i+len(name), st.Number) {
				break // cited with its number: found above
			}
			ref := notice.LawRef{Jurisdiction: st.Jurisdiction, Statute: st.Number}
			ref.Sections, ref.Item, ref.Chapter = sectionsIn(citationTail(s[i+len(name) : min(len(s), i+len(name)+40)]))
			add(lawHit{ref: ref, start: i, known: true})
			break
		}
	}
	slices.SortStableFunc(out, func(a, b lawHit) int { return a.start - b.start })
	return out
}

// statuteNames are the lower-case forms under which an act of the table is
// recognised in running text: its names and citation forms, longest first.
func statuteNames(st notice.Statute) []string {
	var names []string
	for _, m := range []map[language.Tag]string{st.Names, st.CiteNames} {
		for _, n := range m {
			n = strings.ToLower(n)
			if len([]rune(n)) >= 8 && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	return names
}

// wordIndex finds name in s at the start of a word.
func wordIndex(s, name string) int {
	from := 0
	for {
		i := strings.Index(s[from:], name)
		if i < 0 {
			return -1
		}
		i += from
		if i == 0 || !isLetterByte(s, i-1) {
			return i
		}
		from = i + len(name)
	}
}

func isLetterByte(s string, i int) bool {
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func hasNumberAfter(s string, at int, number string) bool {
	end := min(len(s), at+20)
	return strings.Contains(s[at:end], number)
}

// citationTail cuts the text after a statute number to the citation that
// follows it: up to the next sentence end, bracket or another act.
func citationTail(s string) string {
	for i, r := range s {
		if r == '.' && (i+1 == len(s) || s[i+1] == ' ') || r == '(' || r == ';' {
			return s[:i]
		}
	}
	return s
}

// sectionsIn reads section numbers, an item and a chapter from a citation.
func sectionsIn(s string) (sections []string, item, chapter string) {
	for _, m := range sectionRE.FindAllStringSubmatch(s, -1) {
		v := strings.ReplaceAll(m[1]+m[2], " ", "")
		if v != "" && !slices.Contains(sections, v) {
			sections = append(sections, v)
		}
	}
	if m := itemRE.FindStringSubmatch(s); m != nil {
		item = m[1] + m[2] + m[3]
	}
	if m := chapterRE.FindStringSubmatch(s); m != nil {
		chapter = m[1]
	}
	if len(sections) > 1 {
		item = ""
	}
	return sections, item, chapter
}

// nameStart finds where the name of an act before its number begins: up
// to six words back, stopping at punctuation.
func nameStart(s string, numberAt int) int {
	i := numberAt
	for i > 0 && (s[i-1] == '(' || s[i-1] == ' ') {
		i--
	}
	for words := 0; i > 0 && words < 6; words++ {
		k := strings.LastIndexAny(s[:i], " ,.;:()")
		if k < 0 {
			return 0
		}
		if s[k] != ' ' {
			return k + 1
		}
		i = k
	}
	return i
}

// articleNumbers reads the article numbers a text cites ("15 artiklan",
// "Art. 15"), for rights named by their article.
func articleNumbers(s string) []int {
	var out []int
	for _, m := range bareArtRE.FindAllStringSubmatch(s, -1) {
		n, err := strconv.Atoi(m[1] + m[2])
		if err == nil {
			out = append(out, n)
		}
	}
	return out
}
