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
	"go.yaml.in/yaml/v3"
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
	n, _, err := decodeFormat(data, f)
	return n, err
}

// DecodeLocated is [DecodeFormat], and returns with the notice a [Locator]
// of data for the findings about it. The Locator of a YAML document of the
// current schema version without a byte order mark reuses the node tree
// the decoder made of it, so that placing findings does not read the
// document again. Any other Locator reads its document once, at its first
// call, as [NewLocator]'s does: the typed JSON decoding makes no tree, and
// the tree of a version 1 document is rewritten by its upgrade. Either
// places a pointer where NewLocator(data) does. The Locator is nil when
// err is not.
func DecodeLocated(data []byte, f Format) (*Notice, *Locator, error) {
	n, root, err := decodeFormat(data, f)
	if err != nil {
		return nil, nil, err
	}
	return n, &Locator{data: data, root: root}, nil
}

// decodeFormat decodes data and returns, for a YAML document read as it
// is written (without a byte order mark, of the current schema version),
// the node tree it was decoded from.
func decodeFormat(data []byte, f Format) (*Notice, *yaml.Node, error) {
	if len(data) > MaxInputSize {
		return nil, nil, &DecodeError{Offset: -1, Msg: fmt.Sprintf("document is %d bytes; at most %d are accepted", len(data), MaxInputSize), Err: ErrTooLarge}
	}
	if !utf8.Valid(data) {
		off := invalidUTF8Offset(data)
		line, col := lineCol(data, off)
		return nil, nil, &DecodeError{Line: line, Column: col, Offset: int64(off), Msg: "invalid UTF-8: a document must be UTF-8 text", Err: ErrInvalidUTF8}
	}
	// A byte order mark is not content: YAML and JSON alike may start with one.
	bom := bytes.HasPrefix(data, []byte("\ufeff"))
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if f == Auto {
		f = sniff(data)
	}
	var src source
	nullFree := false // known to hold no null
	switch f {
	case JSON:
		hasNull, err := checkJSONDepth(data)
		if err != nil {
			return nil, nil, err
		}
		src, nullFree = jsonSource(data), !hasNull
	default:
		ys, err := parseYAML(data)
		if err != nil {
			return nil, nil, err
		}
		src = ys
	}
	n, err := decodeSource(src, data, nullFree)
	if err != nil && f == JSON && !errors.Is(err, ErrSyntax) && jsonVersionIs(data, "1") {
		// A version 1 document in JSON: read it as YAML (JSON is YAML) to
		// upgrade its node tree, placing errors in the same text.
		ys, yerr := parseYAML(data)
		if yerr != nil {
			return nil, nil, yerr
		}
		n, err = decodeSource(ys, data, false)
	}
	if ys, ok := src.(*yamlSource); ok && err == nil && !ys.upgraded && !bom {
		return n, ys.root, nil
	}
	return n, nil, err
}

// decodeSource decodes a notice from src, upgrading a document of an
// earlier schema version first, and checks what the types cannot. nullFree
// says that the document is known to hold no null.
func decodeSource(src source, data []byte, nullFree bool) (*Notice, error) {
	if ys, ok := src.(*yamlSource); ok && schemaVersionOf(ys.root) == "1" {
		if err := ys.upgrade(); err != nil {
			return nil, err
		}
	}
	var nulls []error
	if !nullFree {
		nulls = nullErrors(src)
	}
	var n Notice
	if err := json.Unmarshal(src.json(), &n, json.RejectUnknownMembers(true)); err != nil {
		return nil, withNulls(nulls, collectErrors(src, data, wrapErr(src, err)))
	}
	if len(nulls) > 0 {
		return nil, errors.Join(nulls...)
	}
	if n.SchemaVersion == "1" {
		if _, ok := src.(*yamlSource); !ok {
			return nil, errVersion1JSON
		}
	}
	if n.SchemaVersion != "" && n.SchemaVersion != SchemaVersion {
		return nil, atErr(src, "/schemaVersion", fmt.Sprintf("schema version %q is not supported; expected one of %q", n.SchemaVersion, SchemaVersions), ErrSchemaVersion)
	}
	for i, tag := range n.Languages {
		if tag == language.Und {
			return nil, atErr(src, "/languages/"+strconv.Itoa(i), "expected a language tag such as \"fi\"; \"und\" and null name no language", ErrType)
		}
	}
	if probs := n.check(true); len(probs) > 0 {
		errs := make([]error, len(probs))
		for i, p := range probs {
			errs[i] = atErr(src, p.Pointer, p.Msg, p.Err)
		}
		return nil, errors.Join(errs...)
	}
	return &n, nil
}

// nullErrors returns an error for each null of the document, in document
// order, up to MaxErrors. The schema allows null nowhere, and the typed
// decoding would read one as the zero value (an empty code, no list),
// silently: a member with no value is an error, placed where it is. A
// document without the bytes "null" is not read again.
func nullErrors(src source) []error {
	js := src.json()
	if !bytes.Contains(js, []byte("null")) {
		return nil
	}
	var errs []error
	dec := jsontext.NewDecoder(bytes.NewReader(js), jsontext.AllowDuplicateNames(true))
	for len(errs) < MaxErrors {
		tok, err := dec.ReadToken()
		if err != nil {
			break // the end, or a syntax error the typed decoding reports
		}
		if tok.Kind() == 'n' {
			errs = append(errs, atErr(src, string(dec.StackPointer()), "no value: give one, or leave the member out (null is not a value here)", ErrType))
		}
	}
	return errs
}

