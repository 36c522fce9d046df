package notice_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seloste/seloste/notice"
)

func TestSafeURL(t *testing.T) {
	tests := []struct {
		raw    string
		safe   bool
		reason string
	}{
		{"https://tietosuoja.fi/en", true, "https with a host"},
		{" http://example.fi/a?b=c ", true, "surrounding space is trimmed"},
		{"mailto:dpo@utu.fi", true, "mailto with an address"},
		{"tel:+358294505000", true, "tel with a number"},
		{"mailto:x", false, "mailto without an address"},
		{"tel:abc", false, "tel without a number"},
		{"https://u:p@example.fi", false, "credentials in the URL"},
		{"javascript:alert(1)", false, "not a safe scheme"},
		{"data:text/html,<b>", false, "not a safe scheme"},
		{"//example.fi", false, "relative: no scheme"},
		{"https://exa mple.fi", false, "a space inside"},
		{"https://example.fi/\u202e", false, "a bidi override"},
		{"https:///path", false, "no host"},
	}
	for _, tt := range tests {
		_, ok := notice.SafeURL(tt.raw)
		assert.Equal(t, tt.safe, ok, "%q: %s", tt.raw, tt.reason)
	}
}
