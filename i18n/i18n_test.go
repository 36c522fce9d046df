package i18n_test

import (
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
)

var (
	fi   = i18n.For(language.Finnish)
	sv   = i18n.For(language.Swedish)
	svSE = i18n.For(language.MustParse("sv-SE"))
	en   = i18n.For(language.English)
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name   string
		prefs  []string
		want   string
		reason string
	}{
		{"fi-FI", []string{"fi-FI"}, "fi", "Finland is Finnish's default region: no variant"},
		{"sv-FI", []string{"sv-FI"}, "sv", "Finland-Swedish is the default Swedish"},
		{"sv-SE", []string{"sv-SE"}, "sv-SE", "Sweden writes dates differently: the region is kept"},
		{"sv", []string{"sv"}, "sv", "no region, no variant"},
		{"en-GB", []string{"en-GB"}, "en", "one English"},
		{"en-US", []string{"en-US"}, "en", "one English, EU style"},
		{"header with weights", []string{"de, sv;q=0.8"}, "sv", "unsupported first choice skipped"},
		{"header sv-SE weighted", []string{"de-DE,de;q=0.9,sv-SE;q=0.5"}, "sv-SE", "region survives in a header"},
		{"unsupported", []string{"de"}, "fi", "fallback is Supported[0]"},
		{"empty", []string{""}, "fi", "nothing given"},
		{"no arguments", nil, "fi", "nothing given"},
		{"garbage", []string{"!!not a tag;;q=x"}, "fi", "malformed input is skipped"},
		{"query before header", []string{"en", "sv-SE,sv;q=0.9"}, "en", "earlier argument wins"},
		{"bad query, good header", []string{"xx-invalid-", "sv"}, "sv", "malformed first argument is skipped"},
		{"Norwegian", []string{"nb-NO"}, "fi", "no Scandinavian guessing"},
		{"Åland", []string{"sv-AX"}, "sv", "Åland Swedish formats as Finland-Swedish"},
		{"case-insensitive", []string{"SV-se"}, "sv-SE", "tags are case-insensitive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := i18n.Match(tt.prefs...)
			assert.Equal(t, tt.want, got.String(), tt.reason)
			assert.Equal(t, got, i18n.For(got).Tag(), "For(Match(x)) is the matched locale")
		})
	}
}

// TestMatchRefusals: a language the visitor refuses with q=0 (RFC 9110,
// section 12.4.2: "not acceptable") is never chosen, whatever else the
// header says; refusing everything leaves nothing to choose.
func TestMatchRefusals(t *testing.T) {
	tests := []struct {
		name   string
		prefs  []string
		want   string
		reason string
	}{
		{"refuse the fallback", []string{"fi;q=0"}, "sv", "only a refusal: the first supported language not refused"},
		{"refuse, then any", []string{"fi;q=0, *"}, "sv", "the wildcard stands for the languages not named, and fi is named"},
		{"any, then refuse", []string{"*;q=0.5, fi;q=0"}, "sv", "the order of the ranges does not matter"},
		{"refuse two", []string{"fi;q=0, sv;q=0.0"}, "en", "0.0 is zero too"},
		{"refuse by prefix", []string{"sv-FI, sv;q=0, en;q=0.5"}, "en", "sv refuses every Swedish, sv-SE among them (RFC 4647 basic filtering)"},
		{"most specific decides", []string{"sv-SE, sv;q=0"}, "sv-SE", "the longest range that covers a tag gives its weight"},
		{"refuse the region only", []string{"sv-SE;q=0, sv"}, "sv", "sv-SE;q=0 leaves sv"},
		{"refuse another", []string{"en;q=0, *"}, "fi", "en refused, fi still the first"},
		{"refuse all but named", []string{"de, *;q=0"}, "und", "nothing supported is acceptable"},
		{"refuse everything", []string{"fi;q=0, sv;q=0, en;q=0"}, "und", "every supported language refused"},
		{"wildcard weight", []string{"*;q=0.5, fi;q=0.1"}, "sv", "the wildcard outweighs the named fi"},
		{"bad entry skipped", []string{"x_y, fi;q=0, en"}, "en", "one malformed range does not void the header"},
		{"bad weight skipped", []string{"en;q=2, sv"}, "sv", "a weight over 1 is malformed"},
		{"query decides", []string{"fi", "fi;q=0"}, "fi", "an earlier argument, the visitor's explicit choice, wins"},
		{"refusal outlives a miss", []string{"de", "fi;q=0"}, "sv", "no argument decides: the fallback is not a refused one"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, i18n.Match(tt.prefs...).String(), tt.reason)
		})
	}
}

