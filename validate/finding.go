package validate

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// A Finding is one thing the validator reports about a notice: which rule
// found it, how serious it is, where it is and which article it rests on.
// Its message is kept as data (the rule and its arguments) until someone
// prints it, in whatever supported language: see [Finding.Message].
//
// A Finding implements error; Error returns the English message.
type Finding struct {
	// Rule is the ID of the rule that reported the finding, such as
	// "ART13-CONTROLLER-01"; see [Rules] and [LookupRule].
	Rule string
	// Severity is the rule's severity.
	Severity Severity
	// Path is the RFC 6901 JSON Pointer of the place in the notice document:
	// the offending value, or, for an item that is missing, the place where it
	// belongs ("/activities/0/retention"). The empty string is the whole
	// document. Use notice.Locate to turn it into a line and column.
	Path string
	// Article is the provision the finding rests on, in canonical short form
	// ("Art 13(1)(a)"): the rule's article, or its Art 14 counterpart where
	// only Art 14 applies to the activities concerned, or, for the rules on
	// form and on items that are both "not applicable" and given, the article
	// of the item that holds the value.
	Article string
	// Args are the finding's arguments, as named by the rule's Args: a
	// language tag, a country code, a right's catalog key.
	Args []string
}

// Message returns the finding's message in the language tag (fi, sv or en;
// any other tag gets the closest supported language): the rule's summary,
// the article in that language's citation style, and the detail that says how
// to fix it.
//
//	Rekisterinpitäjää ei ole nimetty (13 artiklan 1 kohdan a alakohta). Nimeä …
func (f Finding) Message(tag language.Tag) string {
	loc := i18n.For(tag)
	args := f.localArgs(loc)
	summary := loc.T("rule."+f.Rule+".summary", args...)
	detail := loc.T("rule."+f.Rule+".detail", args...)
	var b strings.Builder
	b.WriteString(summary)
	if f.Article != "" {
		b.WriteString(" (")
		b.WriteString(loc.Article(f.Article))
		b.WriteString(")")
	}
	b.WriteString(". ")
	b.WriteString(detail)
	return b.String()
}

// Summary returns the rule's one-line summary for this finding, with its
// arguments, in the language tag: the Message without the article and the
// detail, for tables and short listings.
func (f Finding) Summary(tag language.Tag) string {
	loc := i18n.For(tag)
	return loc.T("rule."+f.Rule+".summary", f.localArgs(loc)...)
}

// localArgs returns the finding's arguments for loc: those the rule names as
// terms are catalog keys, said in loc's language; the others are values from
// the notice, quoted with [Visible] so that no message carries a control or
// bidirectional formatting character to a terminal or a page.
func (f Finding) localArgs(loc *i18n.Locale) []any {
	r, known := ruleIndex[f.Rule]
	out := make([]any, len(f.Args))
	for i, a := range f.Args {
		out[i] = Visible(a)
		switch {
		case !known || i >= len(r.Args):
		case termArgs[r.Args[i]] && loc.Has(a):
			out[i] = loc.T(a)
		case r.Args[i] == "authority":
			out[i] = authorityName(loc, a)
		}
	}
	return out
}

// authorityName names the supervisory authority with the given code in
// loc's language (else in English, else in its own), with the code a notice
// uses for it: "Tietosuojavaltuutetun toimisto (code: FI)". An unknown or
// empty code gives the catalog's words for "the authority of the
// controller's country".
func authorityName(loc *i18n.Locale, code string) string {
	a, ok := notice.LookupAuthority(code)
	if !ok {
		return loc.T("rule.hint.authority")
	}
	name := a.Names[loc.Tag()]
	if name == "" {
		name = a.Names[i18n.Base(loc.Tag())]
	}
	if name == "" {
		name = a.Names[language.English]
	}
	return loc.T("rule.hint.authority.code", name, code)
}

