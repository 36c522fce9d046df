package safetext_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seloste/seloste/internal/safetext"
)

func TestClean(t *testing.T) {
	for _, tc := range []struct{ in, want, reason string }{
		{"a\u202eb", `a\u202eb`, "a bidi override is shown, not obeyed"},
		{"a\u2066b\u2069", `a\u2066b\u2069`, "isolates too"},
		{"a\x1b]0;title\x07b", `a\x1b]0;title\x07b`, "an escape sequence reaches no terminal"},
		{"a\x00\x7f\u0085\u009bb", `a\x00\x7f\u0085\u009bb`, "NUL, DEL, NEL and the C1 CSI"},
		{"a\r\nb\rc\u2028d\u2029e", "a\nb\nc\nd\ne", "line ends become line feeds"},
		{"a\tb", "a b", "a tab is a space"},
		{"a\xffb", "a\ufffdb", "bytes that are not UTF-8"},
		{"Ä ä ש\u00a0x", "Ä ä ש\u00a0x", "letters of any script, and no-break spaces, stay"},
		{"Tavallinen teksti.", "Tavallinen teksti.", "ordinary text is returned as it is"},
	} {
		assert.Equal(t, tc.want, safetext.Clean(tc.in), tc.reason)
		assert.Equal(t, safetext.Clean(tc.in) == tc.in, safetext.IsClean(tc.in), "IsClean agrees with Clean: %s", tc.reason)
	}
}

func ExampleClean() {
	fmt.Println(safetext.Clean("Rekisteri\x1b[2J\u202e ja\tmuuta"))
	// Output: Rekisteri\x1b[2J\u202e ja muuta
}
