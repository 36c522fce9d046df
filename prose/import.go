package prose

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/seloste/seloste/notice"
)

// Format is the syntax of a prose notice.
type Format int

// The formats Import reads.
const (
	// Text is plain text: paragraphs separated by blank lines, headings on
	// lines of their own, lists marked with "-", "•" or numbers.
	Text Format = iota + 1
	// Markdown is CommonMark.
	Markdown
	// HTML is an HTML document or fragment.
	HTML
)

// String returns "text", "markdown" or "html".
func (f Format) String() string {
	switch f {
	case Text:
		return "text"
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// ErrFormat is returned by [ParseFormat] for a name it does not know.
var ErrFormat = errors.New("prose: unknown format")

// ParseFormat reads a format's name: "text" (or "txt"), "markdown" (or
// "md") or "html". Word files are not read (see the package doc).
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "text", "txt":
		return Text, nil
	case "markdown", "md":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	}
	return 0, fmt.Errorf("%w %q: expected text, markdown or html", ErrFormat, s)
}

// MaxInputSize is the largest source, in bytes, Import reads: the same
// limit [notice.Decode] sets for a notice document.
const MaxInputSize = notice.MaxInputSize

// Errors Import returns, wrapped with the place where that applies.
var (
	ErrTooLarge    = errors.New("prose: source too large")
	ErrInvalidUTF8 = errors.New("prose: source is not valid UTF-8")
	ErrEmpty       = errors.New("prose: source has no text")
)

// Options configure [Import]. The zero value reads plain text and detects
// the language.
type Options struct {
	// Format is the source's syntax; zero means [Text].
	Format Format
	// Language is the language of the source; und (the zero value) detects
	// it from the text. Headings and facts are recognised in Finnish,
	// Swedish, English, German and Dutch.
	Language language.Tag
	// Source names the source in the report and the YAML's header, such as
	// its file name; it is not read.
	Source string
}

// A Result is an imported notice: the notice itself, the same notice as
// YAML with the provenance of every value in comments, and the report of
// what was guessed and what no field could hold.
type Result struct {
	// Notice is the imported notice. It passes [notice.Notice.Check]; the
	// items the source does not give are left out, for the validator to name.
	Notice *notice.Notice
	// YAML is Notice in canonical YAML, with a comment before each value
	// naming its source line and how sure the import is of it. It decodes
	// with [notice.Decode] to a notice equal to Notice.
	YAML []byte
	// Report lists each section of the source with the field it went to,
	// every value with its source line, what was guessed and what no field
	// could hold.
	Report *Report
}

// Import reads a privacy notice written as prose and returns it as a typed
// notice. The source's own words are kept: every paragraph, list item and
// heading lands in a field of the notice or, where no field fits, in a free
// section, and the report says which. Import fails only for a source it
// cannot read: one larger than [MaxInputSize] ([ErrTooLarge]), one that is
// not UTF-8 ([ErrInvalidUTF8], with the line and column) or one with no text
// ([ErrEmpty]).
//
// Import is safe for concurrent use.
func Import(src []byte, opt Options) (*Result, error) {
	if len(src) > MaxInputSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, len(src), MaxInputSize)
	}
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(src) {
		off := 0
		for off < len(src) {
			r, size := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		ln := bytes.Count(src[:off], []byte("\n")) + 1
		col := utf8.RuneCount(src[bytes.LastIndexByte(src[:off], '\n')+1:off]) + 1
		return nil, fmt.Errorf("%w: %d:%d: byte 0x%02x", ErrInvalidUTF8, ln, col, src[off])
	}
	src = norm.NFC.Bytes(bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n")))
	var blocks []block
	switch opt.Format {
	case 0, Text:
		blocks = readText(src)
	case Markdown:
		blocks = readMarkdown(src)
	case HTML:
		blocks = readHTML(src)
	default:
		return nil, fmt.Errorf("%w: %v", ErrFormat, opt.Format)
	}
	if len(blocks) == 0 {
		return nil, ErrEmpty
	}
	lang := opt.Language
	detected := false
	if lang == language.Und {
		lang = detectLanguage(blocks)
		detected = true
	}
	b := newBuilder(lang, opt)
	if c := detectCountry(blocks, lang); c != "" {
		b.country, b.regions = c, phoneRegions(c)
	}
	b.rep.LanguageDetected = detected
	b.build(blocks)
	n := b.n
	if probs := n.Check(); len(probs) > 0 {
		// The builder makes what Check accepts; a problem here is a bug of
		// the import, said plainly rather than hidden.
		return nil, fmt.Errorf("prose: the imported notice is inconsistent (a bug of the import): %v", probs[0])
	}
	y, err := b.yaml()
	if err != nil {
		return nil, err
	}
	return &Result{Notice: n, YAML: y, Report: b.rep}, nil
}
