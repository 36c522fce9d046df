package render

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// ErrUnsupportedLanguage is wrapped by the error [Render] returns when the
// language to render in (Options.Lang, or the notice's original language
// when Lang is not set) is not one the catalog has ([i18n.Supported]), and
// Options.Fallback names no language to render in instead. A notice written
// in German or Dutch, say, gets this error rather than Finnish headings.
var ErrUnsupportedLanguage = errors.New("render: language not supported by the catalog")

// Languages returns the languages in which n can be rendered with its own
// text: its declared languages that the catalog supports, each as the
// supported language it is written in (fi-FI as fi), in the notice's order,
// the original first. It is empty for a notice written only in languages
// the catalog lacks; such a notice renders only with Options.Fallback (or
// in a supported language it does not declare, which the rendering then
// says at its top).
func Languages(n *notice.Notice) []language.Tag {
	var out []language.Tag
	for _, t := range n.Languages {
		if s, ok := supported(t); ok && !slices.Contains(out, i18n.Base(s)) {
			out = append(out, i18n.Base(s))
		}
	}
	return out
}

// supported returns the catalog's tag for t (sv-SE stays sv-SE, fi-FI
// becomes fi) and true when the catalog has t's language.
func supported(t language.Tag) (language.Tag, bool) {
	if t == language.Und {
		return language.Und, false
	}
	s := i18n.For(t).Tag()
	sb, _ := s.Base()
	tb, _ := t.Base()
	return s, sb == tb
}

// renderLanguage decides the language of a rendering: Options.Lang, or the
// notice's original language, when the catalog supports it; else
// Options.Fallback, reported as a fallback; else an error wrapping
// ErrUnsupportedLanguage.
func renderLanguage(n *notice.Notice, opts Options) (language.Tag, bool, error) {
	want := opts.Lang
	if want == language.Und {
		want = n.Original()
	}
	if want == language.Und {
		// A notice built in Go without languages: the catalog's first.
		return i18n.Supported[0], false, nil
	}
	if t, ok := supported(want); ok {
		return t, false, nil
	}
	if opts.Fallback != language.Und {
		if t, ok := supported(opts.Fallback); ok {
			return t, true, nil
		}
		return language.Und, false, fmt.Errorf("%w: neither %s nor the fallback %s; the catalog has %s",
			ErrUnsupportedLanguage, want, opts.Fallback, tagList(i18n.Supported))
	}
	return language.Und, false, fmt.Errorf("%w: %s; the catalog has %s (set Options.Fallback to render in one of them)",
		ErrUnsupportedLanguage, want, tagList(i18n.Supported))
}

func tagList(tags []language.Tag) string {
	s := make([]string, len(tags))
	for i, t := range tags {
		s[i] = t.String()
	}
	return strings.Join(s, ", ")
}

// languageName returns the name of t in the rendering language, such as
// "suomi", "finska" or "Finnish", or t's tag when it has none.
func (b *builder) languageName(t language.Tag) string {
	if name := display.Languages(b.tag).Name(t); name != "" {
		return name
	}
	return t.String()
}

// declares reports whether the notice declares a language whose base is
// the rendering language's.
func (b *builder) declares() bool {
	return slices.ContainsFunc(b.n.Languages, func(t language.Tag) bool {
		l, _ := t.Base()
		return l == b.lang
	})
}

// languageNotes say, at the top of the document, what language it is in
// and which parts are in another:
//   - a rendering in Options.Fallback says that it is one, and why;
//   - a rendering in a language the notice does not declare says so;
//   - a rendering in one of the notice's unofficial translations says so
//     and names the original;
//   - for each other language some text is shown in (a translation the
//     notice lacks), what its mark is.
func (b *builder) languageNotes() []block {
	var out []block
	note := func(class, text string) {
		out = append(out, block{Kind: blockPara, Class: class, Spans: []span{{Text: text}}})
	}
	own := b.languageName(b.tag)
	orig := b.languageName(b.orig)
	switch {
	case b.fallback:
		note("language-note", b.t("phrase.fallbackLanguage", own, orig))
	case len(b.n.Languages) > 0 && !b.declares():
		note("language-note", b.t("phrase.undeclaredLanguage", own, orig))
	default:
		if t := b.translationNote(); t != "" {
			note("translation-note", t)
		}
	}
	for _, t := range b.others {
		note("language-note", b.t("phrase.otherLanguage", "["+t.String()+"]", b.languageName(t), own))
	}
	return out
}

// translationNote says that the text is an unofficial translation and which
// language is the original, when the rendering language is one of the
// notice's unofficial translations.
func (b *builder) translationNote() string {
	n := b.n
	if l, _ := b.orig.Base(); l == b.lang {
		return ""
	}
	unofficial := slices.ContainsFunc(n.UnofficialTranslations, func(t language.Tag) bool {
		l, _ := t.Base()
		return l == b.lang
	})
	if !unofficial {
		return ""
	}
	return b.t("label.unofficialTranslation") + ". " + b.t("label.originalLanguage") + ": " + b.languageName(b.orig) + "."
}
