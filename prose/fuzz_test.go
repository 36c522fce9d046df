package prose_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/prose"
)

// FuzzImport imports arbitrary bytes as text, Markdown and HTML. Whatever
// the source, Import returns a result or one of its documented errors, never
// a panic; a result's notice passes Check, its YAML decodes to the same
// notice, and the YAML is bounded by the source's size. The seeds are the
// project's seed and corpus notices and a few hostile shapes.
//
//	go test ./prose -run '^$' -fuzz FuzzImport -fuzztime 10m
//
// Under the fuzzer's coverage instrumentation the import's many
// case-insensitive regular expressions run slowly (well under one execution
// a second on two cores): as a test over its seeds it is quick, and it is
// worth running long where time allows.
func FuzzImport(f *testing.F) {
	for _, dir := range []string{"seeds", "corpus"} {
		files, _ := filepath.Glob(filepath.Join("..", "testdata", "prose", dir, "*"))
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil {
				// The opening of each notice: its heading, controller and
				// first sections. Whole notices take the instrumented import
				// seconds each, and the fuzzer finds nothing at that pace.
				if len(data) > 800 {
					data = data[:bytes.LastIndexByte(data[:800], '\n')+1]
				}
				f.Add(data, uint8(0))
			}
		}
	}
	for _, s := range []string{
		"", "\x00", "# \n## \n### x", "<h1>Rekisterinpitäjä</h1><p>\x1b]8;;http://x\x1b\\</p>",
		"Rekisterinpitäjä\n\nEsimerkki Oy\n(at)\nPL 1, 00100 Helsinki\n+358 9 123 4567",
		"<script>alert(1)</script><a href=\"javascript:x\">x</a>",
		"1. 2. 3.\n\n- - -\n\n> > >", "6 artiklan 1 kohdan a alakohta 1050/2018 4 §",
	} {
		f.Add([]byte(s), uint8(0))
	}
	formats := []prose.Format{prose.Text, prose.Markdown, prose.HTML}
	f.Fuzz(func(t *testing.T, src []byte, which uint8) {
		if len(src) > 4<<10 {
			return // the cost grows linearly (BenchmarkImportScaling); small inputs find more
		}
		format := formats[int(which)%len(formats)]
		res, err := prose.Import(src, prose.Options{Format: format, Source: "fuzz"})
		if err != nil {
			if !errors.Is(err, prose.ErrTooLarge) && !errors.Is(err, prose.ErrInvalidUTF8) && !errors.Is(err, prose.ErrEmpty) {
				t.Fatalf("%v: an error Import does not document: %v", format, err)
			}
			if utf8.Valid(src) && errors.Is(err, prose.ErrInvalidUTF8) {
				t.Fatalf("%v: valid UTF-8 called invalid", format)
			}
			return
		}
		if err := res.Notice.Check(); err != nil {
			t.Fatalf("%v: the notice fails Check: %v", format, err)
		}
		back, err := notice.Decode(res.YAML)
		if err != nil {
			t.Fatalf("%v: the YAML does not decode: %v\n%s", format, err, res.YAML)
		}
		a, errA := notice.EncodeJSON(res.Notice)
		b, errB := notice.EncodeJSON(back)
		if errA != nil || errB != nil || !bytes.Equal(a, b) {
			t.Fatalf("%v: the YAML holds another notice than Notice", format)
		}
		// Every value comes from the source, with a comment of bounded
		// length and the template's fixed frame: the YAML is bounded by a
		// constant times the source.
		if limit := 64*len(src) + 8<<10; len(res.YAML) > limit {
			t.Fatalf("%v: %d bytes of YAML from %d of source", format, len(res.YAML), len(src))
		}
	})
}