func TestMatcher(t *testing.T) {
	m := i18n.NewMatcher([]language.Tag{language.Swedish, language.English})
	tag, i, ok := m.Match("fi, en;q=0.5")
	assert.True(t, ok)
	assert.Equal(t, language.English, tag, "fi is not offered; en is")
	assert.Equal(t, 1, i)
	tag, i, ok = m.Match("de")
	assert.True(t, ok)
	assert.Equal(t, language.Swedish, tag, "nothing matches: the first offered")
	assert.Zero(t, i)
	tag, i, ok = m.Match("sv;q=0, en;q=0, fi")
	assert.False(t, ok, "every offered language refused")
	assert.Equal(t, language.Und, tag)
	assert.Equal(t, -1, i)
	_, _, ok = i18n.NewMatcher(nil).Match("fi")
	assert.False(t, ok, "nothing offered")
}

func TestForAndBase(t *testing.T) {
	tests := []struct {
		tag      string
		wantTag  string
		wantBase string
	}{
		{"fi", "fi", "fi"},
		{"fi-FI", "fi", "fi"},
		{"sv", "sv", "sv"},
		{"sv-FI", "sv", "sv"},
		{"sv-SE", "sv-SE", "sv"},
		{"en", "en", "en"},
		{"en-GB", "en", "en"},
		{"de", "fi", "fi"},
		{"und", "fi", "fi"},
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			tag := language.MustParse(tt.tag)
			l := i18n.For(tag)
			require.NotNil(t, l)
			assert.Equal(t, tt.wantTag, l.Tag().String())
			assert.Equal(t, tt.wantBase, i18n.Base(tag).String())
		})
	}
	assert.Equal(t, language.Finnish, i18n.Supported[0], "Finnish is the fallback")
}

func TestT(t *testing.T) {
	tests := []struct {
		name string
		loc  *i18n.Locale
		key  string
		args []any
		want string
	}{
		{"fi heading", fi, "heading.controller", nil, "Rekisterinpitäjä"},
		{"sv heading", sv, "heading.controller", nil, "Personuppgiftsansvarig"},
		{"en heading", en, "heading.controller", nil, "Controller"},
		{"sv-SE inherits sv", svSE, "heading.controller", nil, "Personuppgiftsansvarig"},
		{"fi document", fi, "document.privacyNotice", nil, "Tietosuojaseloste"},
		{"sv document", sv, "document.privacyNotice", nil, "Dataskyddsbeskrivning"},
		{"en document", en, "document.privacyNotice", nil, "Privacy notice"},
		{"fi term", fi, "legalBasis.consent", nil, "Suostumus"},
		{"sv term", sv, "right.object", nil, "Rätt att göra invändningar"},
		{"en term", en, "transferMechanism.standardClausesCommission", nil, "Standard data protection clauses adopted by the Commission"},
		{"vocabulary title", sv, "legalBasis", nil, "Rättslig grund för behandlingen"},
		{"fi singular", fi, "duration.year", []any{1}, "1 vuosi"},
		{"fi plural", fi, "duration.year", []any{5}, "5 vuotta"},
		{"fi zero is plural", fi, "duration.day", []any{0}, "0 päivää"},
		{"fi int64", fi, "duration.month", []any{int64(3)}, "3 kuukautta"},
		{"fi grouping", fi, "duration.day", []any{1000}, "1\u00a0000 päivää"},
		{"sv singular", sv, "duration.month", []any{1}, "1 månad"},
		{"sv plural", sv, "duration.month", []any{3}, "3 månader"},
		{"sv days are dagar", sv, "duration.day", []any{7}, "7 dagar"},
		{"en singular", en, "duration.week", []any{1}, "1 week"},
		{"en plural", en, "duration.week", []any{2}, "2 weeks"},
		{"en grouping", en, "duration.hour", []any{1000}, "1,000 hours"},
		{"plural without number", en, "duration.year", []any{"x"}, "%!d(string=x) years"},
		{"string argument", fi, "phrase.regulationArticle", []any{"21 artiklan 1 kohta"}, "yleisen tietosuoja-asetuksen 21 artiklan 1 kohta"},
		{"indexed arguments", en, "phrase.otherLanguage", []any{"[fi]", "Finnish", "English"}, "Parts marked [fi] are in Finnish: the notice gives no English text for them."},
		{"missing key", fi, "heading.noSuchThing", nil, "heading.noSuchThing"},
		{"missing key with verbs", en, "no %d such", []any{3}, "no %d such"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.loc.T(tt.key, tt.args...))
		})
	}
}

