package tilt_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/seloste/seloste/interchange/tilt"
	"github.com/seloste/seloste/notice"
)

// FuzzImport: whatever the input, Import does not panic; what it imports
// encodes and decodes to the same notice.
func FuzzImport(f *testing.F) {
	for _, name := range []string{filepath.Join(interop, "tilt-example.json"), filepath.Join(interop, "corpus", "amazon.com.tilt.json")} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"meta":{"language":"en"},"dataDisclosed":[{"category":"\u202e","legalBases":[{"reference":"GDPR-6-1-a"},{"reference":"BDSG-26-1-2-3"}]}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, r, err := tilt.Import(data)
		if err != nil {
			return
		}
		if r == nil {
			t.Fatal("no report")
		}
		js, err := notice.EncodeJSON(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := notice.Decode(js); err != nil {
			t.Fatalf("the imported notice does not decode: %v", err)
		}
	})
}
