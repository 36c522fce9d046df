package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileRunes act on a terminal or reorder what it shows: the
// right-to-left override and an isolate ("Trojan Source"), C1's control
// sequence introducer and the line separator.
const hostileRunes = "\u202e\u2067\u009b\u2028"

func TestJSONSafe(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"none", `{"a":"b ä €"}`, `{"a":"b ä €"}`},
		{"bidi", "{\"a\":\"x\u202ey\u2066\"}", `{"a":"x\u202ey\u2066"}`},
		{"C1", "{\"a\":\"\u009b31m\u0085\"}", `{"a":"\u009b31m\u0085"}`},
		{"separators", "{\"a\":\"\u2028\u2029\"}", `{"a":"\u2028\u2029"}`},
		{"invalid UTF-8 kept", "{\"a\":\"\xff\u202e\"}", "{\"a\":\"\xff\\u202e\"}"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(jsonSafe([]byte(tc.in)))
			assert.Equal(t, tc.want, got)
			if utf8.ValidString(tc.in) {
				var a, b any
				require.NoError(t, json.Unmarshal([]byte(tc.in), &a))
				require.NoError(t, json.Unmarshal([]byte(got), &b))
				assert.Equal(t, a, b, "the escapes decode to the same text")
			}
		})
	}
}

// TestJSONOutputsHoldNoRawControls runs every command that writes JSON on
// a notice (and a file name) holding characters that act on a terminal or
// reorder its text: none may come out raw, and the JSON must still say the
// same text.
func TestJSONOutputsHoldNoRawControls(t *testing.T) {
	dir := t.TempDir()
	ref, err := os.ReadFile(filepath.Join("..", "..", "testdata", "validate", "reference.yaml"))
	require.NoError(t, err)
	src := string(ref)
	// The controller's name, with each character written as a YAML escape.
	require.Contains(t, src, "\n    fi: Esimerkki Oy\n")
	hostile := strings.Replace(src, "\n    fi: Esimerkki Oy\n", "\n    fi: \"A\\u202e\\u2067\\x9b\\LB\"\n", 1)
	old := filepath.Join(dir, "old.yaml")
	require.NoError(t, os.WriteFile(old, ref, 0o644))
	bad := filepath.Join(dir, "n"+hostileRunes+".yaml")
	require.NoError(t, os.WriteFile(bad, []byte(hostile), 0o644))
	// A finding in the file, so that the report names it.
	worse := filepath.Join(dir, "w"+hostileRunes+".yaml")
	require.NoError(t, os.WriteFile(worse, []byte(strings.Replace(hostile, "schemaVersion: \"2\"\n", "schemaVersion: \"2\"\nbogus: 1\n", 1)), 0o644))
	tiltDoc, err := os.ReadFile(filepath.Join(tiltCorpus, "bahn.de.tilt.json"))
	require.NoError(t, err)
	require.Contains(t, string(tiltDoc), `"DB Vertrieb GmbH, DB Fernverkehr AG, DB Regio AG"`)
	tiltDoc = []byte(strings.Replace(string(tiltDoc), `"DB Vertrieb GmbH, DB Fernverkehr AG, DB Regio AG"`, `"A\u202e\u2067\u009b GmbH"`, 1))
	tiltFile := filepath.Join(dir, "hostile.tilt.json")
	require.NoError(t, os.WriteFile(tiltFile, tiltDoc, 0o644))
	for _, tc := range []struct {
		name  string
		args  []string
		stdin string
	}{
		{"validate json", []string{"validate", "-format", "json", bad, worse}, ""},
		{"validate sarif", []string{"validate", "-format", "sarif", bad, worse}, ""},
		{"diff json", []string{"diff", "-format", "json", old, bad}, ""},
		{"fmt -to json", []string{"fmt", "-to", "json", bad}, ""},
		{"export dpv", []string{"export", "-to", "dpv", bad}, ""},
		{"export tilt", []string{"export", "-to", "tilt", "-lang", "fi", "-report", "json", bad}, ""},
		{"render json", []string{"render", "-format", "json", bad}, ""},
		{"import -to json", []string{"import", "-to", "json", "-report", "json", tiltFile}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdin []byte
			if tc.stdin != "" {
				stdin = []byte(tc.stdin)
			}
			out, errOut, _ := seloste(t, stdin, tc.args...)
			require.NotEmpty(t, out)
			assert.False(t, strings.ContainsAny(out, hostileRunes), "raw control in %s", out)
			var v any
			require.NoError(t, json.Unmarshal([]byte(out), &v), "still JSON")
			if tc.name != "validate json" && tc.name != "validate sarif" {
				assert.Contains(t, out, `\u202e`, "the text is kept, escaped")
			}
			if strings.Contains(tc.name, "tilt") || strings.Contains(tc.name, "import") {
				assert.False(t, strings.ContainsAny(errOut, hostileRunes), "raw control in the report %s", errOut)
			}
		})
	}
}
