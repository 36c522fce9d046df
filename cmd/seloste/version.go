package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"
)

var versionCommand = &command{
	name:    "version",
	usage:   "version",
	summary: "print the version of seloste",
	help: `Version prints the module version of seloste, the notice schema version it
reads and writes, and the Go version it was built with. A binary installed
with "go install github.com/seloste/seloste/cmd/seloste@VERSION" reports that
version; one built from a checkout reports the commit it was built from, its
time, and "modified" when the working tree had uncommitted changes.`,
	run: func(_ context.Context, e *env, args []string) int {
		if len(args) > 0 {
			e.errorf("version takes no arguments")
			return exitUsage
		}
		fmt.Fprintln(e.stdout, versionString())
		return exitOK
	},
}

// versionString describes the running binary; see [formatVersion].
func versionString() string {
	bi, _ := debug.ReadBuildInfo()
	return formatVersion(bi)
}

// formatVersion describes a binary from its build information:
//
//	seloste v1.2.0 (schema 1, go1.26.8)
//	seloste (devel) (commit 0123456789ab, 2026-11-29T18:00:00Z, modified; schema 1, go1.26.8)
//
// The module version is the one the go command recorded: a release tag, a
// pseudo-version of the commit, or "(devel)" when it knew none. bi may be
// nil (a binary built without module support).
func formatVersion(bi *debug.BuildInfo) string {
	version, goVersion := "(devel)", "unknown Go version"
	var vcs []string
	if bi != nil {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		if bi.GoVersion != "" {
			goVersion = bi.GoVersion
		}
		var revision, at string
		modified := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				revision = s.Value
			case "vcs.time":
				at = s.Value
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
		if revision != "" {
			vcs = append(vcs, "commit "+revision[:min(12, len(revision))])
			if at != "" {
				vcs = append(vcs, at)
			}
			if modified {
				vcs = append(vcs, "modified")
			}
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "seloste %s (", version)
	if len(vcs) > 0 {
		b.WriteString(strings.Join(vcs, ", ") + "; ")
	}
	fmt.Fprintf(&b, "schema %s, %s)", schemaVersion(), goVersion)
	return b.String()
}
