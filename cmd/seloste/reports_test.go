package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/validate"
)

// compile compiles the JSON Schema in file, asserting formats (a "uri" must
// be a URI).
func compile(t *testing.T, file string, draft *jsonschema.Draft) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(file)
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(draft)
	c.AssertFormat()
	url := "file:///" + filepath.Base(file)
	require.NoError(t, c.AddResource(url, doc))
	s, err := c.Compile(url)
	require.NoError(t, err)
	return s
}

func validateAgainst(t *testing.T, s *jsonschema.Schema, out string) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	require.NoError(t, err)
	assert.NoError(t, s.Validate(inst))
}

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID                   string
					Name                 string
					ShortDescription     struct{ Text string }
					FullDescription      struct{ Text string }
					Help                 struct{ Text, Markdown string }
					HelpURI              string `json:"helpUri"`
					DefaultConfiguration struct{ Level string }
				}
			}
		}
		OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
		ColumnKind         string
		Results            []sarifResult
	}
}

type sarifResult struct {
	RuleID    string
	RuleIndex int
	Level     string
	Message   struct{ Text string }
	Locations []struct {
		PhysicalLocation struct {
			ArtifactLocation struct {
				URI       string
				URIBaseID string `json:"uriBaseId"`
			}
			Region *struct{ StartLine, StartColumn, EndLine, EndColumn int }
		}
	}
	PartialFingerprints map[string]string
	Properties          struct{ JSONPointer string }
}

// tempRepo makes a repository in a temporary folder: .git, and under
// notices/ a copy of vipu.yaml named with "ä" and a space and a notice that
// fails to load. It returns the folder.
func tempRepo(t *testing.T) string {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, ".git"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "notices", "sub"), 0o755))
	vipu, err := os.ReadFile("../../examples/notices/vipu.yaml")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notices", "ä b.yaml"), vipu, 0o644))
	broken := "schemaVersion: \"1\"\nlanguages: [fi]\ntitle: T\nactivities:\n  - id: a\n    name: n\n    legalBases: [{basis: konsent}]\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notices", "sub", "broken.yaml"), []byte(broken), 0o644))
	return dir
}

// selosteIn runs the binary in dir.
func selosteIn(t *testing.T, dir string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return out.String(), code
}

