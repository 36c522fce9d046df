package diff

import (
	"io"
	"strings"

	"github.com/seloste/seloste/render"
)

// WriteMarkdown writes the report as a CommonMark changelog that a
// controller can publish to the data subjects: a heading, the two versions,
// then the changes of substance and the changes of wording, each under a
// heading of the activity they are in (or of the notice), one list item per
// change naming the item with its article and what changed.
//
// Every text of the notice in it (names, values) and of the catalog is
// escaped with [render.EscapeMarkdown]: it stays text, and never becomes a
// heading, list, link, autolink, HTML or emphasis. The only structure is
// the headings, paragraphs and lists WriteMarkdown writes itself. Values are
// cut at 200 characters, so that the output is bounded by the number of
// changes.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# " + esc(r.loc.T("diff.title")) + "\n\n")
	b.WriteString(esc(r.loc.T("diff.versions", r.versionOf(r.Old), r.versionOf(r.New))) + "\n")
	r.markdownSection(&b, true)
	r.markdownSection(&b, false)
	_, err := io.WriteString(w, b.String())
	return err
}

// markdownSection writes the changes of substance or of wording, grouped by
// where they are, in the order each place first occurs.
func (r *Report) markdownSection(b *strings.Builder, material bool) {
	ls := r.lines(material)
	if len(ls) == 0 {
		if material {
			b.WriteString("\n" + esc(r.loc.T("diff.noSubstance")) + "\n")
		}
		return
	}
	key := "diff.wording"
	if material {
		key = "diff.substance"
	}
	b.WriteString("\n## " + esc(r.loc.T(key)) + "\n")
	var places []string
	byPlace := map[string][]line{}
	for _, l := range ls {
		if _, ok := byPlace[l.where]; !ok {
			places = append(places, l.where)
		}
		byPlace[l.where] = append(byPlace[l.where], l)
	}
	for _, p := range places {
		b.WriteString("\n### " + esc(p) + "\n\n")
		for _, l := range byPlace[p] {
			b.WriteString("- **" + esc(l.item) + "**: " + esc(l.what) + "\n")
		}
	}
}

// esc is render.EscapeMarkdown: text that stays text wherever it stands.
func esc(s string) string { return render.EscapeMarkdown(s) }
