package i18n

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// formatKey is a message that the formatting methods read from locale.json.
type formatKey struct {
	key    string
	plural bool
}

// formatKeys lists every locale.json key the formatting methods read. Every
// supported language must define them all; load checks that.
func formatKeys() []formatKey {
	keys := []formatKey{{key: "date.pattern"}, {key: "date.monthPattern"}}
	for m := 1; m <= 12; m++ {
		keys = append(keys, formatKey{key: "date.month." + strconv.Itoa(m)})
	}
	for _, kind := range []string{"and", "or", "unit"} {
		for _, part := range []string{"two", "start", "middle", "end"} {
			keys = append(keys, formatKey{key: "list." + kind + "." + part})
		}
	}
	for _, u := range periodUnits {
		keys = append(keys, formatKey{key: u, plural: true})
	}
	for _, p := range slices.Concat(statuteParts, statuteKeys) {
		keys = append(keys, formatKey{key: p}, formatKey{key: p + ".outer"})
	}
	for _, k := range []string{"withNumber", "separator", "cite", "citeSeveral", "eu.cite", "eu.regulation", "eu.directive", "eu.ec"} {
		keys = append(keys, formatKey{key: "statute." + k})
	}
	for _, k := range []string{"single", "multiple", "article", "paragraph", "point", "subparagraph", "range"} {
		keys = append(keys, formatKey{key: "article." + k})
	}
	for i := range ordinals {
		keys = append(keys, formatKey{key: "article.ordinal." + strconv.Itoa(i+1)})
	}
	return keys
}

// fill replaces each {name} in tmpl by its value; kv alternates names and
// values. Values are inserted as they are, never themselves expanded.
// It reads tmpl once; a strings.Replacer built for each call would cost
// more than the formatting itself.
func fill(tmpl string, kv ...string) string {
	var b strings.Builder
	b.Grow(len(tmpl) + 16)
	for {
		open := strings.IndexByte(tmpl, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(tmpl[open:], '}')
		if end < 0 {
			break
		}
		name := tmpl[open+1 : open+end]
		b.WriteString(tmpl[:open])
		value, found := "", false
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i] == name {
				value, found = kv[i+1], true
				break
			}
		}
		if found {
			b.WriteString(value)
			tmpl = tmpl[open+end+1:]
		} else {
			b.WriteByte('{')
			tmpl = tmpl[open+1:]
		}
	}
	b.WriteString(tmpl)
	return b.String()
}

// Date formats the calendar date of t (in t's own location) the way the
// locale writes dates in running text: fi 22.8.2023, sv (Finland) 22.8.2023,
// sv-SE 2023-08-22, en 22 August 2023.
//
// The pattern is the locale's "date.pattern" message, in CLDR notation: d and
// dd for the day, M and MM for the month number, MMMM for the month name
// ("date.month.1" to "date.month.12"), y or yyyy for the year, yy for its last
// two digits and 'quoted' literal text; other characters are copied.
func (l *Locale) Date(t time.Time) string {
	return l.datePattern(l.raw("date.pattern"), t)
}

// MonthYear formats the month of t (in t's own location) for a date known
// only to the month, such as "until February 2021": fi 2/2021, sv
// februari 2021, en February 2021. The pattern is the locale's
// "date.monthPattern" message, in the notation of [Locale.Date].
func (l *Locale) MonthYear(t time.Time) string {
	return l.datePattern(l.raw("date.monthPattern"), t)
}

