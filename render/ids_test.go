package render

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// TestIDsUnique: ids stay unique when a base repeats, when a section's own
// id looks like a suffix the renderer would give ("more-2"), and when the
// prefix is empty; and giving n ids costs a number of steps linear in n.
func TestIDsUnique(t *testing.T) {
	for _, tc := range []struct {
		name   string
		parts  [][]string
		want   []string
		reason string
	}{
		{"repeats", [][]string{{"a"}, {"a"}, {"a"}}, []string{"a", "a-2", "a-3"}, "a repeated base counts up"},
		{"natural suffix first", [][]string{{"a-2"}, {"a"}, {"a"}, {"a"}}, []string{"a-2", "a", "a-3", "a-4"}, "a taken a-2 is passed over"},
		{"natural suffix later", [][]string{{"a"}, {"a"}, {"a-2"}, {"a"}}, []string{"a", "a-2", "a-2-2", "a-3"}, "an own id equal to a given one gets a suffix of its own"},
		{"punctuation", [][]string{{"Ä b!"}, {"--ä--B"}}, []string{"b", "b-2"}, "non-ASCII letters and punctuation become one hyphen"},
		{"empty", [][]string{{""}, {"!"}}, []string{"section", "section-2"}, "an id of nothing is 'section'"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := newBuilder(&notice.Notice{Languages: []language.Tag{language.Finnish}}, Options{})
			require.NoError(t, err)
			var got []string
			for _, p := range tc.parts {
				got = append(got, b.id(p...))
			}
			assert.Equal(t, tc.want, got, tc.reason)
		})
	}

	// n sections of one name: every id distinct, in n steps, not n²/2.
	const n = 5000
	b, err := newBuilder(&notice.Notice{Languages: []language.Tag{language.Finnish}}, Options{IDPrefix: "p-"})
	require.NoError(t, err)
	seen := map[string]bool{}
	for i := range n {
		id := b.id("section", "")
		require.False(t, seen[id], "id %q given twice", id)
		seen[id] = true
		if i%7 == 0 {
			// Own ids that collide with suffixes still to come.
			own := b.id("section", fmt.Sprint(i+3))
			require.False(t, seen[own])
			seen[own] = true
		}
	}
	assert.LessOrEqual(t, b.idSteps, 2*len(seen), "each id given costs a step, and each taken id is passed over once at most")
}
