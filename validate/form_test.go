package validate

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seloste/seloste/notice"
)

func TestValidEmail(t *testing.T) {
	for s, ok := range map[string]bool{
		"dpo@utu.fi":                        true,
		"tietosuoja.rovaniemi_ho@oikeus.fi": true,
		"kirjaamo(at)raisio.fi":             false,
		"Maija <maija@example.fi>":          false,
		"maija@localhost":                   false,
		"@example.fi":                       false,
		"maija@example.fi ":                 false,
		"maija@.fi":                         false,
	} {
		assert.Equal(t, ok, validEmail(s), s)
	}
}

func TestValidURL(t *testing.T) {
	for s, ok := range map[string]bool{
		"https://tietosuoja.fi":          true,
		"http://example.fi/a?b=c":        true,
		"mailto:dpo@utu.fi":              true,
		"tel:+358294505000":              true,
		"HTTPS://EXAMPLE.FI":             true,
		"javascript:alert(1)":            false,
		"data:text/html,<b>":             false,
		"//example.fi":                   false,
		"example.fi":                     false,
		"https://":                       false,
		"https://example.fi/a b":         false,
		"mailto:":                        false,
		"ftp://example.fi":               false,
		"https://example.fi/\u00e4ä":     true,
		"https://[::1]:8080/tietosuoja/": true,
	} {
		assert.Equal(t, ok, validURL(s), s)
	}
}

func TestValidPhone(t *testing.T) {
	for s, ok := range map[string]bool{
		"+358 29 450 5000":       true,
		"029 566 6700":           true,
		"0295 332 700":           true,
		"+358 (0)29 450 5000":    true,
		"00358 29 450 5000":      true,
		"029-566-6700":           true,
		"0295 332 700 (keskus)":  false,
		"+358 29 450 4666009":    true,
		"1234":                   false,
		"+1 234 567 890 123 456": false,
		"358+29":                 false,
	} {
		assert.Equal(t, ok, validPhone(s), s)
	}
	assert.True(t, internationalPhone("+358 29 450 5000"))
	assert.True(t, internationalPhone("00358 29 450 5000"))
	assert.False(t, internationalPhone("029 450 5000"))
}

func TestValidCountry(t *testing.T) {
	for s, ok := range map[string]bool{
		"FI": true, "US": true, "AX": true, "GB": true, "CH": true,
		"fi": false, "FIN": false, "EU": false, "ZZ": false, "UK": false, "": false, "QO": false,
	} {
		assert.Equal(t, ok, validCountry(s), s)
	}
}

// TestAdequacyCountries checks that the adequacy list and the EEA set of
// package notice use country codes the validator accepts.
func TestAdequacyCountries(t *testing.T) {
	for _, a := range notice.Adequacies() {
		if a.Country != "" {
			assert.True(t, validCountry(a.Country), a.Country)
		}
	}
	for _, c := range []string{"AT", "FI", "SE", "IS", "LI", "NO", "AX"} {
		assert.True(t, notice.IsEEA(c) && validCountry(c), c)
	}
}

func TestOrderKey(t *testing.T) {
	before := []string{"", "/schemaVersion", "/title/en", "/title/fi", "/controller", "/controller/email",
		"/activities/2/id", "/activities/2/retention", "/activities/10/id", "/rights/items", "/sections/0/url"}
	for i := 1; i < len(before); i++ {
		a, b := orderKey(before[i-1]), orderKey(before[i])
		assert.Negative(t, compareKeys(a, b), "%s before %s", before[i-1], before[i])
	}
}

func compareKeys(a, b []string) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return len(a) - len(b)
}
