package dpv_test

import (
	"testing"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/interchange/dpv"
	"github.com/seloste/seloste/notice"
)

func BenchmarkEncode(b *testing.B) {
	n, err := examples.Load("kiva-koulu")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dpv.Encode(n); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeBaseline encodes the same notice as canonical JSON.
func BenchmarkEncodeBaseline(b *testing.B) {
	n, err := examples.Load("kiva-koulu")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := notice.EncodeJSON(n); err != nil {
			b.Fatal(err)
		}
	}
}
