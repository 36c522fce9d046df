package main

import (
	"bytes"
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

type fmtOpts struct {
	write bool
	to    string
}

func fmtFlags(out io.Writer) (*flag.FlagSet, *fmtOpts) {
	o := &fmtOpts{}
	fs := flag.NewFlagSet("fmt", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.BoolVar(&o.write, "w", false, "write the result back to each file instead of standard output (with -to, to a file of the new extension beside it)")
	fs.StringVar(&o.to, "to", "", "the `format` to convert to: yaml or json (default: keep each file's syntax)")
	return fs, o
}

var fmtCommand = &command{
	name:    "fmt",
	flagSet: flagsOf(fmtFlags),
	usage:   "fmt [-w] [-to yaml|json] path ...",
	summary: "format notices canonically, or convert between YAML and JSON",
	help: `Fmt checks each notice strictly and writes it in canonical form: the fields
of every object in schema order, the languages of every text in the notice's
order, language tags, codes and dates in the form the decoder reads.

A notice in YAML keeps what its author wrote: comments, the
yaml-language-server schema hint, blank lines, indentation and the style of
every value stay, and a field moves with the comments above it. Where nothing
needs to change the output is the input, byte for byte. A notice in JSON is
written as canonical JSON, indented by two spaces.

With -to, a notice is converted between YAML and JSON without loss of
content: decoding the output gives a notice equal to the input, with the
same content hash. JSON has no comments: converting YAML that has some says
on standard error how many comment lines are not kept.

Without -w the result goes to standard output. With -w each file is
rewritten; with -w and -to, the converted notice is written beside the
original with the new extension (kiva.yaml -> kiva.json), and the original is
kept. A path of - reads standard input.`,
	run: runFmt,
}

func runFmt(_ context.Context, e *env, args []string) int {
	fs, o := fmtFlags(e.stderr)
	if !parse(e, fs, args) {
		return exitUsage
	}
	switch o.to {
	case "", "yaml", "json":
	default:
		e.errorf("-to must be yaml or json, not %q", o.to)
		return exitUsage
	}
	if fs.NArg() == 0 {
		e.errorf("fmt needs at least one path (- for standard input)")
		return exitUsage
	}
	status := exitOK
	for _, in := range collect(e, fs.Args()) {
		if in.err != nil {
			fmt.Fprintln(e.stderr, problemLine(in.name, problem{Msg: in.err.Error()}))
			status = exitUsage
			continue
		}
		from := "yaml"
		if strings.EqualFold(filepath.Ext(in.name), ".json") || (in.name == "-" && bytes.HasPrefix(bytes.TrimSpace(in.data), []byte("{"))) {
			from = "json"
		}
		to := cmp.Or(o.to, from)
		out, err := formatAs(in, from, to)
		if err != nil {
			fmt.Fprintln(e.stderr, decodeError(in.name, err))
			status = exitUsage
			continue
		}
		if from == "yaml" && to == "json" {
			if c := notice.CommentLines(in.data); c > 0 {
				e.errorf("%s: JSON has no comments: %d comment line(s) of the YAML are not kept", validate.Visible(in.name), c)
			}
		}
		if !o.write || in.name == "-" {
			e.stdout.Write(out)
			continue
		}
		dest := in.name
		if o.to != "" {
			dest = strings.TrimSuffix(in.name, filepath.Ext(in.name)) + "." + to
		}
		if err := os.WriteFile(dest, out, 0o644); err != nil {
			e.errorf("%s: %v", dest, describe(err))
			status = exitUsage
		}
	}
	return status
}

// formatAs formats a notice read as syntax from into syntax to: YAML to YAML
// keeps what the author wrote (notice.FormatYAML); any other way, the notice
// is decoded and encoded canonically, and YAML so made is in the form
// FormatYAML gives.
func formatAs(in input, from, to string) ([]byte, error) {
	if from == "yaml" && to == "yaml" {
		return notice.FormatYAML(in.data)
	}
	n, err := decode(in)
	if err != nil {
		return nil, err
	}
	if to == "json" {
		js, err := notice.EncodeJSON(n)
		return jsonSafe(js), err
	}
	y, err := notice.EncodeYAML(n)
	if err != nil {
		return nil, err
	}
	return notice.FormatYAML(y) // the languages of texts in the notice's order, as in any YAML fmt writes
}
