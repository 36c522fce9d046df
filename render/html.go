package render

import (
	"bytes"
	"embed"
	"html/template"
	"slices"
	"strings"
)

//go:embed templates/notice.html templates/seloste.css templates/page.css
var files embed.FS

// templates are parsed once, when the package is initialised, and executed
// concurrently afterwards, as html/template allows.
var templates = template.Must(template.New("").Funcs(template.FuncMap{"cls": classes}).ParseFS(files, "templates/*.html"))

// css is the stylesheet of the notice itself, every rule scoped to the
// article's class; pageCSS styles the rest of a [Page]: the body, the
// column, the colour schemes and print.
var css, pageCSS = mustRead("templates/seloste.css"), mustRead("templates/page.css")

func mustRead(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// Stylesheet returns the small default stylesheet that [Options.Stylesheet]
// includes, for a site that would rather put it in its own head. Every rule
// is scoped to the article's class "seloste", so it styles nothing of the
// page around a notice; it sets no font and no colour but for borders, which
// follow the text colour. It styles only the class names the HTML output
// uses, all of which begin with "seloste-": seloste (the article),
// seloste-full and seloste-short (the layer), seloste-header,
// seloste-heading (a heading and its anchor), seloste-anchor (the link to
// the heading itself), seloste-num (a section number), seloste-toc and
// seloste-toc-title (the table of contents), seloste-section and
// seloste-<section> for each section (seloste-controller, seloste-rights,
// seloste-right-to-object, seloste-activity, ...), seloste-apart (the right
// to object, set apart), seloste-list, seloste-fields (label and value
// pairs), seloste-party (an <address>), seloste-aside (article references),
// seloste-url (a link whose text is not its address), seloste-marker,
// seloste-not-applicable, seloste-note, seloste-translation-note,
// seloste-language-note (what language the parts are in), seloste-layer
// (the first layer's label), seloste-notice-scope (what the notice does
// not cover, related notices, applicable law), seloste-regulation (a
// quotation of the Regulation, set off by a rule), and the labels of the
// nested lists they introduce: seloste-party-label,
// seloste-subprocessors-label with seloste-subprocessors,
// seloste-retention-label with a recipient's seloste-retention, and
// seloste-rights-limitations-label. A list item with blocks under its lead
// (a recipient, a right, a cookie) stands apart from its neighbours.
//
// Its layout reflows to 320 CSS pixels without scrolling sideways (WCAG 2.2
// success criterion 1.4.10): long words, addresses and URLs break where they
// must. In print, anchors and the table of contents are left out and the
// address of each link whose text is not its address follows it.
//
// A [Page] adds rules of its own to its head, outside this stylesheet: the
// system font, a centred column, light and dark colours
// (prefers-color-scheme) and print margins.
func Stylesheet() string { return css }

// classes returns the class attribute for names: each space-separated name
// with the prefix "seloste-".
func classes(names ...string) string {
	var out []string
	for _, n := range names {
		for _, f := range strings.Fields(n) {
			out = append(out, "seloste-"+f)
		}
	}
	return strings.Join(out, " ")
}

// PrintsURL reports whether the print stylesheet shows the link's address
// after it: an http or https link whose text is not its address.
func (s span) PrintsURL() bool {
	return s.Kind == spanLink && s.Text != s.URL &&
		(strings.HasPrefix(s.URL, "https://") || strings.HasPrefix(s.URL, "http://"))
}

func writeHTML(buf *bytes.Buffer, d *doc, opts Options) error {
	d.Stylesheet = opts.Stylesheet
	if d.Stylesheet {
		d.CSS = template.CSS(css)
	}
	name := "fragment"
	if opts.Format == Page {
		name = "page"
		if d.Stylesheet {
			d.PageCSS = template.CSS(pageCSS)
		}
	}
	prepareHTML(d, opts.NumberSections)
	return templates.ExecuteTemplate(buf, name, d)
}

// prepareHTML adds to d what only HTML has: each heading's id (its
// section's) and the accessible name of its anchor, the section numbers when
// numbered is set, and, in the full layer, the table of contents: the
// sections and their subsections.
func prepareHTML(d *doc, numbered bool) {
	anchor := func(h *heading) {
		h.Anchor = d.loc.T("phrase.sectionLink", strings.Join(strings.Fields(h.Num+" "+plain(h.Spans)), " "))
	}
	anchor(&d.Title)
	var walk func(ss []*section, prefix string, depth int) []tocEntry
	walk = func(ss []*section, prefix string, depth int) []tocEntry {
		var toc []tocEntry
		for i, s := range ss {
			s.Heading.ID = s.ID
			num := prefix + itoa(i+1)
			if numbered {
				s.Heading.Num = num
			}
			anchor(&s.Heading)
			e := tocEntry{Link: span{Kind: spanLink, Text: plain(s.Heading.Spans), URL: "#" + s.ID}, Num: s.Heading.Num}
			for _, x := range s.Heading.Spans {
				if x.Lang != "" {
					e.Link.Lang = x.Lang // the heading fell back to another language
				}
			}
			subs := walk(s.Subs, num+".", depth+1)
			if depth < 2 {
				e.Subs = subs
			}
			toc = append(toc, e)
		}
		return toc
	}
	toc := walk(d.Sections, "", 1)
	if d.Layer == Full.String() && len(toc) > 1 {
		d.Contents = toc
		d.ContentsLabel = d.loc.T("label.contents")
		// The table of contents lists the activities: the list of them
		// the other formats give would be a second navigation.
		for _, s := range d.Sections {
			s.Blocks = slices.DeleteFunc(s.Blocks, func(b block) bool { return b.Kind == blockNav })
		}
	}
}
