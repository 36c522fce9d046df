package validate_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

func TestGrouped(t *testing.T) {
	n := reference(t)
	// Three more Art 13 activities like the first, each without retention,
	// and the Art 14 activity without retention too: the same rule, but
	// another article, so a group of its own.
	for range 3 {
		a := n.Activities[0]
		a.ID = fmt.Sprintf("copy-%d", len(n.Activities))
		a.Retention = nil
		n.Activities = append(n.Activities, a)
	}
	n.Activities[1].Retention = nil
	n.Controller.Phone = "09 123 4567" // a finding outside any activity
	fs := validate.Validate(n)

	var retention13, retention14, phone []validate.Group
	for _, g := range fs.Grouped() {
		switch {
		case g.Rule == validate.RuleRetentionMissing && g.Article == "Art 13(2)(a)":
			retention13 = append(retention13, g)
		case g.Rule == validate.RuleRetentionMissing:
			retention14 = append(retention14, g)
		case g.Rule == validate.RulePhoneInternational:
			phone = append(phone, g)
		}
	}
	require.Len(t, retention13, 1, "one rule, one article, three activities: one group")
	g := retention13[0]
	assert.Equal(t, []int{2, 3, 4}, g.Activities)
	assert.Equal(t, []string{"/activities/2/retention", "/activities/3/retention", "/activities/4/retention"}, g.Paths)
	assert.Equal(t, g.Paths[0], g.Path)
	assert.Equal(t, "The activity does not say how long the personal data are stored", g.Summary(language.English))

	require.Len(t, retention14, 1, "the Art 14 activity cites another article: its own group")
	assert.Equal(t, []int{1}, retention14[0].Activities)

	require.Len(t, phone, 1)
	assert.Nil(t, phone[0].Activities, "a finding outside the activities is never merged")

	// Nothing is lost: the groups hold every finding once.
	total := 0
	for _, g := range fs.Grouped() {
		total += len(g.Paths)
	}
	assert.Equal(t, len(fs), total)
}

func TestGroupedKeepsArgumentsApart(t *testing.T) {
	fs := validate.Findings{
		{Rule: validate.RuleRightMissing, Severity: validate.Error, Path: "/activities/0/rights/items", Article: "Art 13(2)(b)", Args: []string{"right.erasure"}},
		{Rule: validate.RuleRightMissing, Severity: validate.Error, Path: "/activities/1/rights/items", Article: "Art 13(2)(b)", Args: []string{"right.object"}},
		{Rule: validate.RuleRightMissing, Severity: validate.Error, Path: "/activities/2/rights/items", Article: "Art 13(2)(b)", Args: []string{"right.erasure"}},
		{Rule: validate.RuleRightMissing, Severity: validate.Error, Path: "/activities/2/rights/items/3", Article: "Art 13(2)(b)", Args: []string{"right.erasure"}},
	}
	gs := fs.Grouped()
	require.Len(t, gs, 3, "another right or another place in the activity is another group")
	assert.Equal(t, []int{0, 2}, gs[0].Activities)
	assert.Equal(t, []string{"right.object"}, gs[1].Args)
	assert.Equal(t, "/activities/2/rights/items/3", gs[2].Path)
	assert.Empty(t, validate.Findings(nil).Grouped())
}

// A text report prints each group once, with the activities it concerns.
func ExampleFindings_Grouped() {
	n, err := notice.Decode([]byte(customerRegister))
	if err != nil {
		panic(err)
	}
	second := n.Activities[0]
	second.ID = "prospects"
	n.Activities = append(n.Activities, second)
	for _, g := range validate.Validate(n).Grouped() {
		ids := ""
		for _, i := range g.Activities {
			ids += " " + n.Activities[i].ID
		}
		fmt.Printf("%s %s:%s\n", g.Severity, g.Rule, ids)
	}
	// Output:
	// error ART13-RETENTION-01: customers prospects
	// error ART13-COMPLAINT-01:
}
