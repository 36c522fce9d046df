package notice_test

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/notice"
)

// celexOf derives a Commission decision's CELEX number from its number as
// the OJ title gives it: "2000/518/EC" and "(EU) 2021/1772" are decisions
// (sector 3, type D) of 2000 number 518 and of 2021 number 1772.
func celexOf(decision string) string {
	m := regexp.MustCompile(`^(?:\(EU\) )?([0-9]{4})/([0-9]{1,4})(?:/(?:EC|EU))?$`).FindStringSubmatch(decision)
	if m == nil {
		return ""
	}
	n, _ := strconv.Atoi(m[2])
	return fmt.Sprintf("3%sD%04d", m[1], n)
}

func TestAdequacies(t *testing.T) {
	list := notice.Adequacies()
	require.NotEmpty(t, list)
	listDate, err := notice.ParseDate(notice.AdequacyListDate)
	require.NoError(t, err, "AdequacyListDate is a date")
	countryRE := regexp.MustCompile(`^[A-Z]{2}$`)
	orgs := false
	for i, a := range list {
		name := a.Country + a.Organisation
		t.Run(name, func(t *testing.T) {
			assert.True(t, (a.Country == "") != (a.Organisation == ""), "a country or an organisation, not both")
			if a.Country != "" {
				assert.False(t, orgs, "countries come before organisations")
				assert.Regexp(t, countryRE, a.Country)
				assert.False(t, notice.IsEEA(a.Country), "an EEA state is not a third country")
				got, ok := notice.LookupAdequacy(a.Country)
				require.True(t, ok)
				assert.Equal(t, a.Decision, got.Decision)
			} else {
				orgs = true
				got, ok := notice.LookupAdequacyOrganisation(a.Organisation)
				require.True(t, ok)
				assert.Equal(t, a.Name, got.Name)
			}
			if i > 0 && (list[i-1].Country == "") == (a.Country == "") {
				assert.Less(t, list[i-1].Country+list[i-1].Organisation, name, "sorted")
			}
			assert.NotEmpty(t, a.Name)
			assert.Equal(t, a.Partial, a.Scope != "", "a partial decision says its scope, a whole one has none")
			assert.NotEmpty(t, a.Source, "every entry names its source")
			if a.Decision == "" {
				assert.Empty(t, a.CELEX)
				assert.Contains(t, a.Note, "to be confirmed", "an unknown number says so")
			} else {
				assert.Equal(t, celexOf(a.Decision), a.CELEX, "the CELEX number is the decision's")
			}
			if a.Verified {
				assert.NotEmpty(t, a.Decision, "verified: the number is known")
				assert.False(t, a.Adopted.IsZero(), "verified: the date is known")
			}
			if !a.Adopted.IsZero() {
				assert.False(t, listDate.Before(a.Adopted), "adopted by the list's date")
				if !a.Published.IsZero() {
					assert.False(t, a.Published.Before(a.Adopted), "published on or after adoption")
				}
				if !a.Expires.IsZero() {
					assert.True(t, a.Adopted.Before(a.Expires), "expires after adoption")
				}
			}
			if !a.Expires.IsZero() {
				assert.True(t, listDate.Before(a.Expires), "an expired decision is not in the list")
			}
		})
	}
	list[0].Country = "XX"
	assert.NotEqual(t, "XX", notice.Adequacies()[0].Country, "callers get a copy")
}

// TestAdequacyChanges pins the entries the law changed since the 2024 list:
// Brazil (Decision (EU) 2026/179), the UK renewal (19.12.2025, valid until
// 27.12.2031) and the European Patent Organisation (Decision (EU) 2025/1382).
func TestAdequacyChanges(t *testing.T) {
	br, ok := notice.LookupAdequacy("BR")
	require.True(t, ok, "Brazil has an adequacy decision since 26.1.2026")
	assert.Equal(t, "(EU) 2026/179", br.Decision)
	assert.Equal(t, notice.NewDate(2026, time.January, 26), br.Adopted)
	assert.False(t, br.Partial)

	gb, ok := notice.LookupAdequacy("GB")
	require.True(t, ok)
	assert.Equal(t, notice.NewDate(2025, time.December, 19), gb.Adopted)
	assert.Equal(t, notice.NewDate(2031, time.December, 27), gb.Expires)
	assert.False(t, gb.Partial)

	for _, name := range []string{"EPO", "European Patent Organisation", " european  patent organisation "} {
		epo, ok := notice.LookupAdequacyOrganisation(name)
		require.True(t, ok, name)
		assert.Equal(t, "(EU) 2025/1382", epo.Decision)
		assert.Equal(t, notice.NewDate(2025, time.July, 15), epo.Adopted)
	}
	for _, c := range []string{"CA", "JP", "US"} {
		a, ok := notice.LookupAdequacy(c)
		require.True(t, ok, c)
		assert.True(t, a.Partial, "%s: the decision covers part of the country", c)
	}
	for _, c := range []string{"IN", "CN", "", "br", "FI", "GI"} {
		_, ok := notice.LookupAdequacy(c)
		assert.False(t, ok, "%q has no adequacy decision", c)
	}
	for _, name := range []string{"", "World Health Organization", "EP"} {
		_, ok := notice.LookupAdequacyOrganisation(name)
		assert.False(t, ok, "%q has no adequacy decision", name)
	}
}

func TestIsEEA(t *testing.T) {
	eu := strings.Fields("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE")
	require.Len(t, eu, 27)
	for _, c := range append(eu, "IS", "LI", "NO", "AX", "GF", "GP", "MQ", "RE", "YT", "MF") {
		assert.True(t, notice.IsEEA(c), c)
	}
	for _, c := range []string{"CH", "GB", "US", "BR", "GI", "fi", "", "EU", "EL", "UK"} {
		assert.False(t, notice.IsEEA(c), c)
	}
}

func ExampleLookupAdequacy() {
	for _, c := range []string{"BR", "US", "IN"} {
		if a, ok := notice.LookupAdequacy(c); ok {
			fmt.Println(strings.TrimSpace(fmt.Sprint(c, " ", a.Decision, " ", a.Adopted, " ", a.Scope)))
		} else {
			fmt.Println(c, "no adequacy decision as of", notice.AdequacyListDate)
		}
	}
	epo, _ := notice.LookupAdequacyOrganisation("European Patent Organisation")
	fmt.Println(epo.Organisation, epo.Decision)
	fmt.Println(notice.IsEEA("NO"), notice.IsEEA("CH"))
	// Output:
	// BR (EU) 2026/179 2026-01-26
	// US (EU) 2023/1795 2023-07-10 organisations certified under the EU-US Data Privacy Framework
	// IN no adequacy decision as of 2026-11-29
	// EPO (EU) 2025/1382
	// true false
}
