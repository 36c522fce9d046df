package render

import (
	"bytes"
	"embed"
	"html/template"
	"strings"
)

//go:embed templates/notice.html templates/seloste.css
var files embed.FS

// templates are parsed once, when the package is initialised, and executed
// concurrently afterwards, as html/template allows.
var templates = template.Must(template.New("").Funcs(template.FuncMap{"cls": classes}).ParseFS(files, "templates/*.html"))

var css = func() string {
	b, err := files.ReadFile("templates/seloste.css")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

// Stylesheet returns the small default stylesheet that [Options.Stylesheet]
// includes, for a site that would rather put it in its own head. It styles
// only the class names the HTML output uses, all of which begin with
// "seloste-": seloste (the article), seloste-full and seloste-short (the
// layer), seloste-header, seloste-section and seloste-<section> for each
// section (seloste-controller, seloste-rights, seloste-right-to-object,
// seloste-activity, ...), seloste-apart (the right to object, set apart),
// seloste-list, seloste-fields (label and value pairs), seloste-party (an
// <address>), seloste-aside (article references), seloste-marker,
// seloste-not-applicable, seloste-note and seloste-translation-note.
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

func writeHTML(buf *bytes.Buffer, d *doc, opts Options) error {
	d.Stylesheet = opts.Stylesheet
	if d.Stylesheet {
		d.CSS = template.CSS(css)
	}
	name := "fragment"
	if opts.Format == Page {
		name = "page"
	}
	return templates.ExecuteTemplate(buf, name, d)
}
