package tilt

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Kind is what a report entry says of a value.
type Kind int

// The kinds of report entries. The zero Kind is invalid.
const (
	_ Kind = iota
	// Placeholder: a TILT value that says nothing: null, "", [] or an object
	// or array of such (TILT has no way to say "not stated"). Import only.
	Placeholder
	// NoPlace: a value that has no place in the other model: a TILT field the
	// notice model cannot hold (import), or a notice item TILT cannot hold
	// (export). It is not carried over.
	NoPlace
	// Changed: a value carried over in another form than its own, which the
	// entry's reason states: joined with others, read as another field,
	// converted to another unit.
	Changed
	// Filled: a value TILT's schema requires and the notice does not state;
	// the reason says what was written in its place. Export only.
	Filled
)

var kindNames = [...]string{"", "placeholder", "no place", "changed", "filled"}

// String returns "placeholder", "no place", "changed" or "filled".
func (k Kind) String() string {
	if k <= 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kindNames[k]
}

// MarshalText writes the kind's name with a hyphen for the space: "no-place".
func (k Kind) MarshalText() ([]byte, error) {
	return []byte(strings.ReplaceAll(k.String(), " ", "-")), nil
}

// An Entry is one line of a report: a value of one document that is not
// carried over to the other as it is, with both places and the reason.
type Entry struct {
	Kind Kind `json:"kind"`
	// TILT is the JSON Pointer (RFC 6901) of the value in the TILT
	// document; "" when the entry concerns no TILT value (a notice item
	// TILT cannot hold).
	TILT string `json:"tilt,omitempty"`
	// Notice is the JSON Pointer of the value in the notice; "" when the
	// entry concerns no notice value (a TILT placeholder, or a field TILT
	// requires that the notice does not state).
	Notice string `json:"notice,omitempty"`
	// Reason says why, in English.
	Reason string `json:"reason"`
}

// A Report lists what an import or export did not carry over as it was:
// nothing is dropped silently. Entries are in document order.
type Report struct {
	// Language is the language of the TILT document, ISO 639-1.
	Language string `json:"language"`
	// Mapped counts the values carried over: for an import, the TILT values
	// (strings, numbers and booleans that say something) that found a place
	// in the notice; for an export, the notice's values written.
	Mapped int `json:"mapped"`
	// Entries are the values not carried over as they were.
	Entries []Entry `json:"entries"`
}

// Count returns the number of entries of kind k.
func (r *Report) Count(k Kind) int {
	n := 0
	for _, e := range r.Entries {
		if e.Kind == k {
			n++
		}
	}
	return n
}

func (r *Report) add(k Kind, tilt, notice, format string, args ...any) {
	r.Entries = append(r.Entries, Entry{Kind: k, TILT: tilt, Notice: notice, Reason: fmt.Sprintf(format, args...)})
}

// WriteText writes r as text: a summary line, then one line per entry,
// "POINTER: kind: reason", where POINTER is the TILT pointer, the notice
// pointer, or both joined by " -> " in the direction of the conversion.
// Pointers and reasons are written as they are; a pointer holds what the
// document's member names hold, so a consumer that shows the text in a
// terminal or a page escapes it as it escapes the documents themselves.
func (r *Report) WriteText(w io.Writer, export bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "language %s: %d mapped, %d placeholders, %d with no place, %d changed, %d filled\n",
		r.Language, r.Mapped, r.Count(Placeholder), r.Count(NoPlace), r.Count(Changed), r.Count(Filled))
	for _, e := range r.Entries {
		from, to := e.TILT, e.Notice
		if export {
			from, to = e.Notice, e.TILT
		}
		place := from
		switch {
		case from == "" && to == "":
			place = "(document)"
		case from == "":
			place = to
		case to != "":
			place = from + " -> " + to
		}
		fmt.Fprintf(&b, "%s: %s: %s\n", oneLine(place), e.Kind, oneLine(e.Reason))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteJSON writes r as one JSON object, indented, ending in a newline.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// oneLine keeps a report line on one line and inert in a terminal: control
// characters and bidirectional controls (a member name or a quoted value
// may hold any) are written as Go escapes.
func oneLine(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafeRune(r) {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r)
}
