// Package i18n holds the languages seloste speaks: which ones are supported
// and how to choose among them, the message catalog (the headings and labels
// of a privacy notice and the official term for every GDPR code), and the
// locale's way of writing dates, periods, lists and legal citations.
//
// The package knows nothing of the notice model. Messages are found by key,
// a plain string such as "heading.controller" or "legalBasis.consent".
//
// # Choosing a language
//
// [Match] takes the visitor's preferences, an Accept-Language header, a
// ?lang= value or a bare tag, and returns one of the [Supported] languages,
// Finnish, Swedish and English, keeping a region only where it changes the
// formatting (sv-SE writes dates 2023-08-22, Finland-Swedish 22.8.2023).
// When nothing fits, the result is Finnish, the first of Supported. [For]
// returns the [Locale] for a tag and never fails:
//
//	tag := i18n.Match(r.URL.Query().Get("lang"), r.Header.Get("Accept-Language"))
//	loc := i18n.For(tag)
//	w.Header().Set("Content-Language", tag.String())
//
// Use the matched tag for everything locale-specific in the response, as the
// golang.org/x/text/language documentation advises.
//
// # Messages
//
// [Locale.T] returns a message, formatted with fmt-style arguments:
//
//	loc.T("heading.rights")             // "Rekisteröidyn oikeudet"
//	loc.T("right.access")               // "Rekisteröidyn oikeus saada pääsy tietoihin"
//	loc.T("duration.year", 5)           // "5 vuotta"
//	loc.T("phrase.atLeast", "5 vuotta") // "vähintään 5 vuotta"
//
// A message with plural forms chooses the form by its first numeric argument
// and the CLDR plural rules of the language. A missing key comes back as the
// key itself, and [Locale.Has] reports false for it. [Keys] lists every key.
//
// The keys fall into families:
//
//   - <vocabulary>.<code>: the official term for a code of a closed GDPR
//     vocabulary, such as "legalBasis.consent" or "transferMechanism.adequacyDecision",
//     and <vocabulary> alone for the vocabulary's own title ("legalBasis");
//   - document.*: names of the document ("document.privacyNotice");
//   - heading.*: section headings of a notice ("heading.controller");
//   - label.*: field labels ("label.email", "label.notApplicable");
//   - phrase.*: short fragments with arguments ("phrase.atLeast");
//   - date.*, list.*, duration.*, statute.*, article.*: the formatting data
//     behind the methods below;
//   - rule.<ID>.summary and rule.<ID>.detail: the validator's findings, and
//     rule.* words those messages share, in a domain file rules.json of
//     their own;
//   - diff.*: the diff package's report (diff.json);
//   - ropa.*: the headings of the Art 30(1) record (ropa.json).
//
// # Formatting
//
// A Locale writes the things a notice needs in the language's own style:
//
//	loc.Date(t)                                  // 22.8.2023
//	loc.Period(i18n.Period{Years: 1, Months: 6}) // 1 vuosi ja 6 kuukautta
//	loc.List([]string{"A", "B", "C"})            // A, B ja C
//	loc.ListOr([]string{"A", "B", "C"})          // A, B tai C
//	loc.Article("Art 6(1)(a)")                   // 6 artiklan 1 kohdan a alakohta
//	loc.Statute(i18n.Citation{
//		Name: "tietosuojalaki", CiteName: "tietosuojalain", Number: "1050/2018",
//		Sections: []string{"4"}, Item: "2",
//	}) // tietosuojalain (1050/2018) 4 §:n 2 kohta
//
// # Concurrency
//
// The catalog is built once, when the package is initialised, from files
// embedded in the binary, and is never modified afterwards. Every function
// and every *Locale is safe for concurrent use by multiple goroutines.
//
// # Where the messages live
//
// Every message is data, in the embedded directory locales/<tag>/, one flat
// JSON object per domain file: terms.json (GDPR terms), headings.json
// (headings and labels), locale.json (formatting data), rules.json (the
// validator's messages), diff.json (the diff report) and ropa.json (the Art
// 30 record). A value is a string,
// or an object of plural forms keyed by CLDR plural category:
//
//	"duration.year": {"one": "%d vuosi", "other": "%d vuotta"}
//
// Formatting templates in locale.json use named placeholders in braces
// ("{0} ja {1}", "{n} §:n", "{article} artiklan {paragraph} kohta"); messages
// read through T use fmt verbs. A regional variant is a directory of its own
// holding only what differs: locales/sv-SE/locale.json overrides the Swedish
// date pattern. locales/NOTES.md records the sources of the wording and every
// choice made where the sources were silent.
//
// # Adding a language
//
// A new language (Norwegian, German, Northern Sámi) is data, one line naming
// it, and tests; no formatting code changes:
//
//  1. Add a directory locales/<tag>/ (for example locales/se/) with a
//     terms.json, headings.json, rules.json, diff.json, ropa.json and
//     locale.json that define every key the Finnish files define. Plural messages need each form the language's
//     CLDR plural rules use (Northern Sámi: "one", "two" and "other").
//     locale.json supplies the date pattern and month names, the list
//     connectors, the duration units, the statute citation templates and the
//     article citation style.
//  2. Add the tag to [Supported], the one line of code: its order says which
//     language is the fallback. A regional variant (sv-SE) needs no line; its
//     directory is found and matched by itself.
//  3. Add the language's rows to the tests' tables of expected dates,
//     periods, lists and citations.
//
// The package checks the data when it starts and the tests check it again: a
// missing key, a missing plural form, a key defined twice or a directory with
// no tag in Supported is reported with the file and key.
package i18n
