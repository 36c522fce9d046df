package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// markdownPayloads are notice texts that a Markdown reader would read as
// structure if they were written as they are: each names the construct it
// tries. None may make a block, an inline other than text, or a link.
var markdownPayloads = []struct{ text, tries string }{
	{"Johdanto\n\n  * tähti\n\n     sisennetty koodi\n\n  ***\n\n  12) numero\n\n  > lainaus", "blocks after spaces at the start of a paragraph"},
	{"\t- sarkain", "a list item after a tab"},
	{"   # otsikko välilyöntien jälkeen", "a heading after spaces"},
	{"Otsikko\n   ===", "a setext heading underline after spaces"},
	{"teksti\n---", "a setext heading or rule on the next line"},
	{"- - -", "a thematic break of spaced hyphens"},
	{"1986. vuonna", "an ordered list from a year"},
	{"123456789) yhdeksän numeroa", "an ordered list with the longest number CommonMark allows"},
	{"+ plus ja = yhtä", "a list marker and a setext underline"},
	{"``` go\nkoodi\n```", "a fence"},
	{"~~~\nkoodi", "a tilde fence left open"},
	{"<div>\n\n<details open><summary>x</summary>", "an HTML block"},
	{"<!-- piilossa -->", "an HTML comment"},
	{"a | b\n:-: | -:", "a table without outer pipes"},
	{"Versio 2\n:-", "a table of one column, without pipes"},
	{"termi\n: määritelmä", "a definition list"},
	{"- [x] tehty", "a task list item"},
	{"[^1]: alaviite ja viite[^1]", "a footnote"},
	{"[x]: https://paha.example\n\n[x]", "a link reference definition and its use"},
	{"![kuva](https://paha.example/p.png)", "an image"},
	{"<https://paha.example> ja <paha@paha.example>", "autolinks in angle brackets"},
	{"Katso www.paha.example tai WWW.PAHA.EXAMPLE.", "GitHub's www. autolinks"},
	{"Osoite https://paha.example/x, ftp://paha.example ja (http://paha.example).", "GitHub's URL autolinks"},
	{"Kirjoita tietosuoja@paha.example tai mailto:a@paha.example tai xmpp:a@paha.example", "GitHub's e-mail autolinks"},
	{"https://hyvä.example@paha.example/", "an autolink to a URL with credentials, which safeURL refuses"},
	{"&copy; &#x26; &amp; &#64;", "character references"},
	{"$x^2$ ja $$\\sum$$", "GitHub's math"},
	{"_kursiivi_ *kursiivi* **lihava** ~~yliviivattu~~ ~yli~ `koodi`", "emphasis, strikethrough and code"},
	{"rivi\\\nrivi  \nrivi", "hard line breaks"},
	{"\\*ei korostusta\\*", "escapes of its own"},
	{"rivi\\\n``ei koodia``", "a backslash ending a line, then backticks (goldmark misreads a break after an escaped backslash)"},
}

// TestMarkdownStructure puts each payload in every text of a notice and
// reads the Markdown of every language and layer as GitHub would: the
// blocks and links are exactly the renderer's (checkMarkdown), and the text
// is all there, as text.
func TestMarkdownStructure(t *testing.T) {
	for _, p := range markdownPayloads {
		t.Run(p.tries, func(t *testing.T) {
			n := hostileNotice(p.text, fillMode{})
			for _, lang := range i18n.Supported {
				for _, layer := range []Layer{Full, Short} {
					for _, offset := range []int{0, 2} {
						opts := Options{Lang: lang, Format: Markdown, Layer: layer, HeadingOffset: offset}
						name := fmt.Sprintf("%s/%s/offset %d", lang, layer, offset)
						got, err := render(n, opts)
						require.NoError(t, err, name)
						d, err := build(n, opts)
						require.NoError(t, err, name)
						r := checkMarkdown(got, d)
						assert.Empty(t, r.Problems, name)
						assert.Equal(t, treeHeadings(d), r.Headings, name)
						for line := range strings.SplitSeq(p.text, "\n") {
							if w := visible(line); w != "" {
								assert.Contains(t, r.Text, w, "%s: the text is shown as it was written", name)
							}
						}
					}
				}
			}
		})
	}
}

// TestMarkdownLinkTargets: the URL a Markdown reader follows is, byte for
// byte, the one safeURL accepted, whatever characters of Markdown's or of
// HTML's it holds.
func TestMarkdownLinkTargets(t *testing.T) {
	for _, raw := range []string{
		"https://hyvä.example&#64;paha.example/",
		"https://hyva.example&#x40;paha.example/",
		"https://hyva.example&commat;paha.example/",
		"https://hyva.example/?a=1&amp;b=2&c=3",
		"https://hyva.example/&#47;&#x2F;polku",
		"https://hyva.example/%40paha.example",
		"https://hyva.example/(a)(b)*c*_d_[e]{f}|g~h$i",
		"https://hyva.example/#&#35;osio",
		"mailto:dpo@hyva.example?subject=a&#64;b",
		"tel:+358-40-(123)",
	} {
		t.Run(raw, func(t *testing.T) {
			want, ok := safeURL(raw)
			require.True(t, ok, "safeURL accepts %q", raw)
			n := load(t, "vipu")
			n.URL = raw
			n.Controller.URL = raw
			n.Sections = append(n.Sections, notice.Section{Heading: texts("Lisää"), Blocks: []notice.Block{{Link: &notice.Link{URL: raw}}}})
			for _, layer := range []Layer{Full, Short} {
				opts := Options{Format: Markdown, Layer: layer}
				got, err := render(n, opts)
				require.NoError(t, err)
				d, err := build(n, opts)
				require.NoError(t, err)
				r := checkMarkdown(got, d)
				assert.Empty(t, r.Problems, layer)
				var urls []string
				for _, l := range r.Links {
					urls = append(urls, l.URL)
				}
				assert.Contains(t, urls, want, "%s: the reader follows the URL safeURL accepted", layer)
			}
		})
	}
}

func TestMDEscape(t *testing.T) {
	for _, tc := range []struct {
		in        string
		lineStart bool
		want      string
	}{
		{"    koodi", true, "koodi"},
		{"  - kohta", true, `\- kohta`},
		{"  - kohta", false, "  - kohta"},
		{"12) x", true, `12\) x`},
		{":-", true, `\:-`},
		{":-", false, ":-"},
		{"1234567890. x", true, "1234567890. x"},
		{"a&b", false, `a\&b`},
		{"$5", false, `\$5`},
		{"x@y.fi", false, "x" + wordJoiner + "@" + wordJoiner + "y.fi"},
		{"http://x.fi", false, "http:" + wordJoiner + "//x.fi"},
		{"Www.x.fi", false, "Www" + wordJoiner + ".x.fi"},
		{"www", false, "www"},
	} {
		assert.Equal(t, tc.want, mdEscape(tc.in, tc.lineStart, true), "%q at line start %v", tc.in, tc.lineStart)
	}
	assert.Equal(t, "\\\n", mdBreak("a"))
	assert.Equal(t, " \\\n", mdBreak(`a\\`), "a space keeps an escaped backslash from the break's")
	assert.Equal(t, "x@y.fi", mdEscape("x@y.fi", false, false), "no word joiner in a link's text, where no autolink is made")
	assert.Equal(t, `https://a.example/?a=1&amp;b=2&amp;#64;`, mdDestination("https://a.example/?a=1&b=2&#64;"))
}
