package render

import (
	"strings"

	"github.com/seloste/seloste/internal/safetext"
	"github.com/seloste/seloste/notice"
)

// This file holds the trust boundary shared by every format: clean, which
// every untrusted string passes through before it reaches the tree, and
// safeURL, the one check a URL must pass to become a link in any format.

// clean is [safetext.Clean]: every untrusted string passes through it.
func clean(s string) string { return safetext.Clean(s) }

// safeURL is the single check every link target passes in every format:
// [notice.SafeURL], which the validator applies too.
func safeURL(raw string) (string, bool) { return notice.SafeURL(raw) }

// telURL returns the tel: URL for a telephone number as people write it
// ("+358 29 450 4666", "029 566 6700") and true, or false when the text is
// not just a number.
func telURL(phone string) (string, bool) {
	var b strings.Builder
	b.WriteString("tel:")
	for i, r := range strings.TrimSpace(phone) {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '+' && i == 0:
			b.WriteRune(r)
		case r == ' ' || r == '\u00a0' || r == '-' || r == '.' || r == '(' || r == ')':
			// visual separators
		default:
			return "", false
		}
	}
	return safeURL(b.String())
}

// mailtoURL returns the mailto: URL for an email address and true, or false
// when the text is not a plain address.
func mailtoURL(email string) (string, bool) {
	e := strings.TrimSpace(email)
	local, domain, ok := strings.Cut(e, "@")
	if !ok || local == "" || domain == "" || strings.ContainsAny(e, "?#%&,;:/()[]'") || strings.Contains(domain, "@") {
		return "", false
	}
	return safeURL("mailto:" + e)
}
