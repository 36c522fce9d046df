package main

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"unicode"

	"github.com/owenrumney/go-sarif/v3/pkg/report"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/docs"
	"github.com/seloste/seloste/validate"
)

const (
	informationURI = "https://github.com/seloste/seloste"
	// srcRoot is the uriBaseId of files below the repository root; the
	// run's originalUriBaseIds says where the root was.
	srcRoot = "SRCROOT"
	// loadRule is the rule of a file that cannot be read or decoded as a
	// notice: the command's own, beside the validator's rules.
	loadRule = "LOAD-01"
	// fingerprintKey names the partial fingerprint of each result.
	fingerprintKey = "selosteFinding/v1"
)

// writeSARIF writes the findings as a SARIF 2.1.0 log for code-scanning
// tools: every rule described once (name, descriptions, help in Markdown from
// docs/rules.md, help URI, default level), every finding and every file that
// cannot be loaded a result with its region and a partial fingerprint. Files
// are named relative to root, the repository, as uriBaseId SRCROOT.
func writeSARIF(w io.Writer, results []result, lang language.Tag, root string) error {
	rep := report.NewV210Report()
	run := sarif.NewRunWithInformationURI("seloste", informationURI)
	version, release := moduleVersion()
	run.Tool.Driver.WithVersion(version)
	if release {
		run.Tool.Driver.WithSemanticVersion(strings.TrimPrefix(version, "v"))
	}
	columns := "unicodeCodePoints" // a Region's columns count characters
	run.ColumnKind = &columns
	rootURI := fileURI(root, true)
	run.OriginalUriBaseIds = map[string]sarif.ArtifactLocation{srcRoot: {URI: &rootURI, Index: -1}}

	ruleIndex := map[string]int{}
	for i, r := range validate.Rules() {
		ruleIndex[r.ID] = i
		addRule(run, r.ID, ruleName(r.Summary(language.English)), r.Severity,
			r.Summary(lang), r.Summary(lang)+". "+r.Detail(lang), ruleHelp(r.ID), helpURI(r.ID, release, version)).
			WithProperties(sarif.NewPropertyBag().Add("article", r.Article).WithTags([]string{"gdpr", "privacy-notice"}))
	}
	ruleIndex[loadRule] = len(ruleIndex)
	addRule(run, loadRule, "NoticeCannotBeLoaded", validate.Error, loadSummary, loadSummary+". "+loadDetail,
		loadHelp, "https://pkg.go.dev/github.com/seloste/seloste/notice#DecodeError")

	for _, r := range results {
		art := artifactLocation(r.in, root)
		for _, p := range r.problems {
			loc := sarif.NewPhysicalLocation().WithArtifactLocation(art)
			if p.Line > 0 {
				loc.WithRegion(sarif.NewRegion().WithStartLine(p.Line).WithStartColumn(max(1, p.Column)))
			}
			res := sarif.NewRuleResult(loadRule).WithRuleIndex(ruleIndex[loadRule]).
				WithLevel(sarif.LevelError).
				WithMessage(sarif.NewTextMessage(validate.Visible(p.Msg))).
				AddLocation(sarif.NewLocationWithPhysicalLocation(loc))
			res.PartialFingerprints = map[string]string{fingerprintKey: fingerprint(loadRule, art, p.Pointer, p.Msg)}
			if p.Pointer != "" {
				res.WithProperties(sarif.NewPropertyBag().Add("jsonPointer", p.Pointer))
			}
			run.AddResult(res)
		}
		for _, f := range r.findings {
			loc := sarif.NewPhysicalLocation().WithArtifactLocation(art)
			if f.StartLine > 0 {
				loc.WithRegion(sarif.NewRegion().
					WithStartLine(f.StartLine).WithStartColumn(f.StartColumn).
					WithEndLine(f.EndLine).WithEndColumn(f.EndColumn))
			}
			ptr := f.Path
			if ptr == "" {
				ptr = "/"
			}
			location := sarif.NewLocationWithPhysicalLocation(loc).
				AddLogicalLocation(sarif.NewLogicalLocation().WithFullyQualifiedName(ptr).WithKind("object"))
			res := sarif.NewRuleResult(f.Rule).WithRuleIndex(ruleIndex[f.Rule]).
				WithLevel(sarifLevel(f.Severity)).
				WithMessage(sarif.NewTextMessage(oneLine(f.Message(lang)))).
				AddLocation(location)
			res.PartialFingerprints = map[string]string{fingerprintKey: fingerprint(f.Rule, art, f.stablePath, f.Args...)}
			res.WithProperties(sarif.NewPropertyBag().Add("article", f.Article).Add("jsonPointer", f.Path))
			run.AddResult(res)
		}
	}
	rep.AddRun(run)
	return rep.PrettyWrite(w)
}

