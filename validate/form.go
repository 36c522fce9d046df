package validate

import (
	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
	"net/mail"
	"regexp"
	"strings"

	"golang.org/x/text/language"
)

// validEmail reports whether s is a bare addr-spec with a dotted domain.
func validEmail(s string) bool {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return false
	}
	at := strings.LastIndexByte(s, '@')
	domain := s[at+1:]
	return at > 0 && strings.Contains(domain, ".") && !strings.HasPrefix(domain, ".") && !strings.HasSuffix(domain, ".")
}

// validURL reports whether s is a URL that [notice.SafeURL], the check every
// renderer applies, accepts as it stands.
func validURL(s string) bool {
	u, ok := notice.SafeURL(s)
	return ok && u == s
}

// validPhone reports whether s is a telephone number: an optional "+" (or
// "00") and 5 to 15 digits, grouped by spaces, hyphens, dots, slashes or
// parentheses.
func validPhone(s string) bool {
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0:
		case r == ' ' || r == '-' || r == '.' || r == '/' || r == '(' || r == ')' || r == '\u00a0':
		default:
			return false
		}
	}
	return digits >= 5 && digits <= 15
}

// internationalPhone reports whether s is written with a country code.
func internationalPhone(s string) bool {
	return strings.HasPrefix(s, "+") || strings.HasPrefix(s, "00")
}

var countryRE = regexp.MustCompile(`^[A-Z]{2}$`)

// notCountries are codes x/text knows as regions but ISO 3166-1 does not
// assign to a country: exceptionally reserved codes (UK, EU, UN, ...) and
// codes of countries that no longer exist (YU, CS, ...). XK, the code the
// Union itself uses for Kosovo, is accepted.
var notCountries = map[string]bool{
	"AC": true, "CP": true, "DG": true, "EA": true, "EU": true, "EZ": true, "FX": true,
	"IC": true, "SU": true, "TA": true, "UK": true, "UN": true,
	"AN": true, "BU": true, "CS": true, "DD": true, "NT": true, "TP": true, "YU": true, "ZR": true,
}

// validCountry reports whether s is an ISO 3166-1 alpha-2 code of a country
// (not a grouping such as EU, a reserved code such as UK, nor the unknown
// region ZZ).
func validCountry(s string) bool {
	if !countryRE.MatchString(s) || notCountries[s] {
		return false
	}
	r, err := language.ParseRegion(s)
	if err != nil || r.String() != s {
		return false
	}
	return r.IsCountry() && s != "ZZ"
}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// callingCodes are the international calling codes (ITU-T E.164) of the EEA
// states and of the neighbours whose numbers notices most often give, by ISO
// 3166-1 code. Åland shares Finland's.
var callingCodes = map[string]string{
	"AT": "+43", "AX": "+358", "BE": "+32", "BG": "+359", "CH": "+41", "CY": "+357", "CZ": "+420",
	"DE": "+49", "DK": "+45", "EE": "+372", "ES": "+34", "FI": "+358", "FR": "+33", "GB": "+44",
	"GR": "+30", "HR": "+385", "HU": "+36", "IE": "+353", "IS": "+354", "IT": "+39", "LI": "+423",
	"LT": "+370", "LU": "+352", "LV": "+371", "MT": "+356", "NL": "+31", "NO": "+47", "PL": "+48",
	"PT": "+351", "RO": "+40", "SE": "+46", "SI": "+386", "SK": "+421",
}

// callingCode returns the calling code of country, such as "+358", or the
// catalog key of the words "the country calling code" where it is not known.
func callingCode(country string) string {
	if cc, ok := callingCodes[country]; ok {
		return cc
	}
	return "rule.hint.callingCode"
}

// supported reports whether the catalog has headings and terms in t's
// language (its base language is one of i18n.Supported).
func supported(t language.Tag) bool {
	b, _ := t.Base()
	for _, s := range i18n.Supported {
		if sb, _ := s.Base(); sb == b {
			return true
		}
	}
	return false
}

// supportedList returns the supported languages as "fi, sv, en".
func supportedList() string {
	tags := make([]string, len(i18n.Supported))
	for i, t := range i18n.Supported {
		tags[i] = t.String()
	}
	return strings.Join(tags, ", ")
}
