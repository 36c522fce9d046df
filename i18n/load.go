package i18n

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// An entry is one message: plain text, or plural forms keyed by CLDR plural
// category ("one", "other", ...) or exact value ("=0").
type entry struct {
	text  string
	forms map[string]string
}

// store is a loaded catalog. It is built once and only read afterwards.
type store struct {
	offered []language.Tag           // the supported languages, fallback first, then their regional variants
	locales map[language.Tag]*Locale // bases and variants
	matcher language.Matcher         // over offered
	keys    []string                 // sorted
}

// load reads the locale directories of fsys (one per tag, each holding
// <domain>.json files) and builds the catalog for the languages tags, first
// the fallback. A directory whose tag is not in tags must be a regional
// variant of one (sv-SE of sv): its files override some of its base's
// messages. load reports every problem it finds, joined.
func load(fsys fs.FS, tags []language.Tag) (*store, error) {
	var errs []error
	fail := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	if len(tags) == 0 {
		return nil, errors.New("no supported languages")
	}
	s := &store{locales: map[language.Tag]*Locale{}}

	dirs, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	data := map[language.Tag]map[string]entry{}
	var variantTags []language.Tag
	for _, d := range dirs {
		if !d.IsDir() {
			continue // NOTES.md and the like
		}
		tag, err := language.Parse(d.Name())
		if err != nil || tag.String() != d.Name() {
			fail("directory %q: not a canonical BCP 47 tag", d.Name())
			continue
		}
		msgs, err := readDir(fsys, d.Name())
		if err != nil {
			errs = append(errs, err)
		}
		data[tag] = msgs
		if !slices.Contains(tags, tag) {
			variantTags = append(variantTags, tag)
		}
	}
	for _, t := range tags {
		if _, ok := data[t]; !ok {
			fail("%s: supported language has no directory", t)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	// Every supported language has the same keys, each plain or plural alike.
	union := map[string]bool{} // key → plural
	for _, t := range tags {
		for k, e := range data[t] {
			union[k] = union[k] || e.forms != nil
		}
	}
	s.keys = sortedKeys(union)
	for _, t := range tags {
		var missing []string
		for _, k := range s.keys {
			e, ok := data[t][k]
			if !ok {
				missing = append(missing, k)
			} else if (e.forms != nil) != union[k] {
				fail("%s: %s: plural in one language and not in another", t, k)
			}
		}
		if len(missing) > 0 {
			fail("%s: missing keys: %s", t, strings.Join(missing, ", "))
		}
	}
	slices.SortFunc(variantTags, func(a, b language.Tag) int { return strings.Compare(a.String(), b.String()) })
	all := append(slices.Clone(tags), variantTags...)
	for _, t := range all {
		need := neededForms(t)
		for _, k := range sortedKeys(data[t]) {
			e := data[t][k]
			if e.forms == nil {
				continue
			}
			for _, f := range need {
				if _, ok := e.forms[f]; !ok {
					fail("%s: %s: plural form %q missing", t, k, f)
				}
			}
		}
	}
	for _, fk := range formatKeys() {
		p, ok := union[fk.key]
		switch {
		case !ok:
			fail("%s: locale formatting key missing in every language", fk.key)
		case p && !fk.plural:
			fail("%s: locale formatting key must be a plain string", fk.key)
		case !p && fk.plural:
			fail("%s: locale formatting key must have plural forms", fk.key)
		}
	}

	// A regional variant overrides keys of the supported language it belongs to.
	variantBase := map[language.Tag]language.Tag{}
	for _, v := range variantTags {
		base, ok := baseOf(v, tags)
		if !ok {
			fail("directory %s: tag is neither in Supported nor a variant of a supported language", v)
			continue
		}
		variantBase[v] = base
		for _, k := range sortedKeys(data[v]) {
			e := data[v][k]
			p, ok := union[k]
			if !ok {
				fail("%s: %s: key not defined for %s", v, k, base)
			} else if p != (e.forms != nil) {
				fail("%s: %s: plural in one language and not in another", v, k)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	b := catalog.NewBuilder(catalog.Fallback(tags[0]))
	for _, t := range all {
		msgs := data[t]
		for _, k := range sortedKeys(msgs) {
			if err := setMessage(b, t, k, msgs[k]); err != nil {
				fail("%s: %s: %v", t, k, err)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}

	for _, t := range tags {
		s.locales[t] = &Locale{tag: t, base: t, msgs: data[t], printer: message.NewPrinter(t, message.Catalog(b))}
	}
	for _, v := range variantTags {
		base := variantBase[v]
		merged := make(map[string]entry, len(data[base]))
		for k, e := range data[base] {
			merged[k] = e
		}
		for k, e := range data[v] {
			merged[k] = e
		}
		s.locales[v] = &Locale{tag: v, base: base, msgs: merged, printer: message.NewPrinter(v, message.Catalog(b))}
	}
	s.offered = all
	s.matcher = language.NewMatcher(all)
	return s, nil
}

// match implements [Match] over s: the matcher offers the supported
// languages and their regional variants, so "sv-SE" finds sv-SE and "sv-FI"
// finds sv.
func (s *store) match(prefs ...string) language.Tag {
	_, i := language.MatchStrings(s.matcher, prefs...)
	return s.offered[i]
}

// baseOf returns the nearest ancestor of t that is in tags.
func baseOf(t language.Tag, tags []language.Tag) (language.Tag, bool) {
	for p := t.Parent(); p != language.Und; p = p.Parent() {
		if slices.Contains(tags, p) {
			return p, true
		}
	}
	return language.Und, false
}

// setMessage adds one message to the catalog. Plural forms are compiled to
// select on argument 1, which [Locale.T] fills with the first numeric
// argument; their verbs are renumbered to read the caller's arguments from 2.
func setMessage(b *catalog.Builder, t language.Tag, key string, e entry) error {
	if e.forms == nil {
		return b.SetString(t, key, e.text)
	}
	var cases []any
	for _, sel := range orderedSelectors(e.forms) {
		msg, err := shiftVerbs(e.forms[sel])
		if err != nil {
			return fmt.Errorf("form %q: %w", sel, err)
		}
		cases = append(cases, sel, msg)
	}
	return b.Set(t, key, plural.Selectf(1, "", cases...))
}

// pluralCategories are the CLDR plural categories in CLDR order.
var pluralCategories = []string{"zero", "one", "two", "few", "many", "other"}

// orderedSelectors returns the selectors of forms with exact values ("=0")
// first, then the categories in CLDR order, "other" last: the catalog takes the
// first selector that matches.
func orderedSelectors(forms map[string]string) []string {
	var out []string
	for _, k := range sortedKeys(forms) {
		if strings.HasPrefix(k, "=") {
			out = append(out, k)
		}
	}
	for _, c := range pluralCategories {
		if _, ok := forms[c]; ok {
			out = append(out, c)
		}
	}
	return out
}

// neededForms returns the plural categories the integers take in language t,
// by the CLDR rules of golang.org/x/text/feature/plural.
func neededForms(t language.Tag) []string {
	seen := map[plural.Form]bool{plural.Other: true}
	for n := range 1000 {
		seen[plural.Cardinal.MatchPlural(t, n, 0, 0, 0, 0)] = true
	}
	forms := []plural.Form{plural.Zero, plural.One, plural.Two, plural.Few, plural.Many, plural.Other}
	var out []string
	for i, c := range pluralCategories {
		if seen[forms[i]] {
			out = append(out, c)
		}
	}
	return out
}

// shiftVerbs rewrites the fmt verbs of a plural form to read argument n+1
// where they read argument n, with an explicit index: "%d vuotta" becomes
// "%[2]d vuotta". Width and precision given by '*' are not supported.
func shiftVerbs(s string) (string, error) {
	var b strings.Builder
	next := 1 // the argument the next verb without an index reads
	for i := 0; i < len(s); {
		if s[i] != '%' {
			b.WriteByte(s[i])
			i++
			continue
		}
		if i+1 < len(s) && s[i+1] == '%' {
			b.WriteString("%%")
			i += 2
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("+-# 0", s[j]) >= 0 {
			j++
		}
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == '.') {
			j++
		}
		spec := s[i:j]
		n := next
		if j < len(s) && s[j] == '[' {
			end := strings.IndexByte(s[j:], ']')
			if end < 0 {
				return "", fmt.Errorf("unclosed argument index in %q", s)
			}
			v, err := strconv.Atoi(s[j+1 : j+end])
			if err != nil || v < 1 {
				return "", fmt.Errorf("bad argument index in %q", s)
			}
			n = v
			j += end + 1
		}
		if j >= len(s) {
			return "", fmt.Errorf("verb missing at end of %q", s)
		}
		if s[j] == '*' {
			return "", fmt.Errorf("'*' width or precision not supported in plural forms: %q", s)
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		fmt.Fprintf(&b, "%s[%d]%c", spec, n+1, r)
		next = n + 1
		i = j + size
	}
	return b.String(), nil
}

// readDir reads every <domain>.json of one locale directory. A key may be
// defined only once across the directory.
func readDir(fsys fs.FS, dir string) (map[string]entry, error) {
	files, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var errs []error
	msgs := map[string]entry{}
	where := map[string]string{}
	for _, f := range files {
		name := path.Join(dir, f.Name())
		if f.IsDir() || path.Ext(f.Name()) != ".json" {
			errs = append(errs, fmt.Errorf("%s: not a <domain>.json file", name))
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		pairs, err := readObject(data)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			continue
		}
		for _, p := range pairs {
			if prev, ok := where[p.key]; ok {
				errs = append(errs, fmt.Errorf("%s: key %q already defined in %s", name, p.key, prev))
				continue
			}
			where[p.key] = name
			e, err := decodeEntry(p.value)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: key %q: %w", name, p.key, err))
				continue
			}
			msgs[p.key] = e
		}
	}
	return msgs, errors.Join(errs...)
}

type pair struct {
	key   string
	value json.RawMessage
}

// readObject reads one JSON object, keeping its members in order and
// refusing a member name given twice (encoding/json would keep the last).
func readObject(data []byte) ([]pair, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil {
		return nil, err
	} else if tok != json.Delim('{') {
		return nil, errors.New("not a JSON object")
	}
	var out []pair
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key := tok.(string) // object member names are always strings
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, fmt.Errorf("key %q: %w", key, err)
		}
		if seen[key] {
			return nil, fmt.Errorf("key %q defined twice", key)
		}
		seen[key] = true
		out = append(out, pair{key, v})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("data after the JSON object")
	}
	return out, nil
}

// decodeEntry decodes a message: a string, or an object of plural forms.
func decodeEntry(v json.RawMessage) (entry, error) {
	var e entry
	switch {
	case bytes.HasPrefix(v, []byte(`"`)):
		if err := json.Unmarshal(v, &e.text); err != nil {
			return e, err
		}
		return e, checkText(e.text)
	case bytes.HasPrefix(v, []byte(`{`)):
		pairs, err := readObject(v)
		if err != nil {
			return e, err
		}
		e.forms = map[string]string{}
		for _, p := range pairs {
			if !slices.Contains(pluralCategories, p.key) && !isExactSelector(p.key) {
				return e, fmt.Errorf("plural form %q is not a CLDR plural category or =N", p.key)
			}
			var s string
			if err := json.Unmarshal(p.value, &s); err != nil {
				return e, fmt.Errorf("plural form %q: not a string", p.key)
			}
			if err := checkText(s); err != nil {
				return e, err
			}
			e.forms[p.key] = s
		}
		if _, ok := e.forms["other"]; !ok {
			return e, errors.New(`plural message without an "other" form`)
		}
		return e, nil
	}
	return e, errors.New("value is neither a string nor an object of plural forms")
}

func isExactSelector(s string) bool {
	n, ok := strings.CutPrefix(s, "=")
	_, err := strconv.ParseUint(n, 10, 32)
	return ok && err == nil
}

// checkText refuses what the catalog would misread: "${" starts a catalog
// macro.
func checkText(s string) error {
	if s == "" {
		return errors.New("empty message")
	}
	if strings.Contains(s, "${") {
		return errors.New(`"${" is reserved by the message catalog`)
	}
	if !utf8.ValidString(s) {
		return errors.New("invalid UTF-8")
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
