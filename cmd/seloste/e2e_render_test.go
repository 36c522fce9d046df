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
