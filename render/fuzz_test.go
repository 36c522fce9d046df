package render

import (
	"bytes"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// FuzzRender builds a small notice from the fuzzer's input and renders it
// in HTML, Markdown and text, full and short (not as a page, which puts
// the same HTML in a template of its own), checking properties that hold whatever
// the text:
//
//   - the HTML, as golang.org/x/net/html reads it, holds only the
//     renderer's own elements and attributes, closed in order, and its
//     headings and links are exactly the notice's, each to the URL safeURL
//     accepted (as html/template writes it);
//   - the Markdown, as goldmark reads it with GitHub's extensions, has
//     exactly the notice's blocks, headings and links (checkMarkdown): no
//     structure, code, HTML or autolink from notice text;
//   - the text holds no control or bidi character and no line wider than
//     80 columns but one word that could not be broken;
//   - every rendering is at most outputPerByte bytes for each byte of the
//     notice's JSON, beyond outputFloor;
//   - rendering the full Markdown twice gives the same bytes (one format,
//     to keep the fuzzer fast; the golden tests cover the others).
//
// The input s is cut at U+001E into the texts of the notice, which take
// them in turn; the bits of shape say which optional parts it has, whether
// its codes are the texts too (as a notice built in Go may have), and the
// language to render. A notice of a few parts renders in a millisecond or
// two, so that the fuzzer runs hundreds of inputs a second:
//
//	go test ./render -run '^$' -fuzz FuzzRender -fuzzminimizetime 2s
func FuzzRender(f *testing.F) {
	for i, s := range hostile {
		f.Add(s, uint64(i)*0x9e3779b97f4a7c15)
	}
	for i, p := range markdownPayloads {
		f.Add(p.text, ^uint64(i)*0x9e3779b97f4a7c15)
	}
	f.Add("a\x1eb\x1e<c>\x1ehttps://d.example/\x1ee@f.example\x1e+358 1", uint64(0))
	f.Add("a\x1eb\x1e<c>\x1ehttps://d.example/\x1ee@f.example\x1e+358 1", ^uint64(0))
	f.Fuzz(func(t *testing.T, s string, shape uint64) {
		parts := strings.Split(s, "\x1e")
		n := fuzzNotice(parts, shape)
		lang := []language.Tag{language.Finnish, language.Swedish, language.English}[shape>>62%3]
		for _, c := range []struct {
			format Format
			layer  Layer
		}{{HTML, Full}, {Markdown, Full}, {Text, Full}, {HTML, Short}, {Markdown, Short}, {Text, Short}} {
			opts := Options{Lang: lang, Format: c.format, Layer: c.layer, IDPrefix: "x-"}
			name := fmt.Sprintf("%s/%s", c.layer, c.format)
			d, err := build(n, opts)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var buf bytes.Buffer
			if err := write(&buf, d, opts); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			got := buf.Bytes()
			var problems []string
			switch c.format {
			case HTML:
				r := checkHTML(got, htmlTags)
				problems = r.Problems
				if want := treeHeadings(d); !equalHeadings(want, r.Headings) {
					problems = append(problems, fmt.Sprintf("headings %v are not the notice's %v", r.Headings, want))
				}
				if want := htmlLinks(d); !slices.Equal(want, r.Hrefs) {
					problems = append(problems, fmt.Sprintf("links %q are not the notice's %q", r.Hrefs, want))
				}
			case Markdown:
				r := checkMarkdown(got, d)
				problems = r.Problems
				if want := treeHeadings(d); !equalHeadings(want, r.Headings) {
					problems = append(problems, fmt.Sprintf("headings %v are not the notice's %v", r.Headings, want))
				}
			case Text:
				problems = checkText(got, 80)
			}
			if len(got) > outputFloor {
				if size := fuzzInputSize(parts, shape); size > 0 && len(got) > outputPerByte*size+outputFloor {
					problems = append(problems, fmt.Sprintf("%d bytes from a notice of %d", len(got), size))
				}
			}
			if len(problems) > 0 {
				t.Fatalf("%s of %q, shape %#x: %v", name, s, shape, problems)
			}
			if c.format == Markdown && c.layer == Full {
				again, err := render(n, opts)
				if err != nil || !bytes.Equal(got, again) {
					t.Fatalf("%s: two renderings differ", name)
				}
			}
		}
	})
}

func equalHeadings(a, b []headingInfo) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// fuzzInputSize returns the size of the notice's JSON, the measure of its
// input; each byte that is not UTF-8, which JSON cannot hold, counts as the
// U+FFFD that stands for it in the output.
func fuzzInputSize(parts []string, shape uint64) int {
	valid := make([]string, len(parts))
	for i, p := range parts {
		var b strings.Builder
		for _, r := range p { // a byte that is not UTF-8 comes as U+FFFD
			b.WriteRune(r)
		}
		valid[i] = b.String()
	}
	js, err := notice.EncodeJSON(fuzzNotice(valid, shape))
	if err != nil {
		return 0
	}
	return len(js)
}

// fuzzNotice builds a notice from texts and the bits of shape. Every text
// and string field it sets takes the next of texts, in turn; a pointer,
// boolean or "not applicable" field is set by the next bit of shape; a
// pointer is set, and a slice has an element, by the next two (the
// activities one or two, the groups of data subjects none or two, so that a
// category concerning both shows them); codes are valid, unless bit 0 makes
// them texts too. It walks the
// model by reflection, so that a field added to the model is fuzzed too.
func fuzzNotice(texts []string, shape uint64) *notice.Notice {
	z := &fuzzFill{texts: texts, shape: shape, codes: shape&1 != 0}
	n := &notice.Notice{}
	z.fill(reflect.ValueOf(n).Elem(), 0)
	n.SchemaVersion = notice.SchemaVersion
	n.Languages = []language.Tag{language.Finnish, language.Swedish, language.English}
	n.UnofficialTranslations = []language.Tag{language.Swedish, language.English}
	for i := range n.Activities {
		a := &n.Activities[i]
		a.ID = fmt.Sprintf("a%d", i)
		var ids []string
		for j := range a.DataSubjects {
			a.DataSubjects[j].ID = fmt.Sprintf("g%d", j)
			ids = append(ids, a.DataSubjects[j].ID)
		}
		for j := range a.DataCategories {
			a.DataCategories[j].Subjects = ids
		}
	}
	if !z.codes && n.Rights != nil {
		n.Rights.Items = []notice.RightInfo{
			{Right: notice.RightAccess, Description: texts3(z.text())},
			{Right: notice.RightObject, Description: texts3(z.text())},
			{Right: notice.RightComplaint, Description: texts3(z.text())},
		}
	}
	return n
}

type fuzzFill struct {
	texts []string
	next  int
	shape uint64
	bit   int
	codes bool
}

func (z *fuzzFill) text() string {
	s := z.texts[z.next%len(z.texts)]
	z.next++
	return s
}

func (z *fuzzFill) flag() bool {
	z.bit++
	return z.shape>>(1+z.bit%60)&1 != 0
}

// rare is a flag that holds for one shape in four: optional parts are
// mostly absent, so that the notices stay small and the fuzzer fast.
func (z *fuzzFill) rare() bool { return z.flag() && z.flag() }

// maxFillDepth bounds how deep fill goes into the model: deeper than any
// field of a notice, and short of the recursion of a type that holds itself.
const maxFillDepth = 12

func texts3(s string) notice.Text {
	return notice.Text{language.Finnish: s, language.Swedish: s, language.English: s}
}

func (z *fuzzFill) fill(v reflect.Value, depth int) {
	if depth > maxFillDepth {
		return // a type that holds itself (a block's list of blocks, a recipient's sub-processors) ends here
	}
	switch v.Type() {
	case reflect.TypeFor[notice.Text]():
		v.Set(reflect.ValueOf(texts3(z.text())))
		return
	case reflect.TypeFor[notice.Name]():
		v.Set(reflect.ValueOf(notice.Name(texts3(z.text()))))
		return
	case reflect.TypeFor[notice.Tags]():
		return
	case reflect.TypeFor[notice.Date]():
		if z.flag() {
			v.Set(reflect.ValueOf(notice.NewDate(2024, 2, 29)))
		}
		return
	case reflect.TypeFor[notice.Duration]():
		v.Set(reflect.ValueOf(notice.Duration{Years: 1, Months: 6}))
		return
	case reflect.TypeFor[[]language.Tag]():
		return
	}
	if code, ok := codeFor[v.Type()]; ok {
		if z.codes {
			code = z.text()
		}
		v.SetString(code)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Name == "NotApplicable" && !z.flag() {
				continue
			}
			z.fill(v.Field(i), depth+1)
		}
	case reflect.Pointer:
		if depth > 0 && !z.rare() {
			return
		}
		p := reflect.New(v.Type().Elem())
		z.fill(p.Elem(), depth)
		v.Set(p)
	case reflect.Slice:
		k := 0
		if z.rare() {
			k = 1
		}
		switch v.Type() {
		case reflect.TypeFor[[]notice.Activity]():
			k++
		case reflect.TypeFor[[]notice.DataSubjectGroup]():
			k *= 2
		}
		sl := reflect.MakeSlice(v.Type(), k, k)
		for i := range k {
			z.fill(sl.Index(i), depth+1)
		}
		v.Set(sl)
	case reflect.String:
		v.SetString(z.text())
	case reflect.Bool:
		v.SetBool(z.flag())
	}
}
