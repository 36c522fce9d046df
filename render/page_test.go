package render

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/i18n"
)

// The page checks that need no browser: the table of contents, the heading
// anchors, numbered sections and the scoping of the stylesheet. The browser
// checks (axe-core, reflow at 320 CSS px, print) run in CI, .ci/browser.

// parseHTML parses an HTML output into a tree.
func parseHTML(t *testing.T, src []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(src))
	require.NoError(t, err)
	return doc
}

// findAll returns every element below n for which match is true, in
// document order.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && match(c) {
			out = append(out, c)
		}
		out = append(out, findAll(c, match)...)
	}
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasClass(n *html.Node, class string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}

// textOf returns the text below n, whitespace collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

func isHeading(n *html.Node) bool {
	return len(n.Data) == 2 && n.Data[0] == 'h' && n.Data[1] >= '1' && n.Data[1] <= '6'
}

// nextElement returns the next sibling element of n, or nil.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
	}
	return nil
}

// checkAnchors checks that every heading of doc has an id and, right after
// it, a visible self-link whose accessible name says what it links to.
func checkAnchors(t *testing.T, doc *html.Node, lang language.Tag) int {
	t.Helper()
	loc := i18n.For(lang)
	prefix := strings.TrimSuffix(loc.T("phrase.sectionLink", ""), " ")
	headings := findAll(doc, isHeading)
	for _, h := range headings {
		id := attr(h, "id")
		if !assert.NotEmpty(t, id, "<%s> %q has no id", h.Data, textOf(h)) {
			continue
		}
		a := nextElement(h)
		if !assert.NotNil(t, a, "<%s id=%q> has no anchor after it", h.Data, id) {
			continue
		}
		assert.Equal(t, "a", a.Data, "after <%s id=%q>", h.Data, id)
		assert.True(t, hasClass(a, "seloste-anchor"), "after <%s id=%q>", h.Data, id)
		assert.Equal(t, "#"+id, attr(a, "href"), "the anchor of %q links to its heading", id)
		assert.Equal(t, "#", textOf(a), "the anchor is visible")
		assert.Equal(t, prefix+" "+textOf(h), attr(a, "aria-label"), "the anchor's accessible name names its heading")
		assert.True(t, hasClass(h.Parent, "seloste-heading"), "heading and anchor share a wrapper")
		assert.Empty(t, findAll(h, func(n *html.Node) bool { return n.Data == "a" }), "the heading holds no link: its name stays its text")
	}
	return len(headings)
}

func TestEveryHeadingHasAnIDAndAnAnchor(t *testing.T) {
	for _, name := range examples.Names() {
		n := load(t, name)
		for _, lang := range i18n.Supported {
			for _, layer := range []Layer{Full, Short} {
				t.Run(fmt.Sprintf("%s.%s.%s", name, lang, layer), func(t *testing.T) {
					var buf bytes.Buffer
					require.NoError(t, Render(&buf, n, Options{Lang: lang, Layer: layer, Format: Page, Stylesheet: true}))
					count := checkAnchors(t, parseHTML(t, buf.Bytes()), lang)
					assert.Greater(t, count, 3)
				})
			}
		}
	}
	// A fragment, shifted and prefixed, keeps them.
	var buf bytes.Buffer
	require.NoError(t, Render(&buf, load(t, "vipu"), Options{Lang: language.Swedish, HeadingOffset: 1, IDPrefix: "v-"}))
	doc := parseHTML(t, buf.Bytes())
	checkAnchors(t, doc, language.Swedish)
	for _, h := range findAll(doc, isHeading) {
		assert.True(t, strings.HasPrefix(attr(h, "id"), "v-"), "%s: the prefix", attr(h, "id"))
	}
}

// tocOf returns the table of contents of a page: the nav, the links of its
// first level, and the targets of all its links.
func tocOf(t *testing.T, doc *html.Node) (nav *html.Node, top []string, all []string) {
	t.Helper()
	navs := findAll(doc, func(n *html.Node) bool { return n.Data == "nav" && hasClass(n, "seloste-toc") })
	if len(navs) != 1 {
		return nil, nil, nil
	}
	nav = navs[0]
	for _, a := range findAll(nav, func(n *html.Node) bool { return n.Data == "a" }) {
		all = append(all, attr(a, "href"))
		// ul > li > a: the first level is the outer list's.
		if li := a.Parent; li.Parent != nil && li.Parent.Parent == nav {
			top = append(top, attr(a, "href"))
		}
	}
	return nav, top, all
}

