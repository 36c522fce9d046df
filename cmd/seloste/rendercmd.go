package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/render"
)

type renderOpts struct {
	lang, fallback, format, layer, out string
	fullURL                            string
	width                              int
	strict, stylesheet                 bool
	numbered                           bool
}

func renderFlags(out io.Writer) (*flag.FlagSet, *renderOpts) {
	o := &renderOpts{}
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.lang, "lang", "", "`language` to render in: fi, sv, sv-SE or en (default: the notice's original language)")
	fs.StringVar(&o.fallback, "fallback", "", "supported `language` to render in when the notice's language (or -lang) is one seloste has no catalog for, such as German: the headings and terms in it, the notice's own text in its language, and a note at the top saying so (default: none, and such a notice is an error)")
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
	usage:   "render [-lang L] [-fallback L] [-format html|page|md|text|json] [-layer full|short] [-full-url URL] [-number-sections] [-width N] [-strict] [-css=true|false] [-o file] path",
	summary: "render a notice as HTML, Markdown, plain text or JSON, in Finnish, Swedish or English",
	help: `Render writes one notice in the chosen language, format and layer, with the
regulation's official terms for every code. A path of - reads standard
input. Text that is missing in the language falls back to the original
language (HTML output marks it with its own lang attribute) unless -strict is
given. The same notice and flags always give the same bytes.

Headings and the regulation's terms exist in Finnish, Swedish and English. A
notice written in another language (German, Dutch) renders only with -lang
naming one of them, or with -fallback: without either, render exits with
status 2 and says so.`,
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
	for _, l := range []struct {
		flag, value string
		tag         *language.Tag
	}{{"-lang", o.lang, &opts.Lang}, {"-fallback", o.fallback, &opts.Fallback}} {
		if l.value == "" {
			continue
		}
		tag, err := language.Parse(l.value)
		if err != nil {
			e.errorf("%s: %q is not a language tag", l.flag, l.value)
			return exitUsage
		}
		*l.tag = tag
	}
	if opts.Fallback != language.Und && len(render.Languages(&notice.Notice{Languages: []language.Tag{opts.Fallback}})) == 0 {
		// A fallback the catalog lacks is refused before any notice is read.
		e.errorf("-fallback: seloste does not render in %s; give one of %s", o.fallback, tagList(i18n.Supported))
		return exitUsage
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
		if errors.Is(err, render.ErrUnsupportedLanguage) {
			want := opts.Lang
			if want == language.Und {
				want = n.Original()
			}
			e.errorf("%s: seloste does not render in %s: its headings and terms are in %s only; give -lang with one of them, or -fallback en to render with English headings and the notice's own text in %s",
				in.name, want, tagList(i18n.Supported), n.Original())
			return exitUsage
		}
		e.errorf("%s: %v", in.name, err)
		return exitFindings
	}
	out := buf.Bytes()
	if opts.Format == render.JSON {
		out = jsonSafe(out) // the other formats make such characters visible themselves
	}
	return writeOut(e, o.out, out)
}

// tagList returns tags as "fi, sv, en".
func tagList(tags []language.Tag) string {
	s := make([]string, len(tags))
	for i, t := range tags {
		s[i] = t.String()
	}
	return strings.Join(s, ", ")
}
