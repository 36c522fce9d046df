package main

import (
	"bytes"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// jsonSafe returns JSON text with every character that would act on a
// terminal or reorder what it shows written as a \u escape: the C1 control
// characters (U+0080 to U+009F; U+009B starts a control sequence on
// terminals that read 8-bit controls), the bidirectional controls
// (Bidi_Control: LRM, RLM, ALM, the embeddings, overrides and isolates,
// "Trojan Source") and the line and paragraph separators. JSON encoders
// escape the C0 controls but pass these raw. Outside its strings JSON text
// is ASCII, so every such character is inside a string, and the escape
// decodes to the same string: nothing is lost. Invalid UTF-8 is left as it
// is. The input is returned as it is when it holds none.
func jsonSafe(b []byte) []byte {
	i := bytes.IndexFunc(b, unsafeInJSON)
	if i < 0 {
		return b
	}
	out := make([]byte, 0, len(b)+16)
	out = append(out, b[:i]...)
	for i < len(b) {
		r, n := utf8.DecodeRune(b[i:])
		if unsafeInJSON(r) && !(r == utf8.RuneError && n == 1) {
			out = fmt.Appendf(out, `\u%04x`, r)
		} else {
			out = append(out, b[i:i+n]...)
		}
		i += n
	}
	return out
}

func unsafeInJSON(r rune) bool {
	return (r >= 0x80 && unicode.IsControl(r)) || unicode.Is(unicode.Bidi_Control, r) || r == '\u2028' || r == '\u2029'
}