// withNulls joins the errors of nulls and err, each place once: an error of
// the typed decoding at a null's place is the null's.
func withNulls(nulls []error, err error) error {
	if len(nulls) == 0 {
		return err
	}
	at := map[string]bool{}
	for _, e := range nulls {
		at[e.(*DecodeError).Pointer] = true
	}
	var rest []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		rest = j.Unwrap()
	} else {
		rest = []error{err}
	}
	out := slices.Clone(nulls)
	for _, e := range rest {
		if de, ok := e.(*DecodeError); ok && at[de.Pointer] {
			continue
		}
		if len(out) < MaxErrors {
			out = append(out, e)
		}
	}
	return errors.Join(out...)
}

// MaxErrors bounds the errors [Decode] reports for one document: it goes on
// past the first error of a well-formed document, so that three typos are
// found in one run, but not without end.
const MaxErrors = 20

// collectErrors goes on past first, the first error of the typed decoding:
// it drops the value at fault from the document's node tree, decodes again,
// and repeats, up to MaxErrors. Once the rest decodes, the consistency
// problems of what is left are added, except those about dropped values. It
// returns every error, joined; the first is first. A syntax error, or an
// error it cannot place, ends the search.
func collectErrors(src source, data []byte, first error) error {
	de, ok := first.(*DecodeError)
	if !ok || de.Pointer == "" || errors.Is(de, ErrSyntax) {
		return first
	}
	ys, ok := src.(*yamlSource)
	if !ok {
		var err error
		if ys, err = parseYAML(data); err != nil {
			return first
		}
	}
	errs := []error{first}
	dropped := []string{de.Pointer}
	for len(errs) < MaxErrors {
		if !ys.drop(de.Pointer) {
			break
		}
		var buf bytes.Buffer
		enc := jsontext.NewEncoder(&buf, jsontext.AllowDuplicateNames(true))
		if yamlToJSON(enc, ys.root, "", 0) != nil {
			break
		}
		ys.data = buf.Bytes()
		var n Notice
		err := json.Unmarshal(ys.data, &n, json.RejectUnknownMembers(true))
		if err == nil {
			for _, p := range n.check(false) {
				if !underAny(p.Pointer, dropped) && !(errors.Is(p.Err, ErrMissingField) && missingDropped(p, dropped)) && len(errs) < MaxErrors {
					errs = append(errs, atErr(ys, p.Pointer, p.Msg, p.Err))
				}
			}
			break
		}
		next, ok := wrapErr(ys, err).(*DecodeError)
		if !ok || next.Pointer == "" || slices.Contains(dropped, next.Pointer) {
			break
		}
		errs = append(errs, next)
		if errors.Is(next, ErrSyntax) {
			break
		}
		de = next
		dropped = append(dropped, de.Pointer)
	}
	if len(errs) == 1 {
		return first
	}
	return errors.Join(errs...)
}

// underAny reports whether ptr is one of roots or below one.
func underAny(ptr string, roots []string) bool {
	for _, r := range roots {
		if ptr == r || strings.HasPrefix(ptr, r+"/") {
			return true
		}
	}
	return false
}

// missingDropped reports whether a missing-field problem is about a member
// that was dropped for an error of its own.
func missingDropped(p Problem, dropped []string) bool {
	for _, d := range dropped {
		if i := strings.LastIndexByte(d, '/'); i >= 0 && d[:i] == p.Pointer && strings.Contains(p.Msg, strconv.Quote(unescapePointer(d[i+1:]))) {
			return true
		}
	}
	return false
}

// errVersion1JSON is returned when a version 1 JSON document reaches the
// typed decoder without its upgrade; it cannot happen through Decode.
var errVersion1JSON = errors.New("notice: a schema version 1 JSON document must be upgraded first")

// jsonVersionIs reports whether the top-level schemaVersion member of a JSON
// document is version. It reads only the top-level members.
func jsonVersionIs(data []byte, version string) bool {
	dec := jsontext.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return false
	}
	for dec.PeekKind() == '"' {
		name, err := dec.ReadToken()
		if err != nil {
			return false
		}
		if name.String() == "schemaVersion" {
			v, err := dec.ReadToken()
			return err == nil && v.Kind() == '"' && v.String() == version
		}
		if err := dec.SkipValue(); err != nil {
			return false
		}
	}
	return false
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

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Map, reflect.Slice:
		if v.Type() == textType || v.Type() == nameType {
			return v.Convert(textType).Interface().(Text).IsZero()
		}
		return v.Len() == 0
	case reflect.String:
		return v.Len() == 0
	}
	return v.IsZero()
}

// checkJSONDepth rejects a JSON document nested deeper than MaxDepth, in
// one pass over its bytes that skips each string whole (to its closing
// quote, found with bytes.IndexByte). It returns whether the document has a
// null outside its strings, which only the literal null can be in JSON
// that the decoder accepts.
func checkJSONDepth(data []byte) (hasNull bool, err error) {
	depth := 0
	for i := 0; i < len(data); i++ {
		switch data[i] {
		case '"':
			j := i + 1
			for {
				k := bytes.IndexByte(data[j:], '"')
				if k < 0 {
					return hasNull, nil // unterminated: the decoder reports it
				}
				j += k
				// The quote is escaped by an odd number of backslashes
				// before it; each backslash is counted once, so the pass
				// stays linear.
				n := 0
				for b := j - 1; b > i && data[b] == '\\'; b-- {
					n++
				}
				if n%2 == 0 {
					break
				}
				j++
			}
			i = j
		case '{', '[':
			depth++
			if depth > MaxDepth {
				line, col := lineCol(data, i)
				return hasNull, &DecodeError{Line: line, Column: col, Offset: int64(i), Msg: fmt.Sprintf("nested more than %d levels deep", MaxDepth), Err: ErrTooDeep}
			}
		case '}', ']':
			depth--
		case 'n':
			hasNull = true
		}
	}
	return hasNull, nil
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
