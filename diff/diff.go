package diff

import (
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// Kind says what happened to a value between two versions.
type Kind string

// The kinds of change.
const (
	Added   Kind = "added"
	Removed Kind = "removed"
	Changed Kind = "changed"
)

// A Change is one difference between two versions of a notice.
type Change struct {
	// Kind is added, removed or changed.
	Kind Kind `json:"kind"`
	// Pointer is the RFC 6901 JSON Pointer of the value: in the new version,
	// or in the old one for a removed value.
	Pointer string `json:"pointer"`
	// Activity is the ID of the activity the change is in; "" for the notice's
	// own items, which apply to every activity that does not state them.
	Activity string `json:"activity,omitempty"`
	// Item is the information item the value belongs to, by its field name,
	// such as "recipients" or "retention".
	Item string `json:"item"`
	// Article is the article that requires the item, such as "Art 13(1)(e)",
	// from the item's description in the JSON Schema; "" for what the
	// Regulation does not ask for (the title, free sections).
	Article string `json:"article,omitempty"`
	// Material is true for a change of substance, which a controller must tell
	// the data subjects of (a new recipient, a new purpose, another retention
	// period, a new transfer, another legal basis or contact); false for a
	// change of wording or of the notice's own metadata.
	Material bool `json:"material"`
	// Old and New are the values before and after, in the document's own
	// form; nil for the side that does not exist.
	Old any `json:"old,omitempty"`
	New any `json:"new,omitempty"`
}

// The items whose changes are of substance: the information of Arts 13 and
// 14 itself. A change of free text in them is wording; any other change is
// substance. Changes elsewhere (the title, introduction, version and dates,
// security measures, free sections, the change log) are never material.
var materialItems = map[string]bool{
	"controller": true, "jointControllers": true, "representative": true, "contactPersons": true, "dpo": true,
	"purposes": true, "legalBases": true, "legitimateInterests": true, "specialCategoryConditions": true,
	"criminalDataBasis": true, "dataSubjects": true, "dataCategories": true, "sources": true, "requirement": true,
	"recipients": true, "transfers": true, "retention": true, "automatedDecisions": true, "furtherProcessing": true,
	"exemptions": true, "rights": true, "supervisoryAuthorities": true, "negativeStatements": true, "cookies": true,
	"activities": true,
}

var (
	textType     = reflect.TypeFor[notice.Text]()
	nameType     = reflect.TypeFor[notice.Name]()
	dateType     = reflect.TypeFor[notice.Date]()
	durationType = reflect.TypeFor[notice.Duration]()
	tagsType     = reflect.TypeFor[notice.Tags]()
	tagType      = reflect.TypeFor[language.Tag]()
	activityType = reflect.TypeFor[notice.Activity]()
)

// Compare returns the changes from old to new, in the order of the new
// document, removals where the removed value stood. Activities are matched
// by ID; list items by their ID, code or name (see [Key]), then by
// position. Compare never modifies its arguments.
func Compare(old, new *notice.Notice) []Change {
	c := &comparer{}
	c.value(reflect.ValueOf(old).Elem(), reflect.ValueOf(new).Elem(), "", "", "")
	return c.out
}

// Material reports whether any change is of substance.
func Material(cs []Change) bool {
	return slices.ContainsFunc(cs, func(c Change) bool { return c.Material })
}

type comparer struct {
	out []Change
}

func (c *comparer) add(k Kind, ptr, activity, item string, leafKind reflect.Type, old, new reflect.Value) {
	ch := Change{Kind: k, Pointer: ptr, Activity: activity, Item: item, Article: notice.ItemArticle(item)}
	if old.IsValid() {
		ch.Old = old.Interface()
	}
	if new.IsValid() {
		ch.New = new.Interface()
	}
	// A change of free text is wording; adding or removing an item, or any
	// change of a code, name, number, date or address, is substance.
	wording := k == Changed && (leafKind == textType)
	ch.Material = materialItems[item] && !wording
	c.out = append(c.out, ch)
}

// value compares two values of the same type at ptr. item and activity name
// the information item and activity they belong to, once known.
func (c *comparer) value(o, n reflect.Value, ptr, activity, item string) {
	t := n.Type()
	switch {
	case t == textType || t == nameType:
		if !textsEqual(o, n) {
			c.add(Changed, ptr, activity, item, t, o, n)
		}
		return
	case t == dateType || t == durationType || t == tagType || t == tagsType:
		if !reflect.DeepEqual(o.Interface(), n.Interface()) {
			c.add(Changed, ptr, activity, item, t, o, n)
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		switch {
		case o.IsNil() && n.IsNil():
		case o.IsNil():
			c.add(Added, ptr, activity, item, t, reflect.Value{}, n)
		case n.IsNil():
			c.add(Removed, ptr, activity, item, t, o, reflect.Value{})
		default:
			c.value(o.Elem(), n.Elem(), ptr, activity, item)
		}
	case reflect.Struct:
		for _, f := range notice.FieldsOf(t) {
			fo, fn := fieldByName(o, f.Name), fieldByName(n, f.Name)
			it := item
			if it == "" || (t == activityType && f.Name != "id") {
				it = f.Name
			}
			if f.Name == "id" {
				// An ID is the document's own reference to a part, not
				// information to data subjects: it pairs the parts of the
				// two versions (see Key) and is not itself a change.
				continue
			}
			c.value(fo, fn, ptr+"/"+escape(f.Name), activity, it)
		}
	case reflect.Slice:
		c.list(o, n, ptr, activity, item)
	default:
		if !reflect.DeepEqual(o.Interface(), n.Interface()) {
			c.add(Changed, ptr, activity, item, t, o, n)
		}
	}
}

// list compares two lists. Items are paired by their key, then unchanged
// items with each other, then what is left by position (unless their keys
// say they are different items). An unpaired old item was removed, an
// unpaired new one added; a pair is compared member by member.
func (c *comparer) list(o, n reflect.Value, ptr, activity, item string) {
	elem := n.Type().Elem()
	pairOf := make([]int, n.Len()) // index in o of new item i, or -1
	used := make([]bool, o.Len())
	keys := func(v reflect.Value) map[string][]int {
		m := map[string][]int{}
		for j := range v.Len() {
			if k := Key(v.Index(j)); k != "" {
				m[k] = append(m[k], j)
			}
		}
		return m
	}
	oldKeys := keys(o)
	for i := range pairOf {
		pairOf[i] = -1
		if k := Key(n.Index(i)); k != "" {
			pairOf[i] = take(oldKeys, k, used)
		}
	}
	// Unchanged items pair with each other, whatever their position.
	same := map[string][]int{}
	for j := range o.Len() {
		if !used[j] {
			same[fingerprint(o.Index(j))] = append(same[fingerprint(o.Index(j))], j)
		}
	}
	for i := range pairOf {
		if pairOf[i] < 0 {
			pairOf[i] = take(same, fingerprint(n.Index(i)), used)
		}
	}
	for i := range pairOf {
		if pairOf[i] >= 0 || i >= o.Len() || used[i] {
			continue
		}
		if Key(n.Index(i)) != "" && Key(o.Index(i)) != "" {
			continue
		}
		if isLeafList(elem) && elem.Kind() == reflect.String {
			continue // a code replaced by another is a removal and an addition
		}
		pairOf[i], used[i] = i, true
	}
	for j := range o.Len() {
		if !used[j] {
			act := activity
			if elem == activityType {
				act = o.Index(j).FieldByName("ID").String()
			}
			c.add(Removed, ptr+"/"+strconv.Itoa(j), act, item, elem, o.Index(j), reflect.Value{})
		}
	}
	for i := range n.Len() {
		ip := ptr + "/" + strconv.Itoa(i)
		act := activity
		if elem == activityType {
			act = n.Index(i).FieldByName("ID").String()
		}
		if pairOf[i] < 0 {
			c.add(Added, ip, act, item, elem, reflect.Value{}, n.Index(i))
			continue
		}
		c.value(o.Index(pairOf[i]), n.Index(i), ip, act, item)
	}
}

// take returns the first index listed under k that is not used, marking it
// used, or -1.
func take(m map[string][]int, k string, used []bool) int {
	for len(m[k]) > 0 {
		j := m[k][0]
		m[k] = m[k][1:]
		if !used[j] {
			used[j] = true
			return j
		}
	}
	return -1
}

// fingerprint returns a string equal for equal values: the value's JSON.
func fingerprint(v reflect.Value) string {
	b, err := json.Marshal(v.Interface(), json.Deterministic(true))
	if err != nil {
		return ""
	}
	return string(b)
}

// isLeafList reports whether items of type t are compared whole: codes,
// strings and texts, which are added or removed, never changed in place.
func isLeafList(t reflect.Type) bool {
	return t.Kind() == reflect.String || t == textType || t == nameType || t == tagType
}

// fieldByName returns the member of struct v whose JSON name is name.
func fieldByName(v reflect.Value, name string) reflect.Value {
	fs := notice.FieldsOf(v.Type())
	for i := range fs {
		if fs[i].Name == name {
			return fs[i].Of(v)
		}
	}
	return reflect.Value{}
}

func textsEqual(o, n reflect.Value) bool {
	a := o.Convert(textType).Interface().(notice.Text)
	b := n.Convert(textType).Interface().(notice.Text)
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func escape(tok string) string {
	return strings.ReplaceAll(strings.ReplaceAll(tok, "~", "~0"), "/", "~1")
}
