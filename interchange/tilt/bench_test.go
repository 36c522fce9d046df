package tilt_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/interchange/tilt"
	"github.com/seloste/seloste/notice"
)

// The largest document of the corpus, and the notice it imports to: the
// baseline decodes that notice from its own canonical JSON.
func benchDoc(b *testing.B) ([]byte, []byte) {
	data, err := os.ReadFile(filepath.Join(interop, "corpus", "adobe.com.tilt.json"))
	if err != nil {
		b.Fatal(err)
	}
	n, _, err := tilt.Import(data)
	if err != nil {
		b.Fatal(err)
	}
	js, err := notice.EncodeJSON(n)
	if err != nil {
		b.Fatal(err)
	}
	return data, js
}

func BenchmarkImport(b *testing.B) {
	data, _ := benchDoc(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := tilt.Import(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImportBaseline decodes the imported notice from its canonical
// JSON: what reading the same content as a seloste document costs.
func BenchmarkImportBaseline(b *testing.B) {
	_, js := benchDoc(b)
	b.SetBytes(int64(len(js)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := notice.DecodeFormat(js, notice.JSON); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExport(b *testing.B) {
	n, err := examples.Load("kiva-koulu")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tilt.ExportLanguage(n, language.Finnish, tilt.Options{Date: fixedDate}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExportBaseline encodes the same notice as canonical JSON.
func BenchmarkExportBaseline(b *testing.B) {
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
