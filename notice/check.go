package notice

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// Sentinel errors of the consistency checks that [Decode] and
// [Notice.Check] make; a [*DecodeError] wraps one of them.
var (
	ErrDuplicateID = errors.New("duplicate ID or repeated item")
	ErrUnknownID   = errors.New("reference to an unknown ID")
	ErrDateOrder   = errors.New("dates out of order")
	ErrBlock       = errors.New("malformed block")
	ErrLaw         = errors.New("malformed law reference")
)

// A Problem is one inconsistency of a notice that its types cannot rule
// out: a repeated ID, a scope naming an unknown purpose, a role that ends
// before it begins, an identifier that fails its scheme's check.
type Problem struct {
	Pointer string // RFC 6901 pointer of the place
	Msg     string // what is wrong and what was expected
	Err     error  // one of the package's sentinel errors
}

// Error returns "POINTER: MSG".
func (p Problem) Error() string { return p.Pointer + ": " + p.Msg }

// Unwrap returns the sentinel error.
func (p Problem) Unwrap() error { return p.Err }

// MaxProblems bounds the problems [Notice.Check] reports.
const MaxProblems = 100

// Check reports the inconsistencies of n that [Decode] refuses, in document
// order, at most [MaxProblems]: IDs repeated among the activities, among the
// purposes, data categories or groups of an activity, or among sections; an
// item repeated in a list that must have distinct items (uniqueItems in the
// schema); a scope or a data category's subjects naming an ID that does not
// exist (in the activity, or, for an item stated on the notice, in any
// activity); a section placed after an item or section that does not exist;
// a block that is not exactly one of paragraph, list and link; a required
// field left empty (tagged neither omitempty nor omitzero); dates of a
// role out of order; an identifier that fails its scheme's check; a
// statute cited with no jurisdiction. Use it on a notice built in Go; a
// decoded notice has none.
func (n *Notice) Check() []Problem { return n.check(false) }

// check is Check; with resolve, it also gives every bare string (tagged und
// while decoding) the notice's original language, in the same walk.
func (n *Notice) check(resolve bool) []Problem {
	c := checker{n: n, orig: language.Und}
	if resolve {
		c.orig = n.Original()
	}
	c.ids()
	Walk(n, c.visit)
	return c.out
}

type checker struct {
	n    *Notice
	orig language.Tag // the language bare strings get, or und to leave them
	out  []Problem
	// The IDs each activity declares, and those of all activities together,
	// by kind ("purpose", "data category", "group of data subjects"); the
	// section IDs of the whole notice. Built once, so that a reference is
	// resolved in constant time.
	actIDs   []map[string]map[string]bool
	allIDs   map[string]map[string]bool
	sections map[string]bool
}

// resolve gives a bare string of t the original language.
func (c *checker) resolve(t Text) {
	if s, ok := t[language.Und]; ok {
		delete(t, language.Und)
		if _, has := t[c.orig]; !has {
			t[c.orig] = s
		}
	}
}

func (c *checker) add(ptr string, err error, format string, args ...any) {
	if len(c.out) < MaxProblems {
		c.out = append(c.out, Problem{Pointer: ptr, Msg: fmt.Sprintf(format, args...), Err: err})
	}
}

// unique reports the second occurrence of each ID in ids, whose pointers are
// ptr(i).
func (c *checker) unique(what string, ids []string, ptr func(int) string) {
	seen := make(map[string]int, len(ids))
	for i, id := range ids {
		if id == "" {
			continue
		}
		if first, dup := seen[id]; dup {
			c.add(ptr(i), ErrDuplicateID, "%s ID %q is already used at %s; IDs must be unique", what, id, ptr(first))
			continue
		}
		seen[id] = i
	}
}