// TestSARIFValidatesAgainstTheOfficialSchema checks the SARIF of the bundled
// examples, of a file whose name has "ä" and a space, and of a file that
// fails to load against the OASIS SARIF 2.1.0 schema, and what code
// scanning reads of it.
func TestSARIFValidatesAgainstTheOfficialSchema(t *testing.T) {
	schema := compile(t, "../../testdata/sarif/sarif-schema-2.1.0.json", jsonschema.Draft4)
	repo := tempRepo(t)

	t.Run("examples", func(t *testing.T) {
		out, code := selosteIn(t, ".", "validate", "-format", "sarif")
		assert.Equal(t, 1, code)
		validateAgainst(t, schema, out)
		var log sarifLog
		require.NoError(t, json.Unmarshal([]byte(out), &log))
		checkRules(t, log)
		checkResults(t, log)
	})

	out, code := selosteIn(t, repo, "validate", "-format", "sarif", "notices")
	assert.Equal(t, 2, code, "a file that fails to load is status 2")
	validateAgainst(t, schema, out)
	var log sarifLog
	require.NoError(t, json.Unmarshal([]byte(out), &log))
	checkRules(t, log)
	checkResults(t, log)
	run := log.Runs[0]
	assert.Equal(t, "unicodeCodePoints", run.ColumnKind)
	rootURI := run.OriginalURIBaseIDs["SRCROOT"].URI
	assert.True(t, strings.HasPrefix(rootURI, "file:///") && strings.HasSuffix(rootURI, "/"), rootURI)
	assert.True(t, strings.HasSuffix(rootURI, "/"+filepath.Base(repo)+"/"), "the repository root, found by its .git: %s", rootURI)

	byFile := map[string][]sarifResult{}
	for _, r := range run.Results {
		al := r.Locations[0].PhysicalLocation.ArtifactLocation
		assert.Equal(t, "SRCROOT", al.URIBaseID)
		byFile[al.URI] = append(byFile[al.URI], r)
	}
	assert.NotEmpty(t, byFile["notices/%C3%A4%20b.yaml"], "the name percent-encoded, relative to the root: %v", keys(byFile))
	load := byFile["notices/sub/broken.yaml"]
	require.Len(t, load, 1, "the file that fails to load is one result")
	assert.Equal(t, loadRule, load[0].RuleID)
	assert.Equal(t, "error", load[0].Level)
	assert.Contains(t, load[0].Message.Text, `unknown legalBasis code "konsent"`)
	require.NotNil(t, load[0].Locations[0].PhysicalLocation.Region)
	assert.Equal(t, 7, load[0].Locations[0].PhysicalLocation.Region.StartLine)
	assert.Equal(t, "/activities/0/legalBases/0/basis", load[0].Properties.JSONPointer)

	// From a folder below the root, names are still relative to the root.
	out, _ = selosteIn(t, filepath.Join(repo, "notices", "sub"), "validate", "-format", "sarif", ".", "../ä b.yaml")
	validateAgainst(t, schema, out)
	assert.True(t, strings.Contains(out, `"uri": "notices/sub/broken.yaml"`), "relative to the root from a folder below it")
	assert.True(t, strings.Contains(out, `"uri": "notices/%C3%A4%20b.yaml"`), "relative to the root from a folder below it")
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// checkRules checks every rule's description: a name, short and full
// descriptions, help in text and Markdown (the rule's section of
// docs/rules.md), a help URI to that section and the default level.
func checkRules(t *testing.T, log sarifLog) {
	t.Helper()
	require.Len(t, log.Runs, 1)
	rules := log.Runs[0].Tool.Driver.Rules
	require.Len(t, rules, len(validate.Rules())+1, "every validator rule and LOAD-01")
	doc, err := os.ReadFile("../../docs/rules.md")
	require.NoError(t, err)
	names := map[string]bool{}
	for i, r := range rules {
		assert.Regexp(t, `^[A-Z][A-Za-z0-9]+$`, r.Name, r.ID)
		assert.False(t, names[r.Name], "%s: the name %s is unique", r.ID, r.Name)
		names[r.Name] = true
		assert.NotEmpty(t, r.ShortDescription.Text, r.ID)
		assert.True(t, strings.HasPrefix(r.FullDescription.Text, r.ShortDescription.Text) && len(r.FullDescription.Text) > len(r.ShortDescription.Text)+20, r.ID)
		assert.NotEmpty(t, r.Help.Text, r.ID)
		assert.True(t, strings.HasPrefix(r.Help.Markdown, "## "+r.ID+"\n"), "%s: help is the rule's section", r.ID)
		if i < len(validate.Rules()) {
			assert.Contains(t, r.HelpURI, "#"+strings.ToLower(r.ID))
			want := validate.Rules()[i]
			assert.Equal(t, want.ID, r.ID)
			assert.True(t, bytes.Contains(doc, []byte(r.Help.Markdown)), "%s: the help is the section of docs/rules.md, whole", r.ID)
			assert.Equal(t, map[validate.Severity]string{validate.Error: "error", validate.Warning: "warning", validate.Info: "note"}[want.Severity], r.DefaultConfiguration.Level, r.ID)
			assert.True(t, strings.HasPrefix(r.HelpURI, informationURI+"/blob/main/docs/rules.md#"), r.HelpURI)
		}
	}
}

// checkResults checks every result: its rule by index, a region with its end
// where it has a place, and a fingerprint of its own.
func checkResults(t *testing.T, log sarifLog) {
	t.Helper()
	run := log.Runs[0]
	seen := map[string]bool{}
	for _, r := range run.Results {
		require.Less(t, r.RuleIndex, len(run.Tool.Driver.Rules))
		assert.Equal(t, r.RuleID, run.Tool.Driver.Rules[r.RuleIndex].ID, "ruleIndex points at the rule")
		require.Len(t, r.Locations, 1)
		if reg := r.Locations[0].PhysicalLocation.Region; reg != nil && r.RuleID != loadRule {
			assert.Positive(t, reg.StartLine)
			assert.Positive(t, reg.StartColumn)
			assert.True(t, reg.EndLine > reg.StartLine || reg.EndLine == reg.StartLine && reg.EndColumn > reg.StartColumn,
				"%s at %s: the region ends after it starts: %+v", r.RuleID, r.Properties.JSONPointer, *reg)
		}
		uri := r.Locations[0].PhysicalLocation.ArtifactLocation.URI
		assert.Regexp(t, `^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+$`, uri, "a URI reference has only the characters RFC 3986 allows")
		fp := r.PartialFingerprints[fingerprintKey]
		assert.Regexp(t, `^[0-9a-f]{32}$`, fp)
		assert.False(t, seen[fp], "%s: fingerprints are unique in a log", r.RuleID)
		seen[fp] = true
	}
}

// TestSARIFFingerprintsSurviveEdits changes a notice the way a new version
// does (a comment above, an activity put before the others) and checks that
// every finding keeps its fingerprint though its line changes.
func TestSARIFFingerprintsSurviveEdits(t *testing.T) {
	repo := tempRepo(t)
	path := filepath.Join(repo, "notices", "ä b.yaml")
	fingerprints := func() map[string]int {
		out, _ := selosteIn(t, repo, "validate", "-format", "sarif", path)
		var log sarifLog
		require.NoError(t, json.Unmarshal([]byte(out), &log))
		m := map[string]int{}
		for _, r := range log.Runs[0].Results {
			m[r.PartialFingerprints[fingerprintKey]] = r.Locations[0].PhysicalLocation.Region.StartLine
		}
		return m
	}
	before := fingerprints()
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	edited := strings.Replace(string(src), "activities:\n", "activities:\n  - id: new-first\n    name: {fi: Uusi, sv: Ny, en: New}\n    purposes: [{description: {fi: T, sv: T, en: T}}]\n", 1)
	require.NotEqual(t, string(src), edited)
	edited = "# a new version\n" + edited
	require.NoError(t, os.WriteFile(path, []byte(edited), 0o644))
	after := fingerprints()
	moved := 0
	for fp, line := range before {
		newLine, ok := after[fp]
		if assert.True(t, ok, "a finding of the old version keeps its fingerprint") && newLine != line {
			moved++
		}
	}
	assert.Equal(t, len(before), moved, "every finding moved down and kept its fingerprint")
	assert.Greater(t, len(after), len(before), "the new activity brings findings of its own")
}

var reportSchemaPath = "report.schema.json"

// TestJSONReportValidatesAgainstItsSchema checks the JSON report of the
// examples, of a file named with "ä" and a space and of a file that fails to
// load against report.schema.json, and that a file that fails to load is
// counted as an error.
func TestJSONReportValidatesAgainstItsSchema(t *testing.T) {
	schema := compile(t, reportSchemaPath, jsonschema.Draft2020)
	out, code := selosteIn(t, ".", "validate", "-format", "json")
	assert.Equal(t, 1, code)
	validateAgainst(t, schema, out)

	out, code = selosteIn(t, tempRepo(t), "validate", "-format", "json", "notices")
	assert.Equal(t, 2, code)
	validateAgainst(t, schema, out)
	var rep jsonReport
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Files, 2)
	broken := rep.Files[0]
	assert.Equal(t, filepath.Join("notices", "sub", "broken.yaml"), broken.File, "files below a folder in name order")
	assert.Equal(t, filepath.Join("notices", "ä b.yaml"), rep.Files[1].File)
	assert.Contains(t, broken.Error, `broken.yaml:7:26: /activities/0/legalBases/0/basis: unknown legalBasis code "konsent"`)
	require.Len(t, broken.Findings, 1)
	assert.Equal(t, jsonFinding{Rule: loadRule, Severity: "error", Path: "/activities/0/legalBases/0/basis", Line: 7, Column: 26, EndLine: 7, EndColumn: 26,
		Message: broken.Findings[0].Message}, broken.Findings[0])
	assert.True(t, strings.HasPrefix(broken.Findings[0].Message, `unknown legalBasis code "konsent"`), broken.Findings[0].Message)
	errs := 0
	for _, f := range rep.Files {
		for _, fd := range f.Findings {
			if fd.Severity == "error" {
				errs++
			}
			if fd.Rule != loadRule {
				assert.True(t, fd.EndLine > fd.Line || fd.EndLine == fd.Line && fd.EndColumn > fd.Column, "%+v", fd)
			}
		}
	}
	assert.Equal(t, errs, rep.Errors, "the load error is counted")
}

