package main

import (
	"debug/buildinfo"
	"os"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/google/licensecheck"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLicenseIsRecognised checks LICENSE with the detector pkg.go.dev uses:
// it must be recognised as MIT over (nearly) all of its text, or pkg.go.dev
// hides the documentation.
func TestLicenseIsRecognised(t *testing.T) {
	text, err := os.ReadFile("../../LICENSE")
	require.NoError(t, err)
	// The MIT pattern of the detector's built-in set alone: building the
	// scanner for every licence it knows takes seconds.
	var mit []licensecheck.License
	for _, l := range licensecheck.BuiltinLicenses() {
		if l.ID == "MIT" && l.LRE != "" {
			mit = append(mit, l)
		}
	}
	require.Len(t, mit, 1)
	scanner, err := licensecheck.NewScanner(mit)
	require.NoError(t, err)
	cov := scanner.Scan(text)
	require.Len(t, cov.Match, 1, "one licence")
	assert.Equal(t, "MIT", cov.Match[0].ID)
	assert.GreaterOrEqual(t, cov.Percent, 95.0, "the licence text covers the file")

	readme, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	assert.True(t, strings.Contains(string(readme), "[MIT licence](LICENSE)"), "the README names the licence")
}

// TestChangelogKeepsAChangelog checks the shape of CHANGELOG.md: the Keep a
// Changelog heading, an Unreleased section first, then releases newest
// first, each "## [X.Y.Z] - YYYY-MM-DD" with its kinds of change.
func TestChangelogKeepsAChangelog(t *testing.T) {
	raw, err := os.ReadFile("../../CHANGELOG.md")
	require.NoError(t, err)
	doc := string(raw)
	assert.True(t, strings.HasPrefix(doc, "# Changelog\n"))
	assert.Contains(t, doc, "https://keepachangelog.com/en/1.1.0/")
	heads := regexp.MustCompile(`(?m)^## .*$`).FindAllString(doc, -1)
	require.NotEmpty(t, heads)
	assert.Equal(t, "## [Unreleased]", heads[0], "the first section is Unreleased")
	release := regexp.MustCompile(`^## \[\d+\.\d+\.\d+\] - \d{4}-\d{2}-\d{2}$`)
	for _, h := range heads[1:] {
		assert.Regexp(t, release, h)
	}
	kinds := regexp.MustCompile(`(?m)^### (.*)$`).FindAllStringSubmatch(doc, -1)
	for _, k := range kinds {
		assert.Contains(t, []string{"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}, k[1])
	}
}

func TestFormatVersion(t *testing.T) {
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"no build information", nil, "seloste (devel) (schema 1, unknown Go version)"},
		{"installed at a release", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.2.0"}},
			"seloste v1.2.0 (schema 1, go1.26.8)"},
		{"built from a checkout", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.time", Value: "2026-11-29T18:00:00Z"}, {Key: "vcs.modified", Value: "true"}}},
			"seloste (devel) (commit 0123456789ab, 2026-11-29T18:00:00Z, modified; schema 1, go1.26.8)"},
		{"a clean checkout with a pseudo-version", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261129180000-0123456789ab"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef"}, {Key: "vcs.modified", Value: "false"}}},
			"seloste v0.0.0-20261129180000-0123456789ab (commit 0123456789ab; schema 1, go1.26.8)"},
		{"no main version recorded", &debug.BuildInfo{GoVersion: "go1.26.8"}, "seloste (devel) (schema 1, go1.26.8)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := strings.Replace(tt.want, "schema 1", "schema "+schemaVersion(), 1)
			assert.Equal(t, want, formatVersion(tt.bi))
		})
	}
}

// TestVersionReportsTheBuild runs the built binary: what it prints is what
// its own build information says.
func TestVersionReportsTheBuild(t *testing.T) {
	bi, err := buildinfo.ReadFile(binary)
	require.NoError(t, err)
	out, _, code := seloste(t, nil, "version")
	require.Equal(t, 0, code)
	assert.Equal(t, formatVersion(bi)+"\n", out)
	assert.Contains(t, out, bi.GoVersion)
}
