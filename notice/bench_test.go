package notice_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seloste/seloste/notice"
)

// BenchmarkDecode decodes each fixture from YAML and from JSON, beside plain
// encoding/json decoding of the same JSON into map[string]any, so that the
// cost of typed, strict decoding is a ratio.
func BenchmarkDecode(b *testing.B) {
	files, _ := filepath.Glob("../examples/notices/*.yaml")
	if len(files) == 0 {
		b.Skip("no fixtures")
	}
	for _, path := range files {
		yml, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		n, err := notice.Decode(yml)
		if err != nil {
			b.Fatal(err)
		}
		js, err := notice.EncodeJSON(n)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		b.Run(name+"/yaml", func(b *testing.B) {
			b.SetBytes(int64(len(yml)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := notice.Decode(yml); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/json", func(b *testing.B) {
			b.SetBytes(int64(len(js)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := notice.Decode(js); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/map", func(b *testing.B) {
			b.SetBytes(int64(len(js)))
			b.ReportAllocs()
			for b.Loop() {
				var m map[string]any
				if err := json.Unmarshal(js, &m); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
