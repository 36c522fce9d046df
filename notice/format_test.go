package notice_test

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

const hint = "# yaml-language-server: $schema=" + notice.SchemaURL + "\n"

func TestFormatYAML(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "canonical already: byte for byte",
			in: hint + "schemaVersion: \"2\"   # the schema\n\nlanguages: [fi, en]\n" +
				"title: {fi: Seloste, en: Notice}\n\n\n# the one activity\nactivities:\n  - id: a   # its id\n    name: N\n",
			want: hint + "schemaVersion: \"2\"   # the schema\n\nlanguages: [fi, en]\n" +
				"title: {fi: Seloste, en: Notice}\n\n\n# the one activity\nactivities:\n  - id: a   # its id\n    name: N\n",
		},
		{
			name: "a version 1 document upgraded, its comments kept",
			in: hint + "schemaVersion: \"1\"\nlanguages: [fi]\ntitle: T\n" +
				"controller:\n  name: C\n  businessId: 1234567-1   # Y-tunnus\n" +
				"activities:\n  - id: a\n    name: N\n",
			want: hint + "schemaVersion: \"2\"\nlanguages: [fi]\ntitle: T\n" +
				"controller:\n  name: C\n  identifiers:\n    - scheme: fiBusinessId\n      value: 1234567-1 # Y-tunnus\n" +
				"activities:\n  - id: a\n    name: N\n",
		},
		{
			name: "fields in schema order, each with its comments and blank lines",
			in: "# keep me at the top\nactivities:\n  - name: N\n    # the id\n    id: a\n\n" +
				"# the title\ntitle: T\nschemaVersion: \"2\"\nlanguages: [fi]\n",
			want: hint + "# keep me at the top\nschemaVersion: \"2\"\nlanguages: [fi]\n\n# the title\ntitle: T\n" +
				"activities:\n  - # the id\n    id: a\n    name: N\n",
		},
		{
			name: "the source's first field moves down with its blank lines kept",
			in: hint + "title: T\nschemaVersion: \"2\"\nlanguages: [fi]\nactivities:\n  - id: a\n    name: N\n" +
				"controller:\n  email: a@b.fi   # mail\n\n  # who\n  name: C\n",
			want: hint + "schemaVersion: \"2\"\nlanguages: [fi]\ntitle: T\ncontroller:\n  # who\n  name: C\n\n  email: a@b.fi   # mail\n" +
				"activities:\n  - id: a\n    name: N\n",
		},
		{
			name: "languages of texts in the notice's order, block and flow",
			in: hint + "schemaVersion: \"2\"\nlanguages: [fi, sv, en]\ntitle:\n  en: Notice\n  sv: Beskrivning  # sv\n  fi: Seloste\n" +
				"activities:\n  - id: a\n    name: {sv: N, de: D, fi: N, en: N}\n",
			want: hint + "schemaVersion: \"2\"\nlanguages: [fi, sv, en]\ntitle:\n  fi: Seloste\n  sv: Beskrivning  # sv\n  en: Notice\n" +
				"activities:\n  - id: a\n    name: {fi: N, sv: N, en: N, de: D}\n",
		},
		{
			name: "tags and text in canonical form, in their own style",
			in: hint + "schemaVersion: \"2\"\nlanguages: [fi, SV]\ntitle: {fi: \"Cafe\u0301\", Sv: 'Cafe\u0301'}\n" +
				"activities:\n  - id: a\n    name: |\n      Cafe\u0301\n      rivi\n",
			want: hint + "schemaVersion: \"2\"\nlanguages: [fi, sv]\ntitle: {fi: \"Café\", sv: 'Café'}\n" +
				"activities:\n  - id: a\n    name: |\n      Café\n      rivi\n",
		},
		{
			name: "a block scalar and a multi-line plain scalar move whole",
			in: hint + "schemaVersion: \"2\"\nlanguages: [fi]\nactivities:\n  - id: a\n    name: N\n" +
				"introduction: >-\n  Pitkä\n  teksti\n\n  toinen kappale\ntitle: yksi\n  kaksi\n",
			want: hint + "schemaVersion: \"2\"\nlanguages: [fi]\ntitle: yksi\n  kaksi\n" +
				"introduction: >-\n  Pitkä\n  teksti\n\n  toinen kappale\nactivities:\n  - id: a\n    name: N\n",
		},
		{
			name: "the schema hint the author wrote is kept",
			in:   "# yaml-language-server: $schema=../../notice/notice.schema.json\nschemaVersion: \"2\"\nlanguages: [fi]\ntitle: T\nactivities: [{id: a, name: N}]\n",
			want: "# yaml-language-server: $schema=../../notice/notice.schema.json\nschemaVersion: \"2\"\nlanguages: [fi]\ntitle: T\nactivities: [{id: a, name: N}]\n",
		},
		{
			name: "flow style kept, reordered",
			in:   "{schemaVersion: '2', languages: [fi], title: T, activities: [{name: n, id: a}]}\n",
			want: hint + "{schemaVersion: '2', languages: [fi], title: T, activities: [{id: a, name: n}]}\n",
		},
		{
			name: "a byte order mark stays first",
			in:   "\ufefftitle: T\nschemaVersion: \"2\"\nlanguages: [fi]\nactivities: [{id: a, name: N}]\n",
			want: "\ufeff" + hint + "schemaVersion: \"2\"\nlanguages: [fi]\ntitle: T\nactivities: [{id: a, name: N}]\n",
		},
		{
			// The blank lines after a block scalar of keep chomping are its
			// value's: they move with it, and none is put after it.
			name: "a keep-chomped block scalar moves with its blank lines",
			in:   hint + "languages: [fi]\ntitle:\n  fi: |+\n    a\n\n\nschemaVersion: \"2\"\nactivities:\n  - id: a\n    name: N\n",
			want: hint + "schemaVersion: \"2\"\nlanguages: [fi]\ntitle:\n  fi: |+\n    a\n\n\nactivities:\n  - id: a\n    name: N\n",
		},
		{
			name: "no blank line lands after a keep-chomped block scalar",
			in:   hint + "activities:\n  - id: a\n    name: N\n\n\n# x\nschemaVersion: \"2\"\ntitle: >+\n  a\nlanguages: [fi]\n",
			want: hint + "# x\nschemaVersion: \"2\"\nlanguages: [fi]\ntitle: >+\n  a\nactivities:\n  - id: a\n    name: N\n",
		},
		{
			name: "CRLF line ends kept",
			in:   hint + "title: T\r\nschemaVersion: \"2\"\r\nlanguages: [fi]\r\nactivities:\r\n  - id: a\r\n    name: N\r\n",
			want: hint + "schemaVersion: \"2\"\r\nlanguages: [fi]\r\ntitle: T\r\nactivities:\r\n  - id: a\r\n    name: N\r\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := notice.FormatYAML([]byte(tt.in))
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(got))
			again, err := notice.FormatYAML(got)
			require.NoError(t, err)
			assert.Equal(t, string(got), string(again), "formatting is idempotent")
		})
	}
}

