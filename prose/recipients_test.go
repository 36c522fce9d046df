package prose

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestShortNameOf: a recipient named in full is the one its short name
// names after it, in any language's notice.
func TestShortNameOf(t *testing.T) {
	cases := []struct {
		short, name string
		want        bool
	}{
		{"Mathpix", "Mathpix, Inc.", true},
		{"Beispiel", "Beispiel Cloud GmbH", true},
		{"Wolkdienst", "Wolkdienst B.V.", true},
		{"Wolkdienst", "Wolkdienst", true},
		{"Wolk", "Wolkdienst B.V.", false}, // not a whole word
		{"AB", "AB Hosting Oy", false},     // too short to tell
		{"Wolkdienst B.V.", "Wolkdienst", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, shortNameOf(c.short, c.name), "%q of %q", c.short, c.name)
	}
}