func (c *checker) ids() {
	c.allIDs = map[string]map[string]bool{}
	c.sections = map[string]bool{}
	for _, s := range c.n.Sections {
		c.sections[s.ID] = true
	}
	recipientIDs := func(r *Recipients) []string {
		if r == nil {
			return nil
		}
		return mapIDs(r.Items, func(x Recipient) string { return x.ID })
	}
	for i := range c.n.Activities {
		a := &c.n.Activities[i]
		for _, s := range a.Sections {
			c.sections[s.ID] = true
		}
		recipients := a.Recipients
		if recipients == nil {
			recipients = c.n.Recipients
		}
		own := map[string]map[string]bool{}
		for kind, ids := range map[string][]string{
			"purpose":                mapIDs(a.Purposes, func(p Purpose) string { return p.ID }),
			"data category":          mapIDs(a.DataCategories, func(d DataCategory) string { return d.ID }),
			"group of data subjects": mapIDs(a.DataSubjects, func(g DataSubjectGroup) string { return g.ID }),
			"recipient":              recipientIDs(recipients),
		} {
			own[kind] = map[string]bool{}
			if c.allIDs[kind] == nil {
				c.allIDs[kind] = map[string]bool{}
			}
			for _, id := range ids {
				own[kind][id] = true
				c.allIDs[kind][id] = true
			}
		}
		c.actIDs = append(c.actIDs, own)
	}
	acts := make([]string, len(c.n.Activities))
	for i, a := range c.n.Activities {
		acts[i] = a.ID
	}
	c.unique("activity", acts, func(i int) string { return "/activities/" + strconv.Itoa(i) + "/id" })
	var secs []string
	var secPtrs []string
	addSecs := func(ss []Section, base string) {
		for i, s := range ss {
			secs = append(secs, s.ID)
			secPtrs = append(secPtrs, base+"/sections/"+strconv.Itoa(i)+"/id")
		}
	}
	addSecs(c.n.Sections, "")
	for i := range c.n.Activities {
		a := &c.n.Activities[i]
		base := "/activities/" + strconv.Itoa(i)
		addSecs(a.Sections, base)
		c.unique("purpose", mapIDs(a.Purposes, func(p Purpose) string { return p.ID }), func(j int) string { return base + "/purposes/" + strconv.Itoa(j) + "/id" })
		c.unique("data category", mapIDs(a.DataCategories, func(d DataCategory) string { return d.ID }), func(j int) string { return base + "/dataCategories/" + strconv.Itoa(j) + "/id" })
		c.unique("group", mapIDs(a.DataSubjects, func(g DataSubjectGroup) string { return g.ID }), func(j int) string { return base + "/dataSubjects/" + strconv.Itoa(j) + "/id" })
	}
	c.unique("section", secs, func(i int) string { return secPtrs[i] })
}

func mapIDs[T any](xs []T, id func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}

var (
	scopeType      = reflect.TypeFor[Scope]()
	validityType   = reflect.TypeFor[Validity]()
	identifierType = reflect.TypeFor[Identifier]()
	sectionType    = reflect.TypeFor[Section]()
	blockType      = reflect.TypeFor[Block]()
	lawRefType     = reflect.TypeFor[LawRef]()
	categoryType   = reflect.TypeFor[DataCategory]()
	transferType   = reflect.TypeFor[Transfer]()
	authorityType  = reflect.TypeFor[SupervisoryAuthority]()
	recipientsType = reflect.TypeFor[Recipients]()
)

// valueOf returns a pointer to the value v holds, of type T: v's own
// address where it has one (a walk from a *Notice), so that no struct is
// copied.
func valueOf[T any](v reflect.Value) *T {
	if v.CanAddr() {
		return v.Addr().Interface().(*T)
	}
	x := v.Interface().(T)
	return &x
}

// validityFields holds, for each struct type the walk met, the index of its
// member Validity of type [Validity] (embedded, perhaps in an embedded
// struct), or nil.
var validityFields sync.Map // reflect.Type → []int

func validityField(t reflect.Type) []int {
	if i, ok := validityFields.Load(t); ok {
		return i.([]int)
	}
	var i []int
	if f, ok := t.FieldByName("Validity"); ok && f.Type == validityType {
		i = f.Index
	}
	validityFields.Store(t, i)
	return i
}

