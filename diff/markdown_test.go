package diff_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/diff"
)

// gfm reads Markdown as GitHub does, with its extended autolinks, tables,
// strikethrough and task lists.
var gfm = goldmark.New(goldmark.WithExtensions(extension.GFM))

// mdOutline is what a Markdown reader makes of a changelog: its headings by
// level and text, its list items, and every node of a kind WriteMarkdown
// never writes.
type mdOutline struct {
	headings  []string // "## text"
	items     int
	strong    []string
	forbidden []string
}

// outline parses src with goldmark.
func outline(src []byte) mdOutline {
	var o mdOutline
	doc := gfm.Parser().Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch x := n.(type) {
		case *ast.Document, *ast.Paragraph, *ast.TextBlock, *ast.Text, *ast.List, *ast.String:
		case *ast.Heading:
			o.headings = append(o.headings, strings.Repeat("#", x.Level)+" "+plain(x, src))
		case *ast.ListItem:
			o.items++
		case *ast.Emphasis:
			if x.Level != 2 {
				o.forbidden = append(o.forbidden, "emphasis")
			}
			o.strong = append(o.strong, plain(x, src))
		default:
			o.forbidden = append(o.forbidden, n.Kind().String())
		}
		return ast.WalkContinue, nil
	})
	return o
}

// plain returns the text a reader sees in n, without the word joiners that
// keep addresses from becoming autolinks.
func plain(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(util.UnescapePunctuations(t.Segment.Value(src)))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		}
		if s, ok := c.(*ast.String); ok && entering {
			b.Write(s.Value)
		}
		return ast.WalkContinue, nil
	})
	return strings.ReplaceAll(b.String(), "\u2060", "")
}

// checkMarkdown checks a changelog as a reader sees it: one title, at most
// the two section headings and a heading for each place under them, one
// list item in bold and words per change, and nothing else: no link,
// autolink, HTML, code, quote, table or image.
func checkMarkdown(t *testing.T, src []byte, r *diff.Report) {
	t.Helper()
	o := outline(src)
	assert.Empty(t, o.forbidden, "only headings, paragraphs, lists and bold item names:\n%s", src)
	assert.Equal(t, len(r.Changes), o.items, "one list item per change")
	assert.Len(t, o.strong, len(r.Changes), "one bold item name per change")
	require.NotEmpty(t, o.headings)
	assert.True(t, strings.HasPrefix(o.headings[0], "# "), o.headings[0])
	sections := 0
	for _, h := range o.headings[1:] {
		switch {
		case strings.HasPrefix(h, "## "):
			sections++
		case strings.HasPrefix(h, "### "):
		default:
			t.Errorf("a heading of a level WriteMarkdown does not write: %q", h)
		}
	}
	assert.LessOrEqual(t, sections, 2, "substance and wording")
}

// hostile are texts that would make Markdown structure, a link or HTML if
// they were not escaped.
var hostile = []string{
	"[click](javascript:alert(1))",
	"<script>alert(1)</script>",
	"# Heading\n## Another",
	"- item\n1. item",
	"https://evil.example/ and www.evil.example and mail@evil.example",
	"| a | b |\n|---|---|",
	"**bold** _em_ `code` ~~strike~~",
	"> quote",
	"![img](https://evil.example/x.png)",
	"<https://evil.example>",
	"&lt;b&gt; &#60;i&#62;",
	"    indented code",
	"---",
	"[ref]\n\n[ref]: https://evil.example",
	"line\r\n# heading after CR LF\rand CR",
	"ends in a backslash \\",
	"`a backtick\nand ` another",
	": - a table's delimiter row\n:-|-:",
}

// TestMarkdownHostileTextStaysText puts each hostile text in an activity's
// name (a heading of the changelog) and in a purpose (a value): the
// changelog has exactly the structure WriteMarkdown writes, and a reader sees
// each text as it was written, on one line.
func TestMarkdownHostileTextStaysText(t *testing.T) {
	for _, h := range hostile {
		t.Run(h, func(t *testing.T) {
			q := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`).Replace(h)
			edited := strings.Replace(base, "    name: Shop\n", "    name: \""+q+"\"\n", 1)
			edited = strings.Replace(edited, "Handling orders", "\""+q+"\"", 1)
			old, new := decode(t, strings.Replace(base, "    name: Shop\n", "    name: \""+q+"\"\n", 1)), decode(t, edited)
			new.Activities[0].Purposes = append(new.Activities[0].Purposes, new.Activities[0].Purposes[0])
			r := diff.NewReport(old, new, language.English)
			require.NotEmpty(t, r.Changes)
			var buf bytes.Buffer
			require.NoError(t, r.WriteMarkdown(&buf))
			checkMarkdown(t, buf.Bytes(), r)
			o := outline(buf.Bytes())
			oneLine := strings.Join(strings.Fields(h), " ")
			var places []string
			for _, x := range o.headings {
				if strings.HasPrefix(x, "### ") {
					places = append(places, x)
				}
			}
			require.NotEmpty(t, places)
			for _, p := range places {
				assert.Equal(t, "### Processing activity “"+oneLine+"”", p, "the activity's name is a heading's text, as written")
			}
			var html bytes.Buffer
			require.NoError(t, gfm.Convert(buf.Bytes(), &html))
			assert.NotContains(t, html.String(), "<a ", "no link")
			assert.NotContains(t, html.String(), "<script", "no HTML")
			assert.NotContains(t, html.String(), "<img", "no image")
			assert.Contains(t, plainAll(buf.Bytes()), oneLine, "the value reads as written")
		})
	}
}

// plainAll returns the text a reader sees in the whole document.
func plainAll(src []byte) string {
	return plain(gfm.Parser().Parse(text.NewReader(src)), src)
}

// TestChangedInAnotherLanguage: a text that changed only in a language other
// than the report's is said to have changed there, not shown as "X → X".
func TestChangedInAnotherLanguage(t *testing.T) {
	two := strings.Replace(base, "languages: [en]", "languages: [en, fi]", 1)
	two = strings.Replace(two, "description: Handling orders", "description: {en: Handling orders, fi: Tilausten käsittely}", 1)
	old, new := decode(t, two), decode(t, strings.Replace(two, "Tilausten käsittely", "Tilausten hoito", 1))
	var buf bytes.Buffer
	require.NoError(t, diff.NewReport(old, new, language.English).WriteText(&buf))
	assert.Contains(t, buf.String(), "changed in another language: Handling orders\n")
	buf.Reset()
	require.NoError(t, diff.NewReport(old, new, language.Finnish).WriteText(&buf))
	assert.Contains(t, buf.String(), "muutettu: Tilausten käsittely → Tilausten hoito\n")
}
