package examples_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

func TestAllFixturesDecode(t *testing.T) {
	names := examples.Names()
	require.Len(t, names, 6, "six notices from five seeds (the ViLLE page holds two)")
	all, err := examples.All()
	require.NoError(t, err)
	for i, n := range all {
		t.Run(names[i], func(t *testing.T) {
			assert.Equal(t, notice.Tags{language.Finnish, language.Swedish, language.English}, n.Languages)
			assert.Equal(t, notice.Tags{language.Swedish, language.English}, n.UnofficialTranslations)
			assert.NotEmpty(t, n.Activities)
		})
	}
}

// TestEveryTextTranslated checks, with the validator's language rules, that
// every free text of every fixture is given in each declared language (fi,
// sv, en) and in no other.
func TestEveryTextTranslated(t *testing.T) {
	all, err := examples.All()
	require.NoError(t, err)
	langRules := []string{validate.RuleLanguages, validate.RuleUnofficialTranslation, validate.RuleUndeclaredLanguage, validate.RuleMissingTranslation}
	for i, n := range all {
		var got []string
		for _, f := range validate.Validate(n) {
			if slices.Contains(langRules, f.Rule) {
				got = append(got, f.Rule+" "+f.Path)
			}
		}
		assert.Empty(t, got, "%s: texts missing a language", examples.Names()[i])
	}
}

func TestLoadUnknown(t *testing.T) {
	_, err := examples.Load("nonexistent")
	assert.ErrorContains(t, err, `no notice "nonexistent"`)
}

func ExampleNames() {
	for _, name := range examples.Names() {
		fmt.Println(name)
	}
	// Output:
	// kiva-koulu
	// raisio-office365
	// valteri-primus
	// ville-other-provider
	// ville-university
	// vipu
}

func ExampleLoad() {
	n, err := examples.Load("kiva-koulu")
	if err != nil {
		fmt.Println(err)
		return
	}
	title, _, _ := n.Title.In(language.English)
	fmt.Println(title)
	fmt.Println(len(n.Activities), "activities")
	// Output:
	// Privacy notice
	// 10 activities
}
