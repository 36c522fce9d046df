// Package tilt reads and writes TILT, the Transparency Information
// Language: a JSON format, with a JSON Schema (draft-07), for the
// information of GDPR Arts 13 and 14, and a public corpus of 71 real
// privacy notices annotated in it.
//
// [Import] turns one TILT document into a notice in the document's
// language; [Export] writes a notice as TILT documents, one per language.
// Each gives a [Report] that lists, by JSON Pointer and with the reason,
// everything not carried over as it is, in text ([Report.WriteText]) and
// JSON ([Report.WriteJSON]): nothing is dropped silently.
//
// # Layout
//
// The interchange formats live in a package each under interchange/: this
// one for TILT, interchange/dpv for W3C DPV JSON-LD and interchange/ropa for
// the record of processing activities of Art 30. Each depends on the model
// (package notice) and never the reverse, so that notice knows no format
// but its own and a program that needs one format links no other.
//
// # Import
//
// TILT has no way to say "not stated", and its corpus writes null, [] and
// "" in its place; the importer reports each such placeholder apart from
// the values that have no place in the model (the controller's sector, a
// fee for copies, the evidence of identity asked) and from those it reads
// in another form (a time of day dropped from a date). Free-text legal
// bases ("GDPR-6-1-a", "DSGVO-6-1-f", "BDSG-26", "Art. 6 Abs. 1 lit. b
// DSGVO") become Art 6(1) and 9(2) codes and, for acts of the statute table
// named by their abbreviation, law references. Every imported notice is
// valid against the notice schema.
//
// All 71 documents of the TILT corpus import: 6255 values mapped, 6365
// placeholders, 650 values with no place in the model, 219 values read in
// another form.
// Each document's report is a golden file under testdata/import, with the
// validator's findings on the 71 notices in testdata/import/FINDINGS.txt.
//
// # Export
//
// TILT has no processing activities: each data category of each activity
// becomes one dataDisclosed entry. Where TILT's schema requires a value the
// notice does not state, a stand-in the importer reads back as saying
// nothing is written and reported as filled. A test writes every bundled
// notice in each language, checks the documents against TILT's schema with
// an independent validator, reads them back, and shows that the round trip
// loses exactly what the reports say: every value not reported comes back,
// and every value reported as having no place leaves the document
// unchanged when it is removed.
//
// Import and Export are safe for concurrent use.
package tilt
