package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/render"
)

type renderOpts struct {
	lang, format, layer, out string
	fullURL                  string
	width                    int
	strict, stylesheet       bool
	numbered                 bool
}

func renderFlags(out io.Writer) (*flag.FlagSet, *renderOpts) {
	o := &renderOpts{}
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.lang, "lang", "", "`language` to render in: fi, sv, sv-SE or en (default: the notice's original language)")
	fs.StringVar(&o.format, "format", "html", "output `format`: html (a fragment), page (a whole document), md, text or json")
	fs.StringVar(&o.layer, "layer", "full", "`layer`: full, or short for the first layer of a layered notice")
	fs.StringVar(&o.out, "o", "", "write to `file` instead of standard output")
	fs.IntVar(&o.width, "width", 80, "wrap text output at this many `columns`")
	fs.BoolVar(&o.strict, "strict", false, "fail when a text has no translation in the language, instead of falling back to the original")
	fs.BoolVar(&o.stylesheet, "css", true, "include the default stylesheet in html and page output")
	fs.StringVar(&o.fullURL, "full-url", "", "`URL` of the full notice, which the short layer links to: absolute http(s), or relative to the short layer's page (default: the notice's own url, else no link)")
	fs.BoolVar(&o.numbered, "number-sections", false, "number the sections of html and page output")
	return fs, o
}

var renderCommand = &command{
	name:    "render",
	flagSet: flagsOf(renderFlags),
	usage:   "render [-lang L] [-format html|page|md|text|json] [-layer full|short] [-full-url URL] [-number-sections] [-width N] [-strict] [-css=true|false] [-o file] path",
	summary: "render a notice as HTML, Markdown, plain text or JSON, in Finnish, Swedish or English",
	help: `Render writes one notice in the chosen language, format and layer, with the
regulation's official terms for every code. A path of - reads standard
input. Text that is missing in the language falls back to the original
language (HTML output marks it with its own lang attribute) unless -strict is
given. The same notice and flags always give the same bytes.`,
	run: runRender,
}

var renderFormats = map[string]render.Format{
	"html": render.HTML, "page": render.Page, "md": render.Markdown, "markdown": render.Markdown,
	"text": render.Text, "txt": render.Text, "json": render.JSON,
}

func runRender(_ context.Context, e *env, args []string) int {
	fs, o := renderFlags(e.stderr)
	if !parse(e, fs, args) {
		return exitUsage
	}
	if fs.NArg() != 1 {
		e.errorf("render takes exactly one path")
		return exitUsage
	}
	opts := render.Options{Width: o.width, Strict: o.strict, Stylesheet: o.stylesheet,
		FullNoticeURL: o.fullURL, NumberSections: o.numbered}
	var ok bool
	if opts.Format, ok = renderFormats[o.format]; !ok {
		e.errorf("-format must be html, page, md, text or json, not %q", o.format)
		return exitUsage
	}
	switch o.layer {
	case "full":
	case "short":
		opts.Layer = render.Short
	default:
		e.errorf("-layer must be full or short, not %q", o.layer)
		return exitUsage
	}
	if o.lang != "" {
		tag, err := language.Parse(o.lang)
		if err != nil {
			e.errorf("-lang: %q is not a language tag", o.lang)
			return exitUsage
		}
		opts.Lang = tag
	}
	ins := collect(e, fs.Args())
	if len(ins) != 1 {
		e.errorf("render takes one notice; %s holds %d", fs.Arg(0), len(ins))
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
	var buf bytes.Buffer
	if err := render.Render(&buf, n, opts); err != nil {
		if errors.Is(err, render.ErrFullNoticeURL) {
			e.errorf("-full-url: %v", err)
			return exitUsage
		}
		e.errorf("%s: %v", in.name, err)
		return exitFindings
	}
	return writeOut(e, o.out, buf.Bytes())
}
