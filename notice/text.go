package notice

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// Text is a human-readable text in one or more languages, keyed by BCP 47
// tag. In a document it is written as an object from tag to string
// ({"fi": "…", "sv": "…"}) or as a bare string, which means the notice's
// original language. Keys are canonicalised with golang.org/x/text/language
// and strings are normalised to Unicode NFC when decoded.
//
// While a bare string is being decoded its tag is [language.Und]; [Decode]
// replaces und by the notice's original language once the whole notice is
// read.
type Text map[language.Tag]string

// T returns a Text holding s in the language tag.
func T(tag language.Tag, s string) Text { return Text{tag: s} }

// In returns the text in lang, or, where it is missing, in the first of
// fallbacks that has it. It reports the tag of the text returned, so that a
// renderer can mark a fragment that fell back to another language.
func (t Text) In(lang language.Tag, fallbacks ...language.Tag) (string, language.Tag, bool) {
	if s, ok := t[lang]; ok && s != "" {
		return s, lang, true
	}
	for _, f := range fallbacks {
		if s, ok := t[f]; ok && s != "" {
			return s, f, true
		}
	}
	return "", language.Und, false
}

// IsZero reports whether t holds no text in any language.
func (t Text) IsZero() bool {
	for _, s := range t {
		if s != "" {
			return false
		}
	}
	return true
}

// Tags returns the languages t has text in, sorted by their string form.
func (t Text) Tags() []language.Tag {
	tags := make([]language.Tag, 0, len(t))
	for tag := range t {
		tags = append(tags, tag)
	}
	slices.SortFunc(tags, func(a, b language.Tag) int {
		return strings.Compare(a.String(), b.String())
	})
	return tags
}

// MarshalJSONTo writes t as an object with its keys in sorted order.
func (t Text) MarshalJSONTo(enc *jsontext.Encoder) error {
	if err := enc.WriteToken(jsontext.BeginObject); err != nil {
		return err
	}
	for _, tag := range t.Tags() {
		if err := enc.WriteToken(jsontext.String(tag.String())); err != nil {
			return err
		}
		if err := enc.WriteToken(jsontext.String(t[tag])); err != nil {
			return err
		}
	}
	return enc.WriteToken(jsontext.EndObject)
}

// readString reads the next value of dec, a JSON string, and returns it
// unquoted. A string without escapes, most of a notice's text, is copied
// from its raw bytes; jsontext.AppendUnquote reads the others.
func readString(dec *jsontext.Decoder) (string, error) {
	raw, err := dec.ReadValue()
	if err != nil {
		return "", err
	}
	if len(raw) >= 2 && raw[0] == '"' && bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), nil
	}
	var scratch [1024]byte
	b, err := jsontext.AppendUnquote(scratch[:0], raw)
	return string(b), err
}

// nfc returns s, valid UTF-8, in Unicode Normalization Form C. Text all of
// whose characters are below U+0300 (ASCII, and the Latin-1 and Latin
// Extended letters of the EU's languages written precomposed, such as ä, ö,
// å, č) is in NFC already, in any order: each such character is a starter
// that nothing before it composes with (TestNFCBelowCombiningMarks checks
// every one). Such text, most of a notice, is returned as it is without the
// normalizer's table lookups; a byte from 0xCC up, which only a character
// from U+0300 up has in UTF-8, sends the text through norm.NFC.
func nfc(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xCC {
			return norm.NFC.String(s)
		}
	}
	return s
}

// errLanguageTag is wrapped by the error for a malformed language tag.
var errLanguageTag = errors.New("not a well-formed BCP 47 language tag")

