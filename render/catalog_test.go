package render

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// locales are the supported languages and the regional variants i18n models.
var locales = append(slices.Clone(i18n.Supported), language.MustParse("sv-SE"))

// TestEveryCodeHasATerm fails when a code of a closed vocabulary has no
// official term in the catalog in some supported language: the renderer
// says every code in its term, never as the code.
func TestEveryCodeHasATerm(t *testing.T) {
	for _, v := range notice.Vocabularies() {
		for _, tag := range locales {
			loc := i18n.For(tag)
			assert.True(t, loc.Has(v.Name), "%s: no title for the vocabulary %s", tag, v.Name)
			for _, code := range v.Codes() {
				key := v.MessageKey(code)
				if assert.True(t, loc.Has(key), "%s: no term for %s", tag, key) {
					assert.NotEqual(t, key, loc.T(key))
				}
			}
		}
	}
}

// TestEveryHeadingIsUsed fails when a heading.*, label.* or phrase.* key of
// the catalog appears nowhere in the renderer's Go sources or templates.
func TestEveryHeadingIsUsed(t *testing.T) {
	var src strings.Builder
	for _, pattern := range []string{"*.go", "templates/*.html"} {
		files, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			src.Write(b)
		}
	}
	family := regexp.MustCompile(`^(heading|label|phrase)\.`)
	n := 0
	for _, key := range i18n.Keys() {
		if !family.MatchString(key) {
			continue
		}
		n++
		assert.True(t, strings.Contains(src.String(), `"`+key+`"`), "%s is in the catalog but the renderer never uses it: use it or remove it", key)
	}
	assert.Greater(t, n, 60, "the key families are found at all")
}
