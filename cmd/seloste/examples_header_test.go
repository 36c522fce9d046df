package main

import (
	"bufio"
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/examples"
)

var seedRef = regexp.MustCompile(`Seed: (\d{3}_[0-9a-f]{16}\.txt)`)

// TestExampleHeadersTravel checks the leading comment of every bundled
// notice: it cites its seed by file name (one that examples/README.md maps),
// points at examples/README.md for the mapping, and names no path of one
// machine.
func TestExampleHeadersTravel(t *testing.T) {
	readme, err := os.ReadFile("../../examples/README.md")
	require.NoError(t, err)
	for _, name := range examples.Names() {
		t.Run(name, func(t *testing.T) {
			src, err := examples.Source(name)
			require.NoError(t, err)
			var header strings.Builder
			sc := bufio.NewScanner(bytes.NewReader(src))
			for sc.Scan() && strings.HasPrefix(sc.Text(), "#") {
				header.WriteString(sc.Text() + "\n")
			}
			h := header.String()
			m := seedRef.FindStringSubmatch(h)
			require.NotNil(t, m, "the header cites its seed by file name:\n%s", h)
			assert.True(t, bytes.Contains(readme, []byte(m[1])), "examples/README.md maps the seed %s", m[1])
			assert.Contains(t, h, "examples/README.md")
			for _, bad := range []string{"/work/", "/tmp/", "/root/", "/home/", "../mapping"} {
				assert.NotContains(t, h, bad)
			}
		})
	}
}
