package validate_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// fixtures returns the example notices by name (without .yaml), in order.
func fixtures(b *testing.B) ([]string, map[string][]byte) {
	b.Helper()
	files, err := filepath.Glob("../examples/notices/*.yaml")
	if err != nil {
		b.Fatal(err)
	}
	if len(files) == 0 {
		b.Skip("no example notices in ../examples/notices")
	}
	slices.Sort(files)
	var names []string
	data := map[string][]byte{}
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		names = append(names, name)
		data[name] = d
	}
	return names, data
}

// BenchmarkValidate validates each decoded example notice.
func BenchmarkValidate(b *testing.B) {
	names, data := fixtures(b)
	for _, name := range names {
		n, err := notice.Decode(data[name])
		if err != nil {
			b.Fatal(name, err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = validate.Validate(n)
			}
		})
	}
}

// BenchmarkDecode decodes each example notice from its YAML, for comparison
// with BenchmarkValidate.
func BenchmarkDecode(b *testing.B) {
	names, data := fixtures(b)
	for _, name := range names {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := notice.Decode(data[name]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// schema compiles the committed JSON Schema of the notice document with
// santhosh-tekuri/jsonschema/v6.
func schema(b *testing.B) *jsonschema.Schema {
	b.Helper()
	const schemaFile = "../notice/notice.schema.json"
	raw, err := os.ReadFile(schemaFile)
	if os.IsNotExist(err) {
		b.Skipf("%s does not exist yet: run go generate ./notice/", schemaFile)
	}
	if err != nil {
		b.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		b.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("notice.schema.json", doc); err != nil {
		b.Fatal(err)
	}
	sch, err := c.Compile("notice.schema.json")
	if err != nil {
		b.Fatal(err)
	}
	return sch
}

// instance decodes a notice document's bytes for the schema validator: its
// JSON, parsed into the validator's values.
func instance(b *testing.B, data []byte) any {
	b.Helper()
	js, err := notice.YAMLToJSON(data)
	if err != nil {
		b.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
	if err != nil {
		b.Fatal(err)
	}
	return inst
}

// BenchmarkSchemaValidate validates the JSON of each example notice against
// the committed JSON Schema with santhosh-tekuri/jsonschema/v6: structure
// only, for comparison with BenchmarkValidate. The JSON is parsed once,
// outside the loop, as the notice is decoded once for BenchmarkValidate.
func BenchmarkSchemaValidate(b *testing.B) {
	sch := schema(b)
	names, data := fixtures(b)
	for _, name := range names {
		inst := instance(b, data[name])
		if err := sch.Validate(inst); err != nil {
			b.Fatalf("%s does not validate against the schema: %v", name, err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := sch.Validate(inst); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkValidateVsSchema measures the claim that validating a notice
// takes a fraction of the time of validating the same document against its
// JSON Schema: for each example and corpus notice, the same bytes decoded
// once, for each validator in its own form (notice.Decode for
// validate.Validate; YAML to JSON and jsonschema.UnmarshalJSON for the
// schema validator), then validated in the loop: <notice>/validate and
// <notice>/schema, side by side in one run. all/validate and all/schema
// validate every notice once per iteration, the figure to quote for the
// set. The ratio is schema's ns/op over validate's.
//
//	go test -run '^$' -bench ValidateVsSchema -benchmem ./validate/
func BenchmarkValidateVsSchema(b *testing.B) {
	sch := schema(b)
	names, data := fixtures(b)
	corpus, err := filepath.Glob("../testdata/corpus/*.yaml")
	if err != nil {
		b.Fatal(err)
	}
	slices.Sort(corpus)
	for _, f := range corpus {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		name := "corpus-" + strings.TrimSuffix(filepath.Base(f), ".yaml")
		names = append(names, name)
		data[name] = d
	}
	notices := make([]*notice.Notice, len(names))
	insts := make([]any, len(names))
	for i, name := range names {
		n, err := notice.Decode(data[name])
		if err != nil {
			b.Fatal(name, err)
		}
		notices[i], insts[i] = n, instance(b, data[name])
		if err := sch.Validate(insts[i]); err != nil {
			b.Fatalf("%s does not validate against the schema: %v", name, err)
		}
	}
	for i, name := range names {
		b.Run(name+"/validate", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_ = validate.Validate(notices[i])
			}
		})
		b.Run(name+"/schema", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := sch.Validate(insts[i]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("all/validate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, n := range notices {
				_ = validate.Validate(n)
			}
		}
	})
	b.Run("all/schema", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, inst := range insts {
				if err := sch.Validate(inst); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
