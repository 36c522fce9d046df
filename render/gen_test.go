package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
)

// scaledNotice returns the bundled example notice called name with n
// activities: its own activities repeated in turn, each copy with an id and
// a name of its own (the name ends in its number, in every language), so
// that a benchmark can measure cost per activity at 1, 10, 100 and 1,000.
// Everything but the activities is the example's. It uses only the
// exported API of examples and notice, so another package can copy it.
func scaledNotice(tb testing.TB, name string, n int) *notice.Notice {
	tb.Helper()
	src, err := examples.Load(name)
	if err != nil {
		tb.Fatal(err)
	}
	out, err := examples.Load(name) // a second copy, for the fields around
	if err != nil {
		tb.Fatal(err)
	}
	out.Activities = make([]notice.Activity, n)
	for i := range n {
		a := src.Activities[i%len(src.Activities)] // shares what it points to: read only
		a.ID = fmt.Sprintf("%s-%d", a.ID, i+1)
		name := notice.Text{}
		for tag, s := range a.Name {
			name[tag] = fmt.Sprintf("%s %d", s, i+1)
		}
		a.Name = name
		out.Activities[i] = a
	}
	return out
}

// adversarial are notices built to make a renderer write much from little:
// each is YAML as an attacker would write it, compactly, and each grows
// with its parameter.
var adversarial = []struct {
	name string
	gen  func(k int) string
}{
	{name: "categories × groups", gen: func(k int) string {
		// k categories, each concerning all of k groups with long names
		// and the shortest distinct ids.
		var b strings.Builder
		b.WriteString("schemaVersion: \"1\"\nlanguages: [fi]\ntitle: T\nactivities:\n- id: a\n  name: N\n  dataSubjects:\n")
		ids := make([]string, k)
		for j := range k {
			ids[j] = shortID(j)
			fmt.Fprintf(&b, "  - {id: %s, name: %s}\n", ids[j], strings.Repeat("N", 200))
		}
		b.WriteString("  dataCategories:\n")
		for range k {
			fmt.Fprintf(&b, "  - {name: C, subjects: [%s]}\n", strings.Join(ids, ","))
		}
		return b.String()
	}},
	{name: "escaped text", gen: func(k int) string {
		// Every text the characters HTML and Markdown escape most.
		s := strings.Repeat(`"<&'*`, k)
		return "schemaVersion: \"1\"\nlanguages: [fi]\ntitle: '" + strings.ReplaceAll(s, "'", "''") + "'\n" +
			"introduction: '" + strings.ReplaceAll(s, "'", "''") + "'\nactivities:\n- {id: a, name: '" + strings.ReplaceAll(s, "'", "''") + "'}\n"
	}},
	{name: "long official terms", gen: func(k int) string {
		// Codes whose official terms are long, repeated.
		var b strings.Builder
		b.WriteString("schemaVersion: \"1\"\nlanguages: [fi]\ntitle: T\nactivities:\n- id: a\n  name: N\n  specialCategoryConditions:\n")
		for range k {
			b.WriteString("  - {condition: healthOrSocialCare}\n  - {condition: archivingResearchStatistics}\n")
		}
		b.WriteString("  transfers:\n    items:\n")
		for range k {
			b.WriteString("    - {recipient: R, mechanism: authorisedAdministrativeArrangement}\n")
		}
		return b.String()
	}},
	{name: "activities with rights", gen: func(k int) string {
		// Activities of their own with every right, which brings the
		// words of Art 21 and of withdrawal with each.
		var b strings.Builder
		b.WriteString("schemaVersion: \"1\"\nlanguages: [fi]\ntitle: T\nactivities:\n")
		for i := range k {
			fmt.Fprintf(&b, "- {id: a%d, name: N, rights: {items: [{right: object}, {right: withdrawConsent}, {right: complaint}, {right: automatedDecision}]}}\n", i)
		}
		return b.String()
	}},
	{name: "sections", gen: func(k int) string {
		var b strings.Builder
		b.WriteString("schemaVersion: \"1\"\nlanguages: [fi]\ntitle: T\nactivities: [{id: a, name: N}]\nsections:\n")
		for range k {
			b.WriteString("- {heading: H}\n")
		}
		return b.String()
	}},
}

// shortID returns the j-th of the shortest ids the schema allows that YAML
// reads as strings unquoted: a, ..., z, then aa, ab, ...
func shortID(j int) string {
	const first = "abcdefghijklmnopqrstuvwxyz"
	const rest = first + "0123456789-"
	if j < len(first) {
		return first[j : j+1]
	}
	j -= len(first)
	return shortID(j/len(rest)) + rest[j%len(rest):j%len(rest)+1]
}

// The bound on every rendering: at most outputPerByte bytes for each byte
// of the notice, beyond a fixed outputFloor for the headings, the catalog's
// fixed wording and the stylesheet. The largest ratio the adversarial
// notices reach is about 20, in HTML, where the words of Art 21 and of
// withdrawal come with each activity that lists those rights, and each
// activity's heading is also in the table of contents and in its anchor's
// label.
const (
	outputPerByte = 24
	outputFloor   = 16 << 10
)

// TestOutputBounded renders each adversarial notice, at sizes a hundred
// times apart, in every format and layer, and checks that no rendering is
// larger than outputPerByte times the notice plus outputFloor: the output
// grows in proportion to the input, with a small constant, however the
// input is made.
func TestOutputBounded(t *testing.T) {
	for _, g := range adversarial {
		t.Run(g.name, func(t *testing.T) {
			for _, k := range []int{4, 40, 400} {
				src := g.gen(k)
				n, err := notice.Decode([]byte(src))
				require.NoError(t, err)
				for _, layer := range []Layer{Full, Short} {
					for _, f := range []Format{HTML, Page, Markdown, Text, JSON} {
						out, err := render(n, Options{Format: f, Layer: layer, Stylesheet: true})
						require.NoError(t, err)
						assert.LessOrEqual(t, len(out), outputPerByte*len(src)+outputFloor,
							"%s of %d: %s %s, %.1f bytes for each of the notice's", g.name, k, layer, f, float64(len(out))/float64(len(src)))
					}
				}
			}
		})
	}
}
