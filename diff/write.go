package diff

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// itemHeadings are the catalog keys of the items' names: the renderer's
// headings where it has one, the diff's own otherwise.
var itemHeadings = map[string]string{
	"controller": "heading.controller", "jointControllers": "heading.jointControllers",
	"representative": "heading.representative", "contactPersons": "heading.contactPerson",
	"dpo": "heading.dpo", "purposes": "heading.purposes", "legalBases": "heading.legalBasis",
	"legitimateInterests": "heading.legitimateInterests", "specialCategoryConditions": "heading.specialCategories",
	"criminalDataBasis": "heading.criminalData", "dataSubjects": "heading.dataSubjects",
	"dataCategories": "heading.personalData", "sources": "heading.sources", "requirement": "heading.requirement",
	"recipients": "heading.recipients", "transfers": "heading.transfers", "retention": "heading.retention",
	"automatedDecisions": "heading.automatedDecisions", "furtherProcessing": "heading.furtherProcessing",
	"exemptions": "heading.exemptions", "rights": "heading.rights",
	"supervisoryAuthorities": "heading.supervisoryAuthority", "security": "heading.security",
	"prepared": "diff.item.dates", "updated": "diff.item.dates", "published": "diff.item.dates",
	"effective": "diff.item.dates", "unofficialTranslations": "diff.item.languages",
}

// maxValue bounds the characters of one value in a report, so that the
// report's size is bounded by the number of changes, not by the size of the
// texts that changed.
const maxValue = 200

// A Report is the changes between two versions of a notice, ready to be
// written for people in one language.
type Report struct {
	Old, New *notice.Notice
	Changes  []Change
	loc      *i18n.Locale
	lang     language.Tag
}

// NewReport compares old and new and prepares the report in lang (fi, sv or
// en; another language gives the catalog's fallback).
func NewReport(old, new *notice.Notice, lang language.Tag) *Report {
	loc := i18n.For(lang)
	return &Report{Old: old, New: new, Changes: Compare(old, new), loc: loc, lang: i18n.Base(loc.Tag())}
}

// A line is one change as people read it: where, what, how.
type line struct {
	where string // the activity, or all activities
	item  string // the item's name, with its article
	what  string // added / removed / changed, with the values
}

func (r *Report) lines(material bool) []line {
	var out []line
	for _, c := range r.Changes {
		if c.Material != material {
			continue
		}
		where := r.loc.T("diff.notice")
		if slices.Contains(notice.InheritedItems(), c.Item) {
			where = r.loc.T("diff.allActivities")
		}
		if c.Activity != "" {
			where = r.loc.T("diff.activity", "“"+r.activityName(c.Activity)+"”")
		}
		item := r.itemName(c.Item)
		if c.Article != "" {
			item += " (" + r.loc.Article(firstArticle(c.Article)) + ")"
		}
		var what string
		switch c.Kind {
		case Added:
			what = r.loc.T("diff.added", r.value(c.New))
		case Removed:
			what = r.loc.T("diff.removed", r.value(c.Old))
		default:
			if r.full(c.Old) == r.full(c.New) {
				// The same in the report's language: the text changed in
				// another one, which "X → X" would hide.
				what = r.loc.T("diff.changedOtherLanguage", r.value(c.New))
			} else {
				what = r.loc.T("diff.changed", r.value(c.Old), r.value(c.New))
			}
		}
		if m := r.memberName(c); m != "" {
			what = m + ": " + what
		}
		out = append(out, line{where, item, what})
	}
	return out
}

// firstArticle returns the first citation of a list such as "Art 13(1)(e),
// 14(1)(e)": the one of Art 13, which a reader of the notice knows. What
// follows a semicolon ("Art 12(1); recorded under Art 30(1)(c)") is a
// further source, not the article that requires the item.
func firstArticle(a string) string {
	first, _, _ := strings.Cut(a, ",")
	first, _, _ = strings.Cut(first, ";")
	return strings.TrimSpace(first)
}

func (r *Report) itemName(item string) string {
	if k, ok := itemHeadings[item]; ok {
		return r.loc.T(k)
	}
	if k := "diff.item." + item; r.loc.Has(k) {
		return r.loc.T(k)
	}
	return item
}

// memberLabels names, by the catalog's labels, the members of an item a
// change below the item itself is in: "Controller: Email: changed: …".
var memberLabels = map[string]string{
	"name": "label.name", "address": "label.address", "email": "label.email", "phone": "label.telephone",
	"url": "label.website", "country": "label.country", "role": "label.role", "purpose": "label.purpose",
	"basis": "label.legalBasis", "countries": "label.thirdCountry", "mechanisms": "label.transferMechanism",
	"period": "label.period", "from": "label.from", "criteria": "label.criteria",
	"publicAuthority": "diff.member.publicAuthority",
}

// memberName returns the label of the member of its item that change c is
// in, when c is below the item itself and the member has one; "" otherwise,
// and the item's own name says where the change is.
func (r *Report) memberName(c Change) string {
	segs := strings.Split(c.Pointer, "/")
	at := slices.Index(segs, c.Item)
	if at < 0 {
		return ""
	}
	for i := len(segs) - 1; i > at; i-- {
		if _, err := strconv.Atoi(segs[i]); err == nil {
			continue // a list position: the member is above it
		}
		if k, ok := memberLabels[segs[i]]; ok {
			return r.loc.T(k)
		}
		return ""
	}
	return ""
}

func (r *Report) activityName(id string) string {
	for _, n := range []*notice.Notice{r.New, r.Old} {
		for _, a := range n.Activities {
			if a.ID == id {
				if s, _, ok := a.Name.In(r.lang, n.Original()); ok {
					return visible(s)
				}
			}
		}
	}
	return id
}