// TestFormatYAMLMovesBlockScalarsWhole moves block scalars whose value
// ends in lines of white space only, more indented than their text: those
// lines are the value's whatever its chomping, and move with it.
func TestFormatYAMLMovesBlockScalarsWhole(t *testing.T) {
	const rest = "languages: [fi]\nschemaVersion: \"2\"\ntitle: T\n"
	tests := []struct{ name, value string }{
		{"strip", "|-\n      N\n\n         \n"},
		{"clip", "|\n      N\n    \n         \n"},
		{"keep", "|+\n      N\n\n         \n\n"},
		{"folded", ">-\n      N\n      M\n\n         \n\n\n          \n"},
		{"a tab after the indentation", ">\n      N\n\n       \t\n"},
		{"indentation indicator", "|2-\n        N\n\n         \n"},
		{"white space only", "|2-\n\n         \n"},
		{"white space only, clipped", "|2\n\n         \n"},
		{"CRLF", "|-\r\n      N\r\n\r\n         \r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := "activities:\n  - id: a\n    name: N\n    description: " + tt.value + rest
			want, err := notice.DecodeFormat([]byte(in), notice.YAML)
			require.NoError(t, err)
			v := want.Activities[0].Description[language.Finnish]
			require.NotEqual(t, strings.TrimRight(v, " \t\n"), strings.TrimRight(v, "\n"), "the value ends in a line of white space")
			got, err := notice.FormatYAML([]byte(in))
			require.NoError(t, err)
			assert.True(t, strings.HasSuffix(string(got), tt.value), "the value moved whole:\n%s", got)
			n, err := notice.DecodeFormat(got, notice.YAML)
			require.NoError(t, err)
			assert.Equal(t, want, n)
			again, err := notice.FormatYAML(got)
			require.NoError(t, err)
			assert.Equal(t, string(got), string(again), "formatting is idempotent")
		})
	}
}

