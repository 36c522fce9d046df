package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/seloste/seloste/validate"
)

// treeSize is the number of generated notices BenchmarkValidateTree checks.
const treeSize = 10000

var (
	treeOnce sync.Once
	treeDir  string
	treeErr  error
)

// generatedTree writes treeSize notices below a temporary directory, in 100
// subdirectories: the reference notice with its title and activity name made
// unique, so that no two files are the same.
func generatedTree(b *testing.B) string {
	treeOnce.Do(func() {
		ref, err := os.ReadFile("../../testdata/validate/reference.yaml")
		if err != nil {
			treeErr = err
			return
		}
		treeDir, treeErr = os.MkdirTemp("", "seloste-tree")
		if treeErr != nil {
			return
		}
		for i := range treeSize {
			sub := filepath.Join(treeDir, fmt.Sprintf("d%02d", i%100))
			if err := os.MkdirAll(sub, 0o755); err != nil {
				treeErr = err
				return
			}
			doc := bytes.Replace(ref, []byte("schemaVersion:"), fmt.Appendf(nil, "# notice %d\nschemaVersion:", i), 1)
			if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("n%05d.yaml", i)), doc, 0o644); err != nil {
				treeErr = err
				return
			}
		}
	})
	if treeErr != nil {
		b.Fatal(treeErr)
	}
	return treeDir
}

// BenchmarkValidateTree validates a directory of 10,000 generated notices the
// way "seloste validate DIR" does: walk, read, decode, validate and place
// every finding, on as many goroutines as GOMAXPROCS. Compare one core with
// two in one run:
//
//	go test ./cmd/seloste -run '^$' -bench ValidateTree -benchtime 3x -cpu 1,2
func BenchmarkValidateTree(b *testing.B) {
	dir := generatedTree(b)
	e := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	b.ReportAllocs()
	for b.Loop() {
		results := validateAll(collect(e, []string{dir}), validate.Options{}, runtime.GOMAXPROCS(0))
		if len(results) != treeSize {
			b.Fatalf("validated %d notices, want %d", len(results), treeSize)
		}
		for _, r := range results {
			if len(r.problems) > 0 {
				b.Fatalf("%s: %v", r.in.name, r.problems)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/treeSize, "ns/notice")
}

// BenchmarkCPUControl is the pure-CPU control for BenchmarkValidateTree's
// speed-up: the same number of work items (treeSize), each hashing a buffer
// the size of the reference notice 20 times over, spread over GOMAXPROCS
// goroutines with the same work queue. It reads no file and allocates
// nothing per item, so its gain from a second core is what the machine gives;
// run it in the same command as BenchmarkValidateTree:
//
//	go test ./cmd/seloste -run '^$' -bench 'ValidateTree|CPUControl' -benchtime 3x -cpu 1,2
func BenchmarkCPUControl(b *testing.B) {
	ref, err := os.ReadFile("../../testdata/validate/reference.yaml")
	if err != nil {
		b.Fatal(err)
	}
	workers := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	for b.Loop() {
		items := make(chan int, workers)
		sums := make([][sha256.Size]byte, treeSize)
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				h := sha256.New()
				for i := range items {
					h.Reset()
					for range 20 {
						h.Write(ref)
					}
					h.Sum(sums[i][:0])
				}
			})
		}
		for i := range treeSize {
			items <- i
		}
		close(items)
		wg.Wait()
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/treeSize, "ns/item")
}

// BenchmarkValidateOne is the work of "seloste validate" on one file with
// many findings: decode, validate, and place every finding in the source.
func BenchmarkValidateOne(b *testing.B) {
	data, err := os.ReadFile("../../examples/notices/kiva-koulu.yaml")
	if err != nil {
		b.Fatal(err)
	}
	in := input{name: "kiva-koulu.yaml", data: data}
	b.ReportAllocs()
	for b.Loop() {
		if r := validateOne(in, validate.Options{}); len(r.findings) == 0 {
			b.Fatal("no findings placed")
		}
	}
}
