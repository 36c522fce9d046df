package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRenderFullURLAndNumbers: -full-url gives the short layer its link to
// the full notice, and a bad one is a usage error; -number-sections numbers
// the page's headings.
func TestRenderFullURLAndNumbers(t *testing.T) {
	const path = "../../examples/notices/vipu.yaml"
	out, _, code := seloste(t, nil, "render", "-format", "page", "-layer", "short", path)
	assert.Equal(t, 0, code)
	assert.NotContains(t, out, "seloste-read-more", "no address, no link")

	out, _, code = seloste(t, nil, "render", "-format", "page", "-layer", "short", "-full-url", "vipu.fi.full.html#privacy-notice", path)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, `<p class="seloste-read-more"><a href="vipu.fi.full.html#privacy-notice">Lue koko tietosuojaseloste</a></p>`)

	_, errOut, code := seloste(t, nil, "render", "-layer", "short", "-full-url", "javascript:alert(1)", path)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "-full-url: ")
	assert.Contains(t, errOut, `"javascript:alert(1)"`)

	out, _, code = seloste(t, nil, "render", "-format", "page", "-number-sections", path)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, `<h2 id="controller"><span class="seloste-num">1</span> Rekisterinpitäjä</h2>`)
}

// TestRenderUnsupportedLanguage: a notice in a language seloste has no
// catalog for (German) is a usage error, exit status 2, with a message that
// names the language and the way out; with -fallback it renders in the
// fallback, saying so at its top, with the notice's own text in German.
func TestRenderUnsupportedLanguage(t *testing.T) {
	const path = "../../testdata/corpus/09-tum-peer.yaml"
	out, errOut, code := seloste(t, nil, "render", "-format", "text", path)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out, "nothing rendered")
	assert.Contains(t, errOut, "09-tum-peer.yaml: seloste does not render in de: its headings and terms are in fi, sv, en only; give -lang with one of them, or -fallback en")

	// The same for a language asked for that the catalog lacks.
	_, errOut, code = seloste(t, nil, "render", "-lang", "nl", "../../examples/notices/vipu.yaml")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "seloste does not render in nl")

	out, errOut, code = seloste(t, nil, "render", "-format", "text", "-fallback", "en", path)
	assert.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "This rendering is in English because the notice's language (German) is not\nsupported.")
	assert.Contains(t, out, "Rights of the data subject", "English headings")
	assert.Contains(t, out, "[de] ", "the notice's own text, marked as German")

	out, _, code = seloste(t, nil, "render", "-format", "text", "-fallback", "sv", path)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "Den registrerades rättigheter")

	// A fallback the catalog lacks is refused before the notice is read.
	_, errOut, code = seloste(t, nil, "render", "-fallback", "de", path)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "-fallback: seloste does not render in de; give one of fi, sv, en")
	_, errOut, code = seloste(t, nil, "render", "-fallback", "%%", path)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, `-fallback: "%%" is not a language tag`)

	// A supported notice ignores the fallback.
	plain, _, code := seloste(t, nil, "render", "-format", "text", "../../examples/notices/vipu.yaml")
	assert.Equal(t, 0, code)
	with, _, code := seloste(t, nil, "render", "-format", "text", "-fallback", "en", "../../examples/notices/vipu.yaml")
	assert.Equal(t, 0, code)
	assert.Equal(t, plain, with)
}
