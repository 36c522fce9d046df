package notice_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/seloste/seloste/notice"
)

// wideJSON and wideYAML are objects of twenty members, k0 to k19 (k3 twice
// in JSON).
var wideJSON, wideYAML = func() (string, string) {
	var j, y strings.Builder
	j.WriteString("{")
	for i := range 20 {
		if i > 0 {
			j.WriteString(",")
		}
		fmt.Fprintf(&j, `"k%d":%d`, i, i)
		if i == 3 {
			j.WriteString(`,"k3":33`)
		}
		fmt.Fprintf(&y, "k%d: %d\n", i, i)
	}
	j.WriteString("}")
	return j.String(), y.String()
}()

func TestLocatorRegion(t *testing.T) {
	yml := "# a comment\n" +
		"title: Tietosuojaseloste\n" + // 2
		"languages: [fi, sv]\n" + // 3
		"ääkköset: \"a\\\"b\" # comment\n" + // 4
		"quoted: 'it''s'\n" + // 5
		"folded: >-\n  one\n  two\n\n" + // 6-9
		"plain: first\n  second line\n" + // 10-11
		"tagged: !!str 12\n" + // 12
		"empty:\n" + // 13
		"activities:\n" + // 14
		"  - id: a\n" + // 15
		"    name: {fi: N, sv: M}\n" + // 16
		"  - id: b  # last\n" // 17
	js := "{\n  \"title\": \"T\",\n  \"activities\": [\n    {\"id\": \"ä\", \"n\": [1, 2]},\n    {}\n  ]\n}\n"
	tests := []struct {
		name string
		data string
		ptr  string
		want notice.Region
	}{
		{"yaml member: from the key to the value's end", yml, "/title", notice.Region{2, 1, 2, 25}},
		{"yaml flow sequence", yml, "/languages", notice.Region{3, 1, 3, 20}},
		{"yaml flow sequence item", yml, "/languages/1", notice.Region{3, 17, 3, 19}},
		{"yaml double-quoted with an escape, after two-byte characters", yml, "/ääkköset", notice.Region{4, 1, 4, 17}},
		{"yaml single-quoted with a doubled quote", yml, "/quoted", notice.Region{5, 1, 5, 16}},
		{"yaml folded block scalar ends on its last line", yml, "/folded", notice.Region{6, 1, 8, 6}},
		{"yaml multi-line plain scalar", yml, "/plain", notice.Region{10, 1, 11, 14}},
		{"yaml tag before the value", yml, "/tagged", notice.Region{12, 1, 12, 17}},
		{"yaml empty value", yml, "/empty", notice.Region{13, 1, 13, 7}},
		{"yaml list item: a block mapping to its last value", yml, "/activities/0", notice.Region{15, 5, 16, 25}},
		{"yaml flow mapping in a block mapping", yml, "/activities/0/name", notice.Region{16, 5, 16, 25}},
		{"yaml block sequence ends before a trailing comment", yml, "/activities", notice.Region{14, 1, 17, 10}},
		{"yaml missing member: the nearest parent", yml, "/activities/1/purposes/0", notice.Region{17, 5, 17, 10}},
		{"yaml document", yml, "", notice.Region{2, 1, 17, 10}},
		{"json member", js, "/title", notice.Region{2, 3, 2, 15}},
		{"json object in an array", js, "/activities/0", notice.Region{4, 5, 4, 29}},
		{"json member after a two-byte character", js, "/activities/0/n", notice.Region{4, 17, 4, 28}},
		{"json array element", js, "/activities/0/n/1", notice.Region{4, 26, 4, 27}},
		{"json empty object", js, "/activities/1", notice.Region{5, 5, 5, 7}},
		{"json document", js, "", notice.Region{1, 1, 7, 2}},
		{"json missing element: the nearest parent", js, "/activities/7", notice.Region{3, 3, 6, 4}},
		{"json name with an escape", "{\"a\\u002fb\": [1], \"c~d\": 2}", "/a~1b/0", notice.Region{1, 15, 1, 16}},
		{"json name with a tilde", "{\"a\\u002fb\": [1], \"c~d\": 2}", "/c~0d", notice.Region{1, 19, 1, 27}},
		{"json object of many members, looked up by map", wideJSON, "/k17", notice.Region{1, 143, 1, 151}},
		{"json object of many members, a name repeated: the first", wideJSON, "/k3", notice.Region{1, 23, 1, 29}},
		{"yaml mapping of many keys, looked up by map", wideYAML, "/k17", notice.Region{18, 1, 18, 8}},
		{"yaml mapping of many keys, a key missing", wideYAML, "/k99/x", notice.Region{1, 1, 20, 8}},
		{"json array index written with a leading zero is not an index", js, "/activities/01", notice.Region{3, 3, 6, 4}},
		{"yaml after a byte order mark", "\ufeffa: x\nb: 'y'\n", "/a", notice.Region{1, 1, 1, 5}},
		{"yaml block scalar whose header has a comment", "a: | # c\n  x\nb: >- # d\n  y\n  z\n", "/b", notice.Region{3, 1, 5, 4}},
		{"not a document", "{\"a\": [", "/a", notice.Region{}},
		{"empty", "", "", notice.Region{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := notice.NewLocator([]byte(tt.data))
			assert.Equal(t, tt.want, l.Region(tt.ptr))
			line, col := l.Locate(tt.ptr)
			assert.Equal(t, [2]int{tt.want.StartLine, tt.want.StartColumn}, [2]int{line, col}, "Locate is the region's start")
		})
	}
}

