package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/interchange/tilt"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/prose"
)

type importOpts struct {
	from, lang, out, report, to string
}

func importFlags(out io.Writer) (*flag.FlagSet, *importOpts) {
	o := &importOpts{}
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.from, "from", "tilt", "the `format` to read: tilt, or a notice in prose: text, markdown or html")
	fs.StringVar(&o.lang, "lang", "", "the `language` of a prose source: fi, sv, en, de or nl (default: detected)")
	fs.StringVar(&o.out, "o", "", "write each notice and its report into `dir` (needed for more than one document)")
	fs.StringVar(&o.report, "report", "text", "report `format`: text or json")
	fs.StringVar(&o.to, "to", "yaml", "the `format` to write notices in: yaml or json")
	return fs, o
}

var importCommand = &command{
	name:    "import",
	flagSet: flagsOf(importFlags),
	usage:   "import [-from tilt|text|markdown|html] [-lang L] [-o dir] [-report text|json] [-to yaml|json] file|dir ...",
	summary: "turn TILT documents, or notices written as prose, into notices, with a report of what has no place",
	help: `Import reads TILT documents (the Transparency Information Language) and
writes one notice per document, in the document's language. A directory is
read for its .json files. Nothing is dropped silently: the report of each
document lists, by JSON Pointer, every placeholder (null, [], "") and every
value the notice has no place for or reads in another form, with the reason.

` + importProseHelp + `

With one document and no -o, the notice goes to standard output and its
report to standard error; a path of - reads standard input. With -o DIR,
each document NAME.json (or NAME.txt, NAME.md, NAME.html) gives DIR/NAME.yaml
(or .json with -to json) and DIR/NAME.report.txt (or .report.json with
-report json). Exit status 2 when a document cannot be read.`,
	run: runImport,
}

// importer turns one source document into a notice, written as -to asks,
// and its report, written as -report asks.
type importer func(in input) (doc, report []byte, err error)

func runImport(_ context.Context, e *env, args []string) int {
	fs, o := importFlags(e.stderr)
	if !parse(e, fs, args) {
		return exitUsage
	}
	var imp importer
	switch o.from {
	case "tilt":
		if o.lang != "" {
			e.errorf("-lang is for a prose source: a TILT document names its language")
			return exitUsage
		}
		imp = o.tiltImporter()
	case "docx", "doc":
		e.errorf("-from %s: %v", o.from, errWordFile)
		return exitUsage
	default:
		var err error
		if imp, err = o.proseImporter(); err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
	}
	switch {
	case o.report != "text" && o.report != "json":
		e.errorf("-report must be text or json, not %q", o.report)
		return exitUsage
	case o.to != "yaml" && o.to != "json":
		e.errorf("-to must be yaml or json, not %q", o.to)
		return exitUsage
	case fs.NArg() == 0:
		e.errorf("import needs a file or a directory of them")
		return exitUsage
	}
	var ins []input
	if o.from == "tilt" {
		ins = collectTILT(fs.Args())
	} else {
		ins = collectProse(e, fs.Args())
	}
	if len(ins) != 1 && o.out == "" {
		e.errorf("%d documents: give -o DIR to write a notice and a report for each", len(ins))
		return exitUsage
	}
	if o.out != "" {
		if err := os.MkdirAll(o.out, 0o755); err != nil {
			e.errorf("%s: %v", o.out, describe(err))
			return exitUsage
		}
	}
	status := exitOK
	for _, in := range ins {
		if in.err != nil {
			fmt.Fprintf(e.stderr, "%s: %v\n", in.name, in.err)
			status = exitUsage
			continue
		}
		doc, rep, err := imp(in)
		if err != nil {
			fmt.Fprintf(e.stderr, "%s: %v\n", in.name, err)
			status = exitUsage
			continue
		}
		if o.out == "" {
			e.stdout.Write(doc)
			e.stderr.Write(rep)
			continue
		}
		base := filepath.Base(in.name)
		for _, ext := range []string{".json", ".tilt", ".txt", ".text", ".md", ".markdown", ".html", ".htm"} {
			base = strings.TrimSuffix(base, ext)
		}
		if in.name == "-" {
			base = "stdin"
		}
		for _, f := range []struct {
			name string
			data []byte
		}{{base + "." + o.to, doc}, {base + ".report." + map[string]string{"text": "txt", "json": "json"}[o.report], rep}} {
			if code := writeOut(e, filepath.Join(o.out, f.name), f.data); code != exitOK {
				status = code
			}
		}
	}
	return status
}

