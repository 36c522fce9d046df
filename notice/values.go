package notice

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Date is a calendar date written as YYYY-MM-DD. The zero value means no date.
type Date struct {
	t time.Time
}

// NewDate returns the Date for year, month and day.
func NewDate(year int, month time.Month, day int) Date {
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// Time returns d as midnight UTC of its day.
func (d Date) Time() time.Time { return d.t }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.t.IsZero() }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// ParseDate parses a date in the form YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	return Date{t}, nil
}

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(time.DateOnly)
}

// MarshalText writes d as YYYY-MM-DD.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date of the form YYYY-MM-DD.
func (d *Date) UnmarshalText(p []byte) error {
	v, err := ParseDate(string(p))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Duration is an ISO 8601 duration of whole years, months, weeks, days and
// hours, such as "P5Y", "P1Y6M", "P2W" or "PT24H". The zero value means no
// period.
type Duration struct {
	Years, Months, Weeks, Days, Hours int
}

var durationRE = regexp.MustCompile(`^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(\d+)H)?$`)

// errDuration is wrapped by every duration parse error.
var errDuration = errors.New("not an ISO 8601 duration of whole years, months, weeks, days or hours (such as P5Y, P1Y6M, P2W, P7D, PT24H)")

// ParseDuration parses an ISO 8601 duration such as "P5Y" or "P1Y6M".
func ParseDuration(s string) (Duration, error) {
	m := durationRE.FindStringSubmatch(s)
	if m == nil || s == "P" || s == "PT" {
		return Duration{}, fmt.Errorf("%q is %w", s, errDuration)
	}
	var d Duration
	for i, p := range []*int{&d.Years, &d.Months, &d.Weeks, &d.Days, &d.Hours} {
		if m[i+1] == "" {
			continue
		}
		n, err := strconv.Atoi(m[i+1])
		if err != nil || n > 1000 {
			return Duration{}, fmt.Errorf("%q has a number out of range: %w", s, errDuration)
		}
		*p = n
	}
	if d.IsZero() {
		return Duration{}, fmt.Errorf("%q is a zero period: %w", s, errDuration)
	}
	return d, nil
}

// IsZero reports whether d is the zero Duration.
func (d Duration) IsZero() bool { return d == Duration{} }

// String returns d in ISO 8601 form, or "" for the zero Duration.
func (d Duration) String() string {
	if d.IsZero() {
		return ""
	}
	b := []byte("P")
	for _, p := range []struct {
		n    int
		unit byte
	}{{d.Years, 'Y'}, {d.Months, 'M'}, {d.Weeks, 'W'}, {d.Days, 'D'}} {
		if p.n > 0 {
			b = strconv.AppendInt(b, int64(p.n), 10)
			b = append(b, p.unit)
		}
	}
	if d.Hours > 0 {
		b = append(b, 'T')
		b = strconv.AppendInt(b, int64(d.Hours), 10)
		b = append(b, 'H')
	}
	return string(b)
}

// MarshalText writes d in ISO 8601 form.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads an ISO 8601 duration.
func (d *Duration) UnmarshalText(p []byte) error {
	v, err := ParseDuration(string(p))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
