package ropa

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/internal/safetext"
	"github.com/seloste/seloste/notice"
)

// A Record is the record of processing activities of Art 30(1), built from
// a notice in one language: a header row and one row per activity. A
// Record is a plain value; it is safe for concurrent use once built.
type Record struct {
	// Language is the language of the headings and texts: fi, sv or en.
	Language language.Tag
	// Title is the record's official title in Language, such as
	// "Seloste käsittelytoimista".
	Title string
	// Header holds the column headings: the activity, then the items of
	// Art 30(1)(a) to (g), (c) in two columns (data subjects, personal
	// data), each with its article in the language's citation style.
	Header []string
	// Rows hold one row per activity, a cell per column; a cell with
	// several entries has one per line.
	Rows [][]string
}

// columns are the record's columns after the activity: the catalog key of
// each heading and the article of Art 30(1) it reproduces.
var columns = []struct{ key, article string }{
	{"ropa.controller", "Art 30(1)(a)"},
	{"ropa.purposes", "Art 30(1)(b)"},
	{"ropa.dataSubjects", "Art 30(1)(c)"},
	{"ropa.dataCategories", "Art 30(1)(c)"},
	{"ropa.recipients", "Art 30(1)(d)"},
	{"ropa.transfers", "Art 30(1)(e)"},
	{"ropa.retention", "Art 30(1)(f)"},
	{"ropa.security", "Art 30(1)(g)"},
}

// Build makes the record of processing activities of n in lang, which must
// be a language the catalog supports (fi, sv or en, or a regional variant
// such as sv-SE). Each activity is taken as it applies, with what it
// inherits from the notice ([notice.Notice.EffectiveActivity]). Codes are
// written in the regulation's official terms of the language; the
// notice's texts in the language, or in the original language where they
// have no translation. Control and bidirectional formatting characters in
// the notice's text are written visibly, as "\x1b" or "\u202e"
// ([safetext.Clean]); a line break stays one.
func Build(n *notice.Notice, lang language.Tag) (*Record, error) {
	base, _ := lang.Base()
	if !slices.ContainsFunc(i18n.Supported, func(t language.Tag) bool { b, _ := t.Base(); return b == base }) {
		return nil, fmt.Errorf("ropa: %s is not a language of the catalog (fi, sv, en)", lang)
	}
	l := i18n.For(lang)
	b := &builder{n: n, l: l, lang: i18n.Base(lang)}
	r := &Record{Language: b.lang, Title: l.T("ropa.title"), Header: []string{l.T("ropa.activity")}}
	for _, c := range columns {
		r.Header = append(r.Header, l.T(c.key)+" ("+l.Article(c.article)+")")
	}
	for _, a := range n.EffectiveActivities() {
		r.Rows = append(r.Rows, []string{
			b.text(a.Name),
			b.parties(&a),
			lines(a.Purposes, func(p notice.Purpose) string { return b.text(p.Description) }),
			lines(a.DataSubjects, func(g notice.DataSubjectGroup) string { return b.text(g.Name) }),
			lines(a.DataCategories, b.category),
			b.recipients(&a),
			b.transfers(&a),
			b.retention(&a),
			b.security(&a),
		})
	}
	// Notice text reaches a terminal (CSV on standard output) or a
	// spreadsheet: its control characters are shown, not passed on.
	for _, row := range r.Rows {
		for i, c := range row {
			row[i] = safetext.Clean(c)
		}
	}
	return r, nil
}

type builder struct {
	n    *notice.Notice
	l    *i18n.Locale
	lang language.Tag
}

func (b *builder) text(t notice.Text) string {
	s, _, _ := t.In(b.lang, b.n.Original())
	return s
}

func (b *builder) name(nm notice.Name) string {
	s, _, _ := nm.In(b.lang, b.n.Original())
	return s
}

func (b *builder) term(v *notice.Vocabulary, code string) string {
	return b.l.T(v.MessageKey(code))
}

// lines writes one line per item that says something.
func lines[T any](xs []T, f func(T) string) string {
	var out []string
	for _, x := range xs {
		if s := f(x); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, "\n")
}

func (b *builder) party(label string, p notice.Party) string {
	parts := []string{b.name(p.Name)}
	if u := b.name(p.Unit); u != "" {
		parts = append(parts, u)
	}
	for _, a := range p.Address {
		parts = append(parts, b.name(a))
	}
	for _, s := range []string{p.Email, p.Phone, p.URL} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	parts = slices.DeleteFunc(parts, func(s string) bool { return s == "" })
	if len(parts) == 0 {
		return ""
	}
	return label + ": " + strings.Join(parts, ", ")
}

