package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/starter"
	"github.com/seloste/seloste/validate"
)

type initOpts struct {
	lang   string
	public bool
	out    string
}

func initFlags(out io.Writer) (*flag.FlagSet, *initOpts) {
	o := &initOpts{}
	fs := flag.NewFlagSet("init", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.lang, "lang", "fi", "comma-separated `languages` of the notice, the first the original, such as fi,sv,en")
	fs.BoolVar(&o.public, "public", false, "the controller is a public authority or body (Art 37(1)(a), Art 6(1) second subparagraph)")
	fs.StringVar(&o.out, "o", "", "write a new `file` (never one that exists) instead of standard output")
	return fs, o
}

var initCommand = &command{
	name:    "init",
	flagSet: flagsOf(initFlags),
	usage:   "init [-lang L,...] [-public] [-o file]",
	summary: "write a new notice to start from, every item of Arts 13 and 14 explained with its article",
	help: `Init writes a notice to start from, in YAML: every item of Articles 13 and
14 under a comment that says what the item is and cites its article. A
free-text item holds a placeholder, "TODO:" and the item's name, in each
language of the notice; an item that is a code (legal bases, rights,
sources, the requirement, the supervisory authority) is left out, with an
example in a comment to copy. Validate names every placeholder (rule
PLACEHOLDER-01) and every missing item, each with its article, and fmt
leaves the file as it is.

With -public, the notice is that of a public authority or body: it states
controller.publicAuthority, asks for a data protection officer (Art
37(1)(a)), and its examples rest processing on Art 6(1)(e) or (c) with the
law behind them rather than on legitimate interests (Art 6(1), second
subparagraph), with disclosures under the law on public access to official
documents (Art 86) among the recipients.

Without -o the notice goes to standard output. With -o it is written to a
new file; an existing file is never overwritten.`,
	run: runInit,
}

func runInit(_ context.Context, e *env, args []string) int {
	flags, o := initFlags(e.stderr)
	if !parse(e, flags, args) {
		return exitUsage
	}
	if flags.NArg() != 0 {
		e.errorf("init takes no arguments; name the file with -o")
		return exitUsage
	}
	var langs []language.Tag
	for _, s := range strings.Split(o.lang, ",") {
		tag, err := language.Parse(strings.TrimSpace(s))
		if err != nil {
			e.errorf("-lang: %q is not a language tag", s)
			return exitUsage
		}
		langs = append(langs, tag)
	}
	yml, err := starter.YAML(starter.Options{Languages: langs, PublicAuthority: o.public})
	if err != nil {
		e.errorf("-lang: %v", strings.TrimPrefix(err.Error(), "starter: "))
		return exitUsage
	}
	if o.out == "" {
		if _, err := e.stdout.Write(yml); err != nil {
			return exitUsage
		}
		return exitOK
	}
	if err := writeNew(o.out, yml); err != nil {
		if errors.Is(err, fs.ErrExist) {
			e.errorf("%s exists; init writes only a new file", o.out)
		} else {
			e.errorf("%s: %v", o.out, describe(err))
		}
		return exitUsage
	}
	fmt.Fprintf(e.stderr, "seloste: wrote %s; \"seloste validate %s\" names what is still to fill in\n", validate.Visible(o.out), shellQuote(validate.Visible(o.out)))
	return exitOK
}

// writeNew writes data to a file that must not exist yet.
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// shellQuote quotes a path for a POSIX shell where it needs quoting (a
// space, a quote, a character a shell reads), so that a command suggested
// with it works when pasted.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r == '+' || r == ',' || r == ':' || r == '@' || r == '=' ||
			'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