// Visible returns s with every character that would act on a terminal or on
// the direction of the text around it written out as an escape that can be
// seen: C0 and C1 control characters (escape, carriage return, line feed,
// tab and the rest), the Unicode bidirectional controls (Bidi_Control: LRM,
// RLM, ALM, the embeddings, overrides and isolates), the line and paragraph
// separators U+2028 and U+2029, and bytes that are not UTF-8. Each character
// becomes \u followed by four lower-case hex digits (\u001b, \u202e); a byte
// that is not UTF-8 becomes \x and two (\xff). Other text, right-to-left
// letters included, is unchanged.
//
// Finding messages quote the notice's values through Visible, in every
// language and output.
func Visible(s string) string {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if mustEscape(r, size) {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case mustEscape(r, size):
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func mustEscape(r rune, size int) bool {
	return r == utf8.RuneError && size == 1 || unicode.IsControl(r) ||
		unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029'
}

// Error returns the finding in English: its path, rule and message.
func (f Finding) Error() string {
	path := f.Path
	if path == "" {
		path = "(document)"
	}
	return path + ": " + f.Rule + ": " + f.Message(language.English)
}

// MarshalJSON writes the finding as
// {"rule", "severity", "path", "article", "message"}, the message in English.
func (f Finding) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Rule     string   `json:"rule"`
		Severity Severity `json:"severity"`
		Path     string   `json:"path"`
		Article  string   `json:"article"`
		Message  string   `json:"message"`
	}{f.Rule, f.Severity, f.Path, f.Article, f.Message(language.English)})
}

// Findings are every finding about one notice, in the order of the document
// (the order of the fields of [notice.Notice], list items by index), then by
// rule ID. Findings implements error, but test for findings with
// [Findings.Err], which returns a nil error when none is an error.
type Findings []Finding

// HasErrors reports whether any finding has severity Error.
func (fs Findings) HasErrors() bool {
	return slices.ContainsFunc(fs, func(f Finding) bool { return f.Severity == Error })
}

// Errors returns the findings of severity Error, or nil when there are none.
func (fs Findings) Errors() Findings {
	var out Findings
	for _, f := range fs {
		if f.Severity == Error {
			out = append(out, f)
		}
	}
	return out
}

// Error returns the first finding's message and the number of the others:
// "…, and 3 other finding(s)".
func (fs Findings) Error() string {
	switch len(fs) {
	case 0:
		return "no findings"
	case 1:
		return fs[0].Error()
	}
	return fmt.Sprintf("%s, and %d other finding(s)", fs[0].Error(), len(fs)-1)
}

// Err returns the error-severity findings as an error of type Findings, or
// a nil error (not a nil Findings in an interface) when there are none.
//
//	if err := validate.Validate(n).Err(); err != nil { … }
func (fs Findings) Err() error {
	errs := fs.Errors()
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// sortFindings orders fs by the document position of their paths, then by
// rule ID and arguments, and drops exact duplicates.
func sortFindings(fs Findings) Findings {
	type keyed struct {
		key []string
		f   Finding
	}
	ks := make([]keyed, len(fs))
	for i, f := range fs {
		ks[i] = keyed{orderKey(f.Path), f}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		if c := slices.Compare(a.key, b.key); c != 0 {
			return c
		}
		if c := strings.Compare(a.f.Rule, b.f.Rule); c != 0 {
			return c
		}
		return slices.Compare(a.f.Args, b.f.Args)
	})
	out := fs[:0]
	for i, k := range ks {
		if i > 0 && k.f.Rule == ks[i-1].f.Rule && k.f.Path == ks[i-1].f.Path && slices.Equal(k.f.Args, ks[i-1].f.Args) {
			continue
		}
		out = append(out, k.f)
	}
	return out
}

// pad writes n (not negative) so that string order is numeric order: eight
// digits at least, with leading zeros.
func pad(n int) string {
	s := strconv.Itoa(n)
	if len(s) >= 8 {
		return s
	}
	return "00000000"[len(s):] + s
}

// ptrIndex appends an array index to a pointer.
func ptrIndex(ptr string, i int) string { return ptr + "/" + strconv.Itoa(i) }
