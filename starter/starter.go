package starter

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// Options choose the notice to start from. The zero value works: a notice
// in Finnish of a controller that is not a public authority.
//
// Options is a plain value, safe to share between goroutines.
type Options struct {
	// Languages are the notice's languages as BCP 47 tags, each once; the
	// first is the language of the original text, the others translations
	// (Art 12(1)). Nil or empty means Finnish alone. A language the i18n
	// catalog does not have (fi, sv, en) gets its placeholders in English.
	Languages []language.Tag

	// PublicAuthority is true for a controller that is a public authority
	// or body: it must designate a data protection officer (Art 37(1)(a)),
	// cannot rest processing in the performance of its tasks on legitimate
	// interests (Art 6(1), second subparagraph), and rests it on a task
	// carried out in the public interest or in the exercise of official
	// authority (Art 6(1)(e)) or on a legal obligation (Art 6(1)(c)), each
	// laid down by law (Art 6(3)).
	PublicAuthority bool
}

// ErrLanguages is the error, wrapped, for languages YAML cannot write a
// notice in: the undetermined language, or a language given twice.
var ErrLanguages = errors.New("starter: bad languages")

// YAML returns a notice to start from, in YAML, as the package doc
// describes: every free-text item of Articles 13 and 14 with a placeholder
// in each of the notice's languages, every item that is a code left out
// with a commented example, each under a comment in English that explains
// it and cites its article. The result decodes with [notice.Decode], is
// left as it is by [notice.FormatYAML], and the same options give the same
// bytes. The error wraps [ErrLanguages] and names the language.
func YAML(o Options) ([]byte, error) { return write(o, false) }

// write writes the notice; with examples, every commented example is
// written as YAML instead, for the tests to check that each one decodes.
func write(o Options, examples bool) ([]byte, error) {
	langs := o.Languages
	if len(langs) == 0 {
		langs = []language.Tag{language.Finnish}
	}
	seen := map[language.Tag]bool{}
	for _, t := range langs {
		switch {
		case t == language.Und:
			return nil, fmt.Errorf("%w: the undetermined language %q", ErrLanguages, t)
		case seen[t]:
			return nil, fmt.Errorf("%w: %s is given twice", ErrLanguages, t)
		}
		seen[t] = true
	}
	w := &writer{langs: langs, public: o.PublicAuthority, examples: examples}
	w.notice()
	return []byte(w.b.String()), nil
}

// width is the column that comment lines do not pass.
const width = 79

// writer writes the template line by line.
type writer struct {
	b        strings.Builder
	langs    []language.Tag
	public   bool
	examples bool
}

// line writes s at indent.
func (w *writer) line(indent int, s string) {
	w.b.WriteString(strings.Repeat(" ", indent) + s + "\n")
}

func (w *writer) blank() { w.b.WriteString("\n") }

// comment writes text as comment lines at indent, wrapped at width.
func (w *writer) comment(indent int, text string) {
	prefix := strings.Repeat(" ", indent) + "#"
	cur := prefix
	for _, word := range strings.Fields(text) {
		if cur != prefix && len([]rune(cur))+1+len([]rune(word)) > width {
			w.b.WriteString(cur + "\n")
			cur = prefix
		}
		cur += " " + word
	}
	w.b.WriteString(cur + "\n")
}

// example writes lines of YAML at indent as comments to uncomment, or as
// YAML when the writer writes the examples.
func (w *writer) example(indent int, lines ...string) {
	for _, l := range lines {
		if w.examples {
			w.line(indent, l)
		} else {
			w.line(indent, "# "+l)
		}
	}
}

// label returns the placeholder of an item in language t: "TODO: " and the
// catalog's words for it (the keys joined by ": "), in t where the catalog
// has t's language, else in English.
func label(t language.Tag, keys ...string) string {
	loc := i18n.For(language.English)
	if b, _ := t.Base(); language.Make(b.String()) == i18n.Base(t) {
		loc = i18n.For(t)
	}
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = loc.T(k)
	}
	return validate.Placeholder + " " + strings.Join(parts, ": ")
}

// text writes "key:" and a placeholder in each of the notice's languages.
func (w *writer) text(indent int, key string, keys ...string) {
	for _, l := range w.placeholders(key, keys...) {
		w.line(indent, l)
	}
}

// placeholders returns the lines of "key:" and a placeholder in each of the
// notice's languages, from the catalog keys of the item's name.
func (w *writer) placeholders(key string, keys ...string) []string {
	return w.texts(key, func(t language.Tag) string { return label(t, keys...) })
}

// words returns the lines of "key:" and the words in each of the notice's
// languages, in English where words has no text for a language.
func (w *writer) words(key string, words map[language.Tag]string) []string {
	return w.texts(key, func(t language.Tag) string {
		if s, ok := words[t]; ok {
			return s
		}
		return words[language.English]
	})
}

// texts returns "key:" and a line for each language, two columns further
// in, or four after a list item's "- ".
func (w *writer) texts(key string, text func(language.Tag) string) []string {
	lines := []string{key + ":"}
	in := strings.Repeat(" ", 2+strings.Index(key, strings.TrimLeft(key, " -")))
	for _, t := range w.langs {
		lines = append(lines, in+t.String()+": "+quote(text(t)))
	}
	return lines
}

// name writes "key:" and a placeholder in the original language: a name is
// the same in every language unless an official translation is given. The
// key "-" writes a list item.
func (w *writer) name(indent int, key string, keys ...string) {
	if key == "-" {
		w.line(indent, "- "+quote(label(w.langs[0], keys...)))
		return
	}
	w.line(indent, key+": "+quote(label(w.langs[0], keys...)))
}

// quote writes s as a YAML double-quoted scalar: the catalog's words hold
// no control characters, so Go's quoting is YAML's.
func quote(s string) string { return strconv.Quote(s) }

// codes lists the codes of a vocabulary for a comment, each with its
// article where the codes differ in theirs: "consent (Art 6(1)(a)),
// contract (Art 6(1)(b)), ...".
func codes(v *notice.Vocabulary) string {
	same := true
	for _, t := range v.Terms {
		same = same && t.Article == v.Terms[0].Article
	}
	parts := make([]string, len(v.Terms))
	for i, t := range v.Terms {
		parts[i] = t.Code
		if !same {
			parts[i] += " (" + t.Article + ")"
		}
	}
	return strings.Join(parts, ", ")
}

// art returns the article that requires an item of a notice or activity,
// as its field's description in the schema cites it.
func art(item string) string {
	a := notice.ItemArticle(item)
	if a == "" {
		panic("starter: no article for " + item)
	}
	return a
}
