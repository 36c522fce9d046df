// Package schemagen generates the notice JSON Schema from the Go types of
// package notice and their doc comments.
package schemagen

import (
	"bytes"
	"encoding/json"
	"path"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// Generate returns the schema, indented, ending in a newline. dir is the
// path of the notice package's source directory, whose doc comments become
// the descriptions.
func Generate(dir string) ([]byte, error) {
	r := &jsonschema.Reflector{
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			if t == reflect.TypeFor[language.Tag]() {
				return notice.LanguageTagSchema()
			}
			return nil
		},
	}
	const pkg = "github.com/seloste/seloste/notice"
	if err := r.AddGoComments(pkg, dir); err != nil {
		return nil, err
	}
	// AddGoComments keys each comment by the base joined with the directory
	// it walked, which is the import path only when dir is ".": re-key.
	if walked := path.Join(pkg, filepath.ToSlash(filepath.Clean(dir))); walked != pkg {
		for k, v := range r.CommentMap {
			if rest, ok := strings.CutPrefix(k, walked+"."); ok {
				delete(r.CommentMap, k)
				r.CommentMap[pkg+"."+rest] = v
			}
		}
	}
	s := r.Reflect(&notice.Notice{})
	s.ID = notice.SchemaURL
	s.Title = "seloste privacy notice"
	s.Description = "A privacy notice: the information Articles 13 and 14 of Regulation (EU) 2016/679 oblige a controller to give, as one typed document."
	raw, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := json.Indent(&buf, raw, "", "  "); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	return buf.Bytes(), nil
}
