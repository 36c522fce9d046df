package prose

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/seloste/seloste/notice"
)

// TestNothingDropped checks, for each seed and corpus notice, that every
// sentence of the source appears in the imported notice or its report: as
// a run of words in one value of the notice (a text, a name, an address, an
// e-mail address...), or as the heading of a section the report lists, or,
// for a line of contact details or a dated label that the import took
// apart ("Puhelinvaihde: 029 566 6700", "Laadittu 22.8.2023."), word for
// word among the values the report says it read from that line, less the
// labels the import recognises. Words are compared in lower case with
// numbers by value ("03" is "3"), and an e-mail address written "(at)"
// with "@": the import's own normalisations, and nothing more.
func TestNothingDropped(t *testing.T) {
	for _, c := range scoreCases {
		t.Run(c.name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(testdataDir, c.path))
			if err != nil {
				t.Fatal(err)
			}
			r := importCase(t, c)
			values := valuesOf(r.Notice)
			// Each value, and the values of one item (a party, a recipient,
			// a group) in document order, which together may hold a sentence
			// the import split into fields ("**name**, description").
			var streams [][]string
			items := map[string][]string{}
			var order []string
			for _, v := range values {
				streams = append(streams, tokens(v.s))
				k := itemKey(v.ptr)
				if _, ok := items[k]; !ok {
					order = append(order, k)
				}
				if v.text {
					items[k] = append(items[k], tokens(v.s)...)
				}
			}
			for _, k := range order {
				streams = append(streams, items[k])
			}
			// The report's own text of what it could not place, and of the
			// label lines it read a date from.
			for _, e := range r.Report.Entries {
				if e.Kind == Unplaced || e.Pointer == "/updated" || e.Pointer == "/prepared" || e.Pointer == "/published" || e.Pointer == "/effective" {
					streams = append(streams, tokens(e.Text))
				}
			}
			headings := map[int][]string{}
			for _, s := range r.Report.Sections {
				headings[s.Line] = tokens(s.Heading)
			}
			missing := 0
			for i, ln := range strings.Split(string(src), "\n") {
				n := i + 1
				for _, sent := range sourceSentences(ln) {
					tok := tokens(sent)
					if len(tok) == 0 {
						continue
					}
					if containsRun(headings[n], tok) || anyRun(streams, tok) {
						continue
					}
					if coveredAtLine(r.Report, values, n, tok) {
						continue
					}
					missing++
					if missing <= 10 {
						t.Errorf("%s:%d: not in the notice or its report: %q", c.path, n, sent)
					}
				}
			}
			if missing > 10 {
				t.Errorf("%s: %d sentences in all not found", c.path, missing)
			}
		})
	}
}

// itemKey is the pointer of the item a value belongs to: "/controller"
// for "/controller/address/0", ".../dataSubjects/0" for ".../dataSubjects/0/name".
func itemKey(ptr string) string {
	segs := strings.Split(ptr, "/")
	if n := len(segs); n > 1 {
		if _, err := strconv.Atoi(segs[n-1]); err == nil {
			segs = segs[:n-1]
		}
	}
	if n := len(segs); n > 1 {
		segs = segs[:n-1]
	}
	return strings.Join(segs, "/")
}

// A value is one string of a notice with its pointer.
type value struct {
	ptr  string
	s    string
	text bool // a text or name, not a code or an address
}

// valuesOf lists every string of a notice: each language of every text and
// name, and every plain string (e-mail, telephone, URL, codes, statutes).
func valuesOf(n *notice.Notice) []value {
	var out []value
	notice.Walk(n, func(v notice.Value) bool {
		switch x := v.V.Interface().(type) {
		case notice.Text:
			for _, tag := range x.Tags() {
				out = append(out, value{v.Pointer(), x[tag], true})
			}
		case notice.Name:
			for _, tag := range x.Tags() {
				out = append(out, value{v.Pointer(), x[tag], true})
			}
		case notice.Date:
			out = append(out, value{v.Pointer(), x.String(), false})
		default:
			if v.V.Kind() == reflect.String {
				out = append(out, value{v.Pointer(), v.V.String(), false})
			}
		}
		return true
	})
	return out
}

var (
	listMarkRE = regexp.MustCompile(`^\s*(?:#{1,6}\s+|[-*•·▪◦+]\s+)?(?:\d{1,3}[.)]\s+|[A-Za-z][.)]\s+)?`)
	mdLinkTest = regexp.MustCompile(`\[([^\]]*)\]\(#[^)]*\)`)
	atTest     = regexp.MustCompile(`(?i)\s?\((at)\)\s?|\s?\[at\]\s?`)
)

// sourceSentences splits one source line into sentences, its heading or
// list marker and in-page link targets dropped.
func sourceSentences(ln string) []string {
	ln = listMarkRE.ReplaceAllString(ln, "")
	ln = mdLinkTest.ReplaceAllString(ln, "$1")
	ln = atTest.ReplaceAllString(ln, "@")
	return splitSentences(strings.TrimSpace(ln))
}

// tokens are the words of s in lower case, numbers by value.
func tokens(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		if n, err := strconv.Atoi(w); err == nil {
			w = strconv.Itoa(n)
		}
		out = append(out, w)
	}
	return out
}

func anyRun(streams [][]string, run []string) bool {
	for _, s := range streams {
		if containsRun(s, run) {
			return true
		}
	}
	return false
}

// containsRun reports whether run occurs in s as consecutive words.
func containsRun(s, run []string) bool {
	for i := 0; i+len(run) <= len(s); i++ {
		ok := true
		for j := range run {
			if s[i+j] != run[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// coveredAtLine reports whether every word of a line that the import took
// apart is among the values it read from that line or the lines just
// before it (a contact block, a label above its value), or is a label the
// import recognises.
func coveredAtLine(rep *Report, values []value, n int, tok []string) bool {
	have := map[string]bool{}
	for _, s := range rep.Sections {
		if s.Line == n {
			for _, w := range tokens(s.Heading) {
				have[w] = true
			}
		}
	}
	for _, e := range rep.Entries {
		if e.Line < n-6 || e.Line > n || e.Pointer == "" {
			continue
		}
		for _, v := range values {
			if v.ptr == e.Pointer || strings.HasPrefix(v.ptr, e.Pointer+"/") {
				for _, w := range tokens(v.s) {
					have[w] = true
				}
			}
		}
	}
	for _, w := range tok {
		if have[w] || isLabelWord(w) {
			continue
		}
		return false
	}
	return true
}

// isLabelWord reports whether a word is one of the labels the import
// recognises and turns into structure: contact labels and the words that
// date a notice.
func isLabelWord(w string) bool {
	for label := range contactLabels {
		for _, lw := range tokens(label) {
			if lw == w {
				return true
			}
		}
	}
	if trailingLabelRE.MatchString("1 (" + w + ")") {
		return true
	}
	for _, l := range dateLabels {
		if l.re.MatchString(w) && len(w) > 3 {
			return true
		}
	}
	return false
}
