package render

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// FuzzRender puts a generated string in every field of a notice and renders
// it in every format, both layers: whatever the string, the HTML holds only
// the renderer's own elements, no event handler and no link but to http,
// https, mailto or tel; the Markdown, as goldmark reads it, holds no raw
// HTML, code, image or heading the notice's sections do not make; the text
// holds no control or bidi character; and every rendering is repeatable.
//
//	go test -run '^$' -fuzz FuzzRender ./render/
func FuzzRender(f *testing.F) {
	for _, s := range hostile {
		f.Add(s, false, false)
	}
	f.Add("<b>x</b>", true, true)
	f.Fuzz(func(t *testing.T, s string, codes, na bool) {
		n := hostileNotice(s, fillMode{hostileCodes: codes, notApplicable: na})
		for _, layer := range []Layer{Full, Short} {
			for _, format := range []Format{HTML, Page, Markdown, Text} {
				opts := Options{Lang: language.Finnish, Format: format, Layer: layer, IDPrefix: "x-"}
				got, err := render(n, opts)
				if err != nil {
					t.Fatalf("%s/%s: %v", layer, format, err)
				}
				if again, _ := render(n, opts); !bytes.Equal(got, again) {
					t.Fatalf("%s/%s: two renderings differ", layer, format)
				}
				if !utf8.Valid(got) {
					t.Fatalf("%s/%s: not UTF-8", layer, format)
				}
				var problems []string
				switch format {
				case HTML, Page:
					problems = checkHTML(got, htmlTags).Problems
				case Markdown:
					d, err := build(n, opts)
					if err != nil {
						t.Fatal(err)
					}
					r := checkMarkdown(got, d)
					problems = r.Problems
					want := treeHeadings(d)
					if len(want) != len(r.Headings) {
						problems = append(problems, "the headings are not the sections'")
					} else {
						for i := range want {
							if want[i] != r.Headings[i] {
								problems = append(problems, "heading "+r.Headings[i].String()+" is not "+want[i].String())
							}
						}
					}
				case Text:
					problems = checkText(got, 80)
				}
				if len(problems) > 0 {
					t.Fatalf("%s/%s of %q: %v", layer, format, s, problems)
				}
			}
		}
	})
}
