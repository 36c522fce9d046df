// Package dpv writes a notice as JSON-LD in the terms of the W3C Data
// Privacy Vocabulary (DPV) 2.2 and its GDPR extension: the notice as a
// dpv:PrivacyNotice, its parties, and one dpv:Process per activity with its
// purposes, legal bases, personal data, data subjects, recipients, sources,
// storage conditions, rights and transfers. See [Encode].
//
// The interchange formats live in a package each: [github.com/seloste/seloste/interchange/tilt]
// reads and writes TILT, this package writes DPV, and
// [github.com/seloste/seloste/interchange/ropa] writes the record of
// processing activities of Art 30. Each depends on the model (package
// notice) and never the reverse, so a program that needs one format links
// no other.
//
// The compact IRIs of the model's vocabularies ([notice.Term].DPV) use
// DPV's own prefixes, listed in [Prefixes]; [Expand] turns one into its
// IRI. A test expands every bundled notice's document with an independent
// JSON-LD processor (piprate/json-gold) and checks that every DPV IRI in it
// is a term of the DPV 2.2 term lists.
//
// Encode is safe for concurrent use; the notice's text is written as JSON
// string values, never as keys or IRIs, and its URL becomes an IRI only
// when it is an http or https URL.
package dpv
