package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/interchange/dpv"
	"github.com/seloste/seloste/interchange/ropa"
	"github.com/seloste/seloste/interchange/tilt"
	"github.com/seloste/seloste/notice"
)

type exportOpts struct {
	to, lang, format, out, report string
}

func exportFlags(out io.Writer) (*flag.FlagSet, *exportOpts) {
	o := &exportOpts{}
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.to, "to", "", "the `format` to write: tilt, dpv or ropa (required)")
	fs.StringVar(&o.lang, "lang", "", "`language`: for tilt, the one document to write (default: one per language of the notice); for ropa, the language of the record, fi, sv or en (default: the notice's original language, else en)")
	fs.StringVar(&o.format, "format", "csv", "ropa only: `csv` or xlsx")
	fs.StringVar(&o.out, "o", "", "write to `path`: a file, or for tilt with several languages a directory")
	fs.StringVar(&o.report, "report", "text", "tilt only: report `format`, text or json")
	return fs, o
}

var exportCommand = &command{
	name:    "export",
	flagSet: flagsOf(exportFlags),
	usage:   "export -to tilt|dpv|ropa [-lang L] [-format csv|xlsx] [-report text|json] [-o path] path",
	summary: "write a notice as TILT, W3C DPV JSON-LD or the Art 30 record (CSV, XLSX)",
	help: `Export writes one notice in another format:

  tilt  TILT documents, one per language of the notice, valid against TILT's
        schema, each with a report of what TILT cannot hold, holds in another
        form, or requires and the notice does not state.
  dpv   JSON-LD in the terms of the W3C Data Privacy Vocabulary 2.2 and its
        GDPR extension, text as language-tagged literals.
  ropa  the record of processing activities of Art 30(1), one row per
        activity with items (a) to (g), headings in fi, sv or en, as CSV or
        as an XLSX workbook.

A path of - reads standard input. For tilt with one language (or -lang),
the document goes to standard output or -o FILE, and its report to standard
error; with several languages, -o DIR receives NAME.LANG.tilt.json and
NAME.LANG.report.txt (or .report.json) for each. The same notice and flags
always give the same bytes, except a TILT document of a notice with no date
at all, which carries the day of the export.`,
	run: runExport,
}

func runExport(_ context.Context, e *env, args []string) int {
	fs, o := exportFlags(e.stderr)
	if !parse(e, fs, args) {
		return exitUsage
	}
	switch {
	case o.to != "tilt" && o.to != "dpv" && o.to != "ropa":
		e.errorf("-to must be tilt, dpv or ropa, not %q", o.to)
		return exitUsage
	case o.format != "csv" && o.format != "xlsx":
		e.errorf("-format must be csv or xlsx, not %q", o.format)
		return exitUsage
	case o.report != "text" && o.report != "json":
		e.errorf("-report must be text or json, not %q", o.report)
		return exitUsage
	case fs.NArg() != 1:
		e.errorf("export takes exactly one path")
		return exitUsage
	}
	var lang language.Tag
	if o.lang != "" {
		tag, err := language.Parse(o.lang)
		if err != nil {
			e.errorf("-lang: %q is not a language tag", o.lang)
			return exitUsage
		}
		lang = tag
	}
	ins := collect(e, fs.Args())
	if len(ins) != 1 {
		e.errorf("export takes one notice; %s holds %d", fs.Arg(0), len(ins))
		return exitUsage
	}
	in := ins[0]
	if in.err != nil {
		fmt.Fprintf(e.stderr, "%s: %v\n", in.name, in.err)
		return exitUsage
	}
	n, err := decode(in)
	if err != nil {
		fmt.Fprintln(e.stderr, decodeError(in.name, err))
		return exitUsage
	}
	switch o.to {
	case "dpv":
		data, err := dpv.Encode(n)
		if err != nil {
			e.errorf("%s: %v", in.name, err)
			return exitUsage
		}
		return writeOut(e, o.out, jsonSafe(data))
	case "ropa":
		if lang == language.Und {
			lang = language.English
			if b, _ := n.Original().Base(); b.String() == "fi" || b.String() == "sv" || b.String() == "en" {
				lang = n.Original()
			}
		}
		r, err := ropa.Build(n, lang)
		if err != nil {
			e.errorf("-lang: %v", strings.TrimPrefix(err.Error(), "ropa: "))
			return exitUsage
		}
		var buf bytes.Buffer
		if o.format == "xlsx" {
			err = r.WriteXLSX(&buf)
		} else {
			err = r.WriteCSV(&buf)
		}
		if err != nil {
			e.errorf("%s: %v", in.name, err)
			return exitUsage
		}
		return writeOut(e, o.out, buf.Bytes())
	}
	return exportTILT(e, in, n, lang, o)
}

func exportTILT(e *env, in input, n *notice.Notice, lang language.Tag, o *exportOpts) int {
	langs := n.Languages
	if lang != language.Und {
		langs = []language.Tag{lang}
	}
	if len(langs) > 1 && o.out == "" {
		e.errorf("the notice has %d languages: give -lang L for one document, or -o DIR for all", len(langs))
		return exitUsage
	}
	base := strings.TrimSuffix(filepath.Base(in.name), filepath.Ext(in.name))
	status := exitOK
	for _, l := range langs {
		d, err := tilt.ExportLanguage(n, l, tilt.Options{})
		if err != nil {
			e.errorf("%v", strings.TrimPrefix(err.Error(), "tilt: "))
			return exitUsage
		}
		var rep bytes.Buffer
		if o.report == "json" {
			err = d.Report.WriteJSON(&rep)
		} else {
			err = d.Report.WriteText(&rep, true)
		}
		if err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
		doc := jsonSafe(d.JSON)
		if o.report == "json" {
			rep = *bytes.NewBuffer(jsonSafe(rep.Bytes()))
		}
		if len(langs) == 1 && !isDir(o.out) {
			e.stderr.Write(rep.Bytes())
			if code := writeOut(e, o.out, doc); code != exitOK {
				return code
			}
			continue
		}
		if err := os.MkdirAll(o.out, 0o755); err != nil {
			e.errorf("%s: %v", o.out, describe(err))
			return exitUsage
		}
		ext := map[string]string{"text": "txt", "json": "json"}[o.report]
		for _, f := range []struct {
			name string
			data []byte
		}{{base + "." + l.String() + ".tilt.json", doc}, {base + "." + l.String() + ".report." + ext, rep.Bytes()}} {
			if code := writeOut(e, filepath.Join(o.out, f.name), f.data); code != exitOK {
				status = code
			}
		}
	}
	return status
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return p != "" && err == nil && info.IsDir()
}