func TestHas(t *testing.T) {
	for _, tag := range append(slices.Clone(i18n.Supported), language.MustParse("sv-SE")) {
		l := i18n.For(tag)
		assert.True(t, l.Has("heading.rights"), tag)
		assert.True(t, l.Has("date.pattern"), tag)
		assert.False(t, l.Has("heading.rights.extra"), tag)
		assert.False(t, l.Has(""), tag)
	}
}

// TestEveryKeyEverywhere checks that every key of the catalog has a message
// in every supported language (and in the regional variants, through their
// base), and that no message is left empty.
func TestEveryKeyEverywhere(t *testing.T) {
	keys := i18n.Keys()
	require.True(t, slices.IsSorted(keys), "Keys is sorted")
	require.Greater(t, len(keys), 200)
	keys[0] = "mutated"
	assert.NotEqual(t, "mutated", i18n.Keys()[0], "Keys returns a copy")

	for _, tag := range append(slices.Clone(i18n.Supported), language.MustParse("sv-SE")) {
		l := i18n.For(tag)
		for _, k := range i18n.Keys() {
			if assert.True(t, l.Has(k), "%s: %s", tag, k) {
				assert.NotEmpty(t, l.T(k), "%s: %s", tag, k)
			}
		}
	}
}

func TestHeadingsDifferAcrossLanguages(t *testing.T) {
	// A heading copied untranslated from one language into another is a
	// likely slip; a few labels are legitimately the same word.
	same := map[string]bool{"label.version": true, "label.organisation": true}
	for _, k := range i18n.Keys() {
		if !strings.HasPrefix(k, "heading.") && !strings.HasPrefix(k, "label.") && !strings.HasPrefix(k, "document.") {
			continue
		}
		if same[k] {
			continue
		}
		assert.NotEqual(t, fi.T(k), sv.T(k), k)
		assert.NotEqual(t, fi.T(k), en.T(k), k)
		assert.NotEqual(t, sv.T(k), en.T(k), k)
	}
}

func TestDate(t *testing.T) {
	d := time.Date(2023, time.August, 22, 23, 30, 0, 0, time.UTC)
	jan := time.Date(2024, time.January, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		loc  *i18n.Locale
		t    time.Time
		want string
	}{
		{fi, d, "22.8.2023"},
		{sv, d, "22.8.2023"},
		{svSE, d, "2023-08-22"},
		{en, d, "22 August 2023"},
		{fi, jan, "5.1.2024"},
		{sv, jan, "5.1.2024"},
		{svSE, jan, "2024-01-05"},
		{en, jan, "5 January 2024"},
		{fi, d.In(time.FixedZone("UTC+3", 3*3600)), "23.8.2023"},
	}
	for _, tt := range tests {
		t.Run(tt.loc.Tag().String()+"/"+tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.loc.Date(tt.t))
		})
	}
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		name       string
		p          i18n.Period
		fi, sv, en string
	}{
		{"1 year", i18n.Period{Years: 1}, "1 vuosi", "1 år", "1 year"},
		{"5 years", i18n.Period{Years: 5}, "5 vuotta", "5 år", "5 years"},
		{"1 month", i18n.Period{Months: 1}, "1 kuukausi", "1 månad", "1 month"},
		{"10 minutes", i18n.Period{Minutes: 10}, "10 minuuttia", "10 minuter", "10 minutes"},
		{"1 hour 1 minute", i18n.Period{Hours: 1, Minutes: 1}, "1 tunti ja 1 minuutti", "1 timme, 1 minut", "1 hour, 1 minute"},
		{"3 months", i18n.Period{Months: 3}, "3 kuukautta", "3 månader", "3 months"},
		{"1 week", i18n.Period{Weeks: 1}, "1 viikko", "1 vecka", "1 week"},
		{"2 weeks", i18n.Period{Weeks: 2}, "2 viikkoa", "2 veckor", "2 weeks"},
		{"1 day", i18n.Period{Days: 1}, "1 päivä", "1 dag", "1 day"},
		{"7 days", i18n.Period{Days: 7}, "7 päivää", "7 dagar", "7 days"},
		{"1 hour", i18n.Period{Hours: 1}, "1 tunti", "1 timme", "1 hour"},
		{"24 hours", i18n.Period{Hours: 24}, "24 tuntia", "24 timmar", "24 hours"},
		{"year and months", i18n.Period{Years: 1, Months: 6}, "1 vuosi ja 6 kuukautta", "1 år, 6 månader", "1 year, 6 months"},
		{"three units", i18n.Period{Years: 2, Months: 1, Days: 3}, "2 vuotta, 1 kuukausi ja 3 päivää", "2 år, 1 månad, 3 dagar", "2 years, 1 month, 3 days"},
		{"all units", i18n.Period{Years: 1, Months: 1, Weeks: 1, Days: 1, Hours: 1},
			"1 vuosi, 1 kuukausi, 1 viikko, 1 päivä ja 1 tunti",
			"1 år, 1 månad, 1 vecka, 1 dag, 1 timme",
			"1 year, 1 month, 1 week, 1 day, 1 hour"},
		{"not normalised", i18n.Period{Months: 18}, "18 kuukautta", "18 månader", "18 months"},
		{"zero", i18n.Period{}, "0 päivää", "0 dagar", "0 days"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.fi, fi.Period(tt.p), "fi")
			assert.Equal(t, tt.sv, sv.Period(tt.p), "sv")
			assert.Equal(t, tt.sv, svSE.Period(tt.p), "sv-SE")
			assert.Equal(t, tt.en, en.Period(tt.p), "en")
		})
	}
}