func TestTableOfContents(t *testing.T) {
	for _, name := range examples.Names() {
		n := load(t, name)
		for _, lang := range i18n.Supported {
			t.Run(fmt.Sprintf("%s.%s", name, lang), func(t *testing.T) {
				var buf bytes.Buffer
				require.NoError(t, Render(&buf, n, Options{Lang: lang, Format: Page}))
				doc := parseHTML(t, buf.Bytes())
				nav, top, all := tocOf(t, doc)
				require.NotNil(t, nav, "one table of contents, with %d activities", len(n.Activities))
				label := attr(nav, "aria-labelledby")
				labels := findAll(doc, func(n *html.Node) bool { return attr(n, "id") == label })
				require.Len(t, labels, 1, "the nav is labelled by an element of the page")
				assert.Equal(t, i18n.For(lang).T("label.contents"), textOf(labels[0]))

				// The first level lists every top section, in order; every
				// link names a heading of the page.
				var h2 []string
				for _, h := range findAll(doc, func(n *html.Node) bool { return n.Data == "h2" }) {
					h2 = append(h2, "#"+attr(h, "id"))
				}
				assert.Equal(t, h2, top)
				ids := map[string]bool{}
				for _, h := range findAll(doc, isHeading) {
					ids["#"+attr(h, "id")] = true
				}
				for _, href := range all {
					assert.True(t, ids[href], "%s names a heading", href)
				}
				if len(n.Activities) > 1 {
					for i := range n.Activities {
						id := "#activity-" + n.Activities[i].ID
						assert.Contains(t, all, id, "each activity is listed")
					}
					assert.Len(t, findAll(doc, func(n *html.Node) bool { return n.Data == "nav" }), 1,
						"the table of contents replaces the list of activities")
				}
			})
		}
	}
	// The first layer is short enough to need none.
	var buf bytes.Buffer
	require.NoError(t, Render(&buf, load(t, "vipu"), Options{Layer: Short, Format: Page}))
	nav, _, _ := tocOf(t, parseHTML(t, buf.Bytes()))
	assert.Nil(t, nav, "no table of contents in the short layer")
	// Markdown and text keep their list of activities; they have no
	// table of contents.
	buf.Reset()
	require.NoError(t, Render(&buf, load(t, "kiva-koulu"), Options{Format: Markdown}))
	assert.Contains(t, buf.String(), "- Asiakasrekisteri\n", "the list of activities")
}

func TestNumberSections(t *testing.T) {
	n := load(t, "ville-university")
	var plain, numbered bytes.Buffer
	require.NoError(t, Render(&plain, n, Options{Lang: language.English, Format: Page}))
	require.NoError(t, Render(&numbered, n, Options{Lang: language.English, Format: Page, NumberSections: true}))
	assert.NotContains(t, plain.String(), "seloste-num")

	doc := parseHTML(t, numbered.Bytes())
	num := regexp.MustCompile(`^(\d+(\.\d+)*) `)
	var got []string
	for _, h := range findAll(doc, isHeading) {
		if h.Data == "h1" {
			assert.False(t, num.MatchString(textOf(h)), "the title is not numbered")
			continue
		}
		m := num.FindStringSubmatch(textOf(h))
		if assert.NotNil(t, m, "%s %q is numbered", h.Data, textOf(h)) {
			assert.Equal(t, int(h.Data[1]-'0')-1, strings.Count(m[1], ".")+1, "%q: the depth of the number is the heading's", textOf(h))
			got = append(got, m[1])
		}
	}
	require.Greater(t, len(got), 5)
	assert.Equal(t, []string{"1", "1.1", "1.2"}, got[:3], "numbers count sections and subsections")
	checkAnchors(t, doc, language.English)
	assert.Contains(t, numbered.String(), `<li><span class="seloste-num">1</span> <a href="#shared">`, "the table of contents is numbered too")

	// Markdown and text are not changed by it.
	for _, f := range []Format{Markdown, Text} {
		var a, b bytes.Buffer
		require.NoError(t, Render(&a, n, Options{Format: f}))
		require.NoError(t, Render(&b, n, Options{Format: f, NumberSections: true}))
		assert.Equal(t, a.String(), b.String(), f)
	}
}

