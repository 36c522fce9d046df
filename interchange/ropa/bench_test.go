package ropa_test

import (
	"io"
	"testing"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/interchange/ropa"
)

func benchRecord(b *testing.B) *ropa.Record {
	n, err := examples.Load("kiva-koulu")
	if err != nil {
		b.Fatal(err)
	}
	r, err := ropa.Build(n, language.Finnish)
	if err != nil {
		b.Fatal(err)
	}
	return r
}

func BenchmarkBuild(b *testing.B) {
	n, err := examples.Load("kiva-koulu")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ropa.Build(n, language.Finnish); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteCSV is the baseline of BenchmarkWriteXLSX: the same record.
func BenchmarkWriteCSV(b *testing.B) {
	r := benchRecord(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := r.WriteCSV(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteXLSX(b *testing.B) {
	r := benchRecord(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := r.WriteXLSX(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