func TestList(t *testing.T) {
	tests := []struct {
		name                string
		items               []string
		fiAnd, svAnd, enAnd string
		fiOr, svOr, enOr    string
	}{
		{"none", nil, "", "", "", "", "", ""},
		{"one", []string{"A"}, "A", "A", "A", "A", "A", "A"},
		{"two", []string{"A", "B"}, "A ja B", "A och B", "A and B", "A tai B", "A eller B", "A or B"},
		{"three", []string{"A", "B", "C"}, "A, B ja C", "A, B och C", "A, B and C", "A, B tai C", "A, B eller C", "A, B or C"},
		{"four", []string{"A", "B", "C", "D"}, "A, B, C ja D", "A, B, C och D", "A, B, C and D", "A, B, C tai D", "A, B, C eller D", "A, B, C or D"},
		{"placeholders in items stay", []string{"{0}", "{1}"}, "{0} ja {1}", "{0} och {1}", "{0} and {1}", "{0} tai {1}", "{0} eller {1}", "{0} or {1}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.fiAnd, fi.List(tt.items))
			assert.Equal(t, tt.svAnd, sv.List(tt.items))
			assert.Equal(t, tt.enAnd, en.List(tt.items))
			assert.Equal(t, tt.fiOr, fi.ListOr(tt.items))
			assert.Equal(t, tt.svOr, sv.ListOr(tt.items))
			assert.Equal(t, tt.enOr, en.ListOr(tt.items))
		})
	}
}

