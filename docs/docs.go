// Package docs holds the reference documents of seloste, embedded so that
// tools built on the library can show them: the description of every
// validation rule, the text that docs/rules.md in the source holds.
//
// The command's SARIF output takes each rule's help from here.
package docs

import _ "embed"

//go:embed rules.md
var rules string

// Rules returns docs/rules.md, in Markdown: an introduction, then every
// validation rule under a heading "## ID" (its severity, article, arguments,
// summary and detail, an example and a discussion), then the list of
// adequacy decisions. It is generated from the rule table of package
// validate, and a test of that package keeps it current.
func Rules() string { return rules }
