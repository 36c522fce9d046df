package prose

import (
	"regexp"
	"strings"
)

// The import's word tables: each row of a table says one thing (a topic, a
// legal basis, a right, a negative statement) and gives, language by
// language, the words notices write for it. A row's patterns are joined
// into one regular expression, so a notice in one language that quotes
// another (a Finnish notice with English headings) is still read; the
// language beside each pattern says whose words they are, so that a
// table is read and extended a language at a time.

// A pattern is one language's words for something, as a regular
// expression (RE2 syntax, matched case-insensitively where the table says
// so).
type pattern struct {
	lang string // ISO 639-1: fi, sv, en, de, nl; "" for forms every language writes
	re   string
}

// The languages whose words the tables hold, in the order their patterns
// are written.
const (
	fi = "fi"
	sv = "sv"
	en = "en"
	de = "de"
	nl = "nl"
)

// altRE compiles the patterns into one case-insensitive expression that
// matches where any of them does.
func altRE(ps ...pattern) *regexp.Regexp {
	return regexp.MustCompile(`(?i)` + altSource(ps))
}

// altSource joins the patterns' sources into one alternation.
func altSource(ps []pattern) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = "(?:" + p.re + ")"
	}
	return strings.Join(parts, "|")
}
