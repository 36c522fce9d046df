package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDirectoryWithoutNotices runs every command that takes a path on a
// directory that holds no notice: each must fail with status 2 and say so,
// never check nothing and report success (a CI job given a wrong path
// would pass for ever).
func TestDirectoryWithoutNotices(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a notice"), 0o644))
	ref := filepath.Join("..", "..", "testdata", "validate", "reference.yaml")
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"validate", []string{"validate", dir}},
		{"validate json", []string{"validate", "-format", "json", dir}},
		{"validate sarif", []string{"validate", "-format", "sarif", dir}},
		{"fmt", []string{"fmt", dir}},
		{"fmt -w", []string{"fmt", "-w", dir}},
		{"render", []string{"render", dir}},
		{"diff", []string{"diff", ref, dir}},
		{"export", []string{"export", "-to", "dpv", dir}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := seloste(t, nil, tc.args...)
			assert.Equal(t, 2, code, "a directory with no notice is bad usage")
			// Text goes to standard error, JSON and SARIF name it in the report.
			assert.Contains(t, out+errOut, "no notice here")
		})
	}
}
