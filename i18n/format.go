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
	keys := []formatKey{{key: "date.pattern"}}
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
	for _, p := range slices.Concat(statuteParts, []string{"statute.sections"}) {
		keys = append(keys, formatKey{key: p}, formatKey{key: p + ".outer"})
	}
	for _, k := range []string{"withNumber", "separator", "cite", "citeSeveral"} {
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
	pattern := l.raw("date.pattern")
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
// with [Locale.Statute]. All fields are text in the target language; empty
// fields are left out.
type Citation struct {
	// Name is the statute's name in the nominative, as it stands alone:
	// fi "tietosuojalaki", sv "dataskyddslag", en "Data Protection Act".
	Name string
	// CiteName is the form the name takes in a citation of a provision:
	// fi genitive "tietosuojalain", sv definite "dataskyddslagen",
	// en "the Data Protection Act". Empty means Name.
	CiteName string
	// Number is the statute's number in the Finnish statute book, such as
	// "1050/2018".
	Number string
	// Chapter, Sections, Subsection and Item locate the provision: luku,
	// pykälä, momentti, kohta; kap., §, mom., punkt; chapter, section,
	// subsection, paragraph. Several sections are cited together, in the
	// locale's list style ("4 ja 6 §", "sections 4 and 6").
	Chapter    string
	Sections   []string
	Subsection string
	Item       string
}

// statuteParts are the messages for the parts of a provision, outermost
// first. Each also has a ".outer" form, used when a smaller part follows (fi
// genitive: "4 §:n 2 kohta").
var statuteParts = []string{"statute.chapter", "statute.section", "statute.subsection", "statute.item"}

// Statute writes a citation of a statute or of one of its provisions in the
// locale's citation style:
//
//	fi: tietosuojalain (1050/2018) 4 §:n 1 momentin 2 kohta
//	sv: 4 § 1 mom. 2 punkten i dataskyddslagen (1050/2018)
//	en: section 4, subsection 1, paragraph 2, of the Data Protection Act (1050/2018)
//
// Without a provision it names the statute itself, in the nominative:
// "tietosuojalaki (1050/2018)". Without a Number the parenthesis is left out.
func (l *Locale) Statute(c Citation) string {
	trim := strings.TrimSpace
	name, cite, number := trim(c.Name), trim(c.CiteName), trim(c.Number)
	if name == "" {
		name = cite
	}
	if cite == "" {
		cite = name
	}
	var sections []string
	for _, s := range c.Sections {
		if s = trim(s); s != "" {
			sections = append(sections, s)
		}
	}
	var given [][2]string
	for i, v := range []string{c.Chapter, l.List(sections), c.Subsection, c.Item} {
		if v = trim(v); v != "" {
			key := statuteParts[i]
			if i == 1 && len(sections) > 1 {
				key = "statute.sections"
			}
			given = append(given, [2]string{key, v})
		}
	}
	if len(given) == 0 {
		return l.statuteName(name, number)
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
		"statute", l.statuteName(cite, number),
		"parts", strings.Join(parts, l.raw("statute.separator"))))
}

func (l *Locale) statuteName(name, number string) string {
	if number == "" || name == "" {
		return name + number
	}
	return fill(l.raw("statute.withNumber"), "name", name, "number", number)
}

// ordinals are the canonical words for subparagraphs in article references.
var ordinals = []string{"first", "second", "third", "fourth"}

var (
	articleItemRE  = regexp.MustCompile(`^(\d+)(?:\((\d+)\))?(?:\(([a-z]+)\))?$`)
	articleRangeRE = regexp.MustCompile(`^(\d+)[-–](\d+)$`)
	subparagraphRE = regexp.MustCompile(`^(` + strings.Join(ordinals, "|") + `) subparagraph$`)
)

// articleRef is one item of a GDPR article reference.
type articleRef struct {
	article, paragraph, point string
	subparagraph              int // 1-based; 0 for none
	to                        string
}

// parseArticles parses the library's canonical article reference: "Art" or
// "Arts", a space, and comma-separated items such as 15, 6(1), 6(1)(a), 13-22,
// or 49(1) followed by ", second subparagraph".
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
		if m == nil || (m[3] != "" && m[2] == "") {
			return nil, false
		}
		refs = append(refs, articleRef{article: m[1], paragraph: m[2], point: m[3]})
	}
	return refs, len(refs) > 0
}

// Article writes a reference to articles of Regulation (EU) 2016/679, given
// in the canonical short form used across the library ("Art 6(1)(a)",
// "Art 15", "Art 49(1), second subparagraph", "Arts 13-14", "Art 4(8), 28"),
// in the locale's citation style:
//
//	fi: 6 artiklan 1 kohdan a alakohta; 15 artikla; 13–14 artikla
//	sv: artikel 6.1 a; artikel 15; artiklarna 13–14
//	en: Article 6(1)(a); Article 15; Articles 13–14
//
// Several items are joined as by [Locale.List]. A reference that does not
// parse is returned unchanged.
func (l *Locale) Article(ref string) string {
	refs, ok := parseArticles(strings.TrimSpace(ref))
	if !ok {
		return ref
	}
	items := make([]string, len(refs))
	multiple := len(refs) > 1
	for i, r := range refs {
		switch {
		case r.to != "":
			multiple = true
			items[i] = fill(l.raw("article.range"), "from", r.article, "to", r.to)
		case r.subparagraph != 0:
			items[i] = fill(l.raw("article.subparagraph"), "article", r.article, "paragraph", r.paragraph,
				"subparagraph", l.raw("article.ordinal."+strconv.Itoa(r.subparagraph)))
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
