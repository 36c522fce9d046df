package render

import (
	"github.com/seloste/seloste/notice"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the trust boundary shared by every format: clean, which
// every untrusted string passes through before it reaches the tree, and
// safeURL, the one check a URL must pass to become a link in any format.

// clean returns s with the characters that could change how the text
// around it is displayed or parsed by a terminal made visible: C0 and C1
// control characters and the Unicode bidirectional embedding, override and
// isolate controls, which could make a later phrase appear reversed or
// moved, are written as Go writes them in a quoted string, "\x1b" or
// "\u202e", so that a reader sees that they are there and none reaches a
// terminal or reorders a line. A tab becomes a space; CR, CR LF, U+2028 and
// U+2029 become a line feed; bytes that are not UTF-8 become U+FFFD.
// Ordinary right-to-left text is unaffected: its direction comes from the
// letters themselves.
func clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == '\n':
			b.WriteByte('\n')
		case r == '\r':
			b.WriteByte('\n')
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case unicode.IsControl(r) || isBidiControl(r):
			b.WriteString(visibleControl(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// visibleControl returns the escape that stands for a control or bidi
// character in the output: \xHH below U+0080, \uHHHH above.
func visibleControl(r rune) string {
	const hex = "0123456789abcdef"
	if r < 0x80 {
		return string([]byte{'\\', 'x', hex[r>>4], hex[r&0xf]})
	}
	return string([]byte{'\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf]})
}

// isClean reports whether clean(s) == s, without allocating.
func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.IsControl(r) || isBidiControl(r) || r == '\u2028' || r == '\u2029' {
			return false
		}
		i += size
	}
	return true
}

// isBidiControl reports whether r is an explicit bidirectional formatting
// character (UAX #9): ALM, LRM, RLM, the embeddings and overrides LRE, RLE,
// PDF, LRO, RLO and the isolates LRI, RLI, FSI, PDI: Unicode's Bidi_Control.
func isBidiControl(r rune) bool { return unicode.Is(unicode.Bidi_Control, r) }

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
