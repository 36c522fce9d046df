package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// TestSubjectsFieldNames: for the bundled notices, which are real, the
// field names the groups by their names, exactly as the personal data
// section shows them today.
func TestSubjectsFieldNames(t *testing.T) {
	checked := 0
	for _, name := range examples.Names() {
		n := load(t, name)
		for _, lang := range i18n.Supported {
			b, err := newBuilder(n, Options{Lang: lang})
			require.NoError(t, err)
			for i := range n.Activities {
				a := &n.Activities[i]
				for ci := range a.DataCategories {
					c := &a.DataCategories[ci]
					k := b.push("activities", itoa(i), "dataCategories", itoa(ci))
					f, ok := b.subjectsField(a, c)
					b.pop(k)
					var want [][]span
					for _, id := range c.Subjects {
						for j := range a.DataSubjects {
							if a.DataSubjects[j].ID == id {
								if sp := b.spans(a.DataSubjects[j].Name, "name"); sp != nil {
									want = append(want, sp)
								}
							}
						}
					}
					if len(a.DataSubjects) < 2 || len(want) == 0 {
						assert.False(t, ok, "%s/%s: no field", name, c.Name[lang])
						continue
					}
					require.True(t, ok, "%s/%s", name, c.Name[lang])
					assert.Equal(t, want, f.Lines, "%s/%s: the names", name, c.Name[lang])
					checked++
				}
			}
		}
	}
	assert.Positive(t, checked, "some bundled category names groups")
}

// TestSubjectsFieldBounded: however many groups a category names, and
// however long their names, the field takes at most refFloor + refPerByte
// times the room the category takes in the notice; past that it names the
// groups by id. A missing translation is still reported at the group.
func TestSubjectsFieldBounded(t *testing.T) {
	for _, tc := range []struct {
		groups, nameLen int
		ids             bool
		reason          string
	}{
		{2, 20, false, "two groups of ordinary names"},
		{30, 30, true, "thirty long names for thirty short ids"},
		{200, 200, true, "the amplification of the reported notice"},
		{3, 90, true, "three names longer than the floor allows for ids of one letter"},
	} {
		t.Run(tc.reason, func(t *testing.T) {
			a := &notice.Activity{ID: "a", Name: notice.Text{language.Finnish: "N"}}
			c := notice.DataCategory{Name: notice.Text{language.Finnish: "C"}}
			for j := range tc.groups {
				id := shortID(j)
				a.DataSubjects = append(a.DataSubjects, notice.DataSubjectGroup{ID: id,
					Name: notice.Text{language.Finnish: fmt.Sprintf("%0*d", tc.nameLen, j)}})
				c.Subjects = append(c.Subjects, id)
			}
			a.DataCategories = []notice.DataCategory{c}
			n := &notice.Notice{Languages: []language.Tag{language.Finnish}, Activities: []notice.Activity{*a}}
			b, err := newBuilder(n, Options{})
			require.NoError(t, err)
			k := b.push("activities", "0", "dataCategories", "0")
			f, ok := b.subjectsField(&n.Activities[0], &n.Activities[0].DataCategories[0])
			b.pop(k)
			require.True(t, ok)
			size := 0
			for _, l := range f.Lines {
				size += len(plain(l))
			}
			assert.LessOrEqual(t, size, refFloor+refPerByte*categorySize(&c))
			assert.Len(t, f.Lines, tc.groups, "every group is named")
			assert.Equal(t, tc.ids, f.Lines[0][0].Text == shortID(0), "by id")
			if !tc.ids {
				assert.True(t, strings.HasPrefix(f.Lines[1][0].Text, "0"), "by name")
			}
		})
	}
}