func TestStatute(t *testing.T) {
	dpa := map[*i18n.Locale]i18n.Citation{
		fi: {Name: "tietosuojalaki", CiteName: "tietosuojalain", Number: "1050/2018"},
		sv: {Name: "dataskyddslag", CiteName: "dataskyddslagen", Number: "1050/2018"},
		en: {Name: "Data Protection Act", CiteName: "the Data Protection Act", Number: "1050/2018"},
	}
	registers := map[*i18n.Locale]i18n.Citation{
		fi: {Name: "laki valtakunnallisista opinto- ja tutkintorekistereistä", CiteName: "lain valtakunnallisista opinto- ja tutkintorekistereistä", Number: "884/2017"},
		sv: {Name: "lag om nationella studie- och examensregister", CiteName: "lagen om nationella studie- och examensregister", Number: "884/2017"},
		en: {Name: "Act on National Registers of Studies and Degrees", CiteName: "the Act on National Registers of Studies and Degrees", Number: "884/2017"},
	}
	with := func(c i18n.Citation, f func(*i18n.Citation)) i18n.Citation { f(&c); return c }
	item := func(c *i18n.Citation) { c.Sections, c.Item = []string{"4"}, "2" }
	subItem := func(c *i18n.Citation) { c.Sections, c.Subsection, c.Item = []string{"4"}, "1", "2" }
	section := func(c *i18n.Citation) { c.Sections = []string{"4"} }
	subsection := func(c *i18n.Citation) { c.Sections, c.Subsection = []string{"4"}, "1" }
	chapter := func(c *i18n.Citation) { c.Chapter = "6" }
	chapterSection := func(c *i18n.Citation) { c.Chapter, c.Sections = "2", []string{"4"} }
	none := func(c *i18n.Citation) {}
	noNumber := func(c *i18n.Citation) { c.Number = ""; c.Sections = []string{"4"} }
	noNumberNone := func(c *i18n.Citation) { c.Number = "" }

	tests := []struct {
		name       string
		src        map[*i18n.Locale]i18n.Citation
		edit       func(*i18n.Citation)
		fi, sv, en string
	}{
		{"section and item", dpa, item,
			"tietosuojalain (1050/2018) 4 §:n 2 kohta",
			"4 § 2 punkten i dataskyddslagen (1050/2018)",
			"section 4, paragraph 2, of the Data Protection Act (1050/2018)"},
		{"section, subsection and item", dpa, subItem,
			"tietosuojalain (1050/2018) 4 §:n 1 momentin 2 kohta",
			"4 § 1 mom. 2 punkten i dataskyddslagen (1050/2018)",
			"section 4, subsection 1, paragraph 2, of the Data Protection Act (1050/2018)"},
		{"section", dpa, section,
			"tietosuojalain (1050/2018) 4 §",
			"4 § i dataskyddslagen (1050/2018)",
			"section 4 of the Data Protection Act (1050/2018)"},
		{"subsection", dpa, subsection,
			"tietosuojalain (1050/2018) 4 §:n 1 momentti",
			"4 § 1 mom. i dataskyddslagen (1050/2018)",
			"section 4, subsection 1, of the Data Protection Act (1050/2018)"},
		{"chapter", registers, chapter,
			"lain valtakunnallisista opinto- ja tutkintorekistereistä (884/2017) 6 luku",
			"6 kap. i lagen om nationella studie- och examensregister (884/2017)",
			"chapter 6 of the Act on National Registers of Studies and Degrees (884/2017)"},
		{"chapter and section", dpa, chapterSection,
			"tietosuojalain (1050/2018) 2 luvun 4 §",
			"2 kap. 4 § i dataskyddslagen (1050/2018)",
			"chapter 2, section 4, of the Data Protection Act (1050/2018)"},
		{"whole statute", dpa, none,
			"tietosuojalaki (1050/2018)",
			"dataskyddslag (1050/2018)",
			"Data Protection Act (1050/2018)"},
		{"no number", dpa, noNumber,
			"tietosuojalain 4 §",
			"4 § i dataskyddslagen",
			"section 4 of the Data Protection Act"},
		{"whole statute, no number", dpa, noNumberNone,
			"tietosuojalaki",
			"dataskyddslag",
			"Data Protection Act"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.fi, fi.Statute(with(tt.src[fi], tt.edit)), "fi")
			assert.Equal(t, tt.sv, sv.Statute(with(tt.src[sv], tt.edit)), "sv")
			assert.Equal(t, tt.en, en.Statute(with(tt.src[en], tt.edit)), "en")
		})
	}

	t.Run("CiteName defaults to Name", func(t *testing.T) {
		assert.Equal(t, "4 § i dataskyddslag (1050/2018)",
			sv.Statute(i18n.Citation{Name: "dataskyddslag", Number: "1050/2018", Sections: []string{"4"}}))
	})
	t.Run("Name defaults to CiteName", func(t *testing.T) {
		assert.Equal(t, "the Data Protection Act (1050/2018)",
			en.Statute(i18n.Citation{CiteName: "the Data Protection Act", Number: "1050/2018"}))
	})
	t.Run("empty", func(t *testing.T) {
		assert.Equal(t, "", fi.Statute(i18n.Citation{}))
	})
	t.Run("alias beside the number", func(t *testing.T) {
		c := i18n.Citation{Name: "laki sähköisen viestinnän palveluista", CiteName: "sähköisen viestinnän palveluista annetun lain",
			Number: "917/2014", Sections: []string{"138", "141", "144"}, Alias: "tietoyhteiskuntakaari"}
		assert.Equal(t, "sähköisen viestinnän palveluista annetun lain (917/2014, tietoyhteiskuntakaari) 138, 141 ja 144 §", fi.Statute(c))
		c.Sections = nil
		assert.Equal(t, "laki sähköisen viestinnän palveluista (917/2014, tietoyhteiskuntakaari)", fi.Statute(c))
	})
	t.Run("articles in the locale's templates", func(t *testing.T) {
		c := i18n.Citation{Style: "NL", Name: "Public Health Act", CiteName: "the Public Health Act", Number: "BWBR0024705", Articles: []string{"6d"}}
		assert.Equal(t, "Article 6d of the Public Health Act (BWBR0024705)", en.Statute(c))
		c.Name, c.CiteName = "Wet publieke gezondheid", "Wet publieke gezondheid"
		assert.Equal(t, "Wet publieke gezondheid (BWBR0024705) 6d artikla", fi.Statute(c))
		assert.Equal(t, "artikel 6d i Wet publieke gezondheid (BWBR0024705)", sv.Statute(c))
	})
}

