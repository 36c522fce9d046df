package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/seloste/seloste/prose"
)

// importProseHelp is the part of the help of `seloste import` on a prose
// source.
const importProseHelp = `With -from text, markdown or html, import reads a privacy notice written as
prose (a Word document saved as text or HTML, a web page, a Markdown file;
Finnish, Swedish, English, German or Dutch, the old "rekisteriseloste"
template included) and writes it as a notice in YAML. Each value has a comment naming its source
line and how sure the import is (sure, likely, guess); text no item fits is
kept in free sections, so that nothing of the source is lost. The report of
what was guessed and what could not be placed, each with its source line,
is written as the report of a TILT import is, as text or JSON (-report).
Check every guess, then run "seloste validate" on the result.

Word files (-from docx) are not read: save the document as HTML (Word's
"Web Page, Filtered") or as plain text and import that.`

// collectProse reads the prose sources given: files, or - for standard
// input. A directory is refused: its files could be any of the formats.
func collectProse(e *env, paths []string) []input {
	var out []input
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			out = append(out, input{name: p, err: errors.New("a directory: name the prose files to import")})
			continue
		}
		data, err := readSource(e, p)
		out = append(out, input{name: p, data: data, err: err})
	}
	return out
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
