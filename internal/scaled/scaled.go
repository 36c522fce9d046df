// Package scaled builds notices of a chosen size from the bundled examples,
// for the benchmarks that measure how each stage's cost grows with the
// number of processing activities.
package scaled

import (
	"fmt"
	"reflect"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
)

// Sizes are the numbers of activities the scaling benchmarks measure.
var Sizes = []int{1, 10, 100, 1000}

// Notice returns the bundled example notice called name with n activities,
// in its original language only (so that 1,000 activities fit in
// [notice.MaxInputSize]): its own activities repeated in turn, each copy
// with an ID, a name and section IDs of its own (the name ends in its
// number). Everything but the activities is the example's. The copies share
// their lists and texts with each other, so treat the result as read-only.
// It returns an error when there is no such example.
func Notice(name string, n int) (*notice.Notice, error) {
	src, err := examples.Load(name)
	if err != nil {
		return nil, err
	}
	out, err := examples.Load(name) // a second copy, for the fields around
	if err != nil {
		return nil, err
	}
	out.Activities = make([]notice.Activity, n)
	for i := range n {
		a := src.Activities[i%len(src.Activities)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i+1)
		name := notice.Text{}
		for tag, s := range a.Name {
			name[tag] = fmt.Sprintf("%s %d", s, i+1)
		}
		a.Name = name
		secs := make([]notice.Section, len(a.Sections))
		for j, sec := range a.Sections {
			if sec.ID != "" {
				sec.ID = fmt.Sprintf("%s-%d", sec.ID, i+1)
			}
			secs[j] = sec
		}
		a.Sections = secs
		out.Activities[i] = a
	}
	monolingual(out)
	return out, nil
}

// monolingual keeps only the original language of every text of n.
func monolingual(n *notice.Notice) {
	orig := n.Original()
	n.Languages, n.UnofficialTranslations = notice.Tags{orig}, nil
	textType, nameType := reflect.TypeFor[notice.Text](), reflect.TypeFor[notice.Name]()
	notice.Walk(n, func(v notice.Value) bool {
		if (v.V.Type() == textType || v.V.Type() == nameType) && !v.V.IsNil() {
			for _, k := range v.V.MapKeys() {
				if k.Interface() != orig {
					v.V.SetMapIndex(k, reflect.Value{})
				}
			}
		}
		return true
	})
}

// Documents returns Notice(name, n) encoded as canonical JSON and YAML.
func Documents(name string, n int) (js, yml []byte, err error) {
	nt, err := Notice(name, n)
	if err != nil {
		return nil, nil, err
	}
	if js, err = notice.EncodeJSON(nt); err != nil {
		return nil, nil, err
	}
	yml, err = notice.EncodeYAML(nt)
	return js, yml, err
}
