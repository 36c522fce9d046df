package prose

import (
	"regexp"
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

// numberWords are the numbers written as words, in the forms notices use
// (nominative, genitive, partitive), in fi, sv and en.
var numberWords = map[string]int{
	"yksi": 1, "yhden": 1, "kaksi": 2, "kahden": 2, "kahta": 2, "kolme": 3, "kolmen": 3, "kolmea": 3,
	"neljä": 4, "neljän": 4, "viisi": 5, "viiden": 5, "viittä": 5, "kuusi": 6, "kuuden": 6, "seitsemän": 7,
	"kahdeksan": 8, "yhdeksän": 9, "kymmenen": 10, "kaksitoista": 12, "kahdentoista": 12, "neljätoista": 14, "neljäntoista": 14, "kolmekymmentä": 30,
	"ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10, "tolv": 12, "fjorton": 14, "trettio": 30,
	"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fourteen": 14, "thirty": 30,
}

// unitWords are the units of time in their inflected forms.
var unitWords = map[string]string{
	"vuosi": "Y", "vuotta": "Y", "vuoden": "Y", "vuodeksi": "Y", "vuodessa": "Y", "v": "Y",
	"kuukausi": "M", "kuukautta": "M", "kuukauden": "M", "kuukaudeksi": "M", "kk": "M",
	"viikko": "W", "viikkoa": "W", "viikon": "W", "viikoksi": "W",
	"päivä": "D", "päivää": "D", "päivän": "D", "päiväksi": "D", "vuorokautta": "D", "vrk": "D",
	"tunti": "H", "tuntia": "H", "tunnin": "H",
	"år": "Y", "års": "Y", "året": "Y", "månad": "M", "månader": "M", "månaders": "M", "vecka": "W", "veckor": "W", "veckors": "W",
	"dag": "D", "dagar": "D", "dagars": "D", "dygn": "D", "timme": "H", "timmar": "H",
	"year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W", "day": "D", "days": "D", "hour": "H", "hours": "H",
}

// qualifierWords say how exact a period is; they stand before the number,
// at most a few words away.
var qualifierWords = []struct {
	re *regexp.Regexp
	q  notice.RetentionQualifier
}{
	{regexp.MustCompile(`(?i)\b(vähintään|ainakin|minst|åtminstone|at least|a minimum of|not less than)\b`), notice.RetentionMinimum},
	{regexp.MustCompile(`(?i)\b(enintään|korkeintaan|maksimissaan|viimeistään|högst|som mest|längst|senast|at most|at the most|up to|no more than|not more than|a maximum of|maximum of|maximum|within)\b`), notice.RetentionMaximum},
	{regexp.MustCompile(`(?i)\b(noin|n\.|suunnilleen|cirka|ca\.|ungefär|about|approximately|around|roughly|typically)\b`), notice.RetentionApproximate},
}

var (
	periodWordRE = regexp.MustCompile(`(?i)(\d{1,3}|[\p{L}]+)[\s\-]+(vuosi|vuotta|vuoden|vuodeksi|kuukausi|kuukautta|kuukauden|kuukaudeksi|kk|viikko|viikkoa|viikon|viikoksi|päivää|päivän|päiväksi|päivä|vuorokautta|vrk|tuntia|tunnin|tunti|år|års|året|månader|månaders|månad|veckor|veckors|vecka|dagar|dagars|dag|dygn|timmar|timme|years|year|months|month|weeks|week|days|day|hours|hour)(?:[^\p{L}]|$)`)
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
		for _, q := range qualifierWords {
			if q.re.MatchString(before) {
				p.qualifier = q.q
				break
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
		if o.re.MatchString(s) {
			return o.k, true
		}
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
	dutchMonths = map[string]time.Month{"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12}
)

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
	for _, loc := range isoDateRE.FindAllStringSubmatchIndex(s, -1) {
		if dt, err := notice.ParseDate(s[loc[0]:loc[1]]); err == nil {
			add(loc[0], loc[1], dt)
		}
	}
	return out
}
