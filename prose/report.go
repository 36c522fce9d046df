package prose

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Confidence is how sure the import is of a value.
type Confidence string

// The confidences.
const (
	// Sure: the heading names the item and the value is read by its form
	// (an e-mail address in the data protection officer's section, a
	// period in the retention section, a basis cited by article).
	Sure Confidence = "sure"
	// Likely: read from the words of the text, not from its form (a basis
	// named in words, the event a period runs from, a recipient's role).
	Likely Confidence = "likely"
	// Guess: chosen for the reader to check (a section placed by its
	// content alone, a code the text implies but does not state).
	Guess Confidence = "guess"
)

// Kind says what became of a piece of the source.
type Kind string

// The kinds of report entries.
const (
	// Placed: the value is in a field of the notice.
	Placed Kind = "placed"
	// Guessed: the value is in a field, by a guess to check.
	Guessed Kind = "guessed"
	// Unplaced: no field fits; the text is kept in a free section (or the
	// introduction) of the notice, at the pointer given.
	Unplaced Kind = "unplaced"
)

// A Report says what the import made of each part of the source. It is
// plain data: encode it with [Report.WriteJSON] or print it with
// [Report.WriteText].
type Report struct {
	// Source names the source, as [Options].Source gave it.
	Source string `json:"source,omitempty"`
	// Format is the source's syntax: "text", "markdown" or "html".
	Format string `json:"format"`
	// Language is the language the import read the source in (a BCP 47 tag;
	// "und" when it could not tell).
	Language string `json:"language"`
	// LanguageDetected is true when the language was detected, not given.
	LanguageDetected bool `json:"languageDetected"`
	// Recognised is false when the language is not one whose headings and
	// facts the import recognises (Finnish, Swedish, English, German,
	// Dutch): every
	// section is then placed by what little it can tell, mostly into free
	// sections.
	Recognised bool `json:"recognised"`
	// Sections are the sections of the source, in order, each with the
	// item it went to.
	Sections []SectionEntry `json:"sections"`
	// Entries are the values the import set, one per value, and the text it
	// could not place, in source order.
	Entries []Entry `json:"entries"`
}

// A SectionEntry is one section of the source: its heading and what the
// import took it for.
type SectionEntry struct {
	// Line is the source line of the heading, or of the section's first
	// text where it has no heading.
	Line int `json:"line"`
	// Heading is the heading as the source writes it; "" for text before
	// the first heading.
	Heading string `json:"heading,omitempty"`
	// Topic is the item the section was taken for, such as "controller",
	// "retention" or "rights"; "free" for a section no item fits.
	Topic string `json:"topic"`
	// How says how the topic was found: "heading" (the heading table knows
	// it), "parent" (a subheading of a known section), "content" (placed by
	// what it says) or "none".
	How string `json:"how"`
	// Confidence is how sure the import is of the topic.
	Confidence Confidence `json:"confidence"`
	// Pointers are the JSON Pointers of the values the section's text went
	// to, in order, without repeats.
	Pointers []string `json:"pointers,omitempty"`
}

// An Entry is one value of the imported notice, or one piece of text no
// field could hold.
type Entry struct {
	// Line is the source line the value was read from.
	Line int `json:"line"`
	// Kind says whether the value was placed, guessed or left unplaced.
	Kind Kind `json:"kind"`
	// Pointer is the JSON Pointer of the value in the notice.
	Pointer string `json:"pointer"`
	// Confidence is how sure the import is.
	Confidence Confidence `json:"confidence"`
	// Text is the source text the value was read from, shortened to 200
	// characters.
	Text string `json:"text,omitempty"`
	// Note says what was read and, for a guess, what to check.
	Note string `json:"note,omitempty"`
}

// Guessed returns the entries of values set by a guess.
func (r *Report) Guessed() []Entry { return r.of(Guessed) }

// Unplaced returns the entries of text no field could hold.
func (r *Report) Unplaced() []Entry { return r.of(Unplaced) }

func (r *Report) of(k Kind) []Entry {
	var out []Entry
	for _, e := range r.Entries {
		if e.Kind == k {
			out = append(out, e)
		}
	}
	return out
}

// WriteJSON writes the whole report as one JSON object, indented.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// WriteText writes the report for a person: the sections and where each
// went, then what was guessed and what could not be placed, each with its
// source line. Values placed with certainty are counted, not listed (the
// YAML's comments give them). Control characters of the source never reach
// the output.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	name := r.Source
	if name == "" {
		name = "(source)"
	}
	name = cleanText(name)
	lang := r.Language
	if r.LanguageDetected {
		lang += " (detected)"
	}
	fmt.Fprintf(&b, "%s: %s, language %s\n", name, r.Format, lang)
	if !r.Recognised {
		fmt.Fprintf(&b, "%s: the import recognises headings and facts in Finnish, Swedish, English, German and Dutch only; this source's sections were placed by the little it could tell\n", name)
	}
	fmt.Fprintf(&b, "\nsections:\n")
	for _, s := range r.Sections {
		h := s.Heading
		if h == "" {
			h = "(no heading)"
		}
		fmt.Fprintf(&b, "  %s: %q -> %s (%s, %s)\n", where(name, s.Line), short(h, 80), s.Topic, s.How, s.Confidence)
	}
	placed := 0
	for _, e := range r.Entries {
		if e.Kind == Placed && e.Confidence == Sure {
			placed++
		}
	}
	guessed, unplaced := r.Guessed(), r.Unplaced()
	likely := 0
	for _, e := range r.Entries {
		if e.Kind == Placed && e.Confidence != Sure {
			likely++
		}
	}
	fmt.Fprintf(&b, "\n%d values placed for sure, %d likely, %d guessed, %d texts unplaced\n", placed, likely, len(guessed), len(unplaced))
	if len(guessed) > 0 {
		fmt.Fprintf(&b, "\nguessed (check these):\n")
		for _, e := range guessed {
			fmt.Fprintf(&b, "  %s: %s: %s\n", where(name, e.Line), e.Pointer, e.Note)
			if e.Text != "" {
				fmt.Fprintf(&b, "      %q\n", short(e.Text, 120))
			}
		}
	}
	if len(unplaced) > 0 {
		fmt.Fprintf(&b, "\nunplaced (kept as written; move what belongs to an item):\n")
		for _, e := range unplaced {
			fmt.Fprintf(&b, "  %s: %s: %s\n      %q\n", where(name, e.Line), e.Pointer, e.Note, short(e.Text, 120))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// where is "name:line", or the name alone for a value no line gave.
func where(name string, line int) string {
	if line <= 0 {
		return name
	}
	return fmt.Sprintf("%s:%d", name, line)
}

// short cuts s to at most n runes, marking the cut.
func short(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
