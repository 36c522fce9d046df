// Package ajv holds a benchmark of seloste's full check from JSON bytes, to
// compare with Ajv's structural check of the same bytes against the notice
// JSON Schema (run.sh runs both and prints the ratios). Neither Node.js nor
// Ajv is needed by the module or its tests.
package ajv

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// BenchmarkFullCheck decodes each notice from its JSON bytes and validates
// it: what `seloste validate` does to a JSON file, less reading and placing
// findings. The files are those of the directory SELOSTE_AJV_DIR (run.sh
// writes the bundled examples there as JSON); without it, the bundled
// examples converted in memory.
func BenchmarkFullCheck(b *testing.B) {
	docs := map[string][]byte{}
	if dir := os.Getenv("SELOSTE_AJV_DIR"); dir != "" {
		files, err := filepath.Glob(filepath.Join(dir, "*.json"))
		if err != nil || len(files) == 0 {
			b.Fatalf("no .json files in %s", dir)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			docs[strings.TrimSuffix(filepath.Base(f), ".json")] = data
		}
	} else {
		files, _ := filepath.Glob("../../examples/notices/*.yaml")
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			n, err := notice.Decode(src)
			if err != nil {
				b.Fatal(err)
			}
			data, err := notice.EncodeJSON(n)
			if err != nil {
				b.Fatal(err)
			}
			docs[strings.TrimSuffix(filepath.Base(f), ".yaml")] = data
		}
	}
	for name, data := range docs {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				n, err := notice.Decode(data)
				if err != nil {
					b.Fatal(err)
				}
				_ = validate.Validate(n)
			}
		})
	}
}