// TestStatuteStyles cites the law of each jurisdiction in its own style:
// Finland's and Sweden's "§" after the number, Austria's and Germany's
// before it, the Union's articles of a Regulation or Directive.
func TestStatuteStyles(t *testing.T) {
	dsl := i18n.Citation{Style: "SE", Name: "lag med kompletterande bestämmelser till EU:s dataskyddsförordning", CiteName: "dataskyddslagen", Number: "2018:218"}
	dslEn := i18n.Citation{Style: "SE", Name: "Act containing supplementary provisions to the EU General Data Protection Regulation",
		CiteName: "the Act containing supplementary provisions to the EU General Data Protection Regulation", Number: "2018:218"}
	ug := i18n.Citation{Style: "AT", Name: "Universitätsgesetz 2002", CiteName: "des Universitätsgesetzes 2002", Abbreviation: "UG", Number: "BGBl. I Nr. 120/2002"}
	ugEn := ug
	ugEn.Name, ugEn.CiteName = "Universities Act 2002", "the Universities Act 2002"
	bdsg := i18n.Citation{Style: "DE", Name: "Bundesdatenschutzgesetz", Abbreviation: "BDSG"}
	baydsg := i18n.Citation{Style: "DE-BY", Abbreviation: "BayDSG"}
	gdpr := func(name, cite string) i18n.Citation {
		return i18n.Citation{Style: "EU", Kind: "regulation", Name: name, CiteName: cite, Number: "2016/679"}
	}
	eprivacy := i18n.Citation{Style: "EU", Kind: "directive", Number: "2002/58/EC", Articles: []string{"5"}, Subsection: "3"}
	with := func(c i18n.Citation, f func(*i18n.Citation)) i18n.Citation { f(&c); return c }
	tests := []struct {
		name string
		loc  *i18n.Locale
		c    i18n.Citation
		want string
	}{
		{"SE chapter and section, sv", sv, with(dsl, func(c *i18n.Citation) { c.Chapter, c.Sections = "2", []string{"3"} }), "2 kap. 3 § dataskyddslagen (2018:218)"},
		{"SE section, subsection and item, sv", sv, with(dsl, func(c *i18n.Citation) { c.Sections, c.Subsection, c.Item = []string{"3"}, "1", "2" }), "3 § 1 st. 2 p. dataskyddslagen (2018:218)"},
		{"SE several sections, sv", sv, with(dsl, func(c *i18n.Citation) { c.Chapter, c.Sections = "2", []string{"3", "4"} }), "2 kap. 3 och 4 § dataskyddslagen (2018:218)"},
		{"SE whole act, sv: number after 'lag'", sv, dsl, "lag (2018:218) med kompletterande bestämmelser till EU:s dataskyddsförordning"},
		{"SE whole act with a name of its own, sv", sv, i18n.Citation{Style: "SE", Name: "offentlighets- och sekretesslag", Number: "2009:400"}, "offentlighets- och sekretesslag (2009:400)"},
		{"SE cited as 'lagen (…)', sv", sv, i18n.Citation{Style: "SE", CiteName: "lagen om X", Number: "2000:1", Sections: []string{"3"}}, "3 § lagen (2000:1) om X"},
		{"SE in English", en, with(dslEn, func(c *i18n.Citation) { c.Chapter, c.Sections = "2", []string{"3"} }),
			"chapter 2, section 3, of the Act containing supplementary provisions to the EU General Data Protection Regulation (SFS 2018:218)"},
		{"AT section", en, with(ugEn, func(c *i18n.Citation) { c.Sections = []string{"3"} }), "§ 3 UG (Universities Act 2002, BGBl. I Nr. 120/2002)"},
		{"AT subsection and item (Ziffer)", fi, with(ug, func(c *i18n.Citation) { c.Sections, c.Subsection, c.Item = []string{"3"}, "1", "2" }),
			"§ 3 Abs. 1 Z 2 UG (Universitätsgesetz 2002, BGBl. I Nr. 120/2002)"},
		{"AT whole act", en, ugEn, "Universities Act 2002 (UG), BGBl. I Nr. 120/2002"},
		{"DE item (Nummer), no number", en, with(bdsg, func(c *i18n.Citation) { c.Sections, c.Subsection, c.Item = []string{"26"}, "1", "2" }), "§ 26 Abs. 1 Nr. 2 BDSG (Bundesdatenschutzgesetz)"},
		{"DE several sections", sv, with(bdsg, func(c *i18n.Citation) { c.Sections = []string{"3", "4"} }), "§§ 3, 4 BDSG (Bundesdatenschutzgesetz)"},
		{"DE Land, abbreviation only", en, with(baydsg, func(c *i18n.Citation) { c.Articles = []string{"25"} }), "Art. 25 BayDSG"},
		{"DE without abbreviation", en, i18n.Citation{Style: "DE", Name: "Telemedia Act", CiteName: "the Telemedia Act", Sections: []string{"13"}}, "§ 13 of the Telemedia Act"},
		{"EU regulation, en", en, with(gdpr("General Data Protection Regulation", "the General Data Protection Regulation"), func(c *i18n.Citation) { c.Articles, c.Subsection, c.Item = []string{"6"}, "1", "e" }),
			"Article 6(1)(e) of Regulation (EU) 2016/679"},
		{"EU regulation, fi", fi, with(gdpr("yleinen tietosuoja-asetus", "yleisen tietosuoja-asetuksen"), func(c *i18n.Citation) { c.Articles, c.Subsection, c.Item = []string{"6"}, "1", "e" }),
			"asetuksen (EU) 2016/679 6 artiklan 1 kohdan e alakohta"},
		{"EU regulation, sv", sv, with(gdpr("allmän dataskyddsförordning", "dataskyddsförordningen"), func(c *i18n.Citation) { c.Articles, c.Subsection, c.Item = []string{"6"}, "1", "e" }),
			"artikel 6.1 e i förordning (EU) 2016/679"},
		{"EU several articles, en", en, with(gdpr("", ""), func(c *i18n.Citation) { c.Articles = []string{"13", "14"} }), "Articles 13 and 14 of Regulation (EU) 2016/679"},
		{"EU whole act, en", en, gdpr("General Data Protection Regulation", ""), "General Data Protection Regulation (EU) 2016/679"},
		{"EU whole act, fi", fi, gdpr("yleinen tietosuoja-asetus", ""), "yleinen tietosuoja-asetus (EU) 2016/679"},
		{"EU directive of the Community, en", en, eprivacy, "Article 5(3) of Directive 2002/58/EC"},
		{"EU directive of the Community, fi", fi, eprivacy, "direktiivin 2002/58/EY 5 artiklan 3 kohta"},
		{"EU directive of the Community, sv", sv, eprivacy, "artikel 5.3 i direktiv 2002/58/EG"},
		{"EU act of no known kind", en, i18n.Citation{Style: "EU", CiteName: "the Data Act", Number: "2023/2854", Articles: []string{"3"}}, "Article 3 of the Data Act (EU) 2023/2854"},
		{"EU provision the article style cannot write", en, i18n.Citation{Style: "EU", CiteName: "the Act", Number: "2016/679", Sections: []string{"3"}}, "section 3 of the Act (2016/679)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.loc.Statute(tt.c))
		})
	}
}

