package prose

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/seloste/seloste/notice"
)

// Periods and dates: "5 vuotta", "viisi vuotta", "30 päivää", "två veckor",
// "at most 18 months", each with its qualifier (at least, at most, about)
// and the event it runs from; "toistaiseksi", "tills vidare" and
// "permanently" as open ends; dates such as 9.3.2026 with the word that
// says what they date.

// numberTable gives the numbers written as words, in the forms notices
// use (nominative, genitive, partitive; German and Dutch inflections), by
// language.
var numberTable = []struct {
	lang  string
	words map[string]int
}{
	{fi, map[string]int{"yksi": 1, "yhden": 1, "kaksi": 2, "kahden": 2, "kahta": 2, "kolme": 3, "kolmen": 3, "kolmea": 3,
		"neljä": 4, "neljän": 4, "viisi": 5, "viiden": 5, "viittä": 5, "kuusi": 6, "kuuden": 6, "seitsemän": 7,
		"kahdeksan": 8, "yhdeksän": 9, "kymmenen": 10, "kaksitoista": 12, "kahdentoista": 12, "neljätoista": 14, "neljäntoista": 14, "kolmekymmentä": 30}},
	{sv, map[string]int{"ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "tolv": 12, "fjorton": 14, "trettio": 30}},
	{en, map[string]int{"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "thirty": 30}},
	{de, map[string]int{"ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12, "vierzehn": 14, "dreißig": 30}},
	{nl, map[string]int{"één": 1, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "twaalf": 12, "veertien": 14, "dertig": 30}},
}

// unitTable gives the units of time in their inflected forms, by
// language: Y, M, W, D or H; a form two languages share ("week", "dag")
// stands under each, with the same unit. German "Tag" itself is left
// out, being an English word too; "Tage", "Tagen" and "Tages" are read.
var unitTable = []struct {
	lang  string
	units map[string][]string
}{
	{fi, map[string][]string{"Y": {"vuosi", "vuotta", "vuoden", "vuodeksi", "vuodessa", "v"}, "M": {"kuukausi", "kuukautta", "kuukauden", "kuukaudeksi", "kk"},
		"W": {"viikko", "viikkoa", "viikon", "viikoksi"}, "D": {"päivä", "päivää", "päivän", "päiväksi", "vuorokautta", "vrk"}, "H": {"tunti", "tuntia", "tunnin"}}},
	{sv, map[string][]string{"Y": {"år", "års", "året"}, "M": {"månad", "månader", "månaders"}, "W": {"vecka", "veckor", "veckors"},
		"D": {"dag", "dagar", "dagars", "dygn"}, "H": {"timme", "timmar"}}},
	{en, map[string][]string{"Y": {"year", "years"}, "M": {"month", "months"}, "W": {"week", "weeks"}, "D": {"day", "days"}, "H": {"hour", "hours"}}},
	{de, map[string][]string{"Y": {"jahr", "jahre", "jahren", "jahres"}, "M": {"monat", "monate", "monaten", "monats"}, "W": {"woche", "wochen"},
		"D": {"tage", "tagen", "tages"}, "H": {"stunde", "stunden"}}},
	{nl, map[string][]string{"Y": {"jaar", "jaren"}, "M": {"maand", "maanden"}, "W": {"week", "weken"}, "D": {"dag", "dagen"}, "H": {"uur", "uren"}}},
}

// numberWords and unitWords are the tables' words, one map each.
var numberWords, unitWords = func() (map[string]int, map[string]string) {
	nums, units := map[string]int{}, map[string]string{}
	for _, row := range numberTable {
		for w, n := range row.words {
			nums[w] = n
		}
	}
	for _, row := range unitTable {
		for u, forms := range row.units {
			for _, f := range forms {
				units[f] = u
			}
		}
	}
	return nums, units
}()

// unitAlternation is the unit forms as one alternation, longest first so
// that "päivää" is read before "päivä".
func unitAlternation() string {
	forms := make([]string, 0, len(unitWords))
	for f := range unitWords {
		forms = append(forms, regexp.QuoteMeta(f))
	}
	slices.SortFunc(forms, func(a, b string) int {
		if d := len(b) - len(a); d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	return strings.Join(forms, "|")
}

// qualifierWords say how exact a period is; they stand before the number,
// at most a few words away.
var qualifierWords = []struct {
	re *regexp.Regexp
	q  notice.RetentionQualifier
}{
	{wordsRE(pattern{fi, `vähintään|ainakin`}, pattern{sv, `minst|åtminstone`}, pattern{en, `at least|a minimum of|not less than`},
		pattern{de, `mindestens|wenigstens`}, pattern{nl, `minimaal|minstens|ten minste`}), notice.RetentionMinimum},
	{wordsRE(pattern{fi, `enintään|korkeintaan|maksimissaan|viimeistään`}, pattern{sv, `högst|som mest|längst|senast`},
		pattern{en, `at most|at the most|up to|no more than|not more than|a maximum of|maximum of|maximum|within`},
		pattern{de, `höchstens|maximal|spätestens|längstens|bis zu|nicht länger als`}, pattern{nl, `maximaal|hooguit|uiterlijk|ten hoogste|niet langer dan`}), notice.RetentionMaximum},
	{wordsRE(pattern{fi, `noin|n\.|suunnilleen`}, pattern{sv, `cirka|ca\.|ungefär`}, pattern{en, `about|approximately|around|roughly|typically`},
		pattern{de, `etwa|circa|ca\.|ungefähr|rund|in der regel|in aller regel|üblicherweise`}, pattern{nl, `ongeveer|circa|ca\.|doorgaans|in de regel|gewoonlijk`}), notice.RetentionApproximate},
}

// alternativeBeforeRE, just before a period, is a number that shares its
// unit: "6 bzw. 10 Jahre", "2 oder 3 Monate", "6 of 7 jaar", "6 or 10
// years": two periods, the first as long as its number says.
var alternativeBeforeRE = regexp.MustCompile(`(?i)\b(\d{1,3})\s*(?:` + altSource([]pattern{
	{fi, `tai`},
	{sv, `eller`},
	{en, `or`},
	{de, `bzw\.|beziehungsweise|oder`},
	{nl, `of`},
}) + `)\s+$`)

// citedBeforeRE, just before a number, makes it a citation's: "Art. 6",
// "§ 25", "artikel 6", "Abs. 1", "lid 2".
var citedBeforeRE = regexp.MustCompile(`(?i)(?:\bart(?:\.|ikla[n]?|ikel|icle)?|§|\babs\.|\blid|\bnr\.|\bno\.|\bkohdan?)\s*$`)

// notNewPeriodRE, just before a period, says it is no period of its own:
// one said before ("after these 14 days") or a window looking back ("the
// TEKs of the past 14 days").
var notNewPeriodRE = regexp.MustCompile(`(?i)\b(?:` + altSource([]pattern{
	{fi, `näiden|tämän|viimeisten`},
	{sv, `dessa|denna|senaste`},
	{en, `these|this|past|previous`},
	{de, `diese[mnrs]?|vergangenen|letzten`},
	{nl, `deze|afgelopen`},
}) + `)\s+$`)

// deletedAfterRE, after "permanently", says the data are deleted for good,
// not kept ("permanent verwijderd", "permanently erased").
var deletedAfterRE = regexp.MustCompile(`(?i)^\s*(?:` + altSource([]pattern{
	{sv, `raderas|raderade`},
	{en, `deleted|erased|removed|destroyed`},
	{de, `gelöscht|entfernt|vernichtet`},
	{nl, `verwijderd|vernietigd|gewist`},
}) + `)`)

// wordsRE compiles patterns that must stand as whole words.
func wordsRE(ps ...pattern) *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:` + altSource(ps) + `)\b`)
}

var (
	periodWordRE = regexp.MustCompile(`(?i)(\d{1,3}|[\p{L}]+)[\s\-]+(` + unitAlternation() + `)(?:[^\p{L}]|$)`)
	// events that a period runs from, after the period: "käyttäjän
	// viimeisen kirjautumisen jälkeen", "palvelun käytön päättymisestä",
	// "efter att de skapats", "after the account is closed".
	fiAfterRE = regexp.MustCompile(`^\s*(?:ajan\s+)?((?:[\p{L}\-]+\s){0,4}?[\p{L}\-]+(?:n|sta|stä))\s+(jälkeen|päättymisestä|alusta|lukien)(?:[^\p{L}]|$)`)
	fiFromRE  = regexp.MustCompile(`^\s*((?:[\p{L}\-]+\s){0,3}?[\p{L}\-]+(?:sta|stä))(?:[^\p{L}]|$)`)
	svAfterRE = regexp.MustCompile(`(?i)^\s*(?:efter\s+(?:att\s+)?|från\s+)((?:[\p{L}\-]+\s?){1,6})`)
	enAfterRE = regexp.MustCompile(`(?i)^\s*(?:after|from|following)\s+((?:[\p{L}'\-]+\s?){1,6})`)
	openEndRE = []struct {
		re *regexp.Regexp
		k  notice.OpenEndKind
	}{
		{regexp.MustCompile(`(?i)\btoistaiseksi\b|\btills vidare\b|\buntil further notice\b`), notice.UntilFurtherNotice},
		{regexp.MustCompile(`(?i)\bpysyvästi\b|\bpermanent(ly|)\b|\bför alltid\b|\bsäilytetään pysyvästi\b`), notice.Permanently},
		{regexp.MustCompile(`(?i)\bilman määräaikaa\b|\bindefinitely\b|\bpå obestämd tid\b`), notice.Indefinitely},
	}
	withinAfterRE = regexp.MustCompile(`^\s*(kuluessa|sisällä|sisään)(?:[^\p{L}]|$)`)
	untilYearRE   = regexp.MustCompile(`(?i)\b(?:senast|viimeistään|by|until|no later than|asti|saakka|till)\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s+(?:asti|saakka|mennessä)(?:[^\p{L}]|$)`)
)

// A period is one retention period found in a text.
type period struct {
	dur       notice.Duration
	qualifier notice.RetentionQualifier
	from      string // the event, as written
	raw       string
	start     int
}

// periodsIn returns the periods of time a text states, with their
// qualifiers and events.
func periodsIn(s string) []period {
	var out []period
	for _, loc := range periodWordRE.FindAllStringSubmatchIndex(s, -1) {
		numText := strings.ToLower(s[loc[2]:loc[3]])
		unit := unitWords[strings.ToLower(s[loc[4]:loc[5]])]
		n, err := strconv.Atoi(numText)
		if err != nil {
			w, ok := numberWords[numText]
			if !ok {
				continue
			}
			n = w
		}
		if n <= 0 || n > 1000 {
			continue
		}
		var d notice.Duration
		switch unit {
		case "Y":
			d.Years = n
		case "M":
			d.Months = n
		case "W":
			d.Weeks = n
		case "D":
			d.Days = n
		case "H":
			d.Hours = n
		default:
			continue
		}
		p := period{dur: d, raw: strings.TrimRight(s[loc[0]:loc[1]], " .,;:)"), start: loc[0]}
		before := s[max(0, loc[0]-40):loc[0]]
		if notNewPeriodRE.MatchString(before) {
			continue
		}
		p.qualifier = qualifierOf(before)
		if m := alternativeBeforeRE.FindStringSubmatchIndex(before); m != nil {
			// "6 bzw. 10 Jahre": the 6 is a period of its own, in years.
			if k, err := strconv.Atoi(before[m[2]:m[3]]); err == nil && k > 0 && k <= 1000 && !citedBeforeRE.MatchString(before[:m[2]]) {
				alt := period{dur: scaled(d, k, n), raw: before[m[2]:] + p.raw, start: loc[0] - len(before) + m[2]}
				alt.qualifier = qualifierOf(before[:m[2]])
				out = append(out, alt)
			}
		}
		rest := s[loc[1]:]
		if m := withinAfterRE.FindStringIndex(rest); m != nil {
			// "12 kuukauden kuluessa produktion päättymisestä": within, at most.
			p.qualifier = notice.RetentionMaximum
			rest = rest[m[1]:]
		}
		p.from = eventAfter(rest)
		out = append(out, p)
	}
	return out
}

// qualifierOf returns the qualifier the words before a period give it.
func qualifierOf(before string) notice.RetentionQualifier {
	for _, q := range qualifierWords {
		if q.re.MatchString(before) {
			return q.q
		}
	}
	return ""
}

// scaled returns d, a duration of n of one unit, as k of that unit.
func scaled(d notice.Duration, k, n int) notice.Duration {
	return notice.Duration{Years: d.Years / n * k, Months: d.Months / n * k, Weeks: d.Weeks / n * k, Days: d.Days / n * k, Hours: d.Hours / n * k}
}

// eventAfter reads the event a period runs from, in the words after it.
func eventAfter(rest string) string {
	if m := fiAfterRE.FindStringSubmatch(rest); m != nil {
		if m[2] == "päättymisestä" {
			return strings.TrimSpace(m[1] + " päättymisestä")
		}
		return strings.TrimSpace(m[1])
	}
	if r, ok := strings.CutPrefix(strings.TrimSpace(rest), "jälkeen "); ok {
		// "30 päivän jälkeen tilin luomisesta"
		if m := fiFromRE.FindStringSubmatch(r); m != nil {
			return strings.TrimSpace(m[1])
		}
	}
	if m := svAfterRE.FindStringSubmatch(rest); m != nil {
		return strings.TrimSpace(strings.TrimRight(m[1], ".,"))
	}
	if m := enAfterRE.FindStringSubmatch(rest); m != nil {
		return strings.TrimSpace(strings.TrimRight(m[1], ".,"))
	}
	if m := fiFromRE.FindStringSubmatch(rest); m != nil && !strings.HasPrefix(strings.TrimSpace(m[1]), "ajan") {
		// "30 päivää palvelun käytönpäättymisestä", "viisi vuotta tapahtumasta"
		w := strings.Fields(m[1])
		last := w[len(w)-1]
		if strings.HasSuffix(last, "misesta") || strings.HasSuffix(last, "misestä") || strings.HasSuffix(last, "tumasta") || strings.HasSuffix(last, "tumästä") || strings.HasSuffix(last, "luomisesta") {
			return strings.TrimSpace(m[1])
		}
	}
	return ""
}

// openEndIn returns the open end a text states, if any.
func openEndIn(s string) (notice.OpenEndKind, bool) {
	for _, o := range openEndRE {
		loc := o.re.FindStringIndex(s)
		if loc == nil || o.k == notice.Permanently && deletedAfterRE.MatchString(s[loc[1]:]) {
			continue
		}
		return o.k, true
	}
	return "", false
}

// untilIn returns a year by which data are deleted ("senast 2028").
func untilIn(s string) (notice.Date, bool) {
	m := untilYearRE.FindStringSubmatch(s)
	if m == nil {
		return notice.Date{}, false
	}
	y, _ := strconv.Atoi(m[1] + m[2])
	return notice.NewYear(y), true
}

// Dates.

var (
	dotDateRE  = regexp.MustCompile(`\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b`)
	isoDateRE  = regexp.MustCompile(`\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b`)
	dateLabels = []struct {
		re   *regexp.Regexp
		kind string // "updated", "prepared", "published", "effective"
	}{
		{regexp.MustCompile(`(?i)päivitetty|viimeisin muutos|viimeksi päivitetty|muutettu|päivitys|uppdaterad|senast ändrad|senast uppdaterad|last (updated|modified|changed|update)|updated|laatste update|zuletzt|stand`), "updated"},
		{regexp.MustCompile(`(?i)laadittu|laatimispvm|laatimispäivä|laatimispäivämäärä|laatimis|dag för utarbetande|upprättad|drawn up|prepared|created`), "prepared"},
		{regexp.MustCompile(`(?i)julkaistu|publicerad|published`), "published"},
		{regexp.MustCompile(`(?i)voimassa alkaen|tulee voimaan|gäller från|effective|in force from`), "effective"},
	}
)

// monthTable gives the names of the months, January first, by language,
// for dates written "15 maart 2021", "1. Januar 2024", "3 May 2022".
var monthTable = []struct {
	lang  string
	names [12]string
}{
	{sv, [12]string{"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"}},
	{en, [12]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}},
	{de, [12]string{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"}},
	{nl, [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"}},
}

// months maps each month name, lower case, to its month; monthDateRE
// finds a date written with one.
var months, monthDateRE = func() (map[string]time.Month, *regexp.Regexp) {
	m := map[string]time.Month{}
	var names []string
	for _, row := range monthTable {
		for i, n := range row.names {
			if _, ok := m[n]; !ok {
				names = append(names, n)
			}
			m[n] = time.Month(i + 1)
		}
	}
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) })
	return m, regexp.MustCompile(`(?i)\b(\d{1,2})\.?\s+(` + strings.Join(names, "|") + `)\s+((?:19|20)\d{2})\b`)
}()

// A dated is a date a text gives, with what it dates.
type dated struct {
	kind  string
	date  notice.Date
	raw   string
	start int
}

// datesIn returns the dates in s whose label says what they are: "Laadittu
// 22.8.2023. Viimeisin muutos 22.2.2024." gives a prepared and an updated
// date.
func datesIn(s string) []dated {
	var out []dated
	if !strings.ContainsAny(s, "0123456789") {
		return nil // every date form has digits: most sentences need no regular expression
	}
	prev := 0
	add := func(start, end int, d notice.Date) {
		before := s[prev:start]
		kind := ""
		for _, l := range dateLabels {
			if l.re.MatchString(before) {
				kind = l.kind
				break
			}
		}
		out = append(out, dated{kind: kind, date: d, raw: s[start:end], start: start})
		prev = end
	}
	for _, loc := range dotDateRE.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[loc[2]:loc[3]])
		m, _ := strconv.Atoi(s[loc[4]:loc[5]])
		y, _ := strconv.Atoi(s[loc[6]:loc[7]])
		if m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			continue
		}
		add(loc[0], loc[1], notice.NewDate(y, time.Month(m), d))
	}
	for _, loc := range monthDateRE.FindAllStringSubmatchIndex(s, -1) {
		d, _ := strconv.Atoi(s[loc[2]:loc[3]])
		m := months[strings.ToLower(s[loc[4]:loc[5]])]
		y, _ := strconv.Atoi(s[loc[6]:loc[7]])
		if t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC); d < 1 || t.Day() != d {
			continue
		}
		add(loc[0], loc[1], notice.NewDate(y, m, d))
	}
	for _, loc := range isoDateRE.FindAllStringSubmatchIndex(s, -1) {
		if dt, err := notice.ParseDate(s[loc[0]:loc[1]]); err == nil {
			add(loc[0], loc[1], dt)
		}
	}
	return out
}
