package notice

import (
	"reflect"
	"strconv"
	"sync"
)

// An EffectiveActivity is an activity as it applies: each item it does not
// state itself is the notice's (Arts 13 and 14 read per activity, with what
// the notice says once for all of them).
type EffectiveActivity struct {
	// Activity is a shallow copy of the activity with the inherited items
	// filled in; its lists and pointers are shared with the notice, so treat
	// them as read-only.
	Activity
	// Index is the activity's index in the notice's Activities.
	Index     int
	inherited map[string]bool
}

// Inherited reports whether item, named by its JSON name such as
// "retention", is the notice's rather than the activity's own.
func (e *EffectiveActivity) Inherited(item string) bool { return e.inherited[item] }

// Pointer returns the JSON Pointer of item where it is stated: below the
// activity ("/activities/2/retention"), or on the notice ("/retention") when
// it is inherited.
func (e *EffectiveActivity) Pointer(item string) string {
	if e.inherited[item] {
		return "/" + escapePointer(item)
	}
	return "/activities/" + strconv.Itoa(e.Index) + "/" + escapePointer(item)
}

// InheritedItems are the JSON names of the items an activity inherits from
// its notice when it does not state them: the parties, the items the
// activities share ([Shared]), the rights, the supervisory authorities and
// the security measures.
func InheritedItems() []string {
	inheritOnce()
	out := make([]string, len(inheritTable))
	for i, f := range inheritTable {
		out[i] = f.name
	}
	return out
}

type inheritField struct {
	name          string
	notice, activ []int // reflect index paths
}

var (
	inheritTable []inheritField
	inheritOnce  = sync.OnceFunc(func() {
		names := []string{"controller", "jointControllers", "representative", "dpo"}
		for _, f := range fields(reflect.TypeFor[Shared]()) {
			names = append(names, f.Name)
		}
		names = append(names, "rights", "supervisoryAuthorities", "security")
		byName := func(t reflect.Type, name string) []int {
			for _, f := range fields(t) {
				if f.Name == name {
					return f.index
				}
			}
			panic("notice: no field " + name + " in " + t.String())
		}
		for _, name := range names {
			inheritTable = append(inheritTable, inheritField{
				name:   name,
				notice: byName(reflect.TypeFor[Notice](), name),
				activ:  byName(reflect.TypeFor[Activity](), name),
			})
		}
	})
)

// EffectiveActivity returns activity i of n as it applies: every item of
// [InheritedItems] that the activity does not state is taken from the
// notice. It panics if i is out of range.
func (n *Notice) EffectiveActivity(i int) EffectiveActivity {
	inheritOnce()
	e := EffectiveActivity{Activity: n.Activities[i], Index: i, inherited: map[string]bool{}}
	nv := reflect.ValueOf(n).Elem()
	av := reflect.ValueOf(&e.Activity).Elem()
	for _, f := range inheritTable {
		own := av.FieldByIndex(f.activ)
		if !isEmpty(own) {
			continue
		}
		shared := nv.FieldByIndex(f.notice)
		if isEmpty(shared) {
			continue
		}
		own.Set(shared)
		e.inherited[f.name] = true
	}
	return e
}

// EffectiveActivities returns [Notice.EffectiveActivity] of every activity, in order.
func (n *Notice) EffectiveActivities() []EffectiveActivity {
	out := make([]EffectiveActivity, len(n.Activities))
	for i := range n.Activities {
		out[i] = n.EffectiveActivity(i)
	}
	return out
}
