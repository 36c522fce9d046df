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
// language, the first of its declared Languages.
//
// # Writing a notice
//
// [EncodeJSON] and [EncodeYAML] write the canonical form: the same notice
// always gives the same bytes, and decoding them gives an equal notice.
// [Notice.Hash] is a digest of that form, which changes when and only when the
// content changes.
//
// # Not applicable versus missing
//
// A conditional item (transfers, recipients, automated decision-making, the
// representative, the data protection officer, sources) can say explicitly
// that it does not apply, with the reason, in its NotApplicable field. That is
// not the same as saying nothing: a validator treats an absent item as
// missing.
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
