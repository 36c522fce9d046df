package i18n

import (
	"embed"
	"io/fs"
	"slices"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Supported lists the languages every message exists in, in order of
// preference. The first is the fallback for a visitor whose preferences match
// none of them. Each tag has a directory locales/<tag>/ of message files.
// Supported is read once, when the package is initialised; changing it
// afterwards has no effect.
var Supported = []language.Tag{language.Finnish, language.Swedish, language.English}

//go:embed locales
var embedded embed.FS

// std is the catalog built from the embedded locale files at init. It is never
// modified afterwards.
var std = mustLoad(embedded, Supported)

func mustLoad(fsys embed.FS, tags []language.Tag) *store {
	sub, err := fs.Sub(fsys, "locales")
	if err != nil {
		panic("i18n: " + err.Error())
	}
	s, err := load(sub, tags)
	if err != nil {
		panic("i18n: embedded locale files: " + err.Error())
	}
	return s
}

// A Locale formats messages, dates, periods, lists and legal citations in one
// language. Get one with [For]. A Locale is immutable and safe for concurrent
// use by multiple goroutines.
type Locale struct {
	tag     language.Tag
	base    language.Tag
	msgs    map[string]entry // own messages over those of base
	printer *message.Printer
}

// Match returns the supported tag that best fits the preferences, each of
// which may be an Accept-Language header value ("sv-SE,sv;q=0.9,en;q=0.5"), a
// ?lang= value or a single BCP 47 tag. Earlier arguments take precedence over
// later ones; malformed or empty ones, and malformed entries of a header, are
// skipped.
//
// The result is one of [Supported] (fi, sv, en), or a regional variant of one
// when the visitor's region changes how dates and numbers are written and a
// locales/<lang>-<REGION> directory models the difference: "sv-SE" gives sv-SE
// (dates 2023-08-22), while "sv-FI" and "sv" give sv (22.8.2023). When nothing
// matches, Match returns Supported[0], Finnish, unless the preferences refuse
// it.
//
// A language refused with q=0 ("fi;q=0", or "*;q=0" for every language not
// named) is never the result: "fi;q=0, *" gives sv. When the preferences
// refuse every supported language, Match returns language.Und, for which
// [For] gives Supported[0]; a server should answer 406 Not Acceptable, as
// [Matcher.Match] reports.
func Match(prefs ...string) language.Tag {
	t, _, ok := stdMatcher.Match(prefs...)
	if !ok {
		return language.Und
	}
	return t
}

// Base returns the supported language t falls back to: fi, sv or en. Base of
// sv-SE is sv; Base of an unsupported tag is Supported[0].
func Base(t language.Tag) language.Tag {
	return For(t).base
}

// For returns the Locale for t: t's own if t is a supported tag or variant,
// else the one [Match] chooses for t, which is Supported[0] when nothing fits.
// For never returns nil.
func For(t language.Tag) *Locale {
	if l, ok := std.locales[t]; ok {
		return l
	}
	return std.locales[std.match(t.String())]
}

// Variants returns the regional variants the catalog has beside the
// supported languages, such as sv-SE, which writes dates the Swedish way.
// [Base] of each is the supported language it belongs to.
func Variants() []language.Tag {
	return slices.Clone(std.offered[len(Supported):])
}

// Keys returns every message key of the catalog, sorted. Every key exists in
// every supported language.
func Keys() []string {
	return slices.Clone(std.keys)
}

// Tag returns the language of l, such as fi or sv-SE.
func (l *Locale) Tag() language.Tag { return l.tag }

// Has reports whether l has a message for key.
func (l *Locale) Has(key string) bool {
	_, ok := l.msgs[key]
	return ok
}

// T returns the message for key in l's language, formatted with args as by
// fmt.Sprintf, with numbers written the locale's way (fi "1 000", en "1,000");
// pass years and identifiers as strings, or they get digit grouping too.
//
// A message with plural forms chooses its form by the first argument of
// numeric type (int, uint or float of any size), following the plural rules
// of l's language, and falls back to the "other" form when there is none:
//
//	fi.T("duration.year", 5) // "5 vuotta"
//
// When l has no message for key, T returns key unchanged (and [Locale.Has]
// reports false), so a missing message is visible but never fatal.
func (l *Locale) T(key string, args ...any) string {
	e, ok := l.msgs[key]
	if !ok {
		return key
	}
	if e.forms != nil {
		// The catalog compiled the plural forms to select on argument 1 and to
		// format the caller's arguments from 2 on.
		args = append([]any{firstNumber(args)}, args...)
	}
	return l.printer.Sprintf(key, args...)
}

// firstNumber returns the first argument of numeric kind, or nil.
func firstNumber(args []any) any {
	for _, a := range args {
		switch a.(type) {
		case int, int8, int16, int32, int64,
			uint, uint8, uint16, uint32, uint64, uintptr,
			float32, float64:
			return a
		}
	}
	return nil
}

// raw returns the text of a plain (non-plural) message, or "".
func (l *Locale) raw(key string) string {
	return l.msgs[key].text
}
