package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// The benchmarks use the largest fixture, kiva-koulu (ten activities).
// Rendering is compared with the untyped decoding of the same notice's JSON
// bytes (encoding/json into an any: the least a program reading the notice
// does), and the handler's serving of a cached rendering with
// http.ServeContent of the same bytes:
//
//	go test -run '^$' -bench 'UntypedDecode|Render|Handler|ServeContent' -benchmem ./render/

// BenchmarkUntypedDecode is the baseline of BenchmarkRender: encoding/json
// decoding kiva-koulu's canonical JSON into an any.
func BenchmarkUntypedDecode(b *testing.B) {
	src, err := notice.EncodeJSON(load(b, "kiva-koulu"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		var v any
		if err := json.Unmarshal(src, &v); err != nil {
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

// netWriter is an http.ResponseWriter that does, in process, what
// net/http's own does with a response: WriteHeader serializes the status
// line and the header (http.Header.Write, which sorts the keys as net/http
// does), the body goes through a 4 KB bufio.Writer as to a connection
// (here io.Discard), Write without WriteHeader means 200, and it is an
// io.ReaderFrom, as net/http's response is, so that io.Copy from a
// ServeContent needs no buffer of its own. Comparing two handlers on it
// compares what each asks of a real server, without the loopback's noise.
type netWriter struct {
	h       http.Header
	status  int
	conn    *bufio.Writer
	scratch [8]byte
}

func newNetWriter() *netWriter {
	return &netWriter{h: http.Header{}, conn: bufio.NewWriterSize(io.Discard, 4096)}
}

// reset readies w for the next request on the same connection.
func (w *netWriter) reset() {
	clear(w.h)
	w.status = 0
}

func (w *netWriter) Header() http.Header { return w.h }

func (w *netWriter) WriteHeader(code int) {
	if w.status != 0 {
		return
	}
	w.status = code
	w.conn.WriteString("HTTP/1.1 ")
	w.conn.Write(strconv.AppendInt(w.scratch[:0], int64(code), 10))
	w.conn.WriteString(" ")
	w.conn.WriteString(http.StatusText(code))
	w.conn.WriteString("\r\n")
	w.h.Write(w.conn)
	w.conn.WriteString("\r\n")
}

func (w *netWriter) Write(p []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.conn.Write(p)
}

func (w *netWriter) ReadFrom(r io.Reader) (int64, error) {
	w.WriteHeader(http.StatusOK)
	return w.conn.ReadFrom(r)
}

// finish ends the response, as net/http does when the handler returns.
func (w *netWriter) finish() {
	w.WriteHeader(http.StatusOK)
	w.conn.Flush()
}

// browser is a request as a browser sends it for a page in Swedish.
func browser() *http.Request {
	r := httptest.NewRequest("GET", "/", nil)
	r.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	r.Header.Set("Accept-Language", "sv-FI,sv;q=0.9,en;q=0.8")
	r.Header.Set("Accept-Encoding", "gzip, deflate, br")
	return r
}

// BenchmarkHandler serves kiva-koulu's Swedish page to a browser's request;
// BenchmarkServeContent serves the same bytes with http.ServeContent, with
// the same Content-Type and ETag set, to the same request on the same
// writer. Their ratio is the handler's cost over the standard library's.
func BenchmarkHandler(b *testing.B) {
	h, _ := kivaHandler(b)
	r := browser()
	w := newNetWriter()
	b.ReportAllocs()
	for b.Loop() {
		w.reset()
		h.ServeHTTP(w, r)
		w.finish()
	}
	if w.status != http.StatusOK || w.h.Get("Content-Language") != "sv" {
		b.Fatalf("status %d, language %q", w.status, w.h.Get("Content-Language"))
	}
}

func BenchmarkServeContent(b *testing.B) {
	n := load(b, "kiva-koulu")
	body, err := render(n, Options{Lang: language.Swedish, Format: Page})
	if err != nil {
		b.Fatal(err)
	}
	r := browser()
	w := newNetWriter()
	b.ReportAllocs()
	for b.Loop() {
		w.reset()
		w.h.Set("Content-Type", "text/html; charset=utf-8")
		w.h.Set("ETag", `"x"`)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
		w.finish()
	}
}

// BenchmarkHandlerUncached sends a different Accept-Language with every
// request, more than the handler's cache holds, so that every request is
// negotiated anew: the cost of a miss.
func BenchmarkHandlerUncached(b *testing.B) {
	h, _ := kivaHandler(b)
	reqs := make([]*http.Request, 4*cacheSlots)
	for i := range reqs {
		reqs[i] = browser()
		reqs[i].Header.Set("Accept-Language", fmt.Sprintf("de;q=0.%d, sv-FI, sv;q=0.9, en;q=0.8", i%10))
		reqs[i].Header.Set("Accept", fmt.Sprintf("text/html, */*;q=0.%d", i/10%10))
	}
	w := newNetWriter()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		w.reset()
		h.ServeHTTP(w, reqs[i%len(reqs)])
		w.finish()
		i++
	}
}

// BenchmarkHandlerBuild makes the handler of kiva-koulu: every language,
// layer and format.
func BenchmarkHandlerBuild(b *testing.B) {
	n := load(b, "kiva-koulu")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Handler(n, HandlerOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScaling renders kiva-koulu grown to 1, 10, 100 and 1,000
// activities (scaledNotice) in each format, and builds the handler of it,
// and reports the cost per activity (ns/activity), which should not grow
// with the number of activities:
//
//	go test -run '^$' -bench Scaling -benchmem ./render/
func BenchmarkScaling(b *testing.B) {
	sizes := []int{1, 10, 100, 1000}
	for _, tc := range []struct {
		name string
		run  func(*notice.Notice) error
	}{
		{"html", func(n *notice.Notice) error { _, err := render(n, Options{}); return err }},
		{"markdown", func(n *notice.Notice) error { _, err := render(n, Options{Format: Markdown}); return err }},
		{"text", func(n *notice.Notice) error { _, err := render(n, Options{Format: Text}); return err }},
		{"short", func(n *notice.Notice) error { _, err := render(n, Options{Layer: Short}); return err }},
		{"handler", func(n *notice.Notice) error { _, err := Handler(n, HandlerOptions{}); return err }},
	} {
		for _, size := range sizes {
			if tc.name == "handler" && size == 1000 && testing.Short() {
				continue
			}
			b.Run(fmt.Sprintf("%s/%d", tc.name, size), func(b *testing.B) {
				n := scaledNotice(b, "kiva-koulu", size)
				b.ReportAllocs()
				for b.Loop() {
					if err := tc.run(n); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(size), "ns/activity")
			})
		}
	}
}