func (l *Locale) datePattern(pattern string, t time.Time) string {
	var b strings.Builder
	for i := 0; i < len(pattern); {
		c := pattern[i]
		if c == '\'' {
			end := strings.IndexByte(pattern[i+1:], '\'')
			if end < 0 {
				b.WriteString(pattern[i+1:])
				break
			}
			if end == 0 {
				b.WriteByte('\'') // '' is a literal quote
			}
			b.WriteString(pattern[i+1 : i+1+end])
			i += end + 2
			continue
		}
		if !strings.ContainsRune("dMy", rune(c)) {
			b.WriteByte(c)
			i++
			continue
		}
		n := 1
		for i+n < len(pattern) && pattern[i+n] == c {
			n++
		}
		i += n
		switch {
		case c == 'd' && n == 1:
			b.WriteString(strconv.Itoa(t.Day()))
		case c == 'd':
			fmt.Fprintf(&b, "%02d", t.Day())
		case c == 'M' && n == 1:
			b.WriteString(strconv.Itoa(int(t.Month())))
		case c == 'M' && n == 2:
			fmt.Fprintf(&b, "%02d", int(t.Month()))
		case c == 'M':
			b.WriteString(l.raw("date.month." + strconv.Itoa(int(t.Month()))))
		case c == 'y' && n == 2:
			fmt.Fprintf(&b, "%02d", t.Year()%100)
		default: // y, yyyy
			b.WriteString(strconv.Itoa(t.Year()))
		}
	}
	return b.String()
}

// A Period is a length of time in calendar units, as an ISO 8601 duration
// gives it (P1Y6M is Period{Years: 1, Months: 6}). The units are kept as
// given, never normalised: 18 months stay 18 months.
type Period struct {
	Years, Months, Weeks, Days, Hours, Minutes int
}

// periodUnits are the messages for the units of a Period, largest first.
var periodUnits = []string{"duration.year", "duration.month", "duration.week", "duration.day", "duration.hour", "duration.minute"}

// Period writes p with the locale's unit words, choosing singular or plural
// by the locale's plural rules: "1 vuosi", "5 vuotta"; "1 år", "5 år";
// "1 year", "5 years". Units that are zero are left out; the others, largest
// first, are joined by the locale's unit list: "1 vuosi ja 6 kuukautta",
// "1 år, 6 månader", "1 year, 6 months". The zero Period is written as zero
// days ("0 päivää").
func (l *Locale) Period(p Period) string {
	counts := []int{p.Years, p.Months, p.Weeks, p.Days, p.Hours, p.Minutes}
	var parts []string
	for i, n := range counts {
		if n != 0 {
			parts = append(parts, l.T(periodUnits[i], n))
		}
	}
	if len(parts) == 0 {
		return l.T("duration.day", 0)
	}
	return l.join("list.unit", parts)
}

// List joins items as a conjunction in the locale's style, without a serial
// comma: "A, B ja C", "A, B och C", "A, B and C"; two items: "A ja B". One
// item is returned as it is; no items give "".
func (l *Locale) List(items []string) string {
	return l.join("list.and", items)
}

// ListOr joins items as a disjunction: "A, B tai C", "A, B eller C",
// "A, B or C".
func (l *Locale) ListOr(items []string) string {
	return l.join("list.or", items)
}

// join applies the CLDR list patterns kind.two, kind.start, kind.middle and
// kind.end, each with the placeholders {0} and {1}.
func (l *Locale) join(kind string, items []string) string {
	pat := func(part, a, b string) string { return fill(l.raw(kind+"."+part), "0", a, "1", b) }
	switch n := len(items); n {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return pat("two", items[0], items[1])
	default:
		s := pat("end", items[n-2], items[n-1])
		for i := n - 3; i >= 1; i-- {
			s = pat("middle", items[i], s)
		}
		return pat("start", items[0], s)
	}
}

