// Package safetext makes untrusted text safe to show: the one policy, for
// every output of the module that carries notice text (renderings, the
// Art 30 record), by which control and bidirectional formatting characters
// are made visible rather than passed on to a terminal, a spreadsheet or a
// reader's screen.
package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean returns s with the characters that could change how the text
// around it is displayed or parsed by a terminal made visible: C0 and C1
// control characters and the Unicode bidirectional embedding, override and
// isolate controls, which could make a later phrase appear reversed or
// moved, are written as Go writes them in a quoted string, "\x1b" or
// "\u202e", so that a reader sees that they are there and none reaches a
// terminal or reorders a line. A tab becomes a space; CR, CR LF, U+2028 and
// U+2029 become a line feed; bytes that are not UTF-8 become U+FFFD.
// Ordinary right-to-left text is unaffected: its direction comes from the
// letters themselves.
func Clean(s string) string {
	if IsClean(s) {
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

// IsClean reports whether Clean(s) == s, without allocating.
func IsClean(s string) bool {
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
