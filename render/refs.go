package render

import (
	"github.com/seloste/seloste/notice"
)

// References from one part of a notice to another, such as the groups of
// data subjects a data category concerns, are what could make a rendering
// grow out of proportion to the notice: n categories that each name m groups
// by a short id would print m long names n times. A reference is printed by
// the name of what it refers to, as a reader needs it, while the names take
// little room beside what the notice itself spends on the reference; past
// that, by the ids the notice wrote, which take no more room than they did
// in the notice.

// The room the names of one data category's groups may take, in bytes of
// text: refFloor whatever the category, and refPerByte for each byte the
// category takes in the notice (its texts in every language and its ids).
// No real notice comes near it: KiVa Koulu's longest list of names is a
// third of its floor.
const (
	refFloor   = 64
	refPerByte = 4
)

// subjectsField returns the field that names the groups of data subjects of
// activity a that category c concerns, and false when there is nothing to
// say: the category names no group, or the activity has one group only. The
// path is the category's; a name is read at its group's path, so that a
// missing translation names the group.
//
// The groups are named by their names, in the rendering language, unless
// those would take more than refFloor + refPerByte times the bytes the
// category takes in the notice: then by their ids. An id that names no
// group of the activity is left out (the validator reports it).
func (b *builder) subjectsField(a *notice.Activity, c *notice.DataCategory) (field, bool) {
	if len(c.Subjects) == 0 || len(a.DataSubjects) < 2 {
		return field{}, false
	}
	index := make(map[string]int, len(a.DataSubjects))
	for j := len(a.DataSubjects) - 1; j >= 0; j-- {
		index[a.DataSubjects[j].ID] = j // the first group of an id, as a loop would find
	}
	var names, ids [][]span
	size, room := 0, refFloor+refPerByte*categorySize(c)
	saved := b.path
	for _, id := range c.Subjects {
		j, ok := index[id]
		if !ok {
			continue
		}
		ids = append(ids, []span{{Text: clean(id)}})
		if size > room {
			continue // ids it is: no need to read more names
		}
		b.path = append(saved[:len(saved)-2:len(saved)-2], "dataSubjects", itoa(j))
		if sp := b.spans(a.DataSubjects[j].Name, "name"); sp != nil {
			names = append(names, sp)
			size += len(plain(sp))
		}
	}
	b.path = saved
	lines := names
	if size > room {
		lines = ids
	}
	if len(lines) == 0 {
		return field{}, false
	}
	return field{b.t("heading.dataSubjects"), lines}, true
}

// categorySize returns the bytes data category c takes in a notice: the
// text of its name, description and items in every language, and its
// group ids with a separator each.
func categorySize(c *notice.DataCategory) int {
	n := textSize(c.Name) + textSize(c.Description)
	for _, t := range c.Items {
		n += textSize(t)
	}
	for _, id := range c.Subjects {
		n += len(id) + 1
	}
	return n
}

func textSize(t notice.Text) int {
	n := 0
	for _, s := range t {
		n += len(s)
	}
	return n
}
