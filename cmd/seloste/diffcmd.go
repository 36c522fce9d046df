package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/seloste/seloste/diff"
	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

type diffOpts struct {
	lang, format, out string
}

func diffFlags(out io.Writer) (*flag.FlagSet, *diffOpts) {
	o := &diffOpts{}
	fs := flag.NewFlagSet("diff", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.lang, "lang", "", "`language` of the report: fi, sv or en (default: the new notice's original language)")
	fs.StringVar(&o.format, "format", "text", "output `format`: text, md (a changelog to publish) or json")
	fs.StringVar(&o.out, "o", "", "write to `file` instead of standard output")
	return fs, o
}

var diffCommand = &command{
	name:    "diff",
	flagSet: flagsOf(diffFlags),
	usage:   "diff [-lang fi|sv|en] [-format text|md|json] [-o file] old new",
	summary: "tell what changed between two versions of a notice, item by item, with each item's article",
	help: `Diff compares two versions of a notice and lists what was added, removed
or changed in each information item, with the article that requires the
item. Changes of substance (a new recipient, purpose, transfer or legal
basis, another retention period or contact) are told apart from changes of
wording and of the notice's own dates. The Markdown output is a changelog a
controller can publish to data subjects: notice text in it stays text, never
a link or markup. The JSON output lists every change with its JSON Pointer
for tools.

Exit status: 0 when nothing of substance changed, 1 when something did, 2
for bad usage or a notice that cannot be read or decoded.`,
	run: runDiff,
}

var diffFormats = map[string]string{"text": "text", "txt": "text", "md": "md", "markdown": "md", "json": "json"}

func runDiff(_ context.Context, e *env, args []string) int {
	fs, o := diffFlags(e.stderr)
	if !parse(e, fs, args) {
		return exitUsage
	}
	if fs.NArg() != 2 {
		e.errorf("diff takes two paths: the old version and the new one")
		return exitUsage
	}
	format, ok := diffFormats[o.format]
	if !ok {
		e.errorf("-format must be text, md or json, not %q", o.format)
		return exitUsage
	}
	if fs.Arg(0) == "-" && fs.Arg(1) == "-" {
		e.errorf("only one of the two versions can be read from standard input")
		return exitUsage
	}
	var ns [2]*notice.Notice
	for i, path := range fs.Args() {
		ins := collect(e, []string{path})
		if len(ins) != 1 {
			e.errorf("diff compares two notices; %s holds %d", path, len(ins))
			return exitUsage
		}
		if ins[0].err != nil {
			fmt.Fprintln(e.stderr, problemLine(ins[0].name, problem{Msg: ins[0].err.Error()}))
			return exitUsage
		}
		n, err := decode(ins[0])
		if err != nil {
			fmt.Fprintln(e.stderr, decodeError(ins[0].name, err))
			return exitUsage
		}
		ns[i] = n
	}
	lang := i18n.Base(ns[1].Original())
	if o.lang != "" {
		if lang, ok = parseLang(o.lang); !ok {
			e.errorf("-lang must be fi, sv or en, not %q", o.lang)
			return exitUsage
		}
	}
	r := diff.NewReport(ns[0], ns[1], lang)
	var buf bytes.Buffer
	var err error
	switch format {
	case "text":
		err = r.WriteText(&buf)
	case "md":
		err = r.WriteMarkdown(&buf)
	case "json":
		err = r.WriteJSON(&buf)
	}
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	out := buf.Bytes()
	if format == "json" {
		out = jsonSafe(out)
	}
	if code := writeOut(e, o.out, out); code != exitOK {
		return code
	}
	if diff.Material(r.Changes) {
		return exitFindings
	}
	return exitOK
}
