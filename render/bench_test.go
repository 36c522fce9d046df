package render

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
)

// The benchmarks use the largest fixture, kiva-koulu (ten activities).
// Rendering is compared with decoding the same notice, and the handler's
// serving of a cached rendering with http.ServeContent of the same bytes:
//
//	go test -run '^$' -bench . -benchmem ./render/

func BenchmarkDecode(b *testing.B) {
	src, err := examples.Source("kiva-koulu")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := notice.Decode(src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRender(b *testing.B) {
	n := load(b, "kiva-koulu")
	for _, tc := range []struct {
		name string
		opts Options
	}{
		{"html", Options{}},
		{"page", Options{Format: Page, Stylesheet: true}},
		{"markdown", Options{Format: Markdown}},
		{"text", Options{Format: Text}},
		{"html-short", Options{Layer: Short}},
		{"html-sv", Options{Lang: language.Swedish}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for b.Loop() {
				out, err := render(n, tc.opts)
				if err != nil {
					b.Fatal(err)
				}
				size = len(out)
			}
			b.SetBytes(int64(size))
		})
	}
}

// discard is a ResponseWriter that keeps nothing, so that the benchmarks
// below measure the handlers alone.
type discard struct{ h http.Header }

func (d *discard) Header() http.Header         { return d.h }
func (d *discard) Write(p []byte) (int, error) { return len(p), nil }
func (d *discard) WriteHeader(int)             {}

func BenchmarkHandler(b *testing.B) {
	h, _ := kivaHandler(b)
	r := httptest.NewRequest("GET", "/", nil)
	r.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	r.Header.Set("Accept-Language", "sv-FI,sv;q=0.9,en;q=0.8")
	w := &discard{h: http.Header{}}
	b.ReportAllocs()
	for b.Loop() {
		clear(w.h)
		h.ServeHTTP(w, r)
	}
}

func BenchmarkServeContent(b *testing.B) {
	n := load(b, "kiva-koulu")
	body, err := render(n, Options{Lang: language.Swedish, Format: Page})
	if err != nil {
		b.Fatal(err)
	}
	r := httptest.NewRequest("GET", "/", nil)
	w := &discard{h: http.Header{}}
	b.ReportAllocs()
	for b.Loop() {
		clear(w.h)
		w.h.Set("Content-Type", "text/html; charset=utf-8")
		w.h.Set("ETag", `"x"`)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
	}
}