// A Citation refers to a statute, or to a provision of one, for rendering
// with [Locale.Statute]. All fields are text; empty fields are left out.
// The names are in the language of the Locale that formats the citation,
// or, for an act that has no name in that language, in its own.
type Citation struct {
	// Style is the jurisdiction whose way of citing its law the citation
	// follows: "FI" (Finland, and the default: an empty Style or a
	// jurisdiction without a style of its own is cited with the Locale's
	// own templates), "SE" (Sweden: "2 kap. 3 § dataskyddslagen
	// (2018:218)"), "AT" (Austria: "§ 3 Abs. 1 Z 2 UG"), "DE" or a German
	// Land such as "DE-BY" (Germany: "§ 26 Abs. 1 Nr. 2 BDSG") and "EU"
	// (Union acts: "Article 6(1)(e) of Regulation (EU) 2016/679").
	Style string
	// Name is the statute's name in the nominative, as it stands alone:
	// fi "tietosuojalaki", sv "dataskyddslag", en "Data Protection Act".
	Name string
	// CiteName is the form the name takes in a citation of a provision:
	// fi genitive "tietosuojalain", sv definite "dataskyddslagen",
	// en "the Data Protection Act". Empty means Name.
	CiteName string
	// Number is the statute's identifier in its jurisdiction's scheme, such
	// as "1050/2018" (Finland), "2018:218" (Sweden), "2016/679" (the
	// Union) or "BGBl. I Nr. 120/2002" (Austria).
	Number string
	// Abbreviation is the act's short title ("UG", "BDSG"), which the
	// Austrian and German styles cite by.
	Abbreviation string
	// Kind is the kind of a Union act, "regulation" or "directive", which
	// the EU style names it by ("Regulation (EU) 2016/679"); empty for
	// another act, which is cited by its name.
	Kind string
	// Alias is another name of the act, such as the name the notice itself
	// uses where it differs from the act's name: it is shown beside the
	// number, "(917/2014, tietoyhteiskuntakaari)".
	Alias string
	// Chapter, Sections, Subsection and Item locate the provision: luku,
	// pykälä, momentti, kohta; kap., §, mom., punkt; chapter, section,
	// subsection, paragraph. Several sections are cited together, in the
	// locale's list style ("4 ja 6 §", "sections 4 and 6").
	Chapter    string
	Sections   []string
	Subsection string
	Item       string
	// Articles are the article numbers of an act divided into articles
	// (Union acts; "Art. 5 GG"; the Dutch "artikel 6d"); Subsection and
	// Item then give its paragraph and point.
	Articles []string
}

// statuteParts are the messages for the parts of a provision, outermost
// first. Each also has a ".outer" form, used when a smaller part follows (fi
// genitive: "4 §:n 2 kohta").
var statuteParts = []string{"statute.chapter", "statute.section", "statute.subsection", "statute.item"}

// statuteKeys are the further statute messages of locale.json.
var statuteKeys = []string{"statute.sections", "statute.article", "statute.articles"}

// Statute writes a citation of a statute or of one of its provisions in the
// citation style of the law's jurisdiction ([Citation.Style]) and the
// locale's language. The Finnish style, and that of a jurisdiction without
// a style of its own, follows the locale's templates:
//
//	fi: tietosuojalain (1050/2018) 4 §:n 1 momentin 2 kohta
//	sv: 4 § 1 mom. 2 punkten i dataskyddslagen (1050/2018)
//	en: section 4, subsection 1, paragraph 2, of the Data Protection Act (1050/2018)
//
// The Swedish style, in Swedish: "2 kap. 3 § dataskyddslagen (2018:218)";
// in another language the locale's templates, with the number as "SFS
// 2018:218". The Austrian and German styles in every language: "§ 3 Abs. 1
// Z 2 UG (Universitätsgesetz 2002, BGBl. I Nr. 120/2002)", with the name in
// the locale's language where one is given. The Union's style:
//
//	fi: asetuksen (EU) 2016/679 6 artiklan 1 kohdan e alakohta
//	sv: artikel 6.1 e i förordning (EU) 2016/679
//	en: Article 6(1)(e) of Regulation (EU) 2016/679
//
// Without a provision it names the statute itself, in the nominative:
// "tietosuojalaki (1050/2018)", "Universitätsgesetz 2002 (UG), BGBl. I Nr.
// 120/2002", "yleinen tietosuoja-asetus (EU) 2016/679". Without a Number
// the parenthesis is left out.
func (l *Locale) Statute(c Citation) string {
	c = trimCitation(c)
	if c.Name == "" {
		c.Name = c.CiteName
	}
	if c.CiteName == "" {
		c.CiteName = c.Name
	}
	style := c.Style
	if strings.HasPrefix(style, "DE-") {
		style = "DE"
	}
	switch style {
	case "EU":
		return l.statuteEU(c)
	case "AT", "DE":
		return l.statuteGerman(c, style)
	case "SE":
		if b, _ := l.base.Base(); b.String() == "sv" {
			return statuteSwedish(c)
		}
		if c.Number != "" {
			c.Number = "SFS " + c.Number
		}
	}
	return l.statuteLocal(c)
}

