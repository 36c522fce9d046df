package validate

import (
	"strconv"
	"strings"
)

// A Group is the findings of one rule that say the same thing about the same
// item of several activities: "the activity does not say how long the
// personal data are stored" for activities 1, 3 and 7. A text report prints a
// group once, listing the activities; JSON and SARIF keep one result per
// place.
//
// A Group is a plain value.
type Group struct {
	// Finding is the group's first finding, in document order: its rule,
	// severity, article and arguments are those of every finding in the
	// group, and its Path is the first place.
	Finding
	// Paths are the JSON Pointers of every finding of the group, in
	// document order; Paths[0] is Finding.Path.
	Paths []string
	// Activities are the indices (in the notice's Activities) of the
	// activities the findings concern, in order; nil for a finding outside
	// any activity, which is always a group of its own.
	Activities []int
}

// Grouped returns fs as groups: findings with the same rule, severity,
// article and arguments whose paths differ only in the index of the activity
// (/activities/1/retention, /activities/3/retention) become one Group;
// every other finding is a group of one. Groups are in the order of their
// first finding, so a sorted Findings gives groups in document order.
//
//	for _, g := range fs.Grouped() {
//		fmt.Println(g.Rule, g.Summary(language.English), g.Activities)
//	}
func (fs Findings) Grouped() []Group {
	out := make([]Group, 0, len(fs))
	at := map[string]int{} // key → index in out
	for _, f := range fs {
		i, rest, ok := activityPath(f.Path)
		if !ok {
			out = append(out, Group{Finding: f, Paths: []string{f.Path}})
			continue
		}
		key := groupKey(f, rest)
		if k, seen := at[key]; seen {
			g := &out[k]
			g.Paths = append(g.Paths, f.Path)
			if g.Activities[len(g.Activities)-1] != i {
				g.Activities = append(g.Activities, i)
			}
			continue
		}
		at[key] = len(out)
		out = append(out, Group{Finding: f, Paths: []string{f.Path}, Activities: []int{i}})
	}
	return out
}

// activityPath splits "/activities/3/retention/0" into 3 and "/retention/0".
func activityPath(p string) (int, string, bool) {
	rest, ok := strings.CutPrefix(p, "/activities/")
	if !ok {
		return 0, "", false
	}
	num, tail, _ := strings.Cut(rest, "/")
	i, err := strconv.Atoi(num)
	if err != nil || i < 0 {
		return 0, "", false
	}
	if tail != "" {
		tail = "/" + tail
	}
	return i, tail, true
}

// groupKey is what findings of one group share: everything but the activity.
func groupKey(f Finding, rest string) string {
	var b strings.Builder
	b.WriteString(f.Rule)
	b.WriteByte(0)
	b.WriteString(f.Severity.String())
	b.WriteByte(0)
	b.WriteString(f.Article)
	b.WriteByte(0)
	b.WriteString(rest)
	for _, a := range f.Args {
		b.WriteByte(0)
		b.WriteString(a)
	}
	return b.String()
}
