package notice

import (
	"reflect"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// A Field describes one JSON member of a struct type of the model, with
// embedded structs flattened as the JSON encoding flattens them.
type Field struct {
	Name     string       // the JSON name, such as "legalBases"
	Optional bool         // tagged omitempty or omitzero: not required
	Unique   bool         // a list whose items must be distinct (uniqueItems in the schema)
	Type     reflect.Type // the Go type of the member
	index    []int
	token    string // Name escaped as an RFC 6901 reference token
}

// A Value is one value of a notice document met by [Walk]: a struct member
// or a list item, with its place.
type Value struct {
	// Field is the member that holds the value; for a list item, the list's
	// member. It is nil for the notice itself.
	Field *Field
	// Index is the value's index in its list, or -1 when it is no list item.
	Index int
	// V is the value. Texts, names, dates, durations, language tags and codes
	// are leaves: Walk does not descend into them.
	V    reflect.Value
	path *[]string // the reference tokens of the value, valid during visit
}

// Pointer returns the RFC 6901 JSON Pointer of the value in the document.
// It is built on demand, so that a walk that needs no pointer costs none.
func (v Value) Pointer() string {
	if v.path == nil || len(*v.path) == 0 {
		return ""
	}
	var b strings.Builder
	for _, tok := range *v.path {
		b.WriteByte('/')
		b.WriteString(tok)
	}
	return b.String()
}

var (
	textType     = reflect.TypeFor[Text]()
	nameType     = reflect.TypeFor[Name]()
	tagType      = reflect.TypeFor[language.Tag]()
	dateType     = reflect.TypeFor[Date]()
	durationType = reflect.TypeFor[Duration]()
)

// isLeaf reports whether values of t are written as one JSON value that Walk
// does not enter.
func isLeaf(t reflect.Type) bool {
	return t == dateType || t == durationType || t == tagType || t == textType || t == nameType
}

// fields returns the JSON members of a struct type of the model, in
// declaration order, computed once per type.
func fields(t reflect.Type) []Field {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.([]Field)
	}
	fs := structFields(t, nil)
	fieldCache.Store(t, fs)
	return fs
}

var fieldCache sync.Map // reflect.Type -> []Field

func structFields(t reflect.Type, prefix []int) []Field {
	var out []Field
	for sf := range t.Fields() {
		if !sf.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
		index := append(append([]int(nil), prefix...), sf.Index...)
		if sf.Anonymous && name == "" && sf.Type.Kind() == reflect.Struct {
			out = append(out, structFields(sf.Type, index)...)
			continue
		}
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		out = append(out, Field{
			Name:     name,
			Optional: strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero"),
			Unique:   strings.Contains(sf.Tag.Get("jsonschema"), "uniqueItems=true"),
			Type:     sf.Type,
			index:    index,
			token:    escapePointer(name),
		})
	}
	return out
}

// FieldsOf returns the JSON members of a struct type of the model, such as
// reflect.TypeFor[notice.Activity](), in the order the canonical encoding
// writes them. The result is shared: do not modify it.
func FieldsOf(t reflect.Type) []Field { return fields(t) }

// Walk calls visit for every value of the document n: the notice itself,
// then each struct member and each list item, depth first in the order the
// canonical encoding writes them. It does not enter nil pointers or the
// leaves named in [Value]. When visit returns false, Walk does not enter
// that value.
func Walk(n *Notice, visit func(Value) bool) {
	v := reflect.ValueOf(n).Elem()
	path := make([]string, 0, 16)
	if visit(Value{Index: -1, V: v, path: &path}) {
		walkValue(v, &path, visit)
	}
}

// indexTokens are the reference tokens of the first list indexes, so that a
// walk does not format them again and again.
var indexTokens = func() []string {
	out := make([]string, 256)
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}()

func indexToken(i int) string {
	if i < len(indexTokens) {
		return indexTokens[i]
	}
	return strconv.Itoa(i)
}

func walkValue(v reflect.Value, path *[]string, visit func(Value) bool) {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct || isLeaf(v.Type()) {
		return
	}
	fs := fields(v.Type())
	for i := range fs {
		f := &fs[i]
		fv := v.FieldByIndex(f.index)
		*path = append(*path, f.token)
		if visit(Value{Field: f, Index: -1, V: fv, path: path}) {
			if fv.Kind() == reflect.Slice && !isLeaf(fv.Type()) {
				for j := range fv.Len() {
					ev := fv.Index(j)
					*path = append(*path, indexToken(j))
					if visit(Value{Field: f, Index: j, V: ev, path: path}) {
						walkValue(ev, path, visit)
					}
					*path = (*path)[:len(*path)-1]
				}
			} else {
				walkValue(fv, path, visit)
			}
		}
		*path = (*path)[:len(*path)-1]
	}
}

// A TextValue is one language of a text or name of a notice, met by
// [WalkTexts].
type TextValue struct {
	Pointer string       // the pointer of the text or name (not of its language)
	Field   *Field       // the member that holds it
	Lang    language.Tag // the language of this string
	String  string       // the text in that language
	Name    bool         // true for a Name, which needs no translation
}

// WalkTexts calls visit for every language of every text and name of n, in
// document order and, within a text, by tag.
func WalkTexts(n *Notice, visit func(TextValue)) {
	Walk(n, func(v Value) bool {
		var t Text
		switch v.V.Type() {
		case textType:
			t = v.V.Interface().(Text)
		case nameType:
			t = Text(v.V.Interface().(Name))
		default:
			return true
		}
		for _, tag := range t.Tags() {
			visit(TextValue{Pointer: v.Pointer(), Field: v.Field, Lang: tag, String: t[tag], Name: v.V.Type() == nameType})
		}
		return true
	})
}

// Of returns the member f of v, a value of the struct type f was read from.
func (f *Field) Of(v reflect.Value) reflect.Value { return v.FieldByIndex(f.index) }