func trimCitation(c Citation) Citation {
	t := strings.TrimSpace
	c.Style, c.Name, c.CiteName, c.Number = t(c.Style), t(c.Name), t(c.CiteName), t(c.Number)
	c.Abbreviation, c.Kind, c.Alias = t(c.Abbreviation), t(c.Kind), t(c.Alias)
	c.Chapter, c.Subsection, c.Item = t(c.Chapter), t(c.Subsection), t(c.Item)
	c.Sections, c.Articles = trimAll(c.Sections), trimAll(c.Articles)
	return c
}

func trimAll(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// number returns the number with the alias beside it: "917/2014,
// tietoyhteiskuntakaari".
func (c Citation) number() string {
	switch {
	case c.Alias == "":
		return c.Number
	case c.Number == "":
		return c.Alias
	}
	return c.Number + ", " + c.Alias
}

// statuteLocal cites c with the locale's own templates.
func (l *Locale) statuteLocal(c Citation) string {
	var given [][2]string
	add := func(key, v string) {
		if v != "" {
			given = append(given, [2]string{key, v})
		}
	}
	add("statute.chapter", c.Chapter)
	switch {
	case len(c.Sections) > 1:
		add("statute.sections", l.List(c.Sections))
	case len(c.Sections) == 1:
		add("statute.section", c.Sections[0])
	case len(c.Articles) > 1:
		add("statute.articles", l.List(c.Articles))
	case len(c.Articles) == 1:
		add("statute.article", c.Articles[0])
	}
	if len(c.Sections) > 0 && len(c.Articles) > 0 {
		// An act cited by both sections and articles: the articles follow.
		key := "statute.article"
		if len(c.Articles) > 1 {
			key = "statute.articles"
		}
		add(key, l.List(c.Articles))
	}
	add("statute.subsection", c.Subsection)
	add("statute.item", c.Item)
	number := c.number()
	if len(given) == 0 {
		return l.statuteName(c.Name, number)
	}
	parts := make([]string, len(given))
	for i, g := range given {
		key := g[0]
		if i < len(given)-1 {
			key += ".outer"
		}
		parts[i] = fill(l.raw(key), "n", g[1])
	}
	wrap := "statute.cite"
	if len(parts) > 1 {
		wrap = "statute.citeSeveral"
	}
	return strings.TrimSpace(fill(l.raw(wrap),
		"statute", l.statuteName(c.CiteName, number),
		"parts", strings.Join(parts, l.raw("statute.separator"))))
}

func (l *Locale) statuteName(name, number string) string {
	if number == "" || name == "" {
		return name + number
	}
	return fill(l.raw("statute.withNumber"), "name", name, "number", number)
}

// statuteSwedish cites c in the style of Swedish law, written in Swedish:
// "2 kap. 3 § första stycket 2 dataskyddslagen (2018:218)" with the
// subsection and item as numbers ("3 § 1 st. 2 p."). An act whose name
// begins with "lag" or "förordning" takes its number after that word, as
// its title does: "lag (2018:218) med kompletterande bestämmelser …".
func statuteSwedish(c Citation) string {
	var parts []string
	if c.Chapter != "" {
		parts = append(parts, c.Chapter+" kap.")
	}
	switch {
	case len(c.Sections) > 0:
		parts = append(parts, joinSwedish(c.Sections)+" §")
	case len(c.Articles) == 1:
		parts = append(parts, "artikel "+c.Articles[0])
	case len(c.Articles) > 1:
		parts = append(parts, "artiklarna "+joinSwedish(c.Articles))
	}
	if c.Subsection != "" {
		parts = append(parts, c.Subsection+" st.")
	}
	if c.Item != "" {
		parts = append(parts, c.Item+" p.")
	}
	name := c.Name
	if len(parts) > 0 {
		name = c.CiteName
	}
	cited := name
	if n := c.number(); n != "" {
		first, rest, _ := strings.Cut(name, " ")
		switch first {
		case "lag", "lagen", "förordning", "förordningen":
			if rest != "" {
				cited = first + " (" + n + ") " + rest
				break
			}
			fallthrough
		default:
			cited = strings.TrimSpace(name + " (" + n + ")")
		}
	}
	return strings.TrimSpace(strings.Join(append(parts, cited), " "))
}

func joinSwedish(items []string) string {
	if len(items) == 1 {
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " och " + items[len(items)-1]
}

// statuteGerman cites c in the style of Austrian or German law: "§ 3 Abs. 1
// Z 2 UG" (Austria: Ziffer) or "§ 26 Abs. 1 Nr. 2 BDSG" (Germany: Nummer),
// "§§ 3, 4 UG", "Art. 5 GG", followed in parentheses by the act's name and
// number, the same in every language, where the act is cited by its
// abbreviation; an act without one is named by the locale's template
// ("§ 13 of the Telemedia Act").
func (l *Locale) statuteGerman(c Citation, style string) string {
	var parts []string
	if c.Chapter != "" {
		parts = append(parts, c.Chapter+". Abschnitt")
	}
	switch {
	case len(c.Sections) == 1:
		parts = append(parts, "§ "+c.Sections[0])
	case len(c.Sections) > 1:
		parts = append(parts, "§§ "+strings.Join(c.Sections, ", "))
	}
	if len(c.Articles) > 0 {
		parts = append(parts, "Art. "+strings.Join(c.Articles, ", "))
	}
	if c.Subsection != "" {
		parts = append(parts, "Abs. "+c.Subsection)
	}
	if c.Item != "" {
		if style == "AT" {
			parts = append(parts, "Z "+c.Item)
		} else {
			parts = append(parts, "Nr. "+c.Item)
		}
	}
	number := c.number()
	var act string
	switch {
	case len(parts) == 0 && c.Abbreviation != "":
		act = c.Name + " (" + c.Abbreviation + ")"
		if c.Name == "" {
			act = c.Abbreviation
		}
		if number != "" {
			act += ", " + number
		}
		return strings.TrimSpace(act)
	case len(parts) == 0:
		act = c.Name
		if number != "" {
			act = strings.TrimSpace(act + ", " + number)
		}
		return strings.TrimPrefix(act, ", ")
	case c.Abbreviation != "":
		act = c.Abbreviation
		var in []string
		if c.Name != "" && c.Name != c.Abbreviation {
			in = append(in, c.Name)
		}
		if number != "" {
			in = append(in, number)
		}
		if len(in) > 0 {
			act += " (" + strings.Join(in, ", ") + ")"
		}
	default:
		return strings.TrimSpace(fill(l.raw("statute.cite"),
			"statute", l.statuteName(c.CiteName, number), "parts", strings.Join(parts, " ")))
	}
	return strings.TrimSpace(strings.Join(parts, " ") + " " + act)
}

// statuteEU cites a Union act: the provision by the Regulation's own
// article style ([Locale.Article]) and the act by its kind and number
// ("Regulation (EU) 2016/679", "Directive 2002/58/EC"), or by its name
// where its kind is not given.
func (l *Locale) statuteEU(c Citation) string {
	number := l.euNumber(c.Number)
	if len(c.Articles) == 0 && len(c.Sections) == 0 && c.Chapter == "" && c.Subsection == "" && c.Item == "" {
		// The act itself: "General Data Protection Regulation (EU) 2016/679".
		s := strings.TrimSpace(c.Name + " " + number)
		if c.Alias != "" {
			s += " (" + c.Alias + ")"
		}
		return s
	}
	ref := l.euRef(c)
	if ref == "" {
		// Not a provision the article style can write: the locale's own
		// templates, with the act's name.
		return l.statuteLocal(c)
	}
	var act string
	switch c.Kind {
	case "regulation", "directive":
		act = fill(l.raw("statute.eu."+c.Kind), "number", number)
	default:
		act = strings.TrimSpace(c.CiteName + " " + number)
	}
	if c.Alias != "" {
		act += " (" + c.Alias + ")"
	}
	return fill(l.raw("statute.eu.cite"), "ref", ref, "act", act)
}

// euRef returns the articles of c in the Regulation's article style, or ""
// where they cannot be written so.
func (l *Locale) euRef(c Citation) string {
	if len(c.Sections) > 0 || c.Chapter != "" || len(c.Articles) == 0 {
		return ""
	}
	canon := "Art " + c.Articles[0]
	switch {
	case len(c.Articles) > 1 && (c.Subsection != "" || c.Item != ""):
		return ""
	case len(c.Articles) > 1:
		canon = "Arts " + strings.Join(c.Articles, ", ")
	case c.Item != "" && c.Subsection == "":
		return ""
	default:
		if c.Subsection != "" {
			canon += "(" + c.Subsection + ")"
		}
		if c.Item != "" {
			canon += "(" + c.Item + ")"
		}
	}
	if _, ok := parseArticles(canon); !ok {
		return ""
	}
	return l.Article(canon)
}

// euNumber writes a Union act's number the way the locale's language
// does: "(EU) 2016/679" for the numbering used since 2015, and for an
// act of the European Community the Community's abbreviation in the
// language, "2002/58/EC" (fi "2002/58/EY", sv "2002/58/EG", as the
// Regulation cites "direktiivin 95/46/EY", "direktiv 95/46/EG").
func (l *Locale) euNumber(n string) string {
	if n == "" {
		return ""
	}
	if rest, ok := strings.CutSuffix(n, "/EC"); ok {
		return rest + "/" + l.raw("statute.eu.ec")
	}
	if strings.HasPrefix(n, "(") {
		return n
	}
	return "(EU) " + n
}

// ordinals are the canonical words for subparagraphs in article references.
var ordinals = []string{"first", "second", "third", "fourth"}

var (
	articleItemRE  = regexp.MustCompile(`^(\d+)(?:\((\d+)\)(?:[-–]\((\d+)\))?)?(?:\(([a-z]+)\)(?:[-–]\(([a-z]+)\))?)?$`)
	articleRangeRE = regexp.MustCompile(`^(\d+)[-–](\d+)$`)
	subparagraphRE = regexp.MustCompile(`^(` + strings.Join(ordinals, "|") + `) subparagraph$`)
)

// articleRef is one item of a GDPR article reference.
type articleRef struct {
	article, paragraph, point string
	pointTo                   string // the last point of a range of points, "d" in 13(2)(b)-(d)
	subparagraph              int    // 1-based; 0 for none
	to                        string
}

// parseArticles parses the library's canonical article reference: "Art" or
// "Arts", a space, and comma-separated items such as 15, 6(1), 6(1)(a),
// 6(2)-(3), 13(2)(b)-(d), 13-22, or 49(1) followed by ", second
// subparagraph".
func parseArticles(s string) ([]articleRef, bool) {
	rest, ok := strings.CutPrefix(s, "Arts ")
	if !ok {
		if rest, ok = strings.CutPrefix(s, "Art "); !ok {
			return nil, false
		}
	}
	var refs []articleRef
	for _, piece := range strings.Split(rest, ", ") {
		if m := subparagraphRE.FindStringSubmatch(piece); m != nil {
			if len(refs) == 0 {
				return nil, false
			}
			last := &refs[len(refs)-1]
			if last.paragraph == "" || last.point != "" || last.to != "" || last.subparagraph != 0 {
				return nil, false
			}
			for i, w := range ordinals {
				if w == m[1] {
					last.subparagraph = i + 1
				}
			}
			continue
		}
		if m := articleRangeRE.FindStringSubmatch(piece); m != nil {
			refs = append(refs, articleRef{article: m[1], to: m[2]})
			continue
		}
		m := articleItemRE.FindStringSubmatch(piece)
		if m == nil || (m[4] != "" && m[2] == "") || (m[3] != "" && m[4] != "") {
			return nil, false
		}
		if m[3] != "" {
			// A range of paragraphs, 6(2)-(3), is each paragraph in turn,
			// as the locales have no style for it: "6(2) and 6(3)".
			from, _ := strconv.Atoi(m[2])
			to, err := strconv.Atoi(m[3])
			if err != nil || to <= from || to-from > 9 {
				return nil, false
			}
			for p := from; p <= to; p++ {
				refs = append(refs, articleRef{article: m[1], paragraph: strconv.Itoa(p)})
			}
			continue
		}
		refs = append(refs, articleRef{article: m[1], paragraph: m[2], point: m[4], pointTo: m[5]})
	}
	return refs, len(refs) > 0
}

// Article writes a reference to articles of Regulation (EU) 2016/679, given
// in the canonical short form used across the library ("Art 6(1)(a)",
// "Art 13(2)(b)-(d)", "Art 15", "Art 49(1), second subparagraph",
// "Arts 13-14", "Art 4(8), 28"), in the locale's citation style:
//
//	fi: 6 artiklan 1 kohdan a alakohta; 13 artiklan 2 kohdan b–d alakohta; 15 artikla; 13–14 artikla
//	sv: artikel 6.1 a; artikel 13.2 b–d; artikel 15; artiklarna 13–14
//	en: Article 6(1)(a); Article 13(2)(b)–(d); Article 15; Articles 13–14
//
// Several items are joined as by [Locale.List]. A reference that does not
// parse is returned unchanged.
func (l *Locale) Article(ref string) string {
	refs, ok := parseArticles(strings.TrimSpace(ref))
	if !ok {
		return ref
	}
	// A range of two articles is two articles, as the Regulation writes
	// them: "Articles 13 and 14", never "Articles 13–14" (its dash is for
	// longer runs, "Articles 15 to 22", fi "15–22 artikla").
	var expanded []articleRef
	for _, r := range refs {
		if from, err1 := strconv.Atoi(r.article); err1 == nil && r.to != "" {
			if to, err2 := strconv.Atoi(r.to); err2 == nil && to == from+1 {
				expanded = append(expanded, articleRef{article: r.article}, articleRef{article: r.to})
				continue
			}
		}
		expanded = append(expanded, r)
	}
	refs = expanded
	multiple := len(refs) > 1
	whole := true // only whole articles: "13 ja 14 artikla", one template
	for _, r := range refs {
		whole = whole && r.paragraph == "" && r.to == ""
	}
	if whole && multiple {
		nums := make([]string, len(refs))
		for i, r := range refs {
			nums[i] = r.article
		}
		return fill(l.raw("article.multiple"), "refs", fill(l.raw("article.article"), "article", l.List(nums)))
	}
	items := make([]string, len(refs))
	for i, r := range refs {
		switch {
		case r.to != "":
			multiple = true
			items[i] = fill(l.raw("article.range"), "from", r.article, "to", r.to)
		case r.subparagraph != 0:
			items[i] = fill(l.raw("article.subparagraph"), "article", r.article, "paragraph", r.paragraph,
				"subparagraph", l.raw("article.ordinal."+strconv.Itoa(r.subparagraph)))
		case r.pointTo != "":
			items[i] = fill(l.raw("article.pointRange"), "article", r.article, "paragraph", r.paragraph, "point", r.point, "to", r.pointTo)
		case r.point != "":
			items[i] = fill(l.raw("article.point"), "article", r.article, "paragraph", r.paragraph, "point", r.point)
		case r.paragraph != "":
			items[i] = fill(l.raw("article.paragraph"), "article", r.article, "paragraph", r.paragraph)
		default:
			items[i] = fill(l.raw("article.article"), "article", r.article)
		}
	}
	if multiple {
		return fill(l.raw("article.multiple"), "refs", l.List(items))
	}
	return fill(l.raw("article.single"), "ref", items[0])
}
