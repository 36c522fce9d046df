package notice

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCheckJSONDepth: brackets, quotes and the word null inside strings,
// escaped or not, are not structure; those outside are.
func TestCheckJSONDepth(t *testing.T) {
	deep := strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1)
	for _, tc := range []struct {
		name, doc  string
		null, deep bool
	}{
		{"plain", `{"a": [1, 2]}`, false, false},
		{"a null", `{"a": null}`, true, false},
		{"null in a string", `{"a": "null [[[["}`, false, false},
		{"an escaped quote", `{"a": "x\" null [[", "b": 1}`, false, false},
		{"an escaped backslash ends the string", `{"a": "x\\", "b": null}`, true, false},
		{"three backslashes escape the quote", `{"a": "x\\\" null", "b": 1}`, false, false},
		{"too deep", deep, false, true},
		{"too deep after a string of brackets", `{"a": "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]", "b": ` + deep + `}`, false, true},
		{"as deep as allowed", strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth), false, false},
		{"unterminated", `{"a": "x`, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hasNull, err := checkJSONDepth([]byte(tc.doc))
			assert.Equal(t, tc.deep, errors.Is(err, ErrTooDeep), "%v", err)
			if !tc.deep {
				assert.Equal(t, tc.null, hasNull)
			}
		})
	}
}
