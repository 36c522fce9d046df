package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/prose"
)

// importProseHelp is the help of `seloste import` for a prose source, for
// the import command to show beside its own.
const importProseHelp = `With -from text, markdown or html, import reads a privacy notice written as
prose (a Word document saved as text or HTML, a web page, a Markdown file;
Finnish, Swedish or English, the old "rekisteriseloste" template included)
and writes it as a notice in YAML. Each value has a comment naming its source
line and how sure the import is (sure, likely, guess); text no item fits is
kept in free sections, so that nothing of the source is lost. The report of
what was guessed and what could not be placed, each with its source line,
goes to standard error (or to -report), as text or JSON (-report-format).
Check every guess, then run "seloste validate" on the result.

Word files (-from docx) are not read: save the document as HTML (Word's
"Web Page, Filtered") or as plain text and import that.

Exit status: 0 when the notice was written, 2 for bad usage or a source that
cannot be read.`

type importProseOpts struct {
	from, out, report, reportFormat, lang string
}

func importProseFlags(out io.Writer) (*flag.FlagSet, *importProseOpts) {
	o := &importProseOpts{}
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.from, "from", "", "the source's `format`: text, markdown or html")
	fs.StringVar(&o.out, "o", "", "write the notice to `file` instead of standard output")
	fs.StringVar(&o.report, "report", "", "write the report to `file` instead of standard error")
	fs.StringVar(&o.reportFormat, "report-format", "text", "the report's `format`: text or json")
	fs.StringVar(&o.lang, "lang", "", "the source's `language`: fi, sv or en (default: detected)")
	return fs, o
}

// importProse runs `seloste import -from text|markdown|html [-o file]
// [-report file] [-report-format text|json] [-lang L] FILE`. The import
// command dispatches to it for those -from values, passing the arguments
// after "import" unchanged; a path of - reads standard input.
func importProse(_ context.Context, e *env, args []string) int {
	fs, o := importProseFlags(e.stderr)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "usage: seloste import -from text|markdown|html [-o file] [-report file] [-report-format text|json] [-lang L] FILE\n")
	}
	if fs.Parse(args) != nil {
		return exitUsage
	}
	if o.from == "docx" || o.from == "doc" {
		e.errorf("-from %s: Word files are not read (no well-kept MIT-compatible Go library reads them without dropping hyperlinks and form fields); save the document as HTML or text and use -from html or -from text", o.from)
		return exitUsage
	}
	format, err := prose.ParseFormat(o.from)
	if err != nil {
		e.errorf("-from must be text, markdown or html, not %q", o.from)
		return exitUsage
	}
	if o.reportFormat != "text" && o.reportFormat != "json" {
		e.errorf("-report-format must be text or json, not %q", o.reportFormat)
		return exitUsage
	}
	var lang language.Tag
	if o.lang != "" {
		switch o.lang {
		case "fi", "sv", "en":
			lang = language.Make(o.lang)
		default:
			e.errorf("-lang must be fi, sv or en, not %q", o.lang)
			return exitUsage
		}
	}
	if fs.NArg() != 1 {
		e.errorf("import takes exactly one source file (- for standard input)")
		return exitUsage
	}
	path := fs.Arg(0)
	src, err := readSource(e, path)
	if err != nil {
		e.errorf("%s: %v", path, err)
		return exitUsage
	}
	name := path
	if path == "-" {
		name = "(standard input)"
	}
	res, err := prose.Import(src, prose.Options{Format: format, Language: lang, Source: filepath.Base(name)})
	if err != nil {
		e.errorf("%s: %v", path, err)
		return exitUsage
	}
	if o.out != "" {
		if err := os.WriteFile(o.out, res.YAML, 0o644); err != nil {
			e.errorf("%s: %v", o.out, describe(err))
			return exitUsage
		}
	} else if _, err := e.stdout.Write(res.YAML); err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	var rep bytes.Buffer
	if o.reportFormat == "json" {
		err = res.Report.WriteJSON(&rep)
	} else {
		err = res.Report.WriteText(&rep)
	}
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	if o.report != "" {
		if err := os.WriteFile(o.report, rep.Bytes(), 0o644); err != nil {
			e.errorf("%s: %v", o.report, describe(err))
			return exitUsage
		}
		return exitOK
	}
	e.stderr.Write(rep.Bytes())
	return exitOK
}

// errWordFile says why a Word file is refused.
var errWordFile = errors.New("a Word (.docx) file: Word files are not read; save the document as HTML or text and import that")

// readSource reads a prose source of at most prose.MaxInputSize bytes.
func readSource(e *env, path string) ([]byte, error) {
	var r io.Reader = e.stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, describe(err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, prose.MaxInputSize+1))
	if err != nil {
		return nil, describe(err)
	}
	if len(data) > prose.MaxInputSize {
		return nil, fmt.Errorf("the source is larger than %s, the most import reads", size(prose.MaxInputSize))
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return nil, errWordFile
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errors.New("binary file: the source must be text, Markdown or HTML")
	}
	return data, nil
}
