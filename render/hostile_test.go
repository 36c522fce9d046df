package render

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// hostile are strings an attacker (or a careless editor) might put in any
// field of a notice. None of them may become markup in any format.
var hostile = []string{
	`<script>alert(1)</script>`,
	`"><img src=x onerror=alert(1)>`,
	`' onmouseover='alert(1)`,
	`javascript:alert(1)`,
	` JaVaScRiPt:alert(1)`,
	`data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
	`vbscript:msgbox(1)`,
	`[click](javascript:alert(1))`,
	`![img](https://evil.example/x.png)`,
	`<https://evil.example>`,
	`<javascript:alert(1)>`,
	"[ref]: javascript:alert(1)\n[ref]",
	`<a href="javascript:alert(1)">x</a>`,
	`# heading`,
	"## heading\n### another",
	"Setext\n======",
	"Setext\n------",
	"- item\n+ item\n* item",
	"1. one\n2) two",
	"> quote",
	"```\ncode\n```",
	"~~~\ncode\n~~~",
	"    indented code",
	"`code` **bold** __bold__ *em* _em_ ~~strike~~",
	"| a | b |\n|---|---|\n| c | d |",
	"&lt;script&gt; &#60;script&#62; &amp;",
	"<!-- comment --> <![CDATA[x]]>",
	"trailing backslash \\",
	"hard  \nbreak",
	"\x1b[31mred\x1b[0m \x00nul \x07bell \x7fdel \u0085nel",
	"\u202egnirts desrever\u202c \u2066isolate\u2069 \u200fRLM \u061cALM",
	"line1\r\nline2\rline3\u2028line4\u2029line5",
	"tel:+358 40 123 4567",
	"mailto:x@example.com?body=<script>",
	"https://example.com/\"><script>alert(1)</script>",
	"http://user:pass@example.com/",
	"{{.}} {{template \"x\"}} %s %d",
	"\xff\xfe invalid UTF-8",
	"",
}

// codeFor is a valid code of each vocabulary type, chosen so that the most
// output appears: consent and object bring the withdrawal and Art 21 blocks.
var codeFor = map[reflect.Type]string{
	reflect.TypeFor[notice.LegalBasis]():        "consent",
	reflect.TypeFor[notice.SpecialCategory]():   "healthData",
	reflect.TypeFor[notice.SpecialCondition]():  "explicitConsent",
	reflect.TypeFor[notice.CriminalBasis]():     "authorisedByLaw",
	reflect.TypeFor[notice.Right]():             "object",
	reflect.TypeFor[notice.TransferMechanism](): "standardClausesCommission",
	reflect.TypeFor[notice.RecipientRole]():     "processor",
	reflect.TypeFor[notice.Requirement]():       "statutory",
	reflect.TypeFor[notice.Exemption]():         "laidDownByLaw",
	reflect.TypeFor[notice.SourceKind]():        "otherSource",
}

// fillMode says how fill sets fields the model constrains.
type fillMode struct {
	hostileCodes  bool // vocabulary codes are s too, as a Go-built notice may have
	notApplicable bool // NotApplicable fields are set (else left empty)
}

// hostileNotice returns a notice with s in every text and string field it
// has, two activities, and the rights that bring every block.
func hostileNotice(s string, m fillMode) *notice.Notice {
	n := &notice.Notice{}
	fill(reflect.ValueOf(n).Elem(), s, m)
	n.SchemaVersion = notice.SchemaVersion
	n.Languages = []language.Tag{language.Finnish, language.Swedish, language.English}
	n.UnofficialTranslations = []language.Tag{language.Swedish, language.English}
	if !m.hostileCodes {
		n.Rights.Items = []notice.RightInfo{
			{Right: notice.RightAccess, Description: texts(s)},
			{Right: notice.RightObject, Description: texts(s)},
			{Right: notice.RightWithdrawConsent, Description: texts(s)},
			{Right: notice.RightComplaint, Description: texts(s)},
		}
	}
	return n
}

func texts(s string) notice.Text {
	return notice.Text{language.Finnish: s, language.Swedish: s, language.English: s}
}

// fill sets every field reachable from v to a value made from s: texts hold
// s in fi, sv and en, strings are s, slices get one element (Activities two),
// pointers a new value, booleans true, dates and periods a value.
func fill(v reflect.Value, s string, m fillMode) { fillIn(v, s, m, map[reflect.Type]bool{}) }

// fillIn is fill with the struct types being filled, so that a recursive
// type (a recipient's subprocessors) is filled one level deep.
func fillIn(v reflect.Value, s string, m fillMode, open map[reflect.Type]bool) {
	switch v.Type() {
	case reflect.TypeFor[notice.Text]():
		v.Set(reflect.ValueOf(texts(s)))
		return
	case reflect.TypeFor[notice.Name]():
		v.Set(reflect.ValueOf(notice.Name(texts(s))))
		return
	case reflect.TypeFor[notice.Date]():
		v.Set(reflect.ValueOf(notice.NewDate(2024, 2, 29)))
		return
	case reflect.TypeFor[notice.Duration]():
		v.Set(reflect.ValueOf(notice.Duration{Years: 1, Months: 6}))
		return
	case reflect.TypeFor[[]language.Tag]():
		return
	}
	code, ok := codeFor[v.Type()]
	if voc, isCode := notice.VocabularyOf(v.Type()); isCode && !ok {
		code, ok = voc.Terms[0].Code, true
	}
	if ok {
		if m.hostileCodes {
			code = s
		}
		v.SetString(code)
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		open[v.Type()] = true
		defer delete(open, v.Type())
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			if f.Name == "NotApplicable" && !m.notApplicable {
				continue
			}
			fillIn(v.Field(i), s, m, open)
		}
	case reflect.Pointer:
		if open[v.Type().Elem()] {
			return
		}
		p := reflect.New(v.Type().Elem())
		fillIn(p.Elem(), s, m, open)
		v.Set(p)
	case reflect.Slice:
		if open[v.Type().Elem()] {
			return
		}
		k := 1
		if v.Type() == reflect.TypeFor[[]notice.Activity]() {
			k = 2
		}
		sl := reflect.MakeSlice(v.Type(), k, k)
		for i := range k {
			fillIn(sl.Index(i), s, m, open)
		}
		v.Set(sl)
	case reflect.String:
		v.SetString(s)
	case reflect.Bool:
		v.SetBool(true)
	}
}

