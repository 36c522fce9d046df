package validate

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
)

// Severity says how serious a finding is. The zero value is invalid, so that
// a Finding built without one is noticed.
type Severity int

// The severities, from the most serious.
const (
	// Error: an item that Articles 13 or 14 (or another provision the rule
	// names) require is missing or wrong. [Complete] fails on these.
	Error Severity = iota + 1
	// Warning: the notice is likely wrong or does not hold together.
	Warning
	// Info: good practice that the regulation does not strictly require.
	Info
)

// String returns "error", "warning" or "info", and "invalid" for any other value.
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Info:
		return "info"
	}
	return "invalid"
}

// Message returns the name of s in the language tag: "virhe", "varoitus"
// or "tieto" in Finnish.
func (s Severity) Message(tag language.Tag) string {
	return i18n.For(tag).T("rule.severity." + s.String())
}

// MarshalText writes s as by [Severity.String]; an invalid severity is an error.
func (s Severity) MarshalText() ([]byte, error) {
	if s < Error || s > Info {
		return nil, fmt.Errorf("validate: invalid severity %d", int(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText reads "error", "warning" or "info".
func (s *Severity) UnmarshalText(p []byte) error {
	switch string(p) {
	case "error":
		*s = Error
	case "warning":
		*s = Warning
	case "info":
		*s = Info
	default:
		return fmt.Errorf("validate: unknown severity %q; expected error, warning or info", p)
	}
	return nil
}
