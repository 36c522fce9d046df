package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

type validateOpts struct {
	format      string
	lang        string
	requireLang string
	jobs        int
}

func validateFlags(out io.Writer) (*flag.FlagSet, *validateOpts) {
	o := &validateOpts{}
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.format, "format", "text", "output `format`: text, json or sarif")
	fs.StringVar(&o.lang, "lang", "en", "`language` of the messages: fi, sv or en")
	fs.StringVar(&o.requireLang, "require-lang", "", "comma-separated `languages` every text must be given in (default: every language the notice declares)")
	fs.IntVar(&o.jobs, "j", 0, "validate `N` files at once (default: one for each CPU)")
	return fs, o
}

var validateCommand = &command{
	name:    "validate",
	flagSet: flagsOf(validateFlags),
	usage:   "validate [-format text|json|sarif] [-lang fi|sv|en] [-require-lang L,...] [-j N] [path ...]",
	summary: "check notices for completeness and consistency, each finding named by article",
	help: `Validate decodes each notice and checks it against Articles 13 and 14 of the
GDPR: every item the regulation requires, the consistency of what the notice
says, and the form of its values. Each finding names its rule, its severity,
the article it rests on and its place in the file.

A path may be a file, a directory (every .yaml, .yml and .json file below it)
or - for standard input. With no path, the bundled example notices are
validated. Files are validated concurrently; the output is in a stable order.

Text output prints one line per finding, grouped by file:

	file:line:col: severity rule (article): message

A finding that says the same thing of the same item of several activities
(the same rule, article and arguments, the paths differing only in the
activity) is printed once, at its first place, followed by the ids of the
activities it concerns:

	file:line:col: severity rule (article): message [activities: a, b, c]

JSON output is one object, described by the JSON Schema in
cmd/seloste/report.schema.json of the source:

	{"files": [{"file": "...", "error": "...", "findings": [
	   {"rule": "...", "severity": "error|warning|info", "path": "/json/pointer",
	    "line": 1, "column": 1, "endLine": 1, "endColumn": 9,
	    "article": "Art 13(1)(a)", "message": "..."}]}],
	 "errors": 0, "warnings": 0, "infos": 0}

SARIF output is a SARIF 2.1.0 log for code-scanning tools. Every rule is
described with its help from docs/rules.md; each finding is a result with its
region in the notice and a fingerprint that follows it from one version of
the file to the next. Files are named relative to the repository root (the
nearest folder up from the working directory that holds .git).

A file that cannot be read or decoded is reported on standard error in text
output, and as an error of rule LOAD-01 at each place it names in JSON and
SARIF output.

Exit status: 0 when no notice has an error-severity finding, 1 when one has,
2 for bad usage or a file that cannot be read or decoded (the other files are
still checked).`,
	run: runValidate,
}

// result is what validating one input gave.
type result struct {
	in       input
	problems []problem // why the notice could not be loaded; none when it was
	findings []located
	// activities are the notice's activities by index, each by its id (or
	// its path where it has none), for the text output's groups.
	activities []string
}

// A problem is a reason why a file could not be loaded as a notice: it
// cannot be read, or it does not decode. Line is 0 where there is no place.
type problem struct {
	Line, Column int
	Pointer      string
	Msg          string
}

// located is a finding with its place in the source and the fingerprint
// that tells it apart from every other finding across versions of the file.
type located struct {
	validate.Finding
	notice.Region
	stablePath string // the path with list positions named by ids where they have them
}

func runValidate(_ context.Context, e *env, args []string) int {
	fs, o := validateFlags(e.stderr)
	if !parse(e, fs, args) {
		return exitUsage
	}
	switch o.format {
	case "text", "json", "sarif":
	default:
		e.errorf("-format must be text, json or sarif, not %q", o.format)
		return exitUsage
	}
	lang, ok := parseLang(o.lang)
	if !ok {
		e.errorf("-lang must be fi, sv or en, not %q", o.lang)
		return exitUsage
	}
	var opts validate.Options
	if o.requireLang != "" {
		for _, s := range strings.Split(o.requireLang, ",") {
			tag, err := language.Parse(strings.TrimSpace(s))
			if err != nil {
				e.errorf("-require-lang: %q is not a language tag", s)
				return exitUsage
			}
			opts.RequireLanguages = append(opts.RequireLanguages, tag)
		}
	}
	jobs := o.jobs
	if jobs <= 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	results := validateAll(collect(e, fs.Args()), opts, jobs)

	status := exitOK
	for _, r := range results {
		if len(r.problems) > 0 {
			status = exitUsage
		}
	}
	if status == exitOK {
		for _, r := range results {
			for _, f := range r.findings {
				if f.Severity == validate.Error {
					status = exitFindings
				}
			}
		}
	}
	var err error
	switch o.format {
	case "text":
		writeText(e, results, lang)
	case "json":
		err = writeJSON(e.stdout, results, lang)
	case "sarif":
		err = writeSARIF(e.stdout, results, lang, repositoryRoot())
	}
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	return status
}

func parseLang(s string) (language.Tag, bool) {
	for _, t := range i18n.Supported {
		if s == t.String() {
			return t, true
		}
	}
	return language.Und, false
}

