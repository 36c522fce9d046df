package render

import (
	"html/template"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
)

// The renderers share one intermediate tree: build turns a notice into a
// doc, and each format writes the doc. The tree holds only cleaned text and
// checked URLs, so the formats agree on content and on what is a link.
// Field names are exported for html/template; the types are not.

type spanKind int

const (
	spanText   spanKind = iota // plain text
	spanStrong                 // the official term or a name that leads an item
	spanLink                   // a link; URL passed safeURL or is an in-page anchor
	spanBreak                  // a line break inside a paragraph
	spanAside                  // a parenthetical such as an article reference
)

// span is a run of inline content.
type span struct {
	Kind spanKind
	Text string
	// URL is set for links only: a URL that passed safeURL, or an in-page
	// anchor ("#" and an id the renderer made itself).
	URL string
	// Lang is the language of Text when it differs from the language of the
	// enclosing element (a missing translation that fell back).
	Lang string
}

// Href returns the link target for html/template. Only URLs that passed
// safeURL, and anchors to the renderer's own ids, are ever stored in a span, so marking them safe here does not
// widen the set of links html/template would allow; it lets tel: through,
// which html/template's own filter would turn into #ZgotmplZ.
func (s span) Href() template.URL { return template.URL(s.URL) }

type blockKind int

const (
	blockPara    blockKind = iota // a paragraph
	blockList                     // a bulleted list
	blockFields                   // label: value pairs
	blockAddress                  // the contact details of a party
	blockNav                      // a list of links to sections of the notice
)

// block is a block of content.
type block struct {
	Kind  blockKind
	Class string
	// Lang is the language of the whole block when it differs from the
	// enclosing element's.
	Lang  string
	Spans []span // blockPara
	Items []item // blockList, blockNav
	// Ordered makes a blockList a numbered list.
	Ordered bool
	Fields  []field // blockFields, blockAddress
	Label   string  // blockNav: its accessible name
}

// item is one list item: a lead line and the blocks that follow it.
type item struct {
	Class  string
	Lang   string
	Spans  []span
	Blocks []block
}

// field is a label and a value of one or more lines.
type field struct {
	Label string
	Lines [][]span
}

// heading is a heading's text and level. Rel is its level in the notice's
// own outline (1 for the title); Level is the level to write, after the
// heading offset.
type heading struct {
	Rel, Level int
	Spans      []span

	// For HTML only: the heading's id, which its anchor links to, the
	// anchor's accessible name, and the heading's number when
	// [Options.NumberSections] is set.
	ID, Anchor, Num string
}

// section is a section of the notice with its heading.
type section struct {
	ID      string
	Class   string
	Heading heading
	Blocks  []block
	Subs    []*section
	// Apart marks a block the reader must see separately from the rest, the
	// right to object of Art 21(4).
	Apart bool
}

// doc is a rendered notice.
type doc struct {
	Lang     string
	ID       string
	Layer    string
	Title    heading
	Header   []block // meta data and notes under the title
	Intro    []block
	Sections []*section

	loc *i18n.Locale // the catalog of the rendering language
	// langs are the languages the rendering is in: the language rendered,
	// then each language some text of the notice is shown in because it has
	// none in the language rendered, in the order met.
	langs []language.Tag

	// For HTML only.
	ContentsID    string // the id of the table of contents' label
	ContentsLabel string
	Contents      []tocEntry
	PageCSS       template.CSS // the page-level rules of a Page
	PageTitle     string
	Stylesheet    bool
	CSS           template.CSS
}

// tocEntry is a line of the table of contents of the HTML output: a link to
// a section and the entries of its subsections.
type tocEntry struct {
	Link span
	Num  string
	Subs []tocEntry
}

// contentLanguage returns the languages of d as the value of a
// Content-Language header (RFC 9110, section 8.5): "fi", or "sv, fi" for a
// Swedish rendering that shows some Finnish text.
func (d *doc) contentLanguage() string {
	s := make([]string, len(d.langs))
	for i, t := range d.langs {
		s[i] = t.String()
	}
	return strings.Join(s, ", ")
}
