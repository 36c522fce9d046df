package main

import (
	"context"
	"flag"
	"io"
	"os"

	"github.com/seloste/seloste/notice"
)

func schemaVersion() string { return notice.SchemaVersion }

type schemaOpts struct{ out string }

func schemaFlags(out io.Writer) (*flag.FlagSet, *schemaOpts) {
	o := &schemaOpts{}
	fs := flag.NewFlagSet("schema", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.out, "o", "", "write the schema to `file` instead of standard output")
	return fs, o
}

var schemaCommand = &command{
	name:    "schema",
	flagSet: flagsOf(schemaFlags),
	usage:   "schema [-o file]",
	summary: "print the JSON Schema of a notice document",
	help: `Schema prints the JSON Schema (draft 2020-12) of a notice document, the same
file as notice/notice.schema.json in the source. Every field's description
cites the article of the GDPR that requires it; every code is an enumeration
with its article. Editors that speak the yaml-language-server protocol use it
to complete and check a notice written in YAML.`,
	run: func(_ context.Context, e *env, args []string) int {
		fs, o := schemaFlags(e.stderr)
		if !parse(e, fs, args) {
			return exitUsage
		}
		if fs.NArg() > 0 {
			e.errorf("schema takes no arguments")
			return exitUsage
		}
		return writeOut(e, o.out, notice.JSONSchema)
	},
}

// writeOut writes data to the named file, or to standard output when name is
// empty or "-".
func writeOut(e *env, name string, data []byte) int {
	if name == "" || name == "-" {
		if _, err := e.stdout.Write(data); err != nil {
			e.errorf("%v", err)
			return exitUsage
		}
		return exitOK
	}
	if err := os.WriteFile(name, data, 0o644); err != nil {
		e.errorf("%s: %v", name, describe(err))
		return exitUsage
	}
	return exitOK
}
