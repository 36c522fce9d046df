package prose

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkImport imports each seed and corpus notice; ns/KB is the time
// per kilobyte of source.
func BenchmarkImport(b *testing.B) {
	for _, c := range scoreCases {
		src, err := os.ReadFile(filepath.Join(testdataDir, c.path))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) { benchImport(b, src, c.format) })
	}
}

// BenchmarkImportScaling imports the same notice once and repeated 8 and 32
// times: with cost linear in the source, ns/KB stays the same.
func BenchmarkImportScaling(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(testdataDir, scoreCases[2].path))
	if err != nil {
		b.Fatal(err)
	}
	for _, k := range []int{1, 8, 32} {
		big := bytes.Repeat(append(src, '\n'), k)
		b.Run(fmt.Sprintf("x%d", k), func(b *testing.B) { benchImport(b, big, Text) })
	}
}

// BenchmarkImportFormats imports one notice written as text, Markdown and HTML.
func BenchmarkImportFormats(b *testing.B) {
	for _, c := range []struct {
		f   Format
		src string
	}{{Text, sampleText}, {Markdown, sampleMarkdown}, {HTML, sampleHTML}} {
		b.Run(c.f.String(), func(b *testing.B) { benchImport(b, []byte(c.src), c.f) })
	}
}

func benchImport(b *testing.B, src []byte, f Format) {
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Import(src, Options{Format: f}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/(float64(len(src))/1024), "ns/KB")
}