// TestStylesheetIsScoped fails when a rule of the fragment's stylesheet
// could style anything outside the notice: every selector must start with
// the article's class, .seloste.
func TestStylesheetIsScoped(t *testing.T) {
	css := Stylesheet()
	require.NotEmpty(t, css)
	scoped := regexp.MustCompile(`^\.seloste([\s.:\[>+~]|$)`)
	n := 0
	for _, sel := range selectors(css) {
		n++
		assert.Regexp(t, scoped, sel, "selector %q is not scoped to .seloste", sel)
	}
	assert.Greater(t, n, 20, "the selectors are found at all")
	for _, ok := range []string{".seloste", ".seloste h1", ".seloste.seloste-short", ".seloste .x"} {
		assert.Regexp(t, scoped, ok)
	}
	for _, bad := range []string{"body", ".seloste-fields dd", "a", ":root", "* .seloste"} {
		assert.NotRegexp(t, scoped, bad)
	}

	// The page-level rules are in a page's head only, never in a fragment.
	var frag, page bytes.Buffer
	n2 := load(t, "vipu")
	require.NoError(t, Render(&frag, n2, Options{Stylesheet: true}))
	require.NoError(t, Render(&page, n2, Options{Stylesheet: true, Format: Page}))
	assert.Contains(t, frag.String(), css)
	assert.Contains(t, page.String(), css)
	for _, pageOnly := range []string{"body {", ":root {", "prefers-color-scheme: dark", "font-family: system-ui"} {
		assert.NotContains(t, frag.String(), pageOnly)
		assert.Contains(t, page.String(), pageOnly)
	}
	var bare bytes.Buffer
	require.NoError(t, Render(&bare, n2, Options{Format: Page}))
	assert.NotContains(t, bare.String(), "<style>", "no stylesheet unless asked for")
}

// selectors returns the selectors of a stylesheet's rules, those inside
// @media blocks too.
func selectors(css string) []string {
	var out []string
	depth := 0
	start := 0
	for i := 0; i < len(css); i++ {
		switch css[i] {
		case '{':
			head := strings.TrimSpace(css[start:i])
			if !strings.HasPrefix(head, "@") {
				for _, s := range strings.Split(head, ",") {
					out = append(out, strings.TrimSpace(s))
				}
				// Skip the declarations.
				j := strings.IndexByte(css[i:], '}')
				i += j
				start = i + 1
				continue
			}
			depth++
			start = i + 1
		case '}':
			depth--
			start = i + 1
		}
	}
	return out
}

// TestPrintShowsLinkAddresses checks the class the print stylesheet uses to
// write the address after a link whose text is not its address.
func TestPrintShowsLinkAddresses(t *testing.T) {
	n := load(t, "vipu")
	n.URL = "https://example.fi/tietosuoja"
	var buf bytes.Buffer
	require.NoError(t, Render(&buf, n, Options{Layer: Short, Format: Page}))
	assert.Contains(t, buf.String(), `<a href="https://example.fi/tietosuoja" class="seloste-url">`)
	assert.NotContains(t, buf.String(), `href="mailto:tietosuoja.rovaniemi_ho@oikeus.fi" class="seloste-url"`, "an email address is its own text")
	buf.Reset()
	require.NoError(t, Render(&buf, load(t, "kiva-koulu"), Options{Format: Page}))
	assert.Contains(t, buf.String(), `<a href="https://www.utu.fi/fi/privacy/data-security-description">https://www.utu.fi/fi/privacy/data-security-description</a>`,
		"a URL that is its own text is not repeated")
	assert.Contains(t, Stylesheet(), `a.seloste-url::after { content: " <" attr(href) ">"; }`)
}
