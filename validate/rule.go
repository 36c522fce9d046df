package validate

import (
	"slices"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
)

// A Rule is one check of the validator: one requirement of Articles 13 and
// 14, one consistency condition, or one form condition. Rules are documented
// like html/template's error codes: each has an Article it rests on, an
// Example that triggers it and a Discussion; docs/rules.md is generated from
// them.
//
// The rule's summary and detail, in every supported language, are in the i18n
// catalog under the keys "rule.<ID>.summary" and "rule.<ID>.detail"; read
// them with [Rule.Summary] and [Rule.Detail].
//
// A Rule is a plain value; the table returned by [Rules] is never modified.
type Rule struct {
	// ID is the rule's stable identifier, such as "ART13-CONTROLLER-01". It
	// matches ^[A-Z0-9]+(-[A-Z0-9]+)*$ and never changes meaning; a rule that
	// is withdrawn leaves its ID unused.
	ID string
	// Severity is the severity of every finding of the rule.
	Severity Severity
	// Article is the provision the rule rests on, in the library's canonical
	// short form ("Art 13(1)(a)"). A finding cites the Art 14 counterpart
	// where only Art 14 applies (see [Finding.Article]).
	Article string
	// Args names the arguments a finding of the rule carries in
	// [Finding.Args], in order; the rule's texts use them as %[1]s, %[2]s.
	// The arguments "right", "basis", "condition", "exemption", "mechanism",
	// "openEnd" and "scheme" are catalog keys of terms ("right.portability"),
	// and "hint" and "callingCode" may be catalog keys of advice
	// ("rule.hint.law.publicTask.FI"): all are said in the reader's language.
	// "authority" is the code of a supervisory authority of the built-in
	// table (notice.LookupAuthority), said by its name in the reader's
	// language, or "" for none.
	Args []string
	// Example is a notice fragment, in YAML, that the rule reports.
	Example string
	// Discussion explains the rule: what the regulation asks, when the rule
	// fires and when it keeps silent.
	Discussion string
}

// Summary returns the rule's one-line summary in the language tag, with
// each argument shown by its name in italics (*right*).
func (r Rule) Summary(tag language.Tag) string {
	return i18n.For(tag).T(r.key("summary"), r.placeholders()...)
}

// Detail returns the rule's detail, which says how to fix what the rule
// reports, in the language tag, with each argument shown by its name.
func (r Rule) Detail(tag language.Tag) string {
	return i18n.For(tag).T(r.key("detail"), r.placeholders()...)
}

func (r Rule) key(part string) string { return "rule." + r.ID + "." + part }

func (r Rule) placeholders() []any {
	out := make([]any, len(r.Args))
	for i, a := range r.Args {
		out[i] = "*" + a + "*"
	}
	return out
}

// Article14 returns the Art 14 provision that corresponds to the rule's Art
// 13 article ("Art 14(1)(a)" for "Art 13(1)(a)"), or "" when there is none.
func (r Rule) Article14() string { return art14Of(r.Article) }

// art13to14 maps each point of Art 13 to the point of Art 14 that asks the
// same information where the data have not been obtained from the data
// subject. Art 13(2)(e) has no counterpart.
var art13to14 = map[string]string{
	"Art 13(1)(a)": "Art 14(1)(a)",
	"Art 13(1)(b)": "Art 14(1)(b)",
	"Art 13(1)(c)": "Art 14(1)(c)",
	"Art 13(1)(d)": "Art 14(2)(b)",
	"Art 13(1)(e)": "Art 14(1)(e)",
	"Art 13(1)(f)": "Art 14(1)(f)",
	"Art 13(2)(a)": "Art 14(2)(a)",
	"Art 13(2)(b)": "Art 14(2)(c)",
	"Art 13(2)(c)": "Art 14(2)(d)",
	"Art 13(2)(d)": "Art 14(2)(e)",
	"Art 13(2)(f)": "Art 14(2)(g)",
}

func art14Of(article string) string { return art13to14[article] }

// Rules returns every rule of the validator: the items of Articles 13 and 14
// first, in the order of those articles, then the consistency rules by
// article, then the rules on form. The slice is a copy; the table itself is
// never modified.
func Rules() []Rule {
	out := slices.Clone(rules)
	for i := range out {
		out[i].Args = slices.Clone(out[i].Args)
	}
	return out
}

// LookupRule returns the rule with the given ID.
func LookupRule(id string) (Rule, bool) {
	r, ok := ruleIndex[id]
	if !ok {
		return Rule{}, false
	}
	r.Args = slices.Clone(r.Args)
	return r, true
}

// ruleIndex maps an ID to its rule; built once at init, read-only after.
var ruleIndex = func() map[string]Rule {
	m := make(map[string]Rule, len(rules))
	for _, r := range rules {
		m[r.ID] = r
	}
	return m
}()

// termArgs are the argument names whose values are catalog keys of terms.
var termArgs = map[string]bool{
	"right": true, "basis": true, "condition": true, "exemption": true, "mechanism": true,
	"openEnd": true, "scheme": true, "hint": true, "callingCode": true,
}