// visible returns the words s shows as, after clean: what every format must
// show of it, whatever markup-like characters it holds.
func visible(s string) string {
	return strings.Join(strings.Fields(clean(s)), " ")
}

// checkAll renders n in every format, language and layer and checks that
// no text became markup. It returns every problem.
func checkAll(t *testing.T, n *notice.Notice, payload string) {
	t.Helper()
	want := visible(payload)
	for _, lang := range i18n.Supported {
		for _, layer := range []Layer{Full, Short} {
			for _, f := range []Format{HTML, Page, Markdown, Text} {
				name := fmt.Sprintf("%s/%s/%s", lang, layer, f)
				got, err := render(n, Options{Lang: lang, Format: f, Layer: layer})
				require.NoError(t, err, name)
				require.True(t, utf8.Valid(got), "%s: not UTF-8", name)
				switch f {
				case HTML, Page:
					r := checkHTML(got, htmlTags)
					assert.Empty(t, r.Problems, name)
					if f == Page {
						assert.Equal(t, 1, h1Count(r.Headings), name)
					}
					if want != "" {
						assert.Contains(t, r.Text, want, "%s: the text is shown as text", name)
					}
				case Markdown:
					d, err := build(n, Options{Lang: lang, Format: f, Layer: layer})
					require.NoError(t, err)
					r := checkMarkdown(got, d)
					assert.Empty(t, r.Problems, name)
					assert.Equal(t, treeHeadings(d), r.Headings, "%s: no heading but the sections'", name)
					if want != "" {
						assert.Contains(t, r.Text, want, "%s: the text survives as text", name)
					}
				case Text:
					assert.Empty(t, checkText(got, 80), name)
					if want != "" && len(want) < 60 {
						assert.Contains(t, strings.Join(strings.Fields(string(got)), " "), want, name)
					}
				}
			}
		}
	}
}

func TestHostileText(t *testing.T) {
	for _, s := range hostile {
		for _, m := range []fillMode{{}, {notApplicable: true}, {hostileCodes: true}} {
			t.Run(fmt.Sprintf("%q/%+v", s, m), func(t *testing.T) {
				checkAll(t, hostileNotice(s, m), s)
			})
		}
	}
}