func addRule(run *sarif.Run, id, name string, sev validate.Severity, short, full, helpMarkdown, uri string) *sarif.ReportingDescriptor {
	return run.AddRule(id).
		WithName(name).
		WithShortDescription(sarif.NewMultiformatMessageString().WithText(short)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(full)).
		WithHelp(sarif.NewMultiformatMessageString().WithText(full).WithMarkdown(helpMarkdown)).
		WithHelpURI(uri).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(sev)))
}

const (
	loadSummary = "The file cannot be read or decoded as a notice"
	loadDetail  = "Fix what the message names at its place (a syntax error, an unknown field or code, a missing required field, a value of the wrong type), or give a file that is a notice: YAML or JSON text of at most 4 MiB."
	loadHelp    = "## " + loadRule + "\n\n- Severity: error\n\n**" + loadSummary + ".** " + loadDetail + "\n\n" +
		"Decoding is strict: every field must be known, every code one of its vocabulary, every required field given. " +
		"The message names the place by line and column and by JSON Pointer, and says what was expected. " +
		"No other rule can be checked until the file loads.\n"
)

// ruleSections are the sections of docs/rules.md, by rule ID.
var ruleSections = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	parts := strings.Split(docs.Rules(), "\n## ")
	for _, p := range parts[1:] {
		id, _, _ := strings.Cut(p, "\n")
		out[id] = "## " + strings.TrimRight(p, "\n") + "\n"
	}
	return out
})

// ruleHelp returns the rule's section of docs/rules.md.
func ruleHelp(id string) string { return ruleSections()[id] }

// helpURI is the address of the rule's section of docs/rules.md, in the
// release the binary was built from or else on the main branch.
func helpURI(id string, release bool, version string) string {
	ref := "main"
	if release {
		ref = version
	}
	return informationURI + "/blob/" + ref + "/docs/rules.md#" + strings.ToLower(id)
}

// moduleVersion returns the binary's module version, and whether it is a
// release (a tag, not a pseudo-version or "(devel)").
func moduleVersion() (string, bool) {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" || bi.Main.Version == "(devel)" {
		return "(devel)", false
	}
	v := bi.Main.Version
	// A pseudo-version has a 14-digit timestamp and a commit after a dash.
	parts := strings.Split(strings.SplitN(v, "+", 2)[0], "-")
	if len(parts) >= 3 && len(parts[len(parts)-2]) >= 14 {
		return v, false
	}
	return v, !strings.Contains(v, "+")
}

// ruleName makes a rule's readable name from its English summary, in Pascal
// case: "The controller has no name" is TheControllerHasNoName.
func ruleName(summary string) string {
	var b strings.Builder
	up := true
	for _, r := range summary {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if up {
				r = unicode.ToUpper(r)
			}
			b.WriteRune(r)
			up = false
		case r == '\'' || r == '’':
		default:
			up = true
		}
	}
	return b.String()
}

// fingerprint identifies a result across versions of its file: the rule, the
// file, the stable path of its place and its arguments, so that a result
// keeps its fingerprint when lines move.
func fingerprint(rule string, art *sarif.ArtifactLocation, path string, args ...string) string {
	h := sha256.New()
	uri := ""
	if art.URI != nil {
		uri = *art.URI
	}
	for _, s := range append([]string{rule, uri, path}, args...) {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// artifactLocation names an input's file for SARIF: relative to the
// repository root when below it, an absolute file URI otherwise, standard
// input by a description only.
func artifactLocation(in input, root string) *sarif.ArtifactLocation {
	art := sarif.NewArtifactLocation()
	switch {
	case in.name == "-":
		return art.WithDescription(sarif.NewTextMessage("standard input"))
	case in.bundled:
		return art.WithURI(escapePath(in.name)).WithURIBaseID(srcRoot)
	}
	abs, err := filepath.Abs(in.name)
	if err != nil {
		return art.WithURI(escapePath(filepath.ToSlash(in.name)))
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return art.WithURI(fileURI(abs, false))
	}
	return art.WithURI(escapePath(filepath.ToSlash(rel))).WithURIBaseID(srcRoot)
}

// escapePath percent-encodes a slash-separated relative path as a URI
// reference: each segment by RFC 3986, and ':' too, so that no segment reads
// as a scheme.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = strings.ReplaceAll(url.PathEscape(s), ":", "%3A")
	}
	return strings.Join(segs, "/")
}

// fileURI is the file URI of an absolute path; dir adds the trailing slash a
// base URI needs.
func fileURI(abs string, dir bool) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // a Windows drive
	}
	if dir && !strings.HasSuffix(p, "/") {
		p += "/"
	}
	return "file://" + escapePath(p)
}

// repositoryRoot is the nearest directory up from the working directory that
// holds .git, or the working directory when none does.
func repositoryRoot() string {
	wd, err := os.Getwd()
	if err != nil {
		return "."
	}
	for dir := wd; ; {
		if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return wd
		}
		dir = parent
	}
}

func sarifLevel(s validate.Severity) string {
	switch s {
	case validate.Error:
		return sarif.LevelError
	case validate.Warning:
		return sarif.LevelWarning
	}
	return sarif.LevelNote
}
