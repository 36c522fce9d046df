package notice_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/seloste/seloste/notice"
)

// FuzzDecode checks properties of the decoder, not only the absence of
// panics: what decodes re-encodes to a stable form that decodes to an equal
// notice; what fails, fails with a positioned *DecodeError.
func FuzzDecode(f *testing.F) {
	seeds, _ := filepath.Glob("../examples/notices/*.yaml")
	bad, _ := filepath.Glob("../testdata/bad/*")
	for _, p := range append(seeds, bad...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"schemaVersion":"1","languages":["fi"],"title":"T","activities":[{"id":"a","name":"n"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := notice.Decode(data)
		if err != nil {
			var de *notice.DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error is not a *DecodeError: %T %v", err, err)
			}
			if de.Line == 0 && de.Pointer == "" && !errors.Is(err, notice.ErrTooLarge) && !errors.Is(err, notice.ErrSyntax) && !errors.Is(err, notice.ErrMissingField) {
				t.Fatalf("error names no place: %v", err)
			}
			return
		}
		for _, enc := range []func(*notice.Notice) ([]byte, error){notice.EncodeJSON, notice.EncodeYAML} {
			out, err := enc(n)
			if err != nil {
				t.Fatalf("encode: %v", err)
			}
			back, err := notice.Decode(out)
			if err != nil {
				t.Fatalf("re-decode of own output: %v\n%s", err, out)
			}
			again, err := enc(back)
			if err != nil {
				t.Fatalf("re-encode: %v", err)
			}
			if string(again) != string(out) {
				t.Fatalf("encoding is not stable:\n%s\n---\n%s", out, again)
			}
			h1, _ := n.Hash()
			h2, _ := back.Hash()
			if h1 != h2 {
				t.Fatalf("round trip changed the content hash")
			}
		}
	})
}
