package notice_test

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

func TestCheckStatuteNumber(t *testing.T) {
	tests := []struct {
		jurisdiction, number string
		ok                   bool
		reason               string
	}{
		{"FI", "1050/2018", true, "Finnish number/year"},
		{"FI", "50/2013", true, "a short number"},
		{"FI", "1050-2018", false, "a dash is not the Finnish form"},
		{"FI", "2018/1050x", false, "trailing text"},
		{"FI", "0/2018", false, "no act has number 0"},
		{"FI", "1050/18", false, "the year has four digits"},
		{"SE", "2018:218", true, "SFS year:number"},
		{"SE", "SFS 2018:218", false, "the SFS prefix is not part of the number"},
		{"SE", "218/2018", false, "the Finnish order is not the Swedish one"},
		{"EU", "2016/679", true, "a regulation since 2015"},
		{"EU", "2002/58/EC", true, "a directive with its suffix"},
		{"EU", "2010/87/EU", true, "a decision with its suffix"},
		{"EU", "No 45/2001", true, "a regulation before 2015"},
		{"EU", "(EU) 2016/679", false, "the (EU) is not part of the number"},
		{"EU", "679/2016", false, "number/year is the Finnish order"},
		{"EU", "2002/58/XX", false, "an unknown suffix"},
		{"AT", "BGBl. I Nr. 120/2002", true, "Federal Law Gazette part I"},
		{"AT", "BGBl. Nr. 609/1977", true, "the gazette before 1997 had no parts"},
		{"AT", "BGBl I Nr 120/2002", false, "the dots are part of the reference"},
		{"DE", "BGBl. I 2017 S. 2097", true, "gazette part, year and page"},
		{"DE", "BGBl. 2024 I Nr. 149", true, "the electronic gazette since 2023"},
		{"DE", "BGBl. III 4100-1", true, "the adjusted collection"},
		{"DE", "RGBl. 1897 S. 219", true, "the Reich Law Gazette"},
		{"DE", "BDSG", false, "the abbreviation is not the number"},
		{"DE", "BGBl. I S. 2097", false, "without the year a page is ambiguous"},
		{"DE-BY", "GVBl. 2018 S. 230", true, "the Bavarian gazette"},
		{"DE-BY", "BGBl. I 2017 S. 2097", false, "a federal reference is not a Bavarian act"},
		{"NL", "BWBR0024705", true, "a BWB identifier"},
		{"NL", "Stb. 2008, 460", false, "the Staatsblad reference is not the scheme used"},
		{"XK", "Law No. 06/L-082", true, "no known scheme: any non-empty number"},
		{"XK", "", false, "empty is never a number"},
		{"FI", "", false, "empty is never a number"},
		{"fi", "anything", true, "jurisdictions are matched exactly, upper case"},
	}
	for _, tt := range tests {
		t.Run(tt.jurisdiction+" "+tt.number, func(t *testing.T) {
			err := notice.CheckStatuteNumber(tt.jurisdiction, tt.number)
			if tt.ok {
				assert.NoError(t, err, tt.reason)
				return
			}
			require.Error(t, err, tt.reason)
			assert.ErrorIs(t, err, notice.ErrStatuteNumber)
			var se *notice.StatuteNumberError
			require.True(t, errors.As(err, &se))
			assert.Equal(t, tt.jurisdiction, se.Jurisdiction)
			assert.Equal(t, tt.number, se.Number)
			assert.Contains(t, err.Error(), "expected "+se.Form, "the message names the form expected")
			if _, form, known := notice.StatuteNumberPattern(tt.jurisdiction); known {
				assert.Equal(t, form, se.Form)
				assert.Contains(t, se.Form, "such as", "the form gives an example")
			}
		})
	}
}

// TestStatuteNumberPatterns checks that every pattern is anchored, compiles,
// is one of the exported constants and accepts the example its form gives.
func TestStatuteNumberPatterns(t *testing.T) {
	constants := []string{
		notice.StatuteNumberPatternAT, notice.StatuteNumberPatternDE, notice.StatuteNumberPatternDEBY,
		notice.StatuteNumberPatternEU, notice.StatuteNumberPatternFI, notice.StatuteNumberPatternNL,
		notice.StatuteNumberPatternSE,
	}
	js := notice.StatuteNumberJurisdictions()
	assert.True(t, slices.IsSorted(js))
	assert.Len(t, js, len(constants))
	example := regexp.MustCompile(`"([^"]+)"`)
	for _, j := range js {
		p, form, ok := notice.StatuteNumberPattern(j)
		require.True(t, ok, j)
		assert.Contains(t, constants, p, j)
		assert.True(t, strings.HasPrefix(p, "^") && strings.HasSuffix(p, "$"), "%s: pattern anchored", j)
		re := regexp.MustCompile(p)
		for _, m := range example.FindAllStringSubmatch(form, -1) {
			assert.True(t, re.MatchString(m[1]), "%s: the example %q of its form matches", j, m[1])
		}
	}
	_, _, ok := notice.StatuteNumberPattern("XK")
	assert.False(t, ok)
}

func ExampleCheckStatuteNumber() {
	fmt.Println(notice.CheckStatuteNumber("FI", "1050/2018"))
	fmt.Println(notice.CheckStatuteNumber("SE", "218/2018"))
	s, _ := notice.LookupStatute("SE", "2009:400")
	fmt.Println(s.Names[language.Swedish], s.Abbreviation)
	// Output:
	// <nil>
	// notice: statute number "218/2018" of SE: expected an SFS number year:number, such as "2018:218"
	// offentlighets- och sekretesslag OSL
}