// validateAll validates the inputs on jobs goroutines and returns the results
// in the order of the inputs.
func validateAll(ins []input, opts validate.Options, jobs int) []result {
	results := make([]result, len(ins))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(jobs, len(ins)) {
		wg.Go(func() {
			for i := range next {
				results[i] = validateOne(ins[i], opts)
			}
		})
	}
	for i := range ins {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

func validateOne(in input, opts validate.Options) result {
	r := result{in: in}
	if in.err != nil {
		r.problems = []problem{{Msg: in.err.Error()}}
		return r
	}
	n, loc, err := decodeLocated(in)
	if err != nil {
		r.problems = decodeProblems(err)
		return r
	}
	fs := opts.Validate(n)
	if len(fs) == 0 {
		return r // nothing to place
	}
	r.activities = make([]string, len(n.Activities))
	for i, a := range n.Activities {
		r.activities[i] = a.ID
		if a.ID == "" {
			r.activities[i] = "/activities/" + strconv.Itoa(i)
		}
	}
	for _, f := range fs {
		r.findings = append(r.findings, located{Finding: f, Region: loc.Region(f.Path), stablePath: stablePath(n, f.Path)})
	}
	return r
}

// stablePath is a finding's path with the position of an activity in the
// list replaced by its id, so that a finding keeps its fingerprint when
// activities are added, removed or reordered before it.
func stablePath(n *notice.Notice, ptr string) string {
	rest, ok := strings.CutPrefix(ptr, "/activities/")
	if !ok {
		return ptr
	}
	idx, tail, _ := strings.Cut(rest, "/")
	i, err := strconv.Atoi(idx)
	if err != nil || i < 0 || i >= len(n.Activities) || n.Activities[i].ID == "" {
		return ptr
	}
	if tail != "" {
		tail = "/" + tail
	}
	return "/activities/id=" + n.Activities[i].ID + tail
}

// writeText prints each file's findings, one line each, except that the
// findings of one rule on the same item of several activities
// (validate.Findings.Grouped) are one line, at the first finding's place,
// with the activities' ids. JSON and SARIF keep one result per finding.
func writeText(e *env, results []result, lang language.Tag) {
	loc := i18n.For(lang)
	for _, r := range results {
		for _, p := range r.problems {
			fmt.Fprintln(e.stderr, problemLine(r.in.name, p))
		}
		name := validate.Visible(r.in.name)
		fs := make(validate.Findings, len(r.findings))
		at := make(map[string]notice.Region, len(r.findings)) // a place is a function of its path
		for i, f := range r.findings {
			fs[i] = f.Finding
			at[f.Path] = f.Region
		}
		for _, g := range fs.Grouped() {
			reg := at[g.Path]
			fmt.Fprintf(e.stdout, "%s:%d:%d: %s %s (%s): %s%s\n", name, reg.StartLine, reg.StartColumn, g.Severity, g.Rule,
				loc.Article(g.Article), oneLine(g.Summary(lang)), activityList(loc, r.activities, g.Activities))
		}
	}
}

// activityList says which activities a group concerns, by id, where there
// are several: " [activities: a, b, c]"; "" for one or none.
func activityList(loc *i18n.Locale, ids []string, acts []int) string {
	if len(acts) < 2 {
		return ""
	}
	names := make([]string, len(acts))
	for i, a := range acts {
		names[i] = "/activities/" + strconv.Itoa(a)
		if a < len(ids) {
			names[i] = validate.Visible(ids[a])
		}
	}
	return " [" + loc.T("rule.hint.activities", strings.Join(names, ", ")) + "]"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// jsonReport is the documented, stable JSON output of validate; its JSON
// Schema is report.schema.json beside this file, and a test keeps the two in
// step.
type jsonReport struct {
	Files    []jsonFile `json:"files"`
	Errors   int        `json:"errors"`
	Warnings int        `json:"warnings"`
	Infos    int        `json:"infos"`
}

type jsonFile struct {
	File     string        `json:"file"`
	Error    string        `json:"error,omitempty"`
	Findings []jsonFinding `json:"findings"`
}

type jsonFinding struct {
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	Path      string `json:"path"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"endLine"`
	EndColumn int    `json:"endColumn"`
	Article   string `json:"article"`
	Message   string `json:"message"`
}

func writeJSON(w io.Writer, results []result, lang language.Tag) error {
	rep := jsonReport{Files: []jsonFile{}}
	for _, r := range results {
		jf := jsonFile{File: r.in.name, Findings: []jsonFinding{}}
		var lines []string
		for _, p := range r.problems {
			lines = append(lines, problemLine(r.in.name, p))
			jf.Findings = append(jf.Findings, jsonFinding{
				Rule: loadRule, Severity: validate.Error.String(), Path: p.Pointer,
				Line: p.Line, Column: p.Column, EndLine: p.Line, EndColumn: p.Column, Message: validate.Visible(p.Msg),
			})
			rep.Errors++
		}
		jf.Error = strings.Join(lines, "\n")
		for _, f := range r.findings {
			jf.Findings = append(jf.Findings, jsonFinding{
				Rule: f.Rule, Severity: f.Severity.String(), Path: f.Path,
				Line: f.StartLine, Column: f.StartColumn, EndLine: f.EndLine, EndColumn: f.EndColumn,
				Article: f.Article, Message: oneLine(f.Message(lang)),
			})
			switch f.Severity {
			case validate.Error:
				rep.Errors++
			case validate.Warning:
				rep.Warnings++
			default:
				rep.Infos++
			}
		}
		rep.Files = append(rep.Files, jf)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		return err
	}
	_, err := w.Write(jsonSafe(buf.Bytes()))
	return err
}