// TestMonthYear writes a date known only to its month.
func TestMonthYear(t *testing.T) {
	d := time.Date(2021, time.February, 1, 0, 0, 0, 0, time.UTC)
	assert.Equal(t, "2/2021", fi.MonthYear(d))
	assert.Equal(t, "februari 2021", sv.MonthYear(d))
	assert.Equal(t, "February 2021", en.MonthYear(d))
	assert.Equal(t, "februari 2021", i18n.For(language.MustParse("sv-SE")).MonthYear(d))
}

func TestArticle(t *testing.T) {
	tests := []struct {
		ref        string
		fi, sv, en string
	}{
		{"Art 6(1)(a)", "6 artiklan 1 kohdan a alakohta", "artikel 6.1 a", "Article 6(1)(a)"},
		{"Art 13(2)(e)", "13 artiklan 2 kohdan e alakohta", "artikel 13.2 e", "Article 13(2)(e)"},
		{"Art 6(1)", "6 artiklan 1 kohta", "artikel 6.1", "Article 6(1)"},
		{"Art 15", "15 artikla", "artikel 15", "Article 15"},
		{"Art 49(1), second subparagraph", "49 artiklan 1 kohdan toinen alakohta", "artikel 49.1 andra stycket", "Article 49(1), second subparagraph"},
		{"Arts 13-14", "13 ja 14 artikla", "artiklarna 13 och 14", "Articles 13 and 14"},
		{"Arts 15-22", "15–22 artikla", "artiklarna 15–22", "Articles 15–22"},
		{"Arts 15, 16, 18", "15, 16 ja 18 artikla", "artiklarna 15, 16 och 18", "Articles 15, 16 and 18"},
		{"Art 4(8), 28", "4 artiklan 8 kohta ja 28 artikla", "artiklarna 4.8 och 28", "Articles 4(8) and 28"},
		{"Arts 13-22, 7(3), 77", "13–22 artikla, 7 artiklan 3 kohta ja 77 artikla", "artiklarna 13–22, 7.3 och 77", "Articles 13–22, 7(3) and 77"},
		{"Art 46(2)(a)", "46 artiklan 2 kohdan a alakohta", "artikel 46.2 a", "Article 46(2)(a)"},
		// A range of points, as the rights' items cite them (the diff's
		// headings read these; unparsed they came out in English).
		{"Art 13(2)(b)-(d)", "13 artiklan 2 kohdan b–d alakohta", "artikel 13.2 b–d", "Article 13(2)(b)–(d)"},
		{"Art 13(2)(b)-(d), 14(2)(c)-(e)", "13 artiklan 2 kohdan b–d alakohta ja 14 artiklan 2 kohdan c–e alakohta", "artiklarna 13.2 b–d och 14.2 c–e", "Articles 13(2)(b)–(d) and 14(2)(c)–(e)"},
		{" Art 10 ", "10 artikla", "artikel 10", "Article 10"},
		// Not in the canonical form: returned unchanged.
		{"Article 6", "Article 6", "Article 6", "Article 6"},
		{"Art 6(a)", "Art 6(a)", "Art 6(a)", "Art 6(a)"},
		{"Art 6(2)-(3), 23", "6 artiklan 2 kohta, 6 artiklan 3 kohta ja 23 artikla", "artiklarna 6.2, 6.3 och 23", "Articles 6(2), 6(3) and 23"},
		{"Art 13(b)-(d)", "Art 13(b)-(d)", "Art 13(b)-(d)", "Art 13(b)-(d)"},
		{"Art 6(3)-(2)", "Art 6(3)-(2)", "Art 6(3)-(2)", "Art 6(3)-(2)"},
		{"Art 6(1)-(2)(a)", "Art 6(1)-(2)(a)", "Art 6(1)-(2)(a)", "Art 6(1)-(2)(a)"},
		{"Art 22(1) and (4)", "Art 22(1) and (4)", "Art 22(1) and (4)", "Art 22(1) and (4)"},
		{"Art 49(1)(a), first subparagraph", "Art 49(1)(a), first subparagraph", "Art 49(1)(a), first subparagraph", "Art 49(1)(a), first subparagraph"},
		{"Art 15, second subparagraph", "Art 15, second subparagraph", "Art 15, second subparagraph", "Art 15, second subparagraph"},
		{"Art ", "Art ", "Art ", "Art "},
		{"", "", "", ""},
		{"GDPR", "GDPR", "GDPR", "GDPR"},
	}
	for _, tt := range tests {
		t.Run(tt.ref, func(t *testing.T) {
			assert.Equal(t, tt.fi, fi.Article(tt.ref), "fi")
			assert.Equal(t, tt.sv, sv.Article(tt.ref), "sv")
			assert.Equal(t, tt.en, en.Article(tt.ref), "en")
		})
	}
}

