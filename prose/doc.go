// Package prose imports a privacy notice written as prose — a Word page
// saved as text or HTML, a web page, a Markdown file, most often on the old
// Finnish "rekisteriseloste" template — into a typed [notice.Notice], for a
// person to check and complete. Nothing of the source is lost on the way:
// every heading, paragraph and list item lands in a field of the notice or,
// where no field fits, in a free section, and a [Report] lists each value
// with its source line, what was guessed and what could not be placed.
//
// The package is named for what it reads: prose, not a structured format
// (the interchange packages read those).
//
// # Importing
//
//	res, err := prose.Import(src, prose.Options{Format: prose.Markdown, Source: "seloste.md"})
//	if err != nil { ... }            // only for a source it cannot read
//	os.Stdout.Write(res.YAML)         // the notice, each value's provenance in a comment
//	res.Report.WriteText(os.Stderr)  // what to check: guesses and unplaced text, by line
//
// res.Notice passes [notice.Notice.Check], and res.YAML decodes with
// [notice.Decode] to the same notice; the items the source does not give
// are left out, for the validate package to name by article.
//
// # What it reads
//
// Formats: plain text (paragraphs between blank lines; headings on lines of
// their own, numbered, in capitals or known to the heading table; lists
// with "-", "•" or numbers), Markdown (CommonMark, read with goldmark) and
// HTML (read with golang.org/x/net/html). Word files are not read: the one
// MIT-licensed Go library that reads them (github.com/gomutex/godocx, and
// its fork) keeps only the runs of a paragraph and silently skips
// hyperlinks, tracked insertions and content controls — the e-mail and web
// addresses a notice is made of, and the fields of template forms — and it
// allocates what a file's zip header claims; save the document as HTML or
// text and import that.
//
// Sections are recognised by their headings in Finnish, Swedish, English,
// German and Dutch: the legacy template's numbered headings ("1.
// Rekisterinpitäjä", "Säännönmukaiset tietolähteet"), the GDPR-era headings
// with the regulation's terms in each language ("Rechtsgrundlage",
// "Speicherdauer", "Empfänger"; "grondslag", "bewaartermijn") and
// question-style ones ("Hur länge kommer dessa uppgifter att sparas?",
// "Aan wie worden persoonsgegevens verstrekt?"), in any case and numbering.
// A subheading the table does not know belongs to its parent's item, and
// every subheading of a cookies section to that section; a section no
// heading names is placed sentence by sentence by what each sentence says.
// A heading that names no item opens an activity of its own (a
// sub-register, a service such as "Google Analytics" or "Kontaktformular")
// when it stands in capitals among the items, when its subheadings name an
// activity's items ("Zwecke der Verarbeitung", "Speicherdauer"), or at the
// level of one that did. A page that holds two notices one after the other
// (numbered from 1 again) becomes one notice with an activity for each.
// Notices in other languages are imported too, with little recognised: the
// report says so. The words of each language stand side by side in one
// table per topic (headings, legal bases, rights, periods, negative
// statements, transfer mechanisms).
//
// Facts are read inside the text, each into its field: organisation and
// person names, postal addresses, e-mail addresses (also written "(at)"),
// telephone numbers (checked with libphonenumber's metadata), web
// addresses, business IDs (with their check digit), GDPR article citations
// ("6 artiklan 1 kohdan c alakohta", "artikel 6.1 e", "Article 6(1)(f)",
// "Art. 6 Abs. 1 lit. a DSGVO", "artikel 6, lid 1, onder a, AVG") and
// legal bases named in words as [notice.LegalBasis] codes, statute
// citations ("tietosuojalain (1050/2018) 4 §", "(2018:218)", or an act
// named as the built-in table names it) as [notice.LawRef]s with their
// jurisdiction, periods ("5 vuotta", "30 päivää", "två veckor", "at most 18
// months", "spätestens nach sieben Tagen", "na maximaal 7 dagen") with
// their [notice.RetentionQualifier] and the event they run from, dates
// written with a month's name ("15 maart 2021"), rights named in words as
// [notice.Right] codes (and rights the text says do not apply), negative
// statements ("tietoja ei siirretä EU:n tai ETA:n ulkopuolelle", "ei
// automaattista päätöksentekoa", "keine Übermittlung in Drittländer",
// "geen doorgifte buiten de EER") as notApplicable
// items or [notice.NegativeStatement]s, the supervisory authority named. The
// template's false friend is kept apart: "Rekisterinpitäjän edustaja" is
// a contact person, not the Art 27 representative.
//
// # Provenance and confidence
//
// Every value has a comment in the YAML and an [Entry] in the report: its
// source line and how sure the import is — [Sure] (read by its form under
// a heading that names the item), [Likely] (read from the words) or [Guess]
// (to check: a code the text implies but does not state, a section placed
// by its content). Text no field holds is [Unplaced], with the pointer of
// the free section or description that keeps it.
//
// # How well it does
//
// On the project's five seed notices and ten corpus notices, scored against
// hand-written expected mappings (testdata/prose/expected, written from the
// sources and the bundled hand encodings), every notice, Finnish, Swedish,
// English, German and Dutch, has at least 90% of its sections and 92% of its
// facts right, and a test holds each to 90% of both (SCORES.md says what the
// German and Dutch ones still miss). The figures, per notice, are in
// testdata/prose/SCORES.md, kept current by a test. They are figures on
// the notices the import was developed against: on a notice it has not
// seen, expect more guesses to check, and read the report before the YAML.
//
// An import takes a few milliseconds per kilobyte of source (BenchmarkImport
// reports ns/KB per notice), in time and memory linear in the source
// (BenchmarkImportScaling: the same notice repeated 8 and 32 times costs no
// more per kilobyte).
//
// # Safety
//
// The source is untrusted: its control characters are dropped as it is
// read, so no terminal escape reaches the YAML or the report; its text is
// only ever a YAML scalar, never markup. Import reads at most
// [MaxInputSize] bytes, in time linear in the source (each line is read by
// a bounded set of regular expressions, which Go runs in linear time).
// Import is safe for concurrent use.
package prose