// TestReportSchemaMatchesTheTypes keeps report.schema.json in step with the
// Go types the report is written from: each object's properties are the
// struct's JSON fields, required unless omitempty.
func TestReportSchemaMatchesTheTypes(t *testing.T) {
	raw, err := os.ReadFile(reportSchemaPath)
	require.NoError(t, err)
	var s struct {
		Properties map[string]json.RawMessage
		Required   []string
		Defs       map[string]struct {
			Properties map[string]json.RawMessage
			Required   []string
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(raw, &s))
	check := func(name string, typ reflect.Type, props map[string]json.RawMessage, required []string) {
		var fields, req []string
		for f := range typ.Fields() {
			tag, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			fields = append(fields, tag)
			if !strings.Contains(opts, "omitempty") {
				req = append(req, tag)
			}
		}
		assert.ElementsMatch(t, fields, keys(props), "%s: the schema's properties are the type's fields", name)
		assert.ElementsMatch(t, req, required, "%s: the required properties are those never left out", name)
		for p, def := range props {
			assert.Regexp(t, regexp.MustCompile(`"description":\s*"\S`), string(def), "%s.%s is described", name, p)
		}
	}
	check("report", reflect.TypeFor[jsonReport](), s.Properties, s.Required)
	check("file", reflect.TypeFor[jsonFile](), s.Defs["file"].Properties, s.Defs["file"].Required)
	check("finding", reflect.TypeFor[jsonFinding](), s.Defs["finding"].Properties, s.Defs["finding"].Required)
}
