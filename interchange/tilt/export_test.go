package tilt_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dlclark/regexp2/v2"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/interchange/tilt"
	"github.com/seloste/seloste/notice"
)

// tiltSchema compiles TILT's own schema (draft-07) with an independent
// validator that asserts formats.
func tiltSchema(t testing.TB) *jsonschema.Schema {
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft7)
	c.AssertFormat()
	c.UseRegexpEngine(ecmaRegexp) // TILT's patterns use look-ahead, which Go's regexp lacks
	s, err := c.Compile(filepath.Join(interop, "tilt-schema.json"))
	require.NoError(t, err)
	return s
}

var fixedDate = notice.NewDate(2026, 1, 2)

// TestExportValid writes every bundled notice as TILT, in each of its
// languages, and checks each document against TILT's schema.
func TestExportValid(t *testing.T) {
	schema := tiltSchema(t)
	for _, name := range examples.Names() {
		n, err := examples.Load(name)
		require.NoError(t, err)
		docs, err := tilt.Export(n, tilt.Options{Date: fixedDate})
		require.NoError(t, err)
		require.Len(t, docs, len(n.Languages))
		for _, d := range docs {
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(d.JSON))
			require.NoError(t, err)
			assert.NoError(t, schema.Validate(inst), "%s.%s is valid TILT", name, d.Language)
			again, err := tilt.ExportLanguage(n, d.Language, tilt.Options{Date: fixedDate})
			require.NoError(t, err)
			assert.Equal(t, string(d.JSON), string(again.JSON), "the export is deterministic")
		}
	}
}

// TestExportSchemaCatchesInvalid makes sure the validator of the test above
// can fail: a document without its required controller is refused.
func TestExportSchemaCatchesInvalid(t *testing.T) {
	n, err := examples.Load("vipu")
	require.NoError(t, err)
	d, err := tilt.ExportLanguage(n, language.Finnish, tilt.Options{Date: fixedDate})
	require.NoError(t, err)
	broken := regexp.MustCompile(`"country": "ZZ"`).ReplaceAll(d.JSON, []byte(`"country": "fi"`))
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(broken))
	require.NoError(t, err)
	assert.Error(t, tiltSchema(t).Validate(inst))
}

// A fact is one value of a notice, keyed by the pattern of its place: list
// indices are left out, and an activity's items read as the notice's
// (TILT has no activities, and the import makes one of each data
// category).
type fact struct{ key, value string }

var indexRE = regexp.MustCompile(`/[0-9]+(/|$)`)

func factKey(ptr string) string {
	for indexRE.MatchString(ptr) {
		ptr = indexRE.ReplaceAllString(ptr, "/$1")
	}
	ptr = strings.ReplaceAll(ptr, "//", "/")
	if rest, ok := strings.CutPrefix(ptr, "/activities/"); ok {
		ptr = "/" + rest
	}
	return strings.TrimSuffix(ptr, "/")
}

var (
	textT = reflect.TypeFor[notice.Text]()
	nameT = reflect.TypeFor[notice.Name]()
)

// facts returns every value of n, as written in lang, by its pointer.
func facts(n *notice.Notice, lang language.Tag) map[string]fact {
	out := map[string]fact{}
	notice.Walk(n, func(v notice.Value) bool {
		if v.Field == nil {
			return true
		}
		var s string
		switch {
		case v.V.Type() == textT:
			s, _, _ = v.V.Interface().(notice.Text).In(lang, n.Original())
		case v.V.Type() == nameT:
			s, _, _ = v.V.Interface().(notice.Name).In(lang, n.Original())
		case v.V.Kind() == reflect.Struct && v.V.CanInterface():
			if st, ok := v.V.Interface().(fmt.Stringer); ok {
				s = st.String()
			} else {
				return true
			}
		case v.V.Kind() == reflect.String:
			s = v.V.String()
		case v.V.Kind() == reflect.Bool:
			if v.V.Bool() {
				s = "true"
			}
		case v.V.Kind() == reflect.Int:
			if v.V.Int() != 0 {
				s = fmt.Sprint(v.V.Int())
			}
		default:
			return true
		}
		if s != "" {
			out[v.Pointer()] = fact{factKey(v.Pointer()), s}
		}
		return false
	})
	return out
}

func under(p string, set []string) bool {
	return slices.ContainsFunc(set, func(q string) bool { return p == q || strings.HasPrefix(p, q+"/") })
}

// TestRoundTrip writes every bundled notice as TILT in each language and
// reads it back: every value of the notice the export report does not
// list comes back, at a place of the same kind; and every value the report
// says TILT cannot hold is truly not written (the document does not change
// when it is removed).
func TestRoundTrip(t *testing.T) {
	for _, name := range examples.Names() {
		n, err := examples.Load(name)
		require.NoError(t, err)
		for _, lang := range n.Languages {
			t.Run(name+"."+lang.String(), func(t *testing.T) {
				d, err := tilt.ExportLanguage(n, lang, tilt.Options{Date: fixedDate})
				require.NoError(t, err)
				back, _, err := tilt.Import(d.JSON)
				require.NoError(t, err)

				var lost, changed []string
				for _, e := range d.Report.Entries {
					switch e.Kind {
					case tilt.NoPlace:
						lost = append(lost, e.Notice)
					case tilt.Changed:
						changed = append(changed, e.Notice)
					}
				}
				have := map[fact]bool{}
				for _, f := range facts(back, lang) {
					have[f] = true
				}
				for ptr, f := range facts(n, lang) {
					if under(ptr, lost) || under(ptr, changed) {
						continue
					}
					assert.True(t, have[f], "%s (%q) is not in the report and did not come back", ptr, f.value)
				}

				// What the report says is lost is not in the document.
				for _, ptr := range lost {
					m := clone(t, n)
					require.True(t, zero(m, ptr), "the report names %s, which the notice has", ptr)
					again, err := tilt.ExportLanguage(m, lang, tilt.Options{Date: fixedDate})
					require.NoError(t, err)
					assert.Equal(t, string(d.JSON), string(again.JSON), "the report says %s has no place in TILT, but the document changes without it", ptr)
				}
			})
		}
	}
}

func clone(t *testing.T, n *notice.Notice) *notice.Notice {
	b, err := notice.EncodeJSON(n)
	require.NoError(t, err)
	m, err := notice.Decode(b)
	require.NoError(t, err)
	return m
}

// zero sets the value at ptr to its zero value.
func zero(n *notice.Notice, ptr string) bool {
	found := false
	notice.Walk(n, func(v notice.Value) bool {
		if v.Pointer() == ptr && v.V.CanSet() {
			v.V.Set(reflect.Zero(v.V.Type()))
			found = true
			return false
		}
		return !found
	})
	return found
}

// ecmaRegexp compiles a schema's pattern as ECMA 262 does, as JSON Schema
// says patterns are written.
func ecmaRegexp(s string) (jsonschema.Regexp, error) {
	re, err := regexp2.Compile(s, regexp2.ECMAScript)
	if err != nil {
		return nil, err
	}
	return (*ecma)(re), nil
}

type ecma regexp2.Regexp

func (re *ecma) MatchString(s string) bool {
	ok, err := (*regexp2.Regexp)(re).MatchString(s)
	return err == nil && ok
}

func (re *ecma) String() string { return (*regexp2.Regexp)(re).String() }