// UnmarshalJSONFrom reads a bare string or an object from tag to string.
func (t *Text) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	switch dec.PeekKind() {
	case '"':
		tok, err := dec.ReadToken()
		if err != nil {
			return err
		}
		*t = Text{language.Und: nfc(tok.String())}
		return nil
	case '{':
	default:
		val, err := dec.ReadValue()
		if err != nil {
			return err
		}
		return &json.SemanticError{JSONKind: val.Kind(), Err: errors.New("expected a string or an object from language tag to string")}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	out := Text{}
	for dec.PeekKind() != '}' {
		keyTok, err := dec.ReadToken()
		if err != nil {
			return err
		}
		key := keyTok.String()
		tag, err := parseTag(key)
		if err != nil {
			return &json.SemanticError{JSONPointer: dec.StackPointer(), Err: err}
		}
		if _, dup := out[tag]; dup {
			return &json.SemanticError{JSONPointer: dec.StackPointer(), Err: fmt.Errorf("language %q given twice", tag)}
		}
		if dec.PeekKind() != '"' {
			val, err := dec.ReadValue()
			if err != nil {
				return err
			}
			return &json.SemanticError{JSONPointer: dec.StackPointer(), JSONKind: val.Kind(), Err: fmt.Errorf("expected a string for language %q", key)}
		}
		val, err := readString(dec)
		if err != nil {
			return err
		}
		out[tag] = nfc(val)
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	*t = out
	return nil
}

// parseTag parses a BCP 47 tag strictly, in the form the JSON Schema's
// pattern allows (a two- or three-letter language subtag and hyphenated
// subtags: not "fi_FI", not a private-use "x-klingon"), and returns it in
// canonical form. Tags seen before are taken from a small cache.
func parseTag(s string) (language.Tag, error) {
	if tag, ok := tagCache.Load(s); ok {
		return tag.(language.Tag), nil
	}
	if !tagRE.MatchString(s) {
		return language.Und, fmt.Errorf("%q is %w", s, errLanguageTag)
	}
	tag, err := language.Parse(s)
	if err != nil || tag == language.Und {
		return language.Und, fmt.Errorf("%q is %w", s, errLanguageTag)
	}
	if tagCacheSize.Add(1) <= maxCachedTags {
		tagCache.Store(s, tag)
	}
	return tag, nil
}

// The cache of parsed tags holds at most maxCachedTags entries, so that a
// document of many distinct tags cannot grow it without bound.
const maxCachedTags = 256

var (
	tagRE        = regexp.MustCompile(tagPattern)
	tagCache     sync.Map // string -> language.Tag
	tagCacheSize atomic.Int64
)

// Name is the proper name of a person, body, place or act, or a line of a
// postal address: the same in every language unless an official translation
// is given. It is written like a [Text] (a bare string, in the notice's
// original language, or an object from BCP 47 tag to string), but a missing
// translation is not a gap: a name given once is valid in every language,
// and a renderer shows it as written.
type Name Text

// N returns a Name holding s in the language tag.
func N(tag language.Tag, s string) Name { return Name{tag: s} }

// In returns the name in lang or, where no official translation is given, in
// the first of fallbacks that has it, then in any language it has (sorted by
// tag). It reports the tag of the form returned.
func (n Name) In(lang language.Tag, fallbacks ...language.Tag) (string, language.Tag, bool) {
	if s, tag, ok := Text(n).In(lang, fallbacks...); ok {
		return s, tag, true
	}
	for _, tag := range Text(n).Tags() {
		if s := n[tag]; s != "" {
			return s, tag, true
		}
	}
	return "", language.Und, false
}

// IsZero reports whether n holds no name in any language.
func (n Name) IsZero() bool { return Text(n).IsZero() }

// Tags returns the languages n has a form in, sorted by their string form.
func (n Name) Tags() []language.Tag { return Text(n).Tags() }

// MarshalJSONTo writes n as a Text is written.
func (n Name) MarshalJSONTo(enc *jsontext.Encoder) error { return Text(n).MarshalJSONTo(enc) }

// UnmarshalJSONFrom reads a bare string or an object from tag to string.
func (n *Name) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return (*Text)(n).UnmarshalJSONFrom(dec)
}

// Tags are BCP 47 language tags, written as a list of strings such as
// ["fi", "sv", "en"]. Each is read as the keys of a [Text] are: strictly, in
// the form the JSON Schema allows, and canonicalised.
type Tags []language.Tag

// MarshalJSONTo writes the tags as a list of strings.
func (ts Tags) MarshalJSONTo(enc *jsontext.Encoder) error {
	if err := enc.WriteToken(jsontext.BeginArray); err != nil {
		return err
	}
	for _, t := range ts {
		if err := enc.WriteToken(jsontext.String(t.String())); err != nil {
			return err
		}
	}
	return enc.WriteToken(jsontext.EndArray)
}

// UnmarshalJSONFrom reads a list of language tags.
func (ts *Tags) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() != '[' {
		val, err := dec.ReadValue()
		if err != nil {
			return err
		}
		return &json.SemanticError{JSONKind: val.Kind(), Err: errors.New("expected a list of language tags such as [fi, sv]")}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	out := Tags{}
	for dec.PeekKind() != ']' {
		if dec.PeekKind() != '"' {
			val, err := dec.ReadValue()
			if err != nil {
				return err
			}
			return &json.SemanticError{JSONPointer: dec.StackPointer(), JSONKind: val.Kind(), Err: errors.New(`expected a language tag such as "fi"; "und" and null name no language`)}
		}
		tok, err := dec.ReadToken()
		if err != nil {
			return err
		}
		tag, err := parseTag(tok.String())
		if err != nil {
			return &json.SemanticError{JSONPointer: dec.StackPointer(), Err: fmt.Errorf("expected a well-formed BCP 47 language tag such as \"fi\" or \"sv-FI\": %w", err)}
		}
		out = append(out, tag)
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	*ts = out
	return nil
}
