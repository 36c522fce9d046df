package prose

import (
	"regexp"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// stopwords are frequent short words of each language the import reads:
// Finnish, Swedish, English, German and Dutch.
var stopwords = map[language.Tag][]string{
	language.Finnish: {"ja", "on", "tai", "ei", "sekä", "tietoja", "henkilötietoja", "joka", "jos", "kun", "ovat", "myös", "mukaan", "osalta", "voi", "tiedot", "että", "tietojen", "henkilötietojen", "säilytetään", "käsittely", "käsittelyn", "rekisterinpitäjä", "tietosuojaseloste", "perustuu", "rekisteröidyn"},
	language.Swedish: {"och", "att", "är", "för", "av", "som", "med", "till", "den", "det", "om", "inte", "har", "eller", "de", "du", "vi", "personuppgifter", "personuppgiftsansvarig", "behandling", "behandlingen", "dataskyddsbeskrivning", "registrerade"},
	language.English: {"the", "and", "of", "to", "is", "for", "are", "with", "be", "your", "we", "or", "data", "personal", "by", "on", "this", "that", "privacy", "controller", "processing"},
	language.German:  {"der", "die", "und", "das", "ist", "zu", "den", "von", "mit", "sie", "wir", "daten", "nicht", "auf", "für", "eine", "werden"},
	language.Dutch:   {"de", "het", "een", "van", "en", "is", "op", "te", "dat", "voor", "worden", "uw", "niet", "zijn", "gegevens", "wij", "deze"},
}

// Languages are the languages whose headings and facts [Import] reads, in
// the order in which detection breaks a tie: Finnish, Swedish, English,
// German, Dutch. The slice must not be modified.
var Languages = []language.Tag{language.Finnish, language.Swedish, language.English, language.German, language.Dutch}

// detectLanguage names the language of the blocks' text by counting
// stopwords; it returns und for text with too few of them.
func detectLanguage(blocks []block) language.Tag {
	sets := map[language.Tag]map[string]bool{}
	for tag, ws := range stopwords {
		m := map[string]bool{}
		for _, w := range ws {
			m[w] = true
		}
		sets[tag] = m
	}
	counts := map[language.Tag]int{}
	words := 0
	for _, b := range blocks {
		for _, l := range b.lines {
			for _, w := range strings.FieldsFunc(strings.ToLower(l.text), func(r rune) bool {
				return !(r >= 'a' && r <= 'z' || r >= 0xC0 && r != 0xD7 && r != 0xF7)
			}) {
				words++
				for _, tag := range Languages {
					if sets[tag][w] {
						counts[tag]++
					}
				}
			}
		}
		if words > 4000 {
			break
		}
	}
	best, bestN, tie := language.Und, 0, false
	for _, tag := range Languages {
		switch {
		case counts[tag] > bestN:
			best, bestN, tie = tag, counts[tag], false
		case counts[tag] == bestN && bestN > 0:
			tie = true
		}
	}
	if tie || bestN < 2 {
		return language.Und
	}
	return best
}

var (
	seMarkersRE = regexp.MustCompile(`Integritetsskyddsmyndighet|\bIMY\b|Skatteverket|BankID|bank-ID|\bSFS\b|\b\d{3} \d{2} \p{Lu}|\bkommun\b|\bnämnd|\b(19|20)\d{2}:\d{1,4}\b|\+46`)
	fiMarkersRE = regexp.MustCompile(`(?i)Helsingfors|Åbo|dataombudsman|statsrådet|\bPB \d|\b\d{5} \p{Lu}|FO-nummer|\+358|\b\d{1,4}/(19|20)\d{2}\b`)
)

// detectCountry tells a Swedish notice from Sweden from a Finland-Swedish
// one: Swedish acts, authorities and postcodes against Finnish ones. It
// returns "" for other languages, whose country the language gives.
func detectCountry(blocks []block, lang language.Tag) string {
	if lang != language.Swedish {
		return ""
	}
	se, fi := 0, 0
	for _, b := range blocks {
		t := b.text()
		se += len(seMarkersRE.FindAllStringIndex(t, -1))
		fi += len(fiMarkersRE.FindAllStringIndex(t, -1))
	}
	if se > fi {
		return "SE"
	}
	return "FI"
}

// supported reports whether the import recognises headings and facts in
// the language: Finnish, Swedish, English, German or Dutch.
func supported(tag language.Tag) bool {
	return slices.Contains(Languages, tag)
}
