package layout

import (
	"encoding/json"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const module = "github.com/seloste/seloste"

// allowed lists, for each library package, the packages of the module it may
// import (its tests aside). A package missing here is a new one: the test
// asks for its place to be decided.
var allowed = map[string][]string{
	"i18n":                      nil,
	"notice":                    nil,
	"validate":                  {"notice", "i18n"},
	"render":                    {"notice", "i18n", "internal/safetext"},
	"diff":                      {"notice", "i18n", "render"},
	"starter":                   {"notice", "i18n", "validate"},
	"examples":                  {"notice"},
	"prose":                     {"notice", "i18n"},
	"interchange/tilt":          {"notice", "i18n"},
	"interchange/dpv":           {"notice", "i18n"},
	"interchange/ropa":          {"notice", "i18n", "internal/safetext"},
	"docs":                      nil,
	"internal/scaled":           {"notice", "examples"},
	"internal/layout":           nil,
	"internal/safetext":         nil,
	"notice/internal/schemagen": {"notice"},
	"bench/ajv":                 nil,
	"cmd/seloste":               {"*"},
}

func TestImportsPointDown(t *testing.T) {
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports", module+"/...").Output()
	require.NoError(t, err, "go list")
	dec := json.NewDecoder(strings.NewReader(string(out)))
	seen := 0
	for {
		var p struct {
			ImportPath string
			Imports    []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else {
			require.NoError(t, err)
		}
		name := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		may, known := allowed[name]
		if !assert.True(t, known, "%s is a new package: give it its place in DESIGN.md's layout and in allowed", name) {
			continue
		}
		seen++
		if slices.Contains(may, "*") {
			continue
		}
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module+"/") {
				continue
			}
			dep := strings.TrimPrefix(imp, module+"/")
			assert.Contains(t, may, dep, "%s imports %s, which the layout does not allow", name, dep)
		}
	}
	assert.Equal(t, len(allowed), seen, "every package of the list exists")
}