// value writes one value of a change in words: a text in the report's
// language, a code as its official term, a period with its units, a struct
// by its name, description or code.
func (r *Report) value(v any) string {
	s := r.full(v)
	if utf8.RuneCountInString(s) > maxValue {
		s = string([]rune(s)[:maxValue-1]) + "…"
	}
	return s
}

// full writes one value of a change in words, whole.
func (r *Report) full(v any) string {
	if v == nil {
		return r.loc.T("diff.none")
	}
	s := r.words(reflect.ValueOf(v), 0)
	if s == "" {
		s = r.loc.T("diff.none")
	}
	return s
}

func (r *Report) words(v reflect.Value, depth int) string {
	if depth > 4 || !v.IsValid() {
		return ""
	}
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	t := v.Type()
	if voc, ok := notice.VocabularyOf(t); ok {
		if v.String() == "" {
			return ""
		}
		return r.loc.T(voc.MessageKey(v.String()))
	}
	switch x := v.Interface().(type) {
	case notice.Text:
		s, _, _ := x.In(r.lang, r.New.Original(), r.Old.Original())
		return visible(s)
	case notice.Name:
		s, _, _ := x.In(r.lang, r.New.Original(), r.Old.Original())
		return visible(s)
	case notice.Duration:
		return r.loc.Period(i18n.Period{Years: x.Years, Months: x.Months, Weeks: x.Weeks, Days: x.Days, Hours: x.Hours, Minutes: x.Minutes})
	case notice.Date:
		return x.String()
	case language.Tag:
		return x.String()
	case bool:
		if x {
			return r.loc.T("diff.yes")
		}
		return r.loc.T("diff.no")
	}
	switch v.Kind() {
	case reflect.String:
		return visible(v.String())
	case reflect.Slice:
		var parts []string
		for i := range v.Len() {
			if s := r.words(v.Index(i), depth+1); s != "" {
				parts = append(parts, s)
			}
		}
		return r.loc.List(parts)
	case reflect.Struct:
		// A struct is shown by what names it: its name, its code, its
		// description, its period; else by all its non-empty members.
		for _, name := range []string{"name", "basis", "right", "condition", "statement", "exemption", "kind",
			"recipient", "description", "period", "statute", "value", "heading", "label", "paragraph"} {
			if f := fieldByName(v, name); f.IsValid() && !f.IsZero() {
				if s := r.words(f, depth+1); s != "" {
					return s
				}
			}
		}
		var parts []string
		fs := notice.FieldsOf(t)
		for i := range fs {
			if f := fs[i].Of(v); !f.IsZero() {
				if s := r.words(f, depth+1); s != "" {
					parts = append(parts, s)
				}
			}
		}
		return strings.Join(parts, "; ")
	}
	return fmt.Sprint(v.Interface())
}

// visible writes s on one line, with control and format characters (escape
// sequences, bidirectional controls) shown as \u escapes, so that notice
// text cannot change a terminal or the reading order of a report.
func visible(s string) string {
	var b strings.Builder
	for _, c := range strings.Join(strings.Fields(s), " ") {
		if isHidden(c) {
			fmt.Fprintf(&b, "\\u%04x", c)
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// WriteText writes the report as plain text: the changes of substance,
// then the changes of wording, each line naming the activity, the item with
// its article, and what changed.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	title := r.loc.T("diff.title")
	fmt.Fprintf(&b, "%s\n%s\n\n", title, strings.Repeat("=", utf8.RuneCountInString(title)))
	b.WriteString(r.loc.T("diff.versions", r.versionOf(r.Old), r.versionOf(r.New)) + "\n\n")
	r.textSection(&b, true)
	r.textSection(&b, false)
	_, err := io.WriteString(w, b.String())
	return err
}

func (r *Report) textSection(b *strings.Builder, material bool) {
	ls := r.lines(material)
	key := "diff.wording"
	if material {
		key = "diff.substance"
	}
	if len(ls) == 0 {
		if material {
			b.WriteString(r.loc.T("diff.noSubstance") + "\n\n")
		}
		return
	}
	h := r.loc.T(key)
	fmt.Fprintf(b, "%s\n%s\n", h, strings.Repeat("-", utf8.RuneCountInString(h)))
	for _, l := range ls {
		fmt.Fprintf(b, "- %s: %s: %s\n", l.where, l.item, l.what)
	}
	b.WriteString("\n")
}

func (r *Report) versionOf(n *notice.Notice) string {
	parts := []string{}
	if n.Version != "" {
		parts = append(parts, visible(n.Version))
	}
	for _, d := range []notice.Date{n.Updated, n.Published, n.Prepared} {
		if !d.IsZero() {
			parts = append(parts, d.String())
			break
		}
	}
	if len(parts) == 0 {
		return r.loc.T("diff.none")
	}
	return strings.Join(parts, ", ")
}

// WriteJSON writes the changes as a JSON object: whether anything material
// changed, and every change with its kind, pointer, activity, item,
// article, whether it is material, and its old and new values as the
// document writes them.
func (r *Report) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Material bool     `json:"material"`
		Changes  []Change `json:"changes"`
	}{Material(r.Changes), nonNil(r.Changes)})
}

func nonNil(cs []Change) []Change {
	if cs == nil {
		return []Change{}
	}
	return cs
}

// isHidden reports whether c is a control or format character, or a line or
// paragraph separator: characters that act on a terminal or on the reading
// order rather than show.
func isHidden(c rune) bool {
	return unicode.Is(unicode.Cc, c) || unicode.Is(unicode.Cf, c) || c == '\u2028' || c == '\u2029'
}
