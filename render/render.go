package render

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// Format is an output format of [Render].
type Format int

// The formats. The zero value is [HTML], an HTML fragment.
const (
	// HTML is an HTML fragment to embed in a page: an <article> element,
	// preceded by a <style> element when [Options.Stylesheet] is set.
	HTML Format = iota
	// Page is a whole HTML5 document: doctype, head with title and the
	// optional stylesheet, and the article in <main>.
	Page
	// Markdown is CommonMark.
	Markdown
	// Text is plain text, wrapped at [Options.Width] columns.
	Text
	// JSON is the notice's canonical JSON form, [notice.EncodeJSON]; the
	// language and layer do not apply. It exists for [Handler].
	JSON
)

var formatNames = [...]string{"html", "page", "markdown", "text", "json"}

// String returns the format's name: "html", "page", "markdown", "text" or
// "json".
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// Layer says how much of the notice to render.
type Layer int

// The layers. The zero value is [Full].
const (
	// Full is the whole notice: every item of Articles 13 and 14 the notice
	// gives.
	Full Layer = iota
	// Short is the first layer of a layered notice, as the EDPB transparency
	// guidelines recommend: who the controller is with all its contact
	// details, the purposes of each activity and their legal bases,
	// transfers outside the EU/EEA or that there are none, the rights in a
	// line with how to exercise them (the right to object set apart), where
	// to complain, and a link to the full notice when there is an address
	// for it ([Options.FullNoticeURL]).
	Short
)

// String returns "full" or "short".
func (l Layer) String() string {
	switch l {
	case Full:
		return "full"
	case Short:
		return "short"
	}
	return fmt.Sprintf("Layer(%d)", int(l))
}

// Options configure [Render]. The zero value renders the full notice as an
// HTML fragment in the notice's original language, with headings from h1
// and anchors without a prefix.
type Options struct {
	// Lang is the language to render in: one of [i18n.Supported] (fi, sv,
	// en) or a regional variant the catalog models (sv-SE), or another
	// region of one of them (fi-FI, en-GB), which renders as its language.
	// The zero value (language.Und) means the notice's original language,
	// its first declared language. A language the catalog does not have
	// (German, say, for a German notice) is an error wrapping
	// [ErrUnsupportedLanguage], unless Fallback is set. A supported
	// language the notice does not declare renders with the notice's own
	// text in its languages, and says so at the top.
	Lang language.Tag
	// Fallback is the supported language to render in when Lang (or the
	// notice's original language) is one the catalog does not have; the
	// rendering says at its top that it is a fallback and in what language
	// the notice's own text is. The zero value means none: such a
	// rendering is an error. [Languages] tells which languages a notice
	// renders in without one.
	Fallback language.Tag
	// Format is the output format; the zero value is [HTML].
	Format Format
	// Layer is [Full] (the zero value) or [Short].
	Layer Layer
	// HeadingOffset shifts the heading levels of [HTML] fragments and
	// [Markdown] down: with 1 the title is an h2, for a page that has its
	// own h1. Levels deeper than 6 stay at 6; a negative offset counts as 0.
	// A [Page] always starts at h1 and [Text] has no heading levels.
	HeadingOffset int
	// IDPrefix is put before every id and anchor of the HTML output, so that
	// two notices can share a page. It should be a valid start of an HTML id
	// ("kiva-", say).
	IDPrefix string
	// Stylesheet includes the small default stylesheet ([Stylesheet]): in
	// the head of a [Page], and as a <style> element before the article of
	// an [HTML] fragment. HTML allows <style> only in the head, so a site
	// that wants strictly valid markup puts [Stylesheet] in its own head
	// and leaves this false.
	Stylesheet bool
	// Width is the column at which [Text] output is wrapped; 0 means 80,
	// and widths under 20 count as 20. Words longer than the width (URLs,
	// say), addresses and telephone numbers are not broken.
	Width int
	// Strict makes a missing translation an error wrapping
	// [ErrMissingTranslation] instead of falling back to the original
	// language.
	Strict bool
	// FullNoticeURL is where the full notice can be read, for the link at
	// the end of the [Short] layer: an absolute http or https URL
	// ("https://example.fi/privacy"), or a reference relative to the page
	// the short layer is shown on ("privacy.html#privacy-notice",
	// "?layer=full", "#p-privacy-notice" for a full notice rendered on the
	// same page with IDPrefix "p-"). Only the characters RFC 3986 allows in
	// a URI are accepted; anything else makes [Render] return an error. When
	// it is empty the link goes to the notice's own URL
	// ([notice.Notice.URL]), and when that is empty too the short layer
	// links nothing. The full layer ignores it.
	FullNoticeURL string
	// NumberSections numbers the headings of [HTML] and [Page] output
	// ("2", "2.1", ...), in the table of contents too. [Text] output is
	// always numbered and [Markdown] never.
	NumberSections bool
}

// ErrMissingTranslation is wrapped by the error [Render] returns in
// [Options.Strict] mode when some text of the notice has no translation in
// the requested language. The error names the JSON Pointer of every such
// text.
var ErrMissingTranslation = errors.New("render: missing translation")

// ErrFullNoticeURL is wrapped by the error [Render] returns when
// [Options.FullNoticeURL] is neither an absolute http or https URL nor a
// relative reference; the error quotes the value and says what is wrong.
var ErrFullNoticeURL = errors.New("render: Options.FullNoticeURL is not an http(s) URL or a relative reference")

// Render writes n in the format, language and layer that opts give. It
// writes nothing when it returns an error.
//
// The same notice and options always give the same bytes. Render is safe
// for concurrent use; it does not modify n.
func Render(w io.Writer, n *notice.Notice, opts Options) error {
	b, err := render(n, opts)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// render returns the rendering of n as bytes.
func render(n *notice.Notice, opts Options) ([]byte, error) {
	if n == nil {
		return nil, errors.New("render: nil notice")
	}
	if opts.Format == JSON {
		return notice.EncodeJSON(n)
	}
	if opts.Format < 0 || opts.Format > JSON {
		return nil, fmt.Errorf("render: unknown format %d", int(opts.Format))
	}
	if opts.Layer != Full && opts.Layer != Short {
		return nil, fmt.Errorf("render: unknown layer %d", int(opts.Layer))
	}
	if err := checkFullNoticeURL(opts.FullNoticeURL); err != nil {
		return nil, err
	}
	d, err := build(n, opts)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	buf.Grow(64 << 10)
	if err := write(&buf, d, opts); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// write writes d, built with opts, in the format opts names.
func write(buf *bytes.Buffer, d *doc, opts Options) error {
	switch opts.Format {
	case HTML, Page:
		if err := writeHTML(buf, d, opts); err != nil {
			return fmt.Errorf("render: %w", err)
		}
	case Markdown:
		writeMarkdown(buf, d)
	case Text:
		writeText(buf, d, opts.Width)
	}
	return nil
}
