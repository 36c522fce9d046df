package validate

import (
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// A field is one JSON member of a struct type of the model, with embedded
// structs flattened as encoding/json flattens them.
type field struct {
	name      string // JSON name
	token     string // name escaped as an RFC 6901 reference token
	index     []int  // reflect index path
	omitempty bool   // omitempty or omitzero: not required
	typ       reflect.Type
}

var (
	textType       = reflect.TypeFor[notice.Text]()
	nameType       = reflect.TypeFor[notice.Name]()
	identifierType = reflect.TypeFor[notice.Identifier]()
	tagType        = reflect.TypeFor[language.Tag]()
	dateType       = reflect.TypeFor[notice.Date]()
	durationType   = reflect.TypeFor[notice.Duration]()
	lawRefType     = reflect.TypeFor[notice.LawRef]()
)

// fieldTable maps every struct type reachable from notice.Notice to its JSON
// fields in declaration order. It is built once, at init, and only read after.
var fieldTable = buildFieldTable(reflect.TypeFor[notice.Notice]())

// fieldPos maps each struct type of fieldTable to the positions of its
// fields by JSON name. Built once, at init, and only read after.
var fieldPos = func() map[reflect.Type]map[string]int {
	m := make(map[reflect.Type]map[string]int, len(fieldTable))
	for t, fs := range fieldTable {
		pos := make(map[string]int, len(fs))
		for i, f := range fs {
			pos[f.name] = i
		}
		m[t] = pos
	}
	return m
}()

func buildFieldTable(root reflect.Type) map[reflect.Type][]field {
	table := map[reflect.Type][]field{}
	var visit func(t reflect.Type)
	visit = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || isLeaf(t) {
			return
		}
		if _, done := table[t]; done {
			return
		}
		fs := structFields(t, nil)
		table[t] = fs
		for _, f := range fs {
			visit(f.typ)
		}
	}
	visit(root)
	return table
}

func structFields(t reflect.Type, prefix []int) []field {
	var out []field
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		name, opts, _ := strings.Cut(sf.Tag.Get("json"), ",")
		index := append(append([]int(nil), prefix...), i)
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
		optional := strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
		out = append(out, field{name: name, token: escapeToken(name), index: index, omitempty: optional, typ: sf.Type})
	}
	return out
}

// isLeaf reports whether values of t are written as one JSON scalar.
func isLeaf(t reflect.Type) bool {
	return t == dateType || t == durationType || t == tagType || t == nameType
}

// orderKey returns a key whose order is the order in which the value at ptr
// appears in a notice document written from the Go model: struct members in
// declaration order, list items by index, the languages of a text by tag.
func orderKey(ptr string) []string {
	if ptr == "" {
		return nil
	}
	toks := strings.Split(ptr[1:], "/")
	key := make([]string, 0, len(toks))
	t := reflect.TypeFor[notice.Notice]()
	for _, tok := range toks {
		tok = unescapeToken(tok)
		for t != nil && t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		switch {
		case t == nil:
			key = append(key, tok)
		case t.Kind() == reflect.Struct && !isLeaf(t):
			pos, next := len(fieldTable[t]), reflect.Type(nil)
			if i, ok := fieldPos[t][tok]; ok {
				pos, next = i, fieldTable[t][i].typ
			}
			key = append(key, pad(pos))
			t = next
		case t.Kind() == reflect.Slice:
			n, err := strconv.Atoi(tok)
			if err != nil {
				n = 1 << 30
			}
			key = append(key, pad(n))
			t = t.Elem()
		default:
			key = append(key, tok)
			t = nil
		}
	}
	return key
}

// The RFC 6901 escapes; the replacers are never modified.
var (
	tokenEscaper   = strings.NewReplacer("~", "~0", "/", "~1")
	tokenUnescaper = strings.NewReplacer("~1", "/", "~0", "~")
)

func escapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return tokenEscaper.Replace(s)
}

func unescapeToken(s string) string {
	if !strings.Contains(s, "~") {
		return s
	}
	return tokenUnescaper.Replace(s)
}

// A pointer is a JSON Pointer being built by walk, as reference tokens; it
// becomes a string only where a finding needs one.
type pointer []string

// String returns p in RFC 6901 form.
func (p pointer) String() string {
	if len(p) == 0 {
		return ""
	}
	return "/" + strings.Join(p, "/")
}

// walk calls visit for every value of the notice document below v: each
// struct member (with the field that holds it) and each list item (with the
// field that holds the list, and index >= 0). It does not descend into nil
// pointers, texts or leaf values. p is the pointer of v, and of each visited
// value during the call to visit.
func walk(v reflect.Value, p *pointer, visit func(v reflect.Value, p *pointer, f *field, index int)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem(), p, visit)
		}
	case reflect.Struct:
		if isLeaf(v.Type()) {
			return
		}
		fs := fieldTable[v.Type()]
		for i := range fs {
			f := &fs[i]
			fv := v.FieldByIndex(f.index)
			*p = append(*p, f.token)
			visit(fv, p, f, -1)
			if fv.Kind() == reflect.Slice && fv.Type() != textType && fv.Type() != nameType {
				for j := range fv.Len() {
					ev := fv.Index(j)
					*p = append(*p, strconv.Itoa(j))
					visit(ev, p, f, j)
					walk(ev, p, visit)
					*p = (*p)[:len(*p)-1]
				}
			} else {
				walk(fv, p, visit)
			}
			*p = (*p)[:len(*p)-1]
		}
	}
}
