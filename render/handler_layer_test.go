package render

import (
	"bytes"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestHandlerShortLinksToFull follows the short layer's link to the full
// notice, as a browser would, for each language and format the handler
// serves: it reaches the full layer in the same language and format.
func TestHandlerShortLinksToFull(t *testing.T) {
	h, n := kivaHandler(t)
	for _, tc := range []struct {
		target string
		full   Options
		link   func(body string) string
	}{
		{"/privacy?layer=short&lang=sv", Options{Lang: language.Swedish, Format: Page},
			func(b string) string { return between(b, `<p class="seloste-read-more"><a href="`, `">Läs hela`) }},
		{"/privacy?format=fragment&layer=short&lang=en", Options{Lang: language.English, Format: Page},
			func(b string) string { return between(b, `<p class="seloste-read-more"><a href="`, `">Read the full`) }},
		{"/privacy?format=md&layer=short", Options{Lang: language.Finnish, Format: Markdown},
			func(b string) string { return between(b, "[Lue koko tietosuojaseloste](<", ">)") }},
		{"/privacy?format=text&layer=short&lang=en", Options{Lang: language.English, Format: Text},
			func(b string) string { return between(b, "Read the full privacy notice <", ">") }},
	} {
		rec := get(h, "GET", tc.target)
		require.Equal(t, 200, rec.Code, tc.target)
		href := strings.ReplaceAll(tc.link(rec.Body.String()), "&amp;", "&")
		require.NotEmpty(t, href, "%s: the short layer links to the full one", tc.target)
		base, err := url.Parse("http://example.fi" + tc.target)
		require.NoError(t, err)
		ref, err := url.Parse(href)
		require.NoError(t, err)
		next := base.ResolveReference(ref)
		assert.Equal(t, "/privacy", next.Path, "%s: the link stays on the handler", tc.target)
		rec2 := get(h, "GET", next.RequestURI())
		require.Equal(t, 200, rec2.Code)
		var want bytes.Buffer
		require.NoError(t, Render(&want, n, tc.full))
		assert.Equal(t, want.String(), rec2.Body.String(), "%s -> %s: the full notice, in the language and format of the short one", tc.target, next.RequestURI())
	}
}

// between returns the text of s between the first start and the end after
// it, or "".
func between(s, start, end string) string {
	_, after, ok := strings.Cut(s, start)
	if !ok {
		return ""
	}
	in, _, ok := strings.Cut(after, end)
	if !ok {
		return ""
	}
	return in
}
