// Package notice is the typed model of a privacy notice: the information that
// Articles 13 and 14 of the General Data Protection Regulation (EU) 2016/679
// oblige a controller to give to the people whose personal data it processes.
//
// A [Notice] is written once, in YAML, JSON or Go, and holds one or more
// processing activities ([Activity]). Whatever the regulation itself defines is
// a code from a closed vocabulary ([LegalBasis], [Right], [TransferMechanism],
// [RecipientRole], ...; see [Vocabularies]); whatever is the controller's own
// (purposes, categories of data, retention triggers) is free [Text] in each of
// the notice's languages.
//
// # Reading a notice
//
// [Decode] reads JSON or YAML strictly: an unknown field, an unknown code, a
// malformed date, duration or language tag, a duplicate key or a missing
// required field is a [*DecodeError] that names the line, the column and the
// JSON Pointer of the place and says what was expected:
//
//	n, err := notice.Decode(data)
//	var de *notice.DecodeError
//	if errors.As(err, &de) {
//		fmt.Printf("%d:%d: %s\n", de.Line, de.Column, de.Msg)
//	}
//
// A bare string where a [Text] is expected means the notice's original
// language, the first of its declared Languages. The syntax is sniffed (JSON
// when the first character after white space and a byte order mark is '{');
// [DecodeFormat] takes it as given. Decode also refuses what [Notice.Check]
// reports (a repeated ID, a scope naming no purpose, ...).
//
// # Placing findings in the source
//
// [DecodeLocated] returns with the notice a [Locator] of the document: its
// [Locator.Locate] and [Locator.Region] turn the JSON Pointer of a finding
// into a line and column, or a region, of the source. The Locator of a YAML
// document of the current version reuses the node tree the decoder made;
// any other, and one made by [NewLocator], reads the document once, at its
// first call. [Locate] places one pointer.
//
// # Earlier schema versions
//
// A document of an earlier schema version ([SchemaVersions]) still decodes.
// [Upgrade] rewrites it as a document of [SchemaVersion] and lists each
// change as an [UpgradeStep], with its place.
//
// # Writing a notice
//
// [EncodeJSON] and [EncodeYAML] write the canonical form: the same notice
// always gives the same bytes, and decoding them gives an equal notice.
// [Notice.Hash] is a digest of that form, which changes when and only when the
// content changes.
//
// [FormatYAML] puts a YAML notice in canonical order and keeps what its
// author wrote: comments, the schema hint, blank lines and the style of every
// value. [YAMLToJSON] converts a YAML document to the JSON Decode would read
// from it, and [CommentLines] counts the comment lines such a conversion
// cannot keep.
//
// A notice built in Go is checked with [Notice.Check], which reports what
// Decode would refuse, each [Problem] at its JSON Pointer.
//
// # Items said once for every activity
//
// What several activities share (the parties, the items of [Shared], the
// rights, the supervisory authorities, the security measures;
// [InheritedItems]) can be said once on the notice. [Notice.EffectiveActivity]
// returns an activity as it applies, each item its own or the notice's, and
// [EffectiveActivity.Pointer] says where an item was stated.
// [ApplicableRights] decides from an effective activity which rights of the
// data subject apply to it: the one place the validator and the renderers
// learn that from.
//
// # Walking a notice
//
// [Walk] visits every value of a notice, depth first in the order of the
// canonical encoding, each with its JSON Pointer; [WalkTexts] visits every
// language of every text and name.
//
// # Tables
//
// The package holds the tables the model's codes refer to: the closed
// vocabularies ([Vocabularies], each [Term] with its article and DPV
// concept), the EEA supervisory authorities ([LookupAuthority]), the
// Commission's adequacy decisions ([LookupAdequacy],
// [LookupAdequacyOrganisation], as of [AdequacyListDate]), the countries of
// the EEA ([IsEEA]), acts of law by jurisdiction ([Statutes],
// [LookupStatute], [FindStatute], [CheckStatuteNumber]) and the article that
// requires each item ([ItemArticle]). [SafeURL] is the one check of a
// notice's URLs that the validator and the renderers share.
//
// # Not applicable versus missing
//
// A conditional item (sources, the requirement to provide the data,
// recipients, transfers, automated decision-making, the representative, the
// data protection officer, a right) can say explicitly that it does not
// apply, with the reason, in its NotApplicable field; most items can say
// that another notice gives them, in their DescribedIn field. Neither is the
// same as saying nothing: a validator treats an absent item as missing.
//
// # The JSON Schema
//
// [JSONSchema] is the committed JSON Schema (draft 2020-12) of the document,
// generated from these types by go generate; every field's description cites
// the article that requires it. YAML files can name it for editors:
//
//	# yaml-language-server: $schema=https://raw.githubusercontent.com/seloste/seloste/schema-v2/notice/notice.schema.json
//
// # Concurrency
//
// A Notice is a plain value. Once built it may be read from many goroutines;
// the package's tables ([Vocabularies], [Statutes]) are never modified.
package notice