// textIndex turns lines and columns (in characters) of a document into
// byte offsets, independently of the Locator's own index.
type textIndex struct {
	runeAt    []int // byte offset of each character, and of the end
	lineStart []int // character index of each line's start
}

func newTextIndex(data []byte) textIndex {
	x := textIndex{lineStart: []int{0}}
	for i, r := range string(data) {
		x.runeAt = append(x.runeAt, i)
		if r == '\n' {
			x.lineStart = append(x.lineStart, len(x.runeAt))
		}
	}
	x.runeAt = append(x.runeAt, len(data))
	return x
}

func (x textIndex) offset(line, col int) int { return x.runeAt[x.lineStart[line-1]+col-1] }

// regionText returns the text of a region, its first line indented to its
// column so that YAML reads it as it stands in the document.
func regionText(data []byte, x textIndex, r notice.Region) string {
	start, end := x.offset(r.StartLine, r.StartColumn), x.offset(r.EndLine, r.EndColumn)
	return strings.Repeat(" ", r.StartColumn-1) + string(data[start:end])
}

// walkValues calls fn with the pointer of every value in v, and whether it is
// an object member.
func walkValues(v any, ptr string, member bool, fn func(ptr string, member bool, v any)) {
	fn(ptr, member, v)
	switch v := v.(type) {
	case map[string]any:
		for k, c := range v {
			walkValues(c, ptr+"/"+strings.ReplaceAll(strings.ReplaceAll(k, "~", "~0"), "/", "~1"), true, fn)
		}
	case []any:
		for i, c := range v {
			walkValues(c, ptr+"/"+strconv.Itoa(i), false, fn)
		}
	}
}

func lastToken(ptr string) string {
	tok := ptr[strings.LastIndexByte(ptr, '/')+1:]
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~1", "/"), "~0", "~")
}

