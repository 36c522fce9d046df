package notice

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"golang.org/x/text/language"
)

// Limits on the input that [Decode] accepts.
const (
	// MaxInputSize is the largest document, in bytes, that Decode reads.
	MaxInputSize = 4 << 20
	// MaxDepth is the deepest nesting of objects and arrays that Decode reads.
	MaxDepth = 32
)

// Sentinel errors that a [DecodeError] may wrap; test for them with errors.Is.
var (
	ErrUnknownField  = errors.New("unknown field")
	ErrUnknownCode   = errors.New("unknown code")
	ErrMissingField  = errors.New("missing required field")
	ErrSyntax        = errors.New("syntax error")
	ErrTooLarge      = errors.New("document too large")
	ErrTooDeep       = errors.New("document nested too deeply")
	ErrType          = errors.New("wrong type")
	ErrInvalidUTF8   = errors.New("invalid UTF-8")
	ErrSchemaVersion = errors.New("unsupported schema version")
)

// A DecodeError is the error [Decode] returns for a document it cannot read.
// It names the place by line and column (1-based; the column counts
// characters) and by JSON Pointer, and says what was expected. Inspect it with
// errors.As; it wraps one of the package's sentinel errors where one applies.
type DecodeError struct {
	Line, Column int    // 1-based; 0 when the place has no position
	Offset       int64  // byte offset in the input, -1 when unknown
	Pointer      string // RFC 6901 JSON Pointer of the place; "" is the whole document
	Msg          string // what is wrong and what was expected
	Err          error  // the sentinel or underlying error
}

