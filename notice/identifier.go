package notice

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"
)

// ErrIdentifier is wrapped by every error of [Identifier.Check].
var ErrIdentifier = errors.New("invalid identifier")

// identifierForms are the written forms of the schemes with a fixed form,
// shared by Check and the JSON Schema.
var identifierForms = map[IdentifierScheme]*regexp.Regexp{
	SchemeFIBusinessID:         regexp.MustCompile(`^[0-9]{7}-[0-9]$`),
	SchemeSEOrganisationNumber: regexp.MustCompile(`^[0-9]{6}-[0-9]{4}$`),
	SchemeNOOrganisationNumber: regexp.MustCompile(`^[0-9]{9}$`),
	SchemeVAT:                  regexp.MustCompile(`^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z+*]{2,13}$`),
	SchemeLEI:                  regexp.MustCompile(`^[0-9A-Z]{18}[0-9]{2}$`),
}

// identifierExamples are an example of each fixed form, for error messages.
var identifierExamples = map[IdentifierScheme]string{
	SchemeFIBusinessID:         "NNNNNNN-N, such as 0245896-3",
	SchemeSEOrganisationNumber: "NNNNNN-NNNN, such as 202100-2742",
	SchemeNOOrganisationNumber: "nine digits, such as 974760673",
	SchemeVAT:                  "a Member State prefix and the national number, such as FI02458963 or SE202100274201",
	SchemeLEI:                  "20 characters, such as 529900T8BM49AURSDO55",
}

// Check reports whether the identifier is well formed in its scheme: its
// written form, and its check digits where the scheme has them (the
// modulus 11 check of a Finnish business ID and a Norwegian organisation
// number, the Luhn check of a Swedish organisation number, ISO 7064 MOD
// 97-10 of an LEI; a Finnish or Swedish VAT number is checked as the
// business ID or organisation number it contains). A scheme "other" needs a
// SchemeName. The error wraps [ErrIdentifier] and says what was expected.
func (id Identifier) Check() error {
	v := id.Value
	if v == "" {
		return fmt.Errorf("%w: the value is empty", ErrIdentifier)
	}
	if id.Scheme == SchemeOther {
		if id.SchemeName.IsZero() {
			return fmt.Errorf("%w: an identifier of scheme \"other\" needs a schemeName", ErrIdentifier)
		}
		return nil
	}
	if re, ok := identifierForms[id.Scheme]; ok && !re.MatchString(v) {
		return fmt.Errorf("%w: %q is not a %s: expected %s", ErrIdentifier, v, id.Scheme, identifierExamples[id.Scheme])
	}
	ok := true
	switch id.Scheme {
	case SchemeFIBusinessID:
		ok = fiBusinessIDValid(v)
	case SchemeSEOrganisationNumber:
		ok = luhnValid(strings.ReplaceAll(v, "-", ""))
	case SchemeNOOrganisationNumber:
		ok = mod11Valid(v, []int{3, 2, 7, 6, 5, 4, 3, 2})
	case SchemeLEI:
		ok = mod97Valid(v)
	case SchemeVAT:
		switch v[:2] {
		case "FI":
			ok = len(v) == 10 && fiBusinessIDValid(v[2:9]+"-"+v[9:])
		case "SE":
			ok = len(v) == 14 && strings.HasSuffix(v, "01") && luhnValid(v[2:12])
		}
	}
	if !ok {
		return fmt.Errorf("%w: %q is not a %s: its check digit does not match", ErrIdentifier, v, id.Scheme)
	}
	return nil
}

// fiBusinessIDValid checks a Finnish business ID NNNNNNN-N: the weights 7,
// 9, 10, 5, 8, 4, 2 over the seven digits, sum modulo 11; remainder 0 gives
// check digit 0, remainder 1 is never issued, otherwise 11 minus the
// remainder.
func fiBusinessIDValid(v string) bool {
	if len(v) != 9 || v[7] != '-' {
		return false
	}
	weights := [7]int{7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(v[i]-'0') * w
	}
	r := sum % 11
	if r == 1 {
		return false
	}
	check := 0
	if r != 0 {
		check = 11 - r
	}
	return int(v[8]-'0') == check
}

// luhnValid checks a string of digits whose last digit is a Luhn check digit.
func luhnValid(digits string) bool {
	sum := 0
	for i := range len(digits) {
		d := int(digits[len(digits)-1-i] - '0')
		if d < 0 || d > 9 {
			return false
		}
		if i%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// mod11Valid checks digits whose last digit is a modulus 11 check digit
// with the given weights: 11 minus the weighted sum modulo 11, where 11
// gives 0 and 10 is never issued.
func mod11Valid(digits string, weights []int) bool {
	if len(digits) != len(weights)+1 {
		return false
	}
	sum := 0
	for i, w := range weights {
		sum += int(digits[i]-'0') * w
	}
	check := (11 - sum%11) % 11
	return check != 10 && int(digits[len(weights)]-'0') == check
}

// mod97Valid checks ISO 7064 MOD 97-10 over letters (A=10 ... Z=35) and
// digits, as ISO 17442 uses for the LEI.
func mod97Valid(s string) bool {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			fmt.Fprintf(&b, "%d", r-'A'+10)
		default:
			return false
		}
	}
	n, ok := new(big.Int).SetString(b.String(), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}