// TestLocatorRegionHoldsTheValue checks every value of every bundled example,
// in YAML, indented JSON and one-line JSON: the text of its region, read on
// its own, is the value (with its name, for a member), and the region ends
// on the value's last character.
func TestLocatorRegionHoldsTheValue(t *testing.T) {
	files, err := filepath.Glob("../examples/notices/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		yml, err := os.ReadFile(path)
		require.NoError(t, err)
		n, err := notice.Decode(yml)
		require.NoError(t, err)
		indented, err := notice.EncodeJSON(n)
		require.NoError(t, err)
		var compact bytes.Buffer
		require.NoError(t, json.Compact(&compact, indented))
		for _, doc := range []struct{ syntax, data string }{{"yaml", string(yml)}, {"json", string(indented)}, {"one-line json", compact.String()}} {
			t.Run(filepath.Base(path)+"/"+doc.syntax, func(t *testing.T) {
				data := []byte(doc.data)
				unmarshal := yaml.Unmarshal
				if doc.syntax != "yaml" {
					unmarshal = json.Unmarshal
				}
				var whole any
				require.NoError(t, unmarshal(data, &whole))
				x := newTextIndex(data)
				l := notice.NewLocator(data)
				checked := 0
				walkValues(whole, "", false, func(ptr string, member bool, v any) {
					r := l.Region(ptr)
					require.NotZero(t, r.StartLine, ptr)
					text := regionText(data, x, r)
					last, _ := utf8.DecodeLastRuneInString(text)
					assert.NotContains(t, " \t\r\n", string(last), "%s: the region ends on the value, not after it", ptr)
					if len(strings.TrimLeft(text, " ")) > 2000 {
						return // a large object or list: its end is its last value's, checked there
					}
					if doc.syntax != "yaml" {
						text = strings.TrimLeft(text, " ")
						if member {
							text = "{" + text + "}"
						}
					}
					var got any
					if !assert.NoError(t, unmarshal([]byte(text), &got), "%s: %q", ptr, text) {
						return
					}
					want := v
					if member {
						want = map[string]any{lastToken(ptr): v}
					}
					assert.Equal(t, want, got, "%s: %q", ptr, text)
					checked++
				})
				assert.Greater(t, checked, 300)
			})
		}
	}
}

// locatorFixture is a notice of n activities, each a copy of part of the
// reference notice's first one (so that 1,000 fit in a document) with its
// own id, in JSON and YAML, and the pointers of a
// few findings per activity: members that exist, one that is missing, a list
// item.
func locatorFixture(tb testing.TB, n int) (js, yml []byte, ptrs []string) {
	tb.Helper()
	ref, err := os.ReadFile("../testdata/validate/reference.yaml")
	require.NoError(tb, err)
	base, err := notice.Decode(ref)
	require.NoError(tb, err)
	acts := make([]notice.Activity, n)
	for i := range acts {
		a := base.Activities[0]
		acts[i] = notice.Activity{ID: fmt.Sprintf("activity-%d", i), Name: a.Name, Purposes: a.Purposes,
			DataSubjects: a.DataSubjects, DataCategories: a.DataCategories,
			Shared: notice.Shared{LegalBases: a.LegalBases, Retention: a.Retention}}
		p := fmt.Sprintf("/activities/%d", i)
		ptrs = append(ptrs, p+"/id", p+"/name", p+"/legalBases/0/basis", p+"/nothingHere", p+"/purposes/0")
	}
	base.Activities = acts
	js, err = notice.EncodeJSON(base)
	require.NoError(tb, err)
	yml, err = notice.EncodeYAML(base)
	require.NoError(tb, err)
	return js, yml, ptrs
}

// TestLocatorScalesLinearly places five findings per activity in notices of
// 10 and 100 activities and counts allocations, which, unlike time, are the
// same on every run: ten times the document and the findings must cost about
// ten times as much, where reading the document again for every finding
// costs a hundred times.
func TestLocatorScalesLinearly(t *testing.T) {
	allocs := func(data []byte, ptrs []string) float64 {
		return testing.AllocsPerRun(1, func() {
			l := notice.NewLocator(data)
			for _, p := range ptrs {
				if r := l.Region(p); r.StartLine == 0 {
					t.Fatalf("%s not placed", p)
				}
			}
		})
	}
	js10, yml10, ptrs10 := locatorFixture(t, 10)
	js100, yml100, ptrs100 := locatorFixture(t, 100)
	for _, tt := range []struct {
		syntax     string
		small, big []byte
	}{{"json", js10, js100}, {"yaml", yml10, yml100}} {
		ratio := allocs(tt.big, ptrs100) / allocs(tt.small, ptrs10)
		assert.Less(t, ratio, 15.0, "%s: allocations grow %.1f times for ten times the input", tt.syntax, ratio)
	}

	// A document with nothing to place is not read.
	assert.LessOrEqual(t, testing.AllocsPerRun(3, func() { notice.NewLocator(js100) }), 1.0)
}

