package validate_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, ääkköset", "plain text, ääkköset"},
		{"עברית and العربية", "עברית and العربية"},
		{"\x1b]0;title\a", `\u001b]0;title\u0007`},
		{"\x1b[2J", `\u001b[2J`},
		{"line\nforged:1:1: error", `line\u000aforged:1:1: error`},
		{"cr\rtab\t", `cr\u000dtab\u0009`},
		{"c1 \u009b31m", `c1 \u009b31m`},
		{"abc\u202edcba", `abc\u202edcba`},
		{"\u2066isolate\u2069 \u200f", `\u2066isolate\u2069 \u200f`},
		{"sep\u2028par\u2029", `sep\u2028par\u2029`},
		{"bad\xffbyte", `bad\xffbyte`},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, validate.Visible(tt.in), "%q", tt.in)
	}
}

// hostile is a notice whose values are terminal escapes and bidirectional
// overrides, in every place the validator quotes a value.
const hostile = `schemaVersion: "1"
languages: [fi, "en"]
title: {fi: "T", en: "T"}
controller:
  name: "C"
  email: "ok\e]8;;http://evil.example\e\\@x.fi"
  url: "https://x.fi/\u202Egnp.exe"
  phone: "\e[8m+358"
  country: "\e[41mFI"
activities:
  - id: "\e[1A\e[2Kgood"
    name: N
    dataCategories:
      - name: C
    purposes: [{description: P}]
    dataSubjects: [{id: "\u2067pupils\u2069", name: "ghost\nx.yaml:1:1: info forged"}]
    legalBases: [{basis: contract}]
`

// TestMessagesQuoteValuesVisibly validates a hostile notice and reads every
// finding's message and summary in every language: the values are there,
// escaped, and no control or bidirectional character is.
func TestMessagesQuoteValuesVisibly(t *testing.T) {
	n, err := notice.Decode([]byte(hostile))
	require.NoError(t, err)
	fs := validate.Validate(n)
	quoted := 0
	for _, f := range fs {
		for _, tag := range i18n.Supported {
			for _, msg := range []string{f.Message(tag), f.Summary(tag), f.Error()} {
				for _, r := range msg {
					assert.False(t, unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == utf8.RuneError,
						"%s in %s: %q holds %U", f.Rule, tag, msg, r)
				}
				if strings.Contains(msg, `\u001b`) || strings.Contains(msg, `\u202e`) || strings.Contains(msg, `\u2067`) || strings.Contains(msg, `\u000a`) {
					quoted++
				}
			}
		}
	}
	assert.GreaterOrEqual(t, quoted, 5*3*3, "at least five findings quote a hostile value, in three languages and three forms")
}