func (c *checker) visit(v Value) bool {
	if f := v.Field; f != nil && v.Index < 0 {
		if !f.Optional && isEmpty(v.V) {
			ptr := v.Pointer()
			c.add(ptr[:strings.LastIndexByte(ptr, '/')], ErrMissingField, "missing required field %q", f.Name)
		}
		if f.Unique && v.V.Kind() == reflect.Slice {
			c.repeated(v)
		}
	}
	if c.orig != language.Und && v.V.Kind() == reflect.Map && !v.V.IsNil() {
		switch v.V.Type() {
		case textType:
			c.resolve(v.V.Interface().(Text))
		case nameType:
			c.resolve(Text(v.V.Interface().(Name)))
		}
	}
	if v.V.Kind() == reflect.Struct {
		if i := validityField(v.V.Type()); i != nil {
			r := valueOf[Validity](v.V.FieldByIndex(i))
			if !r.From.IsZero() && !r.Until.IsZero() && !r.Until.end().After(r.From.Time()) {
				c.add(v.Pointer()+"/until", ErrDateOrder, "until %s is before from %s: a role cannot end before it begins", r.Until, r.From)
			}
		}
	}
	switch v.V.Type() {
	case scopeType:
		s := (*valueOf[Scope](v.V))
		c.refs(v, "/purposes", s.Purposes, "purpose")
		c.refs(v, "/dataCategories", s.DataCategories, "data category")
		c.refs(v, "/dataSubjects", s.DataSubjects, "group of data subjects")
	case categoryType:
		d := (*valueOf[DataCategory](v.V))
		c.refs(v, "/subjects", d.Subjects, "group of data subjects")
		c.refs(v, "/purposes", d.Purposes, "purpose")
	case transferType:
		c.refs(v, "/recipients", (*valueOf[Transfer](v.V)).Recipients, "recipient")
	case recipientsType:
		r := (*valueOf[Recipients](v.V))
		c.unique("recipient", mapIDs(r.Items, func(x Recipient) string { return x.ID }), func(j int) string {
			return v.Pointer() + "/items/" + strconv.Itoa(j) + "/id"
		})
	case identifierType:
		if err := (*valueOf[Identifier](v.V)).Check(); err != nil {
			c.add(v.Pointer()+"/value", ErrIdentifier, "%s", strings.TrimPrefix(err.Error(), ErrIdentifier.Error()+": "))
		}
	case authorityType:
		if code := (*valueOf[SupervisoryAuthority](v.V)).Code; code != "" {
			if _, ok := LookupAuthority(code); !ok {
				var codes []string
				for _, a := range authorities {
					codes = append(codes, a.Code)
				}
				msg := fmt.Sprintf("no supervisory authority of the built-in table has code %q", code)
				if s := suggest(code, codes); s != "" {
					msg += fmt.Sprintf("; did you mean %q?", s)
				}
				c.add(v.Pointer()+"/code", ErrUnknownCode, "%s; codes are ISO 3166 codes such as FI, SE, DE-BY-PUBLIC (notice.Authorities lists them)", msg)
			}
		}
	case sectionType:
		c.section(v)
	case blockType:
		b := (*valueOf[Block](v.V))
		kinds := 0
		for _, set := range []bool{!b.Paragraph.IsZero(), len(b.List) > 0, b.Link != nil} {
			if set {
				kinds++
			}
		}
		if kinds != 1 {
			c.add(v.Pointer(), ErrBlock, "a block is exactly one of paragraph, list and link; this one has %d", kinds)
		}
		if b.Ordered && len(b.List) == 0 {
			c.add(v.Pointer()+"/ordered", ErrBlock, "ordered applies to a list, and this block has none")
		}
	case lawRefType:
		l := (*valueOf[LawRef](v.V))
		if l.Statute == "" {
			break
		}
		j := c.n.LawJurisdiction(l)
		if j == "" {
			c.add(v.Pointer()+"/jurisdiction", ErrLaw, "statute %q needs a jurisdiction (\"EU\" or a country code such as \"FI\"), or a controller with a country", l.Statute)
		} else if err := CheckStatuteNumber(j, l.Statute); err != nil {
			c.add(v.Pointer()+"/statute", ErrLaw, "%s", strings.TrimPrefix(err.Error(), "notice: "))
		}
	}
	return true
}

// repeated reports the items of a uniqueItems list that repeat an earlier one.
func (c *checker) repeated(v Value) {
	seen := make(map[any]int, v.V.Len())
	for i := range v.V.Len() {
		e := v.V.Index(i)
		if !e.Type().Comparable() {
			return
		}
		key := e.Interface()
		if first, dup := seen[key]; dup {
			shown := fmt.Sprint(key)
			if e.Kind() == reflect.String {
				shown = strconv.Quote(e.String())
			}
			c.add(v.Pointer()+"/"+strconv.Itoa(i), ErrDuplicateID, "%s is already given at %s/%d; each may be given once", shown, v.Pointer(), first)
			continue
		}
		seen[key] = i
	}
}

// refs reports each ID of ids, a list at v's pointer plus member, that
// names no what: in the activity that holds v, or, where v is outside the
// activities, in any activity.
func (c *checker) refs(v Value, member string, ids []string, what string) {
	if len(ids) == 0 {
		return
	}
	ptr := v.Pointer()
	known, where := c.allIDs[what], "any activity"
	if i, ok := activityIndex(ptr); ok && i < len(c.actIDs) {
		known, where = c.actIDs[i][what], "the activity"
	}
	for j, id := range ids {
		if !known[id] {
			c.add(ptr+member+"/"+strconv.Itoa(j), ErrUnknownID, "no %s has ID %q in %s", what, id, where)
		}
	}
}

// activityIndex returns i when ptr is below /activities/i.
func activityIndex(ptr string) (int, bool) {
	rest, ok := strings.CutPrefix(ptr, "/activities/")
	if !ok {
		return 0, false
	}
	num, _, _ := strings.Cut(rest, "/")
	i, err := strconv.Atoi(num)
	return i, err == nil
}

// section checks that a section's After names an item of the struct that
// holds the section, or a section.
func (c *checker) section(v Value) {
	s := (*valueOf[Section](v.V))
	if s.After == "" {
		return
	}
	holder := reflect.TypeFor[Notice]()
	if _, ok := activityIndex(v.Pointer()); ok {
		holder = reflect.TypeFor[Activity]()
	}
	var names []string
	for _, f := range fields(holder) {
		names = append(names, f.Name)
	}
	if slices.Contains(names, s.After) || c.sections[s.After] {
		return
	}
	msg := fmt.Sprintf("after %q names no item and no section", s.After)
	if sug := suggest(s.After, names); sug != "" {
		msg += fmt.Sprintf("; did you mean %q?", sug)
	}
	c.add(v.Pointer()+"/after", ErrUnknownID, "%s; expected an item such as retention or rights, or a section's ID", msg)
}