// Error returns "notice: LINE:COL: POINTER: MSG".
func (e *DecodeError) Error() string {
	var b strings.Builder
	b.WriteString("notice: ")
	if e.Line > 0 {
		fmt.Fprintf(&b, "%d:%d: ", e.Line, e.Column)
	}
	if e.Pointer != "" {
		b.WriteString(e.Pointer)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the sentinel or underlying error.
func (e *DecodeError) Unwrap() error { return e.Err }

// Format is a document syntax.
type Format int

// The document syntaxes.
const (
	// Auto chooses JSON when the first non-space byte is '{', else YAML.
	Auto Format = iota
	JSON
	YAML
)

// String returns "auto", "json" or "yaml".
func (f Format) String() string {
	switch f {
	case JSON:
		return "json"
	case YAML:
		return "yaml"
	}
	return "auto"
}

// Decode reads one notice from a JSON or YAML document (the syntax is sniffed:
// JSON when it starts with '{'). Decoding is strict: unknown fields, unknown
// codes, duplicate keys, missing required fields, malformed dates, durations
// and language tags are errors, each a [*DecodeError]. Bare strings in
// multilingual texts are given the notice's original language.
func Decode(data []byte) (*Notice, error) { return DecodeFormat(data, Auto) }

// DecodeFormat is [Decode] with the syntax given.
func DecodeFormat(data []byte, f Format) (*Notice, error) {
	if len(data) > MaxInputSize {
		return nil, &DecodeError{Offset: -1, Msg: fmt.Sprintf("document is %d bytes; at most %d are accepted", len(data), MaxInputSize), Err: ErrTooLarge}
	}
	if !utf8.Valid(data) {
		off := invalidUTF8Offset(data)
		line, col := lineCol(data, off)
		return nil, &DecodeError{Line: line, Column: col, Offset: int64(off), Msg: "invalid UTF-8: a document must be UTF-8 text", Err: ErrInvalidUTF8}
	}
	if f == Auto {
		f = sniff(data)
	}
	var src source
	switch f {
	case JSON:
		if err := checkJSONDepth(data); err != nil {
			return nil, err
		}
		src = jsonSource(data)
	default:
		ys, err := parseYAML(data)
		if err != nil {
			return nil, err
		}
		src = ys
	}
	var n Notice
	if err := json.Unmarshal(src.json(), &n, json.RejectUnknownMembers(true)); err != nil {
		return nil, wrapErr(src, err)
	}
	if n.SchemaVersion != "" && n.SchemaVersion != SchemaVersion {
		return nil, atErr(src, "/schemaVersion", fmt.Sprintf("schema version %q is not supported; expected %q", n.SchemaVersion, SchemaVersion), ErrSchemaVersion)
	}
	for i, tag := range n.Languages {
		if tag == language.Und {
			return nil, atErr(src, "/languages/"+strconv.Itoa(i), "expected a language tag such as \"fi\"; \"und\" and null name no language", ErrType)
		}
	}
	if ptr, field := missingRequired(reflect.ValueOf(&n).Elem(), ""); field != "" {
		return nil, atErr(src, ptr, fmt.Sprintf("missing required field %q", field), ErrMissingField)
	}
	n.resolveOriginal()
	return &n, nil
}

func sniff(data []byte) Format {
	trimmed := bytes.TrimLeft(data, " \t\r\n\ufeff")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return JSON
	}
	return YAML
}

// source is a document in JSON form, able to place an error in the original.
type source interface {
	json() []byte
	// locate returns the 1-based line and column and the byte offset of the
	// value at ptr, or of the key naming it when atKey is true.
	locate(ptr string, atKey bool) (line, col int, off int64)
}

type jsonSource []byte

func (s jsonSource) json() []byte { return s }

func (s jsonSource) locate(ptr string, atKey bool) (int, int, int64) {
	return jsonLocator(s).locate(ptr, atKey)
}

func atErr(s source, ptr, msg string, sentinel error) error {
	line, col, off := s.locate(ptr, true)
	return &DecodeError{Line: line, Column: col, Offset: off, Pointer: ptr, Msg: msg, Err: sentinel}
}

// wrapErr turns an error of the json package into a positioned DecodeError.
func wrapErr(s source, err error) error {
	var de *DecodeError
	if errors.As(err, &de) {
		return de
	}
	var serr *json.SemanticError
	var synErr *jsontext.SyntacticError
	switch {
	case errors.As(err, &serr):
		ptr := string(serr.JSONPointer)
		msg, sentinel := semanticMessage(serr)
		atKey := errors.Is(serr.Err, json.ErrUnknownName)
		line, col, off := s.locate(ptr, atKey)
		if line == 0 {
			off = serr.ByteOffset
		}
		return &DecodeError{Line: line, Column: col, Offset: off, Pointer: ptr, Msg: msg, Err: sentinel}
	case errors.As(err, &synErr):
		ptr := string(synErr.JSONPointer)
		var line, col int
		if js, ok := s.(jsonSource); ok {
			line, col = lineCol(js, int(synErr.ByteOffset))
		} else {
			line, col, _ = s.locate(ptr, true)
		}
		msg := strings.TrimPrefix(synErr.Err.Error(), "jsontext: ")
		if errors.Is(synErr, jsontext.ErrDuplicateName) {
			msg = "duplicate key: each field may be given once"
		}
		return &DecodeError{Line: line, Column: col, Offset: synErr.ByteOffset, Pointer: ptr, Msg: msg, Err: ErrSyntax}
	}
	return &DecodeError{Offset: -1, Msg: err.Error(), Err: err}
}

// semanticMessage says what was wrong at a SemanticError, in the package's words.
func semanticMessage(serr *json.SemanticError) (string, error) {
	if errors.Is(serr.Err, json.ErrUnknownName) {
		name := serr.JSONPointer.LastToken()
		fields := jsonFieldNames(serr.GoType)
		msg := fmt.Sprintf("unknown field %q", name)
		if s := suggest(name, fields); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		}
		if len(fields) > 0 {
			msg += "; valid fields: " + strings.Join(fields, ", ")
		}
		return msg, ErrUnknownField
	}
	if serr.GoType == tagType {
		return fmt.Sprintf("expected a well-formed BCP 47 language tag such as \"fi\" or \"sv-FI\" (%v)", serr.Err), ErrType
	}
	if serr.GoType == textType && serr.JSONKind != 0 && serr.JSONKind != '"' && serr.JSONKind != '{' {
		return fmt.Sprintf("expected %s, found %s", expectedFor(textType), kindName(serr.JSONKind)), ErrType
	}
	if serr.Err != nil {
		var ce *codeError
		if errors.As(serr.Err, &ce) {
			return ce.msg, ErrUnknownCode
		}
		var inner *json.SemanticError
		if !errors.As(serr.Err, &inner) && !strings.HasPrefix(serr.Err.Error(), "json:") {
			return serr.Err.Error(), serr.Err
		}
	}
	found := "a value"
	if serr.JSONKind != 0 {
		found = kindName(serr.JSONKind)
	}
	return fmt.Sprintf("expected %s, found %s", expectedFor(serr.GoType), found), ErrType
}

