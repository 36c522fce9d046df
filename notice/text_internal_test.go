package notice

import (
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// TestNFCBelowCombiningMarks proves what nfc's quick path rests on: every
// character below U+0300 is in NFC, a starter (combining class 0), and
// composes with nothing before or after it among such characters; so text
// of them alone is in NFC in any order.
func TestNFCBelowCombiningMarks(t *testing.T) {
	for r := rune(0); r < 0x300; r++ {
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !assert.True(t, norm.NFC.IsNormalString(s), "%U is in NFC", r) ||
			!assert.Zero(t, p.CCC(), "%U is a starter", r) ||
			!assert.True(t, p.BoundaryBefore(), "%U composes with nothing before it", r) {
			return
		}
		assert.Less(t, s[0], byte(0xCC), "%U's UTF-8 has no byte from 0xCC up", r)
	}
	assert.Equal(t, byte(0xCC), string(rune(0x300))[0], "U+0300 starts with 0xCC")
}

func TestNFC(t *testing.T) {
	for _, s := range []string{
		"", "Rekisteröity", "Dataskyddsombudet nås på", "Ha\u0308me", "a\u0301\u0323",
		"\u00c5ngstr\u00f6m \u212b", "Ω \u2126", "한국어 \u1100\u1161", "Łódź, Čeština, Ærø",
		"e\u0301", "\u0300 alone", "ﬁ ligature",
	} {
		assert.Equal(t, norm.NFC.String(s), nfc(s), "%q", s)
	}
}

// TestTextUnquotes: a text's strings are read with and without escapes,
// short and longer than readString's scratch buffer.
func TestTextUnquotes(t *testing.T) {
	long := strings.Repeat("x", 2000)
	for _, tc := range []struct{ in, want string }{
		{`{"fi": "plain"}`, "plain"},
		{`{"fi": "a\"b\\c\nd\u00e4\t"}`, "a\"b\\c\nd\u00e4\t"},
		{`{"fi": "Ha\u0308me"}`, "H\u00e4me"},
		{`{"fi": "` + long + `\n"}`, long + "\n"},
		{`{"fi": ""}`, ""},
	} {
		var got Text
		require.NoError(t, json.Unmarshal([]byte(tc.in), &got), tc.in)
		assert.Equal(t, tc.want, got[language.Finnish], tc.in)
	}
}
