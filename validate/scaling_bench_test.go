package validate_test

import (
	"fmt"
	"testing"

	"github.com/seloste/seloste/internal/scaled"
	"github.com/seloste/seloste/validate"
)

// BenchmarkValidateScaling validates notices of 1, 10, 100 and 1,000
// activities (the kiva-koulu example's activities repeated). The cost per
// activity (ns/activity) at 1,000 should stay within 1.5 times the cost at
// 10: validation is linear in the notice.
func BenchmarkValidateScaling(b *testing.B) {
	for _, n := range scaled.Sizes {
		nt, err := scaled.Notice("kiva-koulu", n)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				validate.Validate(nt)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/activity")
		})
	}
}