// TestFormatYAMLOutdentsCommentsAfterBlockScalars moves comments deeper
// than the entry they stand above to below a block scalar: written as deep
// as the scalar's text, they would become part of its value, so they are
// written as deep as the entry.
func TestFormatYAMLOutdentsCommentsAfterBlockScalars(t *testing.T) {
	const top = "schemaVersion: \"2\"\nlanguages: [fi]\n"
	tests := []struct{ name, in, want string }{
		{
			name: "above a member",
			in:   top + "  # c\nactivities:\n  - id: a\n    name: N\ntitle: |\n  T\n",
			want: top + "title: |\n  T\n# c\nactivities:\n  - id: a\n    name: N\n",
		},
		{
			name: "above a list item",
			in:   top + "title: T\nactivities:\n  - description: |\n      D\n    id: a\n    name: N\n      # c\n  - id: b\n    name: M\n",
			want: top + "title: T\nactivities:\n  - id: a\n    name: N\n    description: |\n      D\n  # c\n  - id: b\n    name: M\n",
		},
		{
			name: "at the end of the document",
			in:   top + "title: T\nactivities:\n  - description: |\n      D\n    id: a\n    name: N\n      # c\n",
			want: top + "title: T\nactivities:\n  - id: a\n    name: N\n    description: |\n      D\n# c\n",
		},
		{
			name: "after a keep-chomped scalar",
			in:   top + "    # c\n\nactivities:\n  - id: a\n    name: N\ntitle: |+\n  T\n\n",
			want: top + "title: |+\n  T\n\n# c\n\nactivities:\n  - id: a\n    name: N\n",
		},
		{
			name: "after a block scalar written anew (version 1 upgraded)",
			in: "schemaVersion: \"1\"\nlanguages: [fi]\ntitle: T\nactivities:\n  - id: a\n    name: N\n" +
				"sections:\n  - body: |\n      x\n      y\n    id: s\n    heading: H\n              # c\n",
			want: top + "title: T\nactivities:\n  - id: a\n    name: N\n" +
				"sections:\n  - id: s\n    heading: H\n    blocks:\n      - paragraph: |\n          x\n          y\n# c\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := notice.FormatYAML([]byte(hint + tt.in))
			require.NoError(t, err)
			assert.Equal(t, hint+tt.want, string(got))
			again, err := notice.FormatYAML(got)
			require.NoError(t, err)
			assert.Equal(t, string(got), string(again), "formatting is idempotent")
		})
	}
}

// TestFormatYAMLKeepsBlockScalarValues moves and rewrites block scalars
// whose value depends on more than their lines: on the line break after
// them at the end of the document, on an indentation indicator, on a
// comment after their header; and multi-line values that a block scalar
// cannot hold.
func TestFormatYAMLKeepsBlockScalarValues(t *testing.T) {
	const top = "schemaVersion: \"2\"\nlanguages: [fi]\n"
	const act = "activities:\n  - id: a\n    name: N"
	tests := []struct{ name, in, want string }{
		{
			name: "the last value, without a line break, moves up: its value has none",
			in:   top + act + "\ntitle: |\n  T",
			want: top + "title: |-\n  T\n" + act,
		},
		{
			name: "a value with a line break moves to the end of a document without one",
			in:   top + "activities:\n  - id: a\n    name: |\n      N\ntitle: T",
			want: top + "title: T\nactivities:\n  - id: a\n    name: |\n      N\n",
		},
		{
			name: "keep chomping, to the end of a document without a line break",
			in:   top + "activities:\n  - id: a\n    name: |+\n      N\n\ntitle: T",
			want: top + "title: T\nactivities:\n  - id: a\n    name: |+\n      N\n\n",
		},
		{
			name: "a comment after the header",
			in:   top + act + "\ntitle: | # c\n  T\n",
			want: top + "title: | # c\n  T\n" + act + "\n",
		},
		{
			name: "a comment after the header, the value rewritten",
			in:   top + act + "\ntitle: | # c\n  e\u0301\n",
			want: top + "title: |\n  \u00e9\n" + act + "\n",
		},
		{
			name: "the value starts with spaces: the indentation indicator is kept",
			in:   top + act + "\ntitle: |2\n     e\u0301\n",
			want: top + "title: |2\n     \u00e9\n" + act + "\n",
		},
		{
			name: "the first line empty",
			in:   top + act + "\ntitle: |\n\n  e\u0301\n",
			want: top + "title: |\n\n  \u00e9\n" + act + "\n",
		},
		{
			name: "in a flow mapping: quoted",
			in:   top + "activities: [{id: a, name: \"e\u0301\\nb\"}]\ntitle: T\n",
			want: top + "title: T\nactivities: [{id: a, name: \"\u00e9\\nb\"}]\n",
		},
		{
			name: "characters a block scalar cannot hold: quoted",
			in:   top + act + "\ntitle: \"e\u0301\\r\\nb\\x01\"\n",
			want: top + "title: \"\u00e9\\r\\nb\\x01\"\n" + act + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := notice.FormatYAML([]byte(hint + tt.in))
			require.NoError(t, err)
			assert.Equal(t, hint+tt.want, string(got))
			again, err := notice.FormatYAML(got)
			require.NoError(t, err)
			assert.Equal(t, string(got), string(again), "formatting is idempotent")
		})
	}
}

