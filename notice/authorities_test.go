package notice_test

import (
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

// authorityLanguages are each country's official languages, in which its
// authority must be named.
var authorityLanguages = map[string][]string{
	"AT": {"de"}, "AX": {"sv"}, "BE": {"fr", "nl", "de"}, "BG": {"bg"}, "CY": {"el"}, "CZ": {"cs"},
	"DE": {"de"}, "DK": {"da"}, "EE": {"et"}, "ES": {"es"}, "FI": {"fi", "sv"}, "FR": {"fr"},
	"GR": {"el"}, "HR": {"hr"}, "HU": {"hu"}, "IE": {"en"}, "IS": {"is"}, "IT": {"it"},
	"LI": {"de"}, "LT": {"lt"}, "LU": {"fr"}, "LV": {"lv"}, "MT": {"en"}, "NL": {"nl"},
	"NO": {"nb"}, "PL": {"pl"}, "PT": {"pt"}, "RO": {"ro"}, "SE": {"sv"}, "SI": {"sl"}, "SK": {"sk"},
}

var (
	codeRE = regexp.MustCompile(`^[A-Z]{2}(-[A-Z0-9]{1,3}(-(PUBLIC|PRIVATE))?)?$`)
	landRE = regexp.MustCompile(`^DE-(BB|BE|BW|BY|HB|HE|HH|MV|NI|NW|RP|SH|SL|SN|ST|TH)$`)
)

func TestAuthorities(t *testing.T) {
	list := notice.Authorities()
	codes := make([]string, len(list))
	for i, a := range list {
		codes[i] = a.Code
		t.Run(a.Code, func(t *testing.T) {
			assert.Regexp(t, codeRE, a.Code, "an ISO 3166-1 or 3166-2 code, with a documented suffix")
			assert.True(t, strings.HasPrefix(a.Code, a.Country), "the code starts with the country's")
			assert.True(t, notice.IsEEA(a.Country), "an EEA authority")
			langs, ok := authorityLanguages[a.Country]
			require.True(t, ok, "a country the test knows the languages of")
			for _, l := range langs {
				assert.NotEmpty(t, a.Names[language.MustParse(l)], "named in its own language %s", l)
			}
			if a.Code != "AX" { // Åland's authority has no English name found (term sheet 4.3)
				assert.NotEmpty(t, a.Names[language.English], "an English name")
			}
			for l, name := range a.Names {
				assert.Equal(t, strings.Join(strings.Fields(name), " "), name, "%s name trimmed, single-spaced", l)
			}
			u, ok := notice.SafeURL(a.URL)
			assert.True(t, ok && strings.HasPrefix(u, "http"), "a web site: %q", a.URL)
			if a.Email != "" {
				assert.Regexp(t, `^[^@\s]+@[^@\s]+\.[a-z]+$`, a.Email)
			}
			if a.Phone != "" {
				assert.Regexp(t, `^\+[0-9]{1,3}( [0-9]+)+$`, a.Phone, "international form")
			}
			if len(a.PostalAddress) > 0 {
				assert.NotEmpty(t, a.PostalAddress[language.English], "an address in English too")
			}
			got, ok := notice.LookupAuthority(a.Code)
			require.True(t, ok)
			assert.Equal(t, a.Names, got.Names)
		})
	}
	assert.True(t, slices.IsSorted(codes), "sorted by code")
	assert.Len(t, slices.Compact(slices.Clone(codes)), len(codes), "codes are unique")

	// Every EEA state has its authority under its own code; Germany's Länder
	// have theirs, Bavaria two.
	for c := range authorityLanguages {
		_, ok := notice.LookupAuthority(c)
		assert.True(t, ok, "the authority of %s", c)
	}
	lands := 0
	for _, c := range codes {
		if landRE.MatchString(c) || strings.HasPrefix(c, "DE-BY-") {
			lands++
		}
	}
	assert.Equal(t, 17, lands, "16 Länder, Bavaria with two authorities")
	for _, c := range []string{"DE-BY", "fi", "", "GB", "CH", "EU"} {
		_, ok := notice.LookupAuthority(c)
		assert.False(t, ok, "no authority %q", c)
	}

	list[0].Code = "XX"
	assert.NotEqual(t, "XX", notice.Authorities()[0].Code, "callers get a copy")
}

// TestAuthorityFacts pins the facts the term sheet gives (section 4).
func TestAuthorityFacts(t *testing.T) {
	fi, ok := notice.LookupAuthority("FI")
	require.True(t, ok)
	assert.Equal(t, "Tietosuojavaltuutetun toimisto", fi.Names[language.Finnish])
	assert.Equal(t, "Dataombudsmannens byrå", fi.Names[language.Swedish])
	assert.Equal(t, "Office of the Data Protection Ombudsman", fi.Names[language.English])
	assert.Equal(t, "PB 800, 00531 Helsingfors", fi.PostalAddress[language.Swedish])
	assert.Equal(t, "tietosuoja@om.fi", fi.Email)
	assert.True(t, fi.Verified)

	se, ok := notice.LookupAuthority("SE")
	require.True(t, ok)
	assert.Equal(t, "Integritetsskyddsmyndigheten", se.Names[language.Swedish])
	assert.Equal(t, "Swedish Authority for Privacy Protection", se.Names[language.English])
	assert.Empty(t, se.Names[language.Finnish], "no official Finnish name")
	assert.Empty(t, se.Phone, "not confirmed")

	pub, ok := notice.LookupAuthority("DE-BY-PUBLIC")
	require.True(t, ok)
	priv, ok := notice.LookupAuthority("DE-BY-PRIVATE")
	require.True(t, ok)
	assert.Equal(t, "BayLfD", pub.Abbreviation)
	assert.Equal(t, "BayLDA", priv.Abbreviation)
}

func ExampleLookupAuthority() {
	a, _ := notice.LookupAuthority("FI")
	fmt.Println(a.Names[language.Swedish])
	fmt.Println(a.PostalAddress[language.Swedish])
	b, _ := notice.LookupAuthority("DE-BY-PUBLIC")
	fmt.Println(b.Abbreviation, b.URL)
	// Output:
	// Dataombudsmannens byrå
	// PB 800, 00531 Helsingfors
	// BayLfD https://www.datenschutz-bayern.de/
}