// TestConcurrentUse exercises every method from many goroutines; run with
// -race.
func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	d := time.Date(2023, 8, 22, 0, 0, 0, 0, time.UTC)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			tag := i18n.Match([]string{"fi", "sv", "en", "sv-SE"}[i%4])
			l := i18n.For(tag)
			for n := range 50 {
				_ = l.T("duration.year", n)
				_ = l.T("heading.rights")
				_ = l.Date(d)
				_ = l.Period(i18n.Period{Years: n})
				_ = l.List([]string{"a", "b", "c"})
				_ = l.Statute(i18n.Citation{Name: "x", Sections: []string{"1"}})
				_ = l.Article("Art 6(1)(a)")
				_ = i18n.Keys()
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, "5 vuotta", fi.T("duration.year", 5))
}

// TestStatuteSeveralSections cites two sections at once in each language.
func TestStatuteSeveralSections(t *testing.T) {
	c := i18n.Citation{Number: "628/1998", Sections: []string{"4", "6"}}
	tests := []struct {
		tag              language.Tag
		name, cite, want string
	}{
		{language.Finnish, "perusopetuslaki", "perusopetuslain", "perusopetuslain (628/1998) 4 ja 6 §"},
		{language.Swedish, "lag om grundläggande utbildning", "lagen om grundläggande utbildning", "4 och 6 § i lagen om grundläggande utbildning (628/1998)"},
		{language.English, "Basic Education Act", "the Basic Education Act", "sections 4 and 6 of the Basic Education Act (628/1998)"},
	}
	for _, tt := range tests {
		c.Name, c.CiteName = tt.name, tt.cite
		assert.Equal(t, tt.want, i18n.For(tt.tag).Statute(c), tt.tag.String())
	}
}
