// Package examples holds the bundled example notices: six real Finnish
// privacy notices from five published pages, encoded in the notice model with
// unofficial Swedish and English translations beside the original Finnish.
//
// The notices are embedded, so they are available to any program that imports
// this package:
//
//	n, err := examples.Load("kiva-koulu")
//
// Each one keeps the wording of its source; where the source is silent on an
// item the regulation requires, the example is silent too. README.md in this
// directory maps every section of every source to the fields that hold it.
//
// The package's functions are safe for concurrent use; each Load returns a new
// notice.
package examples

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/seloste/seloste/notice"
)

//go:embed notices/*.yaml
var files embed.FS

// FS returns the embedded notices as a file system of YAML files under
// "notices/".
func FS() fs.FS { return files }

// Names returns the names of the bundled notices, sorted; a name is the file
// name without ".yaml", such as "kiva-koulu".
func Names() []string {
	entries, _ := files.ReadDir("notices")
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	slices.Sort(names)
	return names
}

// Source returns the YAML source of the notice called name.
func Source(name string) ([]byte, error) {
	if !slices.Contains(Names(), name) {
		return nil, fmt.Errorf("examples: no notice %q; the bundled notices are %s", name, strings.Join(Names(), ", "))
	}
	return files.ReadFile(path.Join("notices", name+".yaml"))
}

// Load decodes the notice called name.
func Load(name string) (*notice.Notice, error) {
	data, err := Source(name)
	if err != nil {
		return nil, err
	}
	n, err := notice.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("examples: %s: %w", name, err)
	}
	return n, nil
}

// All decodes every bundled notice, in the order of [Names].
func All() ([]*notice.Notice, error) {
	var out []*notice.Notice
	for _, name := range Names() {
		n, err := Load(name)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}