// tiltImporter reads a TILT document.
func (o *importOpts) tiltImporter() importer {
	return func(in input) ([]byte, []byte, error) {
		n, r, err := tilt.Import(in.data)
		if err != nil {
			return nil, nil, fmt.Errorf("%s", strings.TrimPrefix(err.Error(), "tilt: "))
		}
		doc, err := o.encode(n, nil)
		if err != nil {
			return nil, nil, err
		}
		var rep bytes.Buffer
		if o.report == "json" {
			err = r.WriteJSON(&rep)
		} else {
			err = r.WriteText(&rep, false)
		}
		return doc, o.safeReport(rep.Bytes()), err
	}
}

// proseImporter reads a notice written as prose, in the format -from
// names.
func (o *importOpts) proseImporter() (importer, error) {
	format, err := prose.ParseFormat(o.from)
	if err != nil {
		return nil, fmt.Errorf("-from must be tilt, text, markdown or html, not %q", o.from)
	}
	var lang language.Tag
	if o.lang != "" {
		var names []string
		for _, t := range prose.Languages {
			if t.String() == o.lang {
				lang = t
			}
			names = append(names, t.String())
		}
		if lang == language.Und {
			return nil, fmt.Errorf("-lang must be one of %s, not %q", strings.Join(names, ", "), o.lang)
		}
	}
	return func(in input) ([]byte, []byte, error) {
		name := in.name
		if name == "-" {
			name = "(standard input)"
		}
		res, err := prose.Import(in.data, prose.Options{Format: format, Language: lang, Source: filepath.Base(name)})
		if err != nil {
			return nil, nil, err
		}
		doc, err := o.encode(res.Notice, res.YAML)
		if err != nil {
			return nil, nil, err
		}
		var rep bytes.Buffer
		if o.report == "json" {
			err = res.Report.WriteJSON(&rep)
		} else {
			err = res.Report.WriteText(&rep)
		}
		return doc, o.safeReport(rep.Bytes()), err
	}, nil
}

// safeReport returns a JSON report with its control and bidi characters
// escaped, as every command's JSON output is (jsonSafe); a text report as
// it is.
func (o *importOpts) safeReport(rep []byte) []byte {
	if o.report == "json" {
		return jsonSafe(rep)
	}
	return rep
}

// encode writes n as -to asks: commented, the YAML given when there is
// one.
func (o *importOpts) encode(n *notice.Notice, commented []byte) ([]byte, error) {
	switch {
	case o.to == "json":
		js, err := notice.EncodeJSON(n)
		return jsonSafe(js), err
	case commented != nil:
		return commented, nil
	}
	return notice.EncodeYAML(n)
}

// collectTILT reads the files and the .json files of the directories
// given, in name order within a directory.
func collectTILT(paths []string) []input {
	var out []input
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			out = append(out, input{name: p, err: describe(err)})
			continue
		}
		if !info.IsDir() {
			out = append(out, readFile(p, info))
			continue
		}
		var found []input
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				found = append(found, input{name: path, err: describe(err)})
			case !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".json"):
				if info, err := d.Info(); err == nil {
					found = append(found, readFile(path, info))
				}
			}
			return nil
		})
		slices.SortFunc(found, func(a, b input) int { return strings.Compare(a.name, b.name) })
		out = append(out, found...)
	}
	return out
}