// TestHostileURLs checks the one URL gate: only http, https, mailto and tel
// become links, in every format.
func TestHostileURLs(t *testing.T) {
	for _, tc := range []struct {
		raw    string
		link   bool
		reason string
	}{
		{"https://example.com/privacy", true, "an ordinary web address"},
		{"http://example.com", true, "plain http is allowed"},
		{"HTTPS://EXAMPLE.COM", true, "schemes are case-insensitive"},
		{"mailto:dpo@example.com", true, "an email address"},
		{"tel:+358401234567", true, "a telephone number"},
		{"javascript:alert(1)", false, "script"},
		{"JavaScript:alert(1)", false, "script in mixed case"},
		{"java\tscript:alert(1)", false, "a tab inside the scheme"},
		{"data:text/html,<script>", false, "data URLs"},
		{"vbscript:x", false, "another script scheme"},
		{"file:///etc/passwd", false, "local files"},
		{"//evil.example/x", false, "scheme-relative"},
		{"/relative", false, "relative"},
		{"https://", false, "no host"},
		{"https://user:pw@example.com", false, "credentials"},
		{"https://example.com/a b", false, "a space"},
		{"https://example.com/\u202e", false, "a bidi override"},
		{"https://example.com/\"onmouseover=", false, "a quote"},
		{"tel:javascript:alert(1)", false, "not a number"},
		{"tel:+358 40", false, "a space in a tel URL"},
		{"mailto:", false, "no address"},
	} {
		t.Run(tc.reason, func(t *testing.T) {
			_, ok := safeURL(tc.raw)
			assert.Equal(t, tc.link, ok, tc.raw)
		})
	}
	assert.Equal(t, span{Kind: spanLink, Text: "+358 29 450 4666", URL: "tel:+358294504666"}, phoneSpan("+358 29 450 4666"))
	assert.Equal(t, span{Text: "029 566 6700 (vaihde)"}, phoneSpan("029 566 6700 (vaihde)"), "a number with words is text")
	assert.Equal(t, span{Kind: spanLink, Text: "dpo@utu.fi", URL: "mailto:dpo@utu.fi"}, emailSpan("dpo@utu.fi"))
	assert.Equal(t, span{Text: "dpo@utu.fi?cc=x"}, emailSpan("dpo@utu.fi?cc=x"))
}

// TestTextOutputTerminalSafe: whatever the notice says, the text rendering
// holds no control or bidi character but line feeds, and shows each one
// that the notice holds as an escape.
func TestTextOutputTerminalSafe(t *testing.T) {
	s := "x\x1b]0;PWNED\x07\x1b[31mRED\x1b[0m\u202eesrever\u009b2J"
	n := hostileNotice(s, fillMode{})
	for _, layer := range []Layer{Full, Short} {
		got, err := render(n, Options{Format: Text, Layer: layer})
		require.NoError(t, err)
		assert.Empty(t, checkText(got, 80), layer)
		assert.Contains(t, string(got), `x\x1b]0;PWNED\x07\x1b[31mRED\x1b[0m\u202eesrever\u009b2J`, "%s: every control character is shown", layer)
	}
}

// TestWrapWords: the wrapper breaks only where textWords does, so that a
// line is over-wide only when it holds one word the wrapper could not
// break; a no-break space joins, as in "4 §" and telephone numbers.
func TestWrapWords(t *testing.T) {
	long := strings.Repeat("a", 30)
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"yksi kaksi kolme neljä", []string{"yksi kaksi", "kolme", "neljä"}},
		{"lain 4 § mukaan", []string{"lain 4\u00a0§", "mukaan"}},
		{"puh +358\u00a040\u00a0123\u00a04567 nyt", []string{"puh", "+358\u00a040\u00a0123\u00a04567", "nyt"}},
		{long + " §:n x", []string{long + "\u00a0§:n", "x"}},
	} {
		got := wrap(tc.in, 10, "", "")
		assert.Equal(t, tc.want, got, tc.in)
		for _, line := range got {
			if textWidth(line) > 10 {
				assert.Len(t, textWords(line), 1, "an over-wide line is one word: %q", line)
			}
		}
	}
	assert.Equal(t, []string{"a\u00a0b", "c"}, textWords("a\u00a0b c"), "a no-break space is not a break")
}
