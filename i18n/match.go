package i18n

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// stdMatcher offers the supported languages and their regional variants.
var stdMatcher = NewMatcher(std.offered)

// A Matcher chooses, among the languages a service offers, the one to serve
// for a visitor's preferences, as [Match] does for the supported languages.
// It honours the weights of an Accept-Language header (RFC 9110, section
// 12.5.4) and its refusals: a range with q=0 excludes every offered tag it
// matches by the basic filtering of RFC 4647 ("sv;q=0" excludes sv and
// sv-SE; "sv-SE;q=0" only sv-SE), and "*;q=0" every tag no other range of
// the header names. Among the tags not refused, the ranges with a weight are
// matched in order of weight by golang.org/x/text/language, so that "sv-FI"
// finds sv and "en-GB" finds en.
//
// A Matcher is immutable and safe for concurrent use.
type Matcher struct {
	offered []language.Tag
	m       language.Matcher // over offered
}

// NewMatcher returns a Matcher for the offered tags, in order of preference:
// the first is served when no preference names an offered language (and
// none refuses it).
func NewMatcher(offered []language.Tag) *Matcher {
	o := slices.Clone(offered)
	return &Matcher{offered: o, m: language.NewMatcher(o)}
}

// Match returns the offered tag to serve for prefs, which are read as
// [Match] reads them, and its index in the offered list. The first
// argument that names an acceptable offered language decides; a bare "*"
// with a weight accepts the first offered tag not refused. When no argument
// decides, the result is the first offered tag that no argument refuses.
// ok is false, and the tag language.Und with index -1, when the arguments
// refuse every offered tag: the visitor accepts none of them.
func (m *Matcher) Match(prefs ...string) (tag language.Tag, index int, ok bool) {
	if len(m.offered) == 0 {
		return language.Und, -1, false
	}
	var refusedAny []bool // offered tags refused by some argument; nil while none is
	for _, p := range prefs {
		ranges := parseRanges(p)
		if len(ranges) == 0 {
			continue
		}
		refused := m.refused(ranges)
		if refused != nil {
			if refusedAny == nil {
				refusedAny = make([]bool, len(m.offered))
			}
			for i, r := range refused {
				refusedAny[i] = refusedAny[i] || r
			}
		}
		if i, ok := m.best(ranges, refused); ok {
			return m.offered[i], i, true
		}
	}
	for i, t := range m.offered {
		if refusedAny == nil || !refusedAny[i] {
			return t, i, true
		}
	}
	return language.Und, -1, false
}

// langRange is one entry of an Accept-Language header: a language range
// (a tag, or "*" for any) and its weight.
type langRange struct {
	raw string       // as written, for the basic filtering of RFC 4647
	tag language.Tag // parsed; language.Und for "*"
	any bool         // "*"
	q   float64
}

// maxRanges bounds the entries read from one header; browsers send a
// handful.
const maxRanges = 64

// parseRanges returns the well-formed entries of an Accept-Language value,
// at most maxRanges of them, in the order written. An entry with a malformed
// range or weight is skipped.
func parseRanges(s string) []langRange {
	var out []langRange
	for entry := range strings.SplitSeq(s, ",") {
		if len(out) == maxRanges {
			break
		}
		rng, params, _ := strings.Cut(entry, ";")
		rng = strings.TrimSpace(rng)
		if rng == "" {
			continue
		}
		r := langRange{raw: rng, q: 1}
		if rng == "*" {
			r.any = true
		} else {
			t, err := language.Parse(rng)
			if err != nil {
				continue
			}
			r.tag = t
		}
		if params = strings.TrimSpace(params); params != "" {
			name, val, ok := strings.Cut(params, "=")
			if !ok || !strings.EqualFold(strings.TrimSpace(name), "q") {
				continue
			}
			q, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
			if err != nil || q < 0 || q > 1 {
				continue
			}
			r.q = q
		}
		out = append(out, r)
	}
	return out
}

// covers reports whether the range matches tag t by the basic filtering of
// RFC 4647, section 3.3.1: equal, or a prefix of t that ends at a hyphen,
// ignoring case.
func (r langRange) covers(t string) bool {
	if r.any {
		return true
	}
	return len(t) >= len(r.raw) && strings.EqualFold(t[:len(r.raw)], r.raw) &&
		(len(t) == len(r.raw) || t[len(r.raw)] == '-')
}

// refused returns, for each offered tag, whether ranges refuse it: the
// longest range that covers it, or "*" when none does, has q=0. It returns
// nil when no range has q=0.
func (m *Matcher) refused(ranges []langRange) []bool {
	if !slices.ContainsFunc(ranges, func(r langRange) bool { return r.q == 0 }) {
		return nil
	}
	out := make([]bool, len(m.offered))
	for i, t := range m.offered {
		s := t.String()
		best, q := -1, 1.0
		for _, r := range ranges {
			n := len(r.raw)
			if r.any {
				n = 0
			}
			if n > best && r.covers(s) {
				best, q = n, r.q
			}
		}
		out[i] = best >= 0 && q == 0
	}
	return out
}

// best returns the index of the offered tag that the weighted ranges choose
// among those not refused, and whether one does. The ranges are taken by
// weight, heaviest first; ranges of equal weight are matched together, in
// the order written. "*" stands for the offered tags no other range names,
// and among them chooses the first in the offered order.
func (m *Matcher) best(ranges []langRange, refused []bool) (int, bool) {
	positive := slices.DeleteFunc(slices.Clone(ranges), func(r langRange) bool { return r.q == 0 })
	slices.SortStableFunc(positive, func(a, b langRange) int { return cmp.Compare(b.q, a.q) })
	matcher, index := m.m, []int(nil)
	if refused != nil {
		// Match among the tags not refused only.
		var allowed []language.Tag
		for i, t := range m.offered {
			if !refused[i] {
				allowed = append(allowed, t)
				index = append(index, i)
			}
		}
		if len(allowed) == 0 {
			return -1, false
		}
		matcher = language.NewMatcher(allowed)
	}
	for len(positive) > 0 {
		n := 1
		for n < len(positive) && positive[n].q == positive[0].q {
			n++
		}
		group := positive[:n]
		positive = positive[n:]
		var desired []language.Tag
		wildcard := false
		for _, r := range group {
			if r.any {
				wildcard = true
			} else {
				desired = append(desired, r.tag)
			}
		}
		if len(desired) > 0 {
			if _, i, conf := matcher.Match(desired...); conf != language.No {
				if index != nil {
					i = index[i]
				}
				return i, true
			}
		}
		if wildcard {
			for i, t := range m.offered {
				named := slices.ContainsFunc(ranges, func(r langRange) bool { return !r.any && r.covers(t.String()) })
				if (refused == nil || !refused[i]) && !named {
					return i, true
				}
			}
		}
	}
	return -1, false
}