func kindName(k jsontext.Kind) string {
	switch k {
	case 'n':
		return "null"
	case 'f', 't':
		return "a boolean"
	case '"':
		return "a string"
	case '0':
		return "a number"
	case '{':
		return "an object"
	case '[':
		return "a list"
	}
	return "a value"
}

var (
	textType = reflect.TypeFor[Text]()
	tagType  = reflect.TypeFor[language.Tag]()
)

func expectedFor(t reflect.Type) string {
	if t == nil {
		return "another value"
	}
	switch t {
	case textType:
		return "a string or an object from language tag to string"
	case tagType:
		return "a BCP 47 language tag such as \"fi\""
	}
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.String:
		return "a string"
	case reflect.Int, reflect.Int64:
		return "a whole number"
	case reflect.Slice:
		return "a list"
	case reflect.Struct, reflect.Map:
		if t.Implements(reflect.TypeFor[interface{ MarshalText() ([]byte, error) }]()) {
			return "a string"
		}
		return "an object"
	case reflect.Pointer:
		return expectedFor(t.Elem())
	}
	return "a value of type " + t.String()
}

// jsonFieldNames returns the JSON names of a struct type's fields, sorted.
func jsonFieldNames(t reflect.Type) []string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == nil || t.Kind() != reflect.Struct {
		return nil
	}
	var names []string
	for f := range t.Fields() {
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && name == "" {
			names = append(names, jsonFieldNames(f.Type)...)
			continue
		}
		if name != "" && name != "-" {
			names = append(names, name)
		}
	}
	slices.Sort(names)
	return names
}

// missingRequired returns the pointer of the object and the name of the first
// required field that is empty. A field is required when its json tag has
// neither omitempty nor omitzero; the JSON Schema marks the same fields required.
func missingRequired(v reflect.Value, ptr string) (string, string) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return "", ""
		}
		return missingRequired(v.Elem(), ptr)
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Struct {
			for i := range v.Len() {
				if p, f := missingRequired(v.Index(i), ptr+"/"+strconv.Itoa(i)); f != "" {
					return p, f
				}
			}
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[Date]() || v.Type() == reflect.TypeFor[Duration]() || v.Type() == tagType {
			return "", ""
		}
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			fv := v.Field(i)
			if f.Anonymous && name == "" {
				if p, fld := missingRequired(fv, ptr); fld != "" {
					return p, fld
				}
				continue
			}
			if !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") && isEmpty(fv) {
				return ptr, name
			}
			if p, fld := missingRequired(fv, ptr+"/"+name); fld != "" {
				return p, fld
			}
		}
	}
	return "", ""
}

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Map, reflect.Slice:
		if v.Type() == textType {
			return v.Interface().(Text).IsZero()
		}
		return v.Len() == 0
	case reflect.String:
		return v.Len() == 0
	}
	return v.IsZero()
}

// resolveOriginal gives every bare string (tagged und while decoding) the
// notice's original language.
func (n *Notice) resolveOriginal() {
	orig := n.Original()
	if orig == language.Und {
		return
	}
	walkTexts(reflect.ValueOf(n).Elem(), func(t Text) {
		if s, ok := t[language.Und]; ok {
			delete(t, language.Und)
			if _, has := t[orig]; !has {
				t[orig] = s
			}
		}
	})
}

// walkTexts calls fn for every non-nil Text below v.
func walkTexts(v reflect.Value, fn func(Text)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkTexts(v.Elem(), fn)
		}
	case reflect.Map:
		if v.Type() == textType && !v.IsNil() {
			fn(v.Interface().(Text))
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkTexts(v.Index(i), fn)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walkTexts(v.Field(i), fn)
			}
		}
	}
}

// checkJSONDepth rejects a JSON document nested deeper than MaxDepth.
func checkJSONDepth(data []byte) error {
	depth, inString, escaped := 0, false, false
	for i, c := range data {
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '{' || c == '[':
			depth++
			if depth > MaxDepth {
				line, col := lineCol(data, i)
				return &DecodeError{Line: line, Column: col, Offset: int64(i), Msg: fmt.Sprintf("nested more than %d levels deep", MaxDepth), Err: ErrTooDeep}
			}
		case c == '}' || c == ']':
			depth--
		}
	}
	return nil
}

// lineCol returns the 1-based line and column (in characters) of byte offset off.
func lineCol(data []byte, off int) (int, int) {
	off = min(max(off, 0), len(data))
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}

func invalidUTF8Offset(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}
