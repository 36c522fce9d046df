package diff_test

import (
	"fmt"
	"io"
	"slices"
	"testing"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/diff"
	"github.com/seloste/seloste/internal/scaled"
	"github.com/seloste/seloste/notice"
)

// BenchmarkCompareScaling measures how comparing two versions of a notice,
// and writing the Markdown changelog, grows with the number of activities:
// the new version has every activity renamed and the list reversed, so that
// every pair is found by its key and every activity holds a change. The
// cost per activity (ns/op divided by the size) should stay flat.
func BenchmarkCompareScaling(b *testing.B) {
	for _, n := range scaled.Sizes {
		old, err := scaled.Notice("kiva-koulu", n)
		if err != nil {
			b.Fatal(err)
		}
		nw, err := scaled.Notice("kiva-koulu", n)
		if err != nil {
			b.Fatal(err)
		}
		acts := slices.Clone(nw.Activities)
		slices.Reverse(acts)
		for i := range acts {
			name := notice.Text{}
			for tag, s := range acts[i].Name {
				name[tag] = s + " (renamed)"
			}
			acts[i].Name = name
		}
		nw.Activities = acts
		b.Run(fmt.Sprintf("activities=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := diff.NewReport(old, nw, language.English).WriteMarkdown(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/activity")
		})
	}
}
