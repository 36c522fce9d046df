// Package starter writes a privacy notice to start from: a YAML document in
// which every item of Articles 13 and 14 of Regulation (EU) 2016/679 is
// present, each under a comment that says what the item is and cites its
// article, ready for the controller to fill in. It is what `seloste init`
// writes.
//
//	yml, err := starter.YAML(starter.Options{
//		Languages:       []language.Tag{language.Finnish, language.Swedish, language.English},
//		PublicAuthority: true,
//	})
//
// # Placeholders
//
// A free-text item holds a placeholder in each language of the notice:
// [validate.Placeholder] ("TODO:") and the item's name from the i18n
// catalog, such as "TODO: Rekisterin nimi". The validator reports
// every value that still holds one (rule PLACEHOLDER-01), at its place. An
// item that is a code (legal bases, rights, sources, the statutory or
// contractual requirement, the supervisory authority) cannot hold a
// placeholder: it is left out, with a commented example that lists its
// codes, and the validator's rule on the missing item names it. The
// notice's date is left out the same way. So `seloste validate` names
// every item still to fill, each with its article, and a notice without
// findings has none left.
//
// The document decodes with [notice.Decode] and is in the canonical form
// of [notice.FormatYAML], which leaves it byte for byte as it is; the
// examples in its comments are in that form too, so that uncommenting one
// gives a notice that decodes and that fmt does not reorder.
//
// # Kinds of controller
//
// [Options.PublicAuthority] writes the notice of a public authority or
// body: controller.publicAuthority is true, the data protection officer is
// required (Art 37(1)(a)), the legal bases of the example are Art 6(1)(e)
// and (c) with the law they rest on (Art 6(3)), legitimate interests are
// said not to be available for the authority's tasks (Art 6(1), second
// subparagraph), the example recipients include disclosures under the law
// on public access to official documents (Art 86), and the transfers note
// Art 49(3).
//
// # Why a package of its own
//
// The template is authoring content, not the model: it needs the i18n
// catalog for its placeholders and the validator's placeholder marker, and
// package notice knows neither. Nothing in the library depends on starter
// but the command.
package starter