// parties writes Art 30(1)(a): the controller, the joint controllers, the
// representative and the data protection officer, one per line.
func (b *builder) parties(a *notice.EffectiveActivity) string {
	var out []string
	if a.Controller != nil {
		out = append(out, b.party(b.l.T("ropa.label.controller"), *a.Controller))
	}
	if a.JointControllers != nil {
		for _, j := range a.JointControllers.Parties {
			out = append(out, b.party(b.l.T("ropa.label.jointController"), j.Party))
		}
	}
	if a.Representative != nil && a.Representative.Party != nil {
		out = append(out, b.party(b.l.T("ropa.label.representative"), *a.Representative.Party))
	}
	if a.DPO != nil && a.DPO.NotApplicable.IsZero() {
		out = append(out, b.party(b.l.T("ropa.label.dpo"), a.DPO.Party))
	}
	return strings.Join(slices.DeleteFunc(out, func(s string) bool { return s == "" }), "\n")
}

func (b *builder) category(c notice.DataCategory) string {
	s := b.text(c.Name)
	var items []string
	for _, it := range c.Items {
		if t := b.text(it); t != "" {
			items = append(items, t)
		}
	}
	if len(items) > 0 {
		s += ": " + strings.Join(items, ", ")
	}
	var special []string
	for _, sc := range c.Special {
		special = append(special, b.term(&notice.SpecialCategoryVocabulary, string(sc)))
	}
	if len(special) > 0 {
		s += " (" + strings.Join(special, ", ") + ")"
	}
	return s
}

func (b *builder) recipients(a *notice.EffectiveActivity) string {
	r := a.Recipients
	if r == nil {
		return ""
	}
	if len(r.Items) == 0 {
		return b.text(r.NotApplicable)
	}
	var out []string
	for _, it := range r.Items {
		s := b.name(it.Name)
		var extra []string
		if it.Role != "" {
			extra = append(extra, b.term(&notice.RecipientRoleVocabulary, string(it.Role)))
		}
		if it.Country != "" {
			extra = append(extra, it.Country)
		}
		if len(extra) > 0 {
			s += " (" + strings.Join(extra, ", ") + ")"
		}
		out = append(out, s)
	}
	return strings.Join(out, "\n")
}

func (b *builder) transfers(a *notice.EffectiveActivity) string {
	t := a.Transfers
	if t == nil {
		return ""
	}
	if len(t.Items) == 0 {
		return b.text(t.NotApplicable)
	}
	var out []string
	for _, it := range t.Items {
		var where []string
		where = append(where, it.Countries...)
		if o := b.name(it.InternationalOrganisation); o != "" {
			where = append(where, o)
		}
		s := strings.Join(where, ", ")
		if r := b.name(it.Recipient); r != "" {
			s = strings.TrimSpace(r + " " + s)
		}
		var mech []string
		for _, m := range it.Mechanisms {
			mech = append(mech, b.term(&notice.TransferMechanismVocabulary, string(m)))
		}
		if len(mech) > 0 {
			s += ": " + b.l.ListOr(mech)
		}
		if sg := b.text(it.Safeguards); sg != "" {
			s += " (" + sg + ")"
		}
		out = append(out, s)
	}
	return strings.Join(out, "\n")
}

func (b *builder) retention(a *notice.EffectiveActivity) string {
	var out []string
	for _, r := range a.Retention {
		var parts []string
		if d := b.text(r.Data); d != "" {
			parts = append(parts, d+":")
		}
		if !r.Period.IsZero() {
			p := r.Period
			s := b.l.Period(i18n.Period{Years: p.Years, Months: p.Months, Weeks: p.Weeks, Days: p.Days, Hours: p.Hours, Minutes: p.Minutes})
			if r.Qualifier != "" && r.Qualifier != notice.RetentionExact {
				s = b.term(&notice.RetentionQualifierVocabulary, string(r.Qualifier)) + " " + s
			}
			parts = append(parts, s)
		}
		if f := b.text(r.From); f != "" {
			parts = append(parts, "("+f+")")
		}
		if !r.Until.IsZero() {
			parts = append(parts, r.Until.String())
		}
		if r.OpenEnded != nil {
			parts = append(parts, b.term(&notice.OpenEndKindVocabulary, string(r.OpenEnded.Kind)))
		}
		if c := b.text(r.Criteria); c != "" {
			parts = append(parts, c)
		}
		if len(parts) > 0 {
			out = append(out, strings.Join(parts, " "))
		}
	}
	return strings.Join(out, "\n")
}

func (b *builder) security(a *notice.EffectiveActivity) string {
	s := a.Security
	if s == nil {
		return ""
	}
	out := []string{b.text(s.Description)}
	for _, m := range s.Measures {
		out = append(out, b.text(m))
	}
	if s.URL != "" {
		out = append(out, s.URL)
	}
	return strings.Join(slices.DeleteFunc(out, func(x string) bool { return x == "" }), "\n")
}
