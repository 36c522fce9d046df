package notice_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/seloste/seloste/internal/scaled"
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

// BenchmarkDecodeScaling decodes a notice of 1, 10, 100 and 1,000 activities
// (the kiva-koulu example's activities repeated) from JSON and from YAML.
// The cost per activity (ns/activity) at 1,000 should stay within 1.5 times
// the cost at 10: decoding is linear in the document.
func BenchmarkDecodeScaling(b *testing.B) {
	for _, n := range scaled.Sizes {
		js, yml, err := scaled.Documents("kiva-koulu", n)
		if err != nil {
			b.Fatal(err)
		}
		for _, doc := range []struct {
			syntax string
			data   []byte
		}{{"json", js}, {"yaml", yml}} {
			b.Run(fmt.Sprintf("%s/%d", doc.syntax, n), func(b *testing.B) {
				b.SetBytes(int64(len(doc.data)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := notice.Decode(doc.data); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/activity")
			})
		}
	}
}

// BenchmarkDecodeRatio reports, in one run, typed decoding's cost as a ratio
// of untyped decoding of the same bytes with encoding/json into
// map[string]any (the goals: JSON within 1.2 times, YAML within 4
// times). The two are timed in turn in each iteration, so that both see the
// same state of the machine, each after a collection of the heap: each pays
// for the collections its own allocations start, none for the other's
// garbage (timed back to back, the ratio swung between 0.9 and 1.7 with
// where the collector happened to run).
func BenchmarkDecodeRatio(b *testing.B) {
	for _, name := range []string{"kiva-koulu", "vipu"} {
		js, yml, err := scaled.Documents(name, 10)
		if err != nil {
			b.Fatal(err)
		}
		for _, doc := range []struct {
			syntax string
			data   []byte
		}{{"json", js}, {"yaml", yml}} {
			b.Run(name+"/"+doc.syntax, func(b *testing.B) {
				var typed, untyped time.Duration
				for b.Loop() {
					// Each side starts from a collected heap, so that neither
					// pays for the garbage of the other.
					runtime.GC()
					t0 := time.Now()
					if _, err := notice.Decode(doc.data); err != nil {
						b.Fatal(err)
					}
					typed += time.Since(t0)
					runtime.GC()
					t1 := time.Now()
					var m map[string]any
					if err := json.Unmarshal(js, &m); err != nil {
						b.Fatal(err)
					}
					untyped += time.Since(t1)
				}
				b.ReportMetric(float64(typed)/float64(untyped), "x-untyped-json")
			})
		}
	}
}

// BenchmarkFormatYAMLScaling formats a notice of 1, 10, 100 and 1,000
// activities whose every mapping has its keys in reverse order, so that fmt
// reorders every one of them. The cost per activity (ns/activity) should
// stay flat: formatting is linear in the document.
func BenchmarkFormatYAMLScaling(b *testing.B) {
	for _, n := range scaled.Sizes {
		_, yml, err := scaled.Documents("kiva-koulu", n)
		if err != nil {
			b.Fatal(err)
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(yml, &doc); err != nil {
			b.Fatal(err)
		}
		var reverse func(*yaml.Node)
		reverse = func(x *yaml.Node) {
			if x.Kind == yaml.MappingNode {
				for i, j := 0, len(x.Content)-2; i < j; i, j = i+2, j-2 {
					x.Content[i], x.Content[j] = x.Content[j], x.Content[i]
					x.Content[i+1], x.Content[j+1] = x.Content[j+1], x.Content[i+1]
				}
			}
			for _, c := range x.Content {
				reverse(c)
			}
		}
		reverse(&doc)
		data, err := yaml.Marshal(&doc)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("activities=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := notice.FormatYAML(data); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/activity")
		})
	}
}
