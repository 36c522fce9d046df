package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// An input is one document to read: a file, standard input or a bundled
// example.
type input struct {
	name    string // as shown in messages: the path, "-" or "examples/notices/NAME.yaml"
	data    []byte
	err     error // why it could not be read; data is nil then
	bundled bool  // a bundled example, not a file on disk
}

// isNotice reports whether a file name has a notice document's extension.
func isNotice(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return true
	}
	return false
}

// collect expands paths into inputs: a file is read, a directory is walked
// for .yaml, .yml and .json files (one holding none is an error), "-" is
// standard input, and no path at all means the bundled examples. Every problem becomes an input with err set, so
// that the other files are still checked.
func collect(e *env, paths []string) []input {
	if len(paths) == 0 {
		var out []input
		for _, name := range examples.Names() {
			data, err := examples.Source(name)
			out = append(out, input{name: "examples/notices/" + name + ".yaml", data: data, err: err, bundled: true})
		}
		return out
	}
	var out []input
	for _, p := range paths {
		if p == "-" {
			data, err := readLimited(e.stdin)
			out = append(out, input{name: "-", data: data, err: err})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			out = append(out, input{name: p, err: describe(err)})
			continue
		}
		if !info.IsDir() {
			out = append(out, readFile(p, info))
			continue
		}
		var found []input
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				found = append(found, input{name: path, err: describe(err)})
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || !isNotice(d.Name()) {
				return nil
			}
			info, err := d.Info()
			if err != nil {
				found = append(found, input{name: path, err: describe(err)})
				return nil
			}
			found = append(found, readFile(path, info))
			return nil
		})
		if walkErr != nil {
			found = append(found, input{name: p, err: describe(walkErr)})
		}
		if len(found) == 0 {
			// A directory with no notice is a mistake of the path, not a
			// notice that passes: say so rather than check nothing.
			found = append(found, input{name: p, err: errors.New("no notice here: a directory is searched for .yaml, .yml and .json files")})
		}
		slices.SortStableFunc(found, func(a, b input) int { return strings.Compare(a.name, b.name) })
		out = append(out, found...)
	}
	return out
}

// readFile reads one file, refusing one too large or binary before decoding.
func readFile(path string, info fs.FileInfo) input {
	if !info.Mode().IsRegular() {
		return input{name: path, err: errors.New("not a regular file")}
	}
	if info.Size() > notice.MaxInputSize {
		return input{name: path, err: fmt.Errorf("file is %s; a notice may be at most %s", size(info.Size()), size(notice.MaxInputSize))}
	}
	f, err := os.Open(path)
	if err != nil {
		return input{name: path, err: describe(err)}
	}
	defer f.Close()
	data, err := readLimited(f)
	return input{name: path, data: data, err: err}
}

// readLimited reads at most MaxInputSize bytes and refuses binary content.
func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, notice.MaxInputSize+1))
	if err != nil {
		return nil, describe(err)
	}
	if len(data) > notice.MaxInputSize {
		return nil, fmt.Errorf("input is larger than %s, the most a notice may be", size(notice.MaxInputSize))
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, errors.New("binary file: a notice is YAML or JSON text")
	}
	return data, nil
}

func describe(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return errors.New("no such file or directory")
		case errors.Is(err, fs.ErrPermission):
			return errors.New("permission denied")
		}
		return pe.Err
	}
	return err
}

func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// decode decodes an input, choosing the syntax by the file's extension
// (standard input and bundled examples are sniffed).
func decode(in input) (*notice.Notice, error) {
	n, _, err := decodeLocated(in)
	return n, err
}

// decodeLocated is decode, and returns with the notice a Locator for its
// findings that reuses the decoder's reading of the document.
func decodeLocated(in input) (*notice.Notice, *notice.Locator, error) {
	f := notice.Auto
	switch strings.ToLower(filepath.Ext(in.name)) {
	case ".json":
		f = notice.JSON
	case ".yaml", ".yml":
		f = notice.YAML
	}
	return notice.DecodeLocated(in.data, f)
}

// decodeProblems lists what a decode error says is wrong, each at its place:
// one problem for a *notice.DecodeError, one for each error joined in err.
func decodeProblems(err error) []problem {
	var out []problem
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var de *notice.DecodeError
		if errors.As(err, &de) {
			out = append(out, problem{Line: de.Line, Column: de.Column, Pointer: de.Pointer, Msg: de.Msg})
			return
		}
		out = append(out, problem{Msg: err.Error()})
	}
	walk(err)
	return out
}

// problemLine formats a problem as "name:line:col: pointer: message", or
// "name: message" where it has no place, with control and bidirectional
// characters of the name and message made visible.
func problemLine(name string, p problem) string {
	loc := validate.Visible(name)
	if p.Line > 0 {
		loc = fmt.Sprintf("%s:%d:%d", loc, p.Line, p.Column)
	}
	msg := p.Msg
	if p.Pointer != "" {
		msg = p.Pointer + ": " + msg
	}
	return loc + ": " + validate.Visible(msg)
}

// decodeError formats a decode error as "name:line:col: message", one line
// for each place the error names.
func decodeError(name string, err error) string {
	var lines []string
	for _, p := range decodeProblems(err) {
		lines = append(lines, problemLine(name, p))
	}
	return strings.Join(lines, "\n")
}
