package examples_test

import (
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
)

var (
	// readmeFixture finds the fixture a heading of README.md is about.
	readmeFixture = regexp.MustCompile("`(?:examples/notices/)?([a-z0-9-]+)\\.yaml`")
	// readmePointer finds a JSON Pointer written in code: `/activities/0/retention/1`,
	// and a range of items: `/activities/0/purposes/0-1`.
	readmePointer = regexp.MustCompile("`(/[A-Za-z0-9/_-]+)`")
	readmeRange   = regexp.MustCompile(`^(.*/)(\d+)-(\d+)$`)
)

// TestReadmePointersResolve reads examples/README.md, the mapping of each
// seed's sections to fields, and resolves every JSON Pointer it gives in the
// fixture its section is about: the mapping names places that exist, in the
// model as it is now.
func TestReadmePointersResolve(t *testing.T) {
	doc, err := os.ReadFile("README.md")
	require.NoError(t, err)
	docs := map[string]any{}
	for _, name := range examples.Names() {
		n, err := examples.Load(name)
		require.NoError(t, err)
		js, err := notice.EncodeJSON(n)
		require.NoError(t, err)
		var v any
		require.NoError(t, json.Unmarshal(js, &v))
		docs[name] = v
	}
	fixture, checked := "", 0
	for i, line := range strings.Split(string(doc), "\n") {
		if strings.HasPrefix(line, "#") {
			// "## Seed … → `a.yaml` (variant 1) and `b.yaml`" names two;
			// their own subsections follow, each naming one.
			if m := readmeFixture.FindAllStringSubmatch(line, -1); len(m) == 1 {
				fixture = m[0][1]
			} else {
				fixture = ""
			}
			continue
		}
		if fixture == "" {
			continue
		}
		for _, m := range readmePointer.FindAllStringSubmatch(line, -1) {
			ptrs := []string{m[1]}
			if r := readmeRange.FindStringSubmatch(m[1]); r != nil {
				ptrs = []string{r[1] + r[2], r[1] + r[3]}
			}
			for _, p := range ptrs {
				checked++
				assert.True(t, resolves(docs[fixture], p), "README.md:%d: %s is not in %s.yaml", i+1, p, fixture)
			}
		}
	}
	assert.Greater(t, checked, 100, "the mapping's pointers were found")
}

// resolves reports whether the JSON Pointer p names a value in v.
func resolves(v any, p string) bool {
	for _, tok := range strings.Split(p, "/")[1:] {
		tok = strings.NewReplacer("~1", "/", "~0", "~").Replace(tok)
		switch x := v.(type) {
		case map[string]any:
			var ok bool
			if v, ok = x[tok]; !ok {
				return false
			}
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return false
			}
			v = x[i]
		default:
			return false
		}
	}
	return true
}