func TestFormatYAMLRefusesWhatDoesNotDecode(t *testing.T) {
	_, err := notice.FormatYAML([]byte("schemaVersion: \"2\"\nlanguages: [fi]\ntitle: T\nactivities:\n  - id: a\n    name: N\n    legalBases: [{basis: konsent}]\n"))
	var de *notice.DecodeError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, 7, de.Line)
	assert.ErrorIs(t, err, notice.ErrUnknownCode)
}

func sortedLines(s string) []string {
	lines := strings.Split(s, "\n")
	slices.Sort(lines)
	return lines
}

// TestFormatYAMLKeepsTheExamples formats every bundled example twice: the
// second time changes nothing, and the first only moves lines, whole, with
// every comment and blank line; the notice stays the same.
func TestFormatYAMLKeepsTheExamples(t *testing.T) {
	files, err := filepath.Glob("../examples/notices/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			once, err := notice.FormatYAML(src)
			require.NoError(t, err)
			twice, err := notice.FormatYAML(once)
			require.NoError(t, err)
			assert.Equal(t, string(once), string(twice), "formatting a formatted notice changes nothing")
			assert.Equal(t, sortedLines(string(src)), sortedLines(string(once)), "every line is kept, comments and blank lines too")
			assert.Equal(t, notice.CommentLines(src), notice.CommentLines(once))
			assert.Positive(t, notice.CommentLines(src))
			a, err := notice.Decode(src)
			require.NoError(t, err)
			b, err := notice.Decode(once)
			require.NoError(t, err)
			assert.Equal(t, a, b)
		})
	}
}

func TestCommentLines(t *testing.T) {
	assert.Equal(t, 4, notice.CommentLines([]byte("# one\n# two\na: 1 # three\n\n# four\nb: 2\n")))
	assert.Equal(t, 0, notice.CommentLines([]byte(`{"a": "# not a comment"}`)))
	assert.Equal(t, 0, notice.CommentLines([]byte("a: [")))
}

// unusualBreakRE matches the line breaks FormatYAML refuses: a carriage
// return alone, NEL, LS and PS.
var unusualBreakRE = regexp.MustCompile(`\r(?:[^\n]|$)|\x{85}|\x{2028}|\x{2029}`)

// TestFormatYAMLRefusesUnusualLineBreaks: a document with a line break
// other than LF and CRLF decodes, but is not formatted; the error says
// where the first is.
func TestFormatYAMLRefusesUnusualLineBreaks(t *testing.T) {
	for _, tc := range []struct{ brk, at string }{
		{"\r", "3:13"}, {"\u0085", "3:13"}, {"\u2028", "3:13"}, {"\u2029", "3:13"},
	} {
		doc := "activities:\n  - id: A\n    name: \"a" + tc.brk + "b\"\nlanguages: [fi]\nschemaVersion: \"2\"\ntitle: T\n"
		_, err := notice.Decode([]byte(doc))
		require.NoError(t, err)
		_, err = notice.FormatYAML([]byte(doc))
		assert.ErrorIs(t, err, notice.ErrLineBreaks, "%q", tc.brk)
		assert.ErrorContains(t, err, "at "+tc.at, "%q", tc.brk)
	}
	_, err := notice.FormatYAML([]byte("schemaVersion: \"2\"\r\nlanguages: [fi]\r\ntitle: T\r\nactivities: [{id: a, name: N}]\r\n"))
	assert.NoError(t, err, "CRLF is formatted")
}

// FuzzFormatYAML formats every document that decodes: formatting succeeds,
// keeps the notice (FormatYAML checks that itself) and is idempotent.
func FuzzFormatYAML(f *testing.F) {
	files, _ := filepath.Glob("../examples/notices/*.yaml")
	for _, path := range files {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	f.Add([]byte("title: T\nschemaVersion: \"2\"\nlanguages: [fi]\nactivities:\n  - name: N\n    # c\n    id: a\n"))
	f.Add([]byte("languages: [fi]\ntitle:\n  fi: |+\n    a\n\n# c\n\nschemaVersion: \"2\"\nactivities:\n  - name: >2+\n      N\n\n    id: a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := notice.DecodeFormat(data, notice.YAML); err != nil {
			return
		}
		out, err := notice.FormatYAML(data)
		if errors.Is(err, notice.ErrLineBreaks) && unusualBreakRE.Match(data) {
			return // refused, as documented
		}
		if err != nil {
			t.Fatalf("a notice that decodes does not format: %v", err)
		}
		again, err := notice.FormatYAML(out)
		if err != nil {
			t.Fatalf("formatted output does not format: %v", err)
		}
		if string(again) != string(out) {
			t.Fatalf("formatting is not idempotent:\n%s\n----\n%s", out, again)
		}
	})
}
