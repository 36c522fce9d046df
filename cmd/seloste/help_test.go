package main

import (
	"flag"
	"io"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// synopsisFlag finds a flag in a synopsis: optional ("[-o file]") or
// required ("-to tilt|dpv").
var synopsisFlag = regexp.MustCompile(`(?:^|[\s\[])-([a-z][a-z-]*)`)

// flagNames returns the names of a command's flags.
func flagNames(c *command) []string {
	var names []string
	if c.flagSet != nil {
		c.flagSet(io.Discard).VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	}
	return names
}

// TestSynopsesNameEveryFlag compares each command's synopsis, in its help
// and in the README, with its flag set: every flag is in both, and nothing
// else is.
func TestSynopsesNameEveryFlag(t *testing.T) {
	readme, err := os.ReadFile(readmePath)
	require.NoError(t, err)
	block := regexp.MustCompile("(?s)## The command\n\n```sh\n(.*?)```").FindSubmatch(readme)
	require.NotNil(t, block, "README.md has a block of synopses under \"## The command\"")
	var readmeLines []string
	for _, l := range strings.Split(strings.TrimSpace(string(block[1])), "\n") {
		if strings.HasPrefix(l, "seloste ") {
			readmeLines = append(readmeLines, l)
		}
	}
	commands = allCommands()
	var want []string
	for _, c := range commands {
		want = append(want, "seloste "+c.usage)
		var inSynopsis []string
		for _, m := range synopsisFlag.FindAllStringSubmatch(c.usage, -1) {
			inSynopsis = append(inSynopsis, m[1])
		}
		assert.ElementsMatch(t, flagNames(c), inSynopsis, "%s: the synopsis names every flag", c.name)

		out, _, code := seloste(t, nil, "help", c.name)
		assert.Equal(t, 0, code)
		assert.True(t, strings.HasPrefix(out, "usage: seloste "+c.usage+"\n"), "%s: help starts with the synopsis", c.name)
		for _, f := range flagNames(c) {
			assert.Regexp(t, `(?m)^  -`+regexp.QuoteMeta(f)+`\b`, out, "%s: help explains -%s", c.name, f)
		}
	}
	assert.Equal(t, want, readmeLines, "README.md gives each command's synopsis as its help does")
}

// TestHelpExitsZero asks for help every way there is, of the command and of
// each subcommand: all print it on standard output and exit 0.
func TestHelpExitsZero(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"-h"}, {"-help"}, {"--help"}} {
		out, errOut, code := seloste(t, nil, args...)
		assert.Equal(t, 0, code, "%v", args)
		assert.Contains(t, out, "Usage:", "%v", args)
		assert.Empty(t, errOut)
	}
	commands = allCommands()
	for _, c := range commands {
		for _, args := range [][]string{{"help", c.name}, {c.name, "-h"}, {c.name, "-help"}, {c.name, "--help"}} {
			out, errOut, code := seloste(t, nil, args...)
			assert.Equal(t, 0, code, "%v", args)
			assert.True(t, strings.HasPrefix(out, "usage: seloste "+c.name), "%v: %q", args, out)
			assert.Empty(t, errOut, "%v", args)
		}
	}
	// A flag before -h is fine; an unknown command is not.
	_, _, code := seloste(t, nil, "validate", "-format", "json", "-h")
	assert.Equal(t, 0, code)
	_, _, code = seloste(t, nil, "help", "frobnicate")
	assert.Equal(t, 2, code)
}
