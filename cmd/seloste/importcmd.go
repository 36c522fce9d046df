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

	"github.com/seloste/seloste/interchange/tilt"
	"github.com/seloste/seloste/notice"
)

type importOpts struct {
	from, out, report, to string
}

func importFlags(out io.Writer) (*flag.FlagSet, *importOpts) {
	o := &importOpts{}
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.from, "from", "tilt", "the `format` to read: tilt")
	fs.StringVar(&o.out, "o", "", "write each notice and its report into `dir` (needed for more than one document)")
	fs.StringVar(&o.report, "report", "text", "report `format`: text or json")
	fs.StringVar(&o.to, "to", "yaml", "write notices as `yaml` or json")
	return fs, o
}

var importCommand = &command{
	name:    "import",
	flagSet: flagsOf(importFlags),
	usage:   "import [-from tilt] [-o dir] [-report text|json] [-to yaml|json] file|dir ...",
	summary: "turn TILT documents into notices, with a report of what has no place",
	help: `Import reads TILT documents (the Transparency Information Language) and
writes one notice per document, in the document's language. A directory is
read for its .json files. Nothing is dropped silently: the report of each
document lists, by JSON Pointer, every placeholder (null, [], "") and every
value the notice has no place for or reads in another form, with the reason.

With one document and no -o, the notice goes to standard output and its
report to standard error. With -o DIR, each document NAME.json gives
DIR/NAME.yaml (or .json with -to json) and DIR/NAME.report.txt (or
.report.json with -report json). Exit status 2 when a document cannot be
read as TILT.`,
	run: runImport,
}

func runImport(_ context.Context, e *env, args []string) int {
	fs, o := importFlags(e.stderr)
	if !parse(e, fs, args) {
		return exitUsage
	}
	switch {
	case o.from != "tilt":
		e.errorf("-from must be tilt, not %q", o.from)
		return exitUsage
	case o.report != "text" && o.report != "json":
		e.errorf("-report must be text or json, not %q", o.report)
		return exitUsage
	case o.to != "yaml" && o.to != "json":
		e.errorf("-to must be yaml or json, not %q", o.to)
		return exitUsage
	case fs.NArg() == 0:
		e.errorf("import needs a TILT file or a directory of them")
		return exitUsage
	}
	ins := collectTILT(fs.Args())
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
		n, r, err := tilt.Import(in.data)
		if err != nil {
			fmt.Fprintf(e.stderr, "%s: %v\n", in.name, strings.TrimPrefix(err.Error(), "tilt: "))
			status = exitUsage
			continue
		}
		encode := notice.EncodeYAML
		if o.to == "json" {
			encode = notice.EncodeJSON
		}
		doc, err := encode(n)
		if err != nil {
			e.errorf("%s: %v", in.name, err)
			status = exitUsage
			continue
		}
		var rep bytes.Buffer
		if o.report == "json" {
			err = r.WriteJSON(&rep)
		} else {
			err = r.WriteText(&rep, false)
		}
		if err != nil {
			e.errorf("%s: %v", in.name, err)
			status = exitUsage
			continue
		}
		if o.out == "" {
			e.stdout.Write(doc)
			e.stderr.Write(rep.Bytes())
			continue
		}
		base := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(in.name), ".json"), ".tilt")
		for _, f := range []struct {
			name string
			data []byte
		}{{base + "." + o.to, doc}, {base + ".report." + map[string]string{"text": "txt", "json": "json"}[o.report], rep.Bytes()}} {
			if code := writeOut(e, filepath.Join(o.out, f.name), f.data); code != exitOK {
				status = code
			}
		}
	}
	return status
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
