package notice

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date, or a month or a year where the notice gives no
// more ("until February 2021", "by 2028 at the latest"), written YYYY-MM-DD,
// YYYY-MM or YYYY. The zero value means no date; every written date,
// 0001-01-01 included, is a date.
type Date struct {
	t    time.Time
	prec DatePrecision
}

// DatePrecision says how much of a [Date] is known.
type DatePrecision uint8

// The precisions of a Date.
const (
	NoDate DatePrecision = iota // the zero Date
	Year                        // YYYY
	Month                       // YYYY-MM
	Day                         // YYYY-MM-DD
)

// NewDate returns the Date for year, month and day.
func NewDate(year int, month time.Month, day int) Date {
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC), Day}
}

// NewMonth returns the Date for a month of a year, written YYYY-MM.
func NewMonth(year int, month time.Month) Date {
	return Date{time.Date(year, month, 1, 0, 0, 0, 0, time.UTC), Month}
}

// NewYear returns the Date for a year, written YYYY.
func NewYear(year int) Date {
	return Date{time.Date(year, time.January, 1, 0, 0, 0, 0, time.UTC), Year}
}

// Time returns the first moment of d (midnight UTC of its first day).
func (d Date) Time() time.Time { return d.t }

// Precision returns how much of d is known.
func (d Date) Precision() DatePrecision { return d.prec }

// IsZero reports whether d is the zero Date (no date).
func (d Date) IsZero() bool { return d.prec == NoDate }

// Before reports whether d begins before e does.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// end returns the first moment after d.
func (d Date) end() time.Time {
	switch d.prec {
	case Year:
		return d.t.AddDate(1, 0, 0)
	case Month:
		return d.t.AddDate(0, 1, 0)
	}
	return d.t.AddDate(0, 0, 1)
}

// errDate is wrapped by every date parse error.
var errDate = errors.New("not a date of the form YYYY-MM-DD, YYYY-MM or YYYY")

// ParseDate parses a date written YYYY-MM-DD, YYYY-MM or YYYY.
func ParseDate(s string) (Date, error) {
	layouts := [...]struct {
		layout string
		prec   DatePrecision
	}{{time.DateOnly, Day}, {"2006-01", Month}, {"2006", Year}}
	for _, l := range layouts {
		if len(s) != len(l.layout) {
			continue
		}
		t, err := time.Parse(l.layout, s)
		if err != nil {
			break
		}
		return Date{t, l.prec}, nil
	}
	return Date{}, fmt.Errorf("%q is %w", s, errDate)
}

// String returns d as YYYY-MM-DD, YYYY-MM or YYYY, or "" for the zero Date.
func (d Date) String() string {
	switch d.prec {
	case Year:
		return d.t.Format("2006")
	case Month:
		return d.t.Format("2006-01")
	case Day:
		return d.t.Format(time.DateOnly)
	}
	return ""
}

// MarshalText writes d as YYYY-MM-DD, YYYY-MM or YYYY.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date of the form YYYY-MM-DD, YYYY-MM or YYYY.
func (d *Date) UnmarshalText(p []byte) error {
	v, err := ParseDate(string(p))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Duration is an ISO 8601 duration of whole years, months, weeks, days,
// hours and minutes, such as "P5Y", "P1Y6M", "P2W", "PT24H" or "PT10M".
// The zero value means no period.
type Duration struct {
	Years, Months, Weeks, Days, Hours, Minutes int
}

var durationRE = regexp.MustCompile(`^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$`)

// errDuration is wrapped by every duration parse error.
var errDuration = errors.New("not an ISO 8601 duration of whole years, months, weeks, days, hours or minutes (such as P5Y, P1Y6M, P2W, P7D, PT24H, PT10M)")

// ParseDuration parses an ISO 8601 duration such as "P5Y" or "P1Y6M".
func ParseDuration(s string) (Duration, error) {
	m := durationRE.FindStringSubmatch(s)
	if m == nil || s == "P" || strings.HasSuffix(s, "T") {
		return Duration{}, fmt.Errorf("%q is %w", s, errDuration)
	}
	var d Duration
	for i, p := range []*int{&d.Years, &d.Months, &d.Weeks, &d.Days, &d.Hours, &d.Minutes} {
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
	if d.Hours > 0 || d.Minutes > 0 {
		b = append(b, 'T')
		if d.Hours > 0 {
			b = strconv.AppendInt(b, int64(d.Hours), 10)
			b = append(b, 'H')
		}
		if d.Minutes > 0 {
			b = strconv.AppendInt(b, int64(d.Minutes), 10)
			b = append(b, 'M')
		}
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
