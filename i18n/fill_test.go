package i18n

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFill(t *testing.T) {
	for _, tc := range []struct {
		tmpl string
		kv   []string
		want string
	}{
		{"{article} artiklan {paragraph} kohta", []string{"article", "6", "paragraph", "1"}, "6 artiklan 1 kohta"},
		{"{a}{a}", []string{"a", "x"}, "xx"},
		{"{a} {b}", []string{"a", "{b}", "b", "y"}, "{b} y"}, // values are not expanded
		{"{unknown} {a", []string{"a", "x"}, "{unknown} {a"},
		{"no names", nil, "no names"},
		{"{{a}}", []string{"a", "x"}, "{x}"},
	} {
		assert.Equal(t, tc.want, fill(tc.tmpl, tc.kv...), tc.tmpl)
	}
}
