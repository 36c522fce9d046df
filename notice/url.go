package notice

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// SafeURL is the one check of a notice's URLs that the validator and every
// renderer share. It returns the URL, trimmed, and true only for an absolute
// http or https URL with a host and no credentials, a mailto: URL with an
// address, or a tel: URL of a telephone number. Anything else (javascript:,
// data:, relative references, URLs with spaces, control or bidi characters)
// is not safe: a renderer shows it as text and the validator reports it.
func SafeURL(raw string) (string, bool) {
	s := strings.TrimSpace(raw)
	if s == "" || len(s) > 2048 {
		return "", false
	}
	for _, r := range s {
		if r <= ' ' || r == 0x7f || r == '"' || r == '<' || r == '>' || r == '\\' || r == '`' ||
			unicode.IsControl(r) || unicode.IsSpace(r) || unicode.Is(unicode.Bidi_Control, r) || r == utf8.RuneError {
			return "", false
		}
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme == "" {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" || u.User != nil || u.Opaque != "" {
			return "", false
		}
	case "mailto":
		if u.Opaque == "" || !strings.Contains(u.Opaque, "@") {
			return "", false
		}
	case "tel":
		if u.Opaque == "" || !isTelNumber(u.Opaque) {
			return "", false
		}
	default:
		return "", false
	}
	return s, true
}

// isTelNumber reports whether s is a global or local number as RFC 3966
// writes it: an optional "+", then digits and the visual separators "-",
// "." and parentheses.
func isTelNumber(s string) bool {
	digits := 0
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '+' && i == 0:
		case r == '-' || r == '.' || r == '(' || r == ')':
		default:
			return false
		}
	}
	return digits >= 3 && digits <= 20
}
