// Command seloste checks, formats, renders and serves machine-readable privacy
// notices: the information GDPR Articles 13 and 14 oblige a controller to
// give.
//
// Usage:
//
//	seloste <command> [flags] [arguments]
//
// The commands are:
//
//	init      write a new notice to start from, every item of Arts 13 and 14 explained with its article
//	validate  check notices for completeness and consistency, each finding named by article
//	render    render a notice as HTML, Markdown, plain text or JSON, in Finnish, Swedish or English
//	schema    print the JSON Schema of a notice document
//	fmt       format notices canonically, or convert between YAML and JSON
//	diff      tell what changed between two versions of a notice, item by item, with each item's article
//	serve     serve a preview of notices, with their findings, on a local address
//	import    turn TILT documents, or notices written as prose, into notices, with a report of what has no place
//	export    write a notice as TILT, W3C DPV JSON-LD or the Art 30 record (CSV, XLSX)
//	version   print the version of seloste
//
// Run "seloste help <command>" (or "seloste <command> -h") for what each
// command does and its flags. With no path,
// validate and serve use the bundled example notices.
//
// Exit status: 0 when all is well, 1 when validate finds errors or diff
// finds a change of substance, 2 for bad usage or a file that cannot be read
// or decoded.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
)

// Exit statuses.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

// A command is one verb of the tool.
type command struct {
	name    string
	usage   string // the synopsis after "seloste"
	summary string
	help    string // paragraphs after the synopsis
	run     func(ctx context.Context, env *env, args []string) int
	// flagSet returns the command's flags, for its help; nil for none.
	flagSet func(out io.Writer) *flag.FlagSet
}

// flagsOf adapts a command's flag constructor for [command.flagSet].
func flagsOf[T any](newFlags func(io.Writer) (*flag.FlagSet, T)) func(io.Writer) *flag.FlagSet {
	return func(out io.Writer) *flag.FlagSet {
		fs, _ := newFlags(out)
		return fs
	}
}

// env is what a command may touch: its streams, so that tests can run
// commands in process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "seloste: "+format+"\n", args...)
}

var commands []*command

func lookup(name string) *command {
	for _, c := range commands {
		if c.name == name {
			return c
		}
	}
	return nil
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, e *env, args []string) int {
	commands = allCommands()
	if len(args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		return helpCmd(e, args[1:])
	}
	c := lookup(args[0])
	if c == nil {
		e.errorf("unknown command %q; run 'seloste help' for the list", args[0])
		return exitUsage
	}
	if asksHelp(args[1:]) {
		return helpCmd(e, args[:1])
	}
	return c.run(ctx, e, args[1:])
}

// asksHelp reports whether a command's arguments ask for its help: -h,
// -help or --help before any "--".
func asksHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

func allCommands() []*command {
	return []*command{initCommand, validateCommand, renderCommand, schemaCommand, fmtCommand, diffCommand, serveCommand, importCommand, exportCommand, versionCommand}
}

func usage(w io.Writer) {
	fmt.Fprint(w, "seloste checks, formats, renders and serves machine-readable privacy notices.\n\nUsage:\n\n\tseloste <command> [flags] [arguments]\n\nThe commands are:\n\n")
	for _, c := range commands {
		fmt.Fprintf(w, "\t%-8s  %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'seloste help <command>' for more about a command.\n")
}

func helpCmd(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stdout)
		return exitOK
	}
	c := lookup(args[0])
	if c == nil {
		e.errorf("unknown help topic %q; run 'seloste help'", args[0])
		return exitUsage
	}
	fmt.Fprintf(e.stdout, "usage: seloste %s\n\n%s\n", c.usage, strings.TrimSpace(c.help))
	if c.flagSet != nil {
		fmt.Fprint(e.stdout, "\nFlags:\n")
		fs := c.flagSet(e.stdout)
		fs.PrintDefaults()
	}
	return exitOK
}

// parse parses args with fs, whose name is the command's; on error it has
// printed the message and the command's usage.
func parse(e *env, fs *flag.FlagSet, args []string) bool {
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		c := lookup(fs.Name())
		fmt.Fprintf(e.stderr, "usage: seloste %s\nRun 'seloste help %s' for details.\n", c.usage, c.name)
	}
	return fs.Parse(args) == nil
}
