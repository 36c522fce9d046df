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

// BenchmarkSchemaValidate validates the JSON of each example notice against
// the committed JSON Schema with santhosh-tekuri/jsonschema/v6: structure
// only, for comparison with BenchmarkValidate. The JSON is parsed once,
// outside the loop, as the notice is decoded once for BenchmarkValidate.
func BenchmarkSchemaValidate(b *testing.B) {
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
	names, data := fixtures(b)
	for _, name := range names {
		js, err := notice.YAMLToJSON(data[name])
		if err != nil {
			b.Fatal(name, err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(js))
		if err != nil {
			b.Fatal(name, err)
		}
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