// BenchmarkLocate places five findings per activity, as "seloste validate"
// does, in notices of 1, 10, 100 and 1,000 activities, in JSON and in YAML:
// read the document once and place every pointer with its region. The
// ns/activity metric should stay flat as the notice grows.
func BenchmarkLocate(b *testing.B) {
	for _, n := range []int{1, 10, 100, 1000} {
		js, yml, ptrs := locatorFixture(b, n)
		for _, doc := range []struct {
			syntax string
			data   []byte
		}{{"json", js}, {"yaml", yml}} {
			b.Run(fmt.Sprintf("%s/%d", doc.syntax, n), func(b *testing.B) {
				b.SetBytes(int64(len(doc.data)))
				b.ReportAllocs()
				for b.Loop() {
					l := notice.NewLocator(doc.data)
					for _, p := range ptrs {
						if r := l.Region(p); r.StartLine == 0 {
							b.Fatalf("%s not placed", p)
						}
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/activity")
			})
		}
	}
}

// TestLocatorConcurrent asks one Locator from several goroutines at once, the
// first asks racing to read the document (run with -race).
func TestLocatorConcurrent(t *testing.T) {
	js, yml, ptrs := locatorFixture(t, 3)
	for _, data := range [][]byte{js, yml} {
		l := notice.NewLocator(data)
		want := notice.NewLocator(data)
		done := make(chan bool)
		for range 4 {
			go func() {
				ok := true
				for _, p := range ptrs {
					ok = ok && l.Region(p) == want.Region(p)
				}
				done <- ok
			}()
		}
		for range 4 {
			assert.True(t, <-done)
		}
	}
}

// BenchmarkLocateWide places every member of one object of n members, the
// shape of a hostile document: the cost per member stays flat.
func BenchmarkLocateWide(b *testing.B) {
	for _, n := range []int{10, 1000, 100000} {
		var j strings.Builder
		ptrs := make([]string, n)
		j.WriteString("{")
		for i := range n {
			if i > 0 {
				j.WriteString(",")
			}
			fmt.Fprintf(&j, `"m%d":%d`, i, i)
			ptrs[i] = fmt.Sprintf("/m%d", i)
		}
		j.WriteString("}")
		data := []byte(j.String())
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				l := notice.NewLocator(data)
				for _, p := range ptrs {
					if l.Region(p).StartLine == 0 {
						b.Fatal(p)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/member")
		})
	}
}

// TestDecodeLocated: the Locator that DecodeLocated returns places every
// value of every bundled notice, and every pointer of no value, where a
// Locator that reads the document itself does; in YAML, in JSON, with a
// byte order mark and from schema version 1.
func TestDecodeLocated(t *testing.T) {
	files, err := filepath.Glob("../examples/notices/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		yml, err := os.ReadFile(path)
		require.NoError(t, err)
		n, err := notice.Decode(yml)
		require.NoError(t, err)
		js, err := notice.EncodeJSON(n)
		require.NoError(t, err)
		var ptrs []string
		notice.Walk(n, func(v notice.Value) bool {
			ptrs = append(ptrs, v.Pointer(), v.Pointer()+"/nothingHere")
			return true
		})
		for _, doc := range []struct {
			name string
			data []byte
			f    notice.Format
		}{
			{"yaml", yml, notice.YAML},
			{"json", js, notice.JSON},
			{"bom", append([]byte("\ufeff"), yml...), notice.Auto},
		} {
			t.Run(filepath.Base(path)+"/"+doc.name, func(t *testing.T) {
				got, loc, err := notice.DecodeLocated(doc.data, doc.f)
				require.NoError(t, err)
				assert.Equal(t, n, got)
				own := notice.NewLocator(doc.data)
				for _, p := range ptrs {
					require.Equal(t, own.Region(p), loc.Region(p), "%s", p)
				}
			})
		}
	}
	v1 := []byte("schemaVersion: \"1\"\nlanguages: [fi]\ntitle: T\ncontroller:\n  name: C\n  businessId: 1234567-1\nactivities:\n  - id: a\n    name: N\n")
	_, loc, err := notice.DecodeLocated(v1, notice.YAML)
	require.NoError(t, err)
	assert.Equal(t, notice.NewLocator(v1).Region("/controller/businessId"), loc.Region("/controller/businessId"),
		"a version 1 document is placed as written")
	_, loc, err = notice.DecodeLocated([]byte("a: ["), notice.YAML)
	assert.Error(t, err)
	assert.Nil(t, loc)
}

// BenchmarkPlaceFindings decodes a notice of 100 activities and places five
// findings per activity, with a Locator that reads the document again
// (NewLocator) and with the one DecodeLocated returns, in turn in each
// iteration; x-reread is the second's time over the first's.
func BenchmarkPlaceFindings(b *testing.B) {
	js, yml, ptrs := locatorFixture(b, 100)
	for _, doc := range []struct {
		syntax string
		data   []byte
		f      notice.Format
	}{{"json", js, notice.JSON}, {"yaml", yml, notice.YAML}} {
		b.Run(doc.syntax, func(b *testing.B) {
			b.ReportAllocs()
			var reread, reused time.Duration
			place := func(l *notice.Locator) {
				for _, p := range ptrs {
					if r := l.Region(p); r.StartLine == 0 {
						b.Fatalf("%s not placed", p)
					}
				}
			}
			for b.Loop() {
				t0 := time.Now()
				if _, err := notice.DecodeFormat(doc.data, doc.f); err != nil {
					b.Fatal(err)
				}
				place(notice.NewLocator(doc.data))
				t1 := time.Now()
				_, l, err := notice.DecodeLocated(doc.data, doc.f)
				if err != nil {
					b.Fatal(err)
				}
				place(l)
				reread += t1.Sub(t0)
				reused += time.Since(t1)
			}
			b.ReportMetric(float64(reused)/float64(reread), "x-reread")
		})
	}
}

// TestLocatorYAMLLineBreaks: the YAML parser ends a line at a carriage
// return alone, NEL, LS and PS too; the Locator counts lines as it does,
// so that a place after one is the place of the right bytes.
func TestLocatorYAMLLineBreaks(t *testing.T) {
	for _, brk := range []string{"\r", "\u0085", "\u2028", "\u2029"} {
		doc := "activities:\n  - id: A\n    name: \"a" + brk + "b\"\nlanguages: [fi]\nschemaVersion: \"2\"\ntitle: Tee\n"
		_, err := notice.Decode([]byte(doc))
		require.NoError(t, err, "%q", brk)
		l := notice.NewLocator([]byte(doc))
		assert.Equal(t, notice.Region{StartLine: 7, StartColumn: 1, EndLine: 7, EndColumn: 11}, l.Region("/title"), "%q", brk)
		assert.Equal(t, notice.Region{StartLine: 6, StartColumn: 1, EndLine: 6, EndColumn: 19}, l.Region("/schemaVersion"), "%q", brk)
		assert.Equal(t, notice.Region{StartLine: 3, StartColumn: 5, EndLine: 4, EndColumn: 3}, l.Region("/activities/0/name"), "%q", brk)
	}
}
