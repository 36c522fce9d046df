package render

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// lawsField returns the legal references as a fields block of one field,
// one line each, or nil.
func (b *builder) lawsField(laws []notice.LawRef) []block {
	f, ok := b.lawField(laws)
	if !ok {
		return nil
	}
	return []block{{Kind: blockFields, Class: "laws", Fields: []field{f}}}
}

// lawField returns the legal references as one field, one line each.
func (b *builder) lawField(laws []notice.LawRef) (field, bool) {
	var lines [][]span
	k := b.push("laws")
	for i := range laws {
		k := b.push(itoa(i))
		if l := b.law(&laws[i]); l != nil {
			lines = append(lines, l)
		}
		b.pop(k)
	}
	b.pop(k)
	if len(lines) == 0 {
		return field{}, false
	}
	return field{b.t("label.lawReference"), lines}, true
}

// ownLanguage is the language a jurisdiction's acts are named in, for an
// act the statute table names in no language of the rendering.
var ownLanguage = map[string]language.Tag{
	"FI": language.Finnish, "SE": language.Swedish, "AT": language.German, "DE": language.German,
	"NL": language.Dutch, "EU": language.English,
}

// law returns a citation of l in the citation style of its jurisdiction
// (i18n.Citation.Style), with the act's current name from notice.Statutes
// in the rendering language, or, where the table has none in it, in the
// act's own language, cited in that language's words where the catalog
// has it (a Swedish act in Swedish on a Finnish page). A name the notice
// gives itself that differs from the table's is shown beside the act's
// number; for an act the table lacks it is the name cited. The citation is
// a link to the provision or the act where the notice or the table gives
// its address. An act's name is a name: never marked as another
// language's text.
func (b *builder) law(l *notice.LawRef) []span {
	juris := strings.TrimSpace(clean(b.n.LawJurisdiction(*l)))
	c := i18n.Citation{
		Style:        juris,
		Number:       strings.TrimSpace(clean(l.Statute)),
		Abbreviation: strings.TrimSpace(clean(l.Abbreviation)),
		Chapter:      strings.TrimSpace(clean(l.Chapter)),
		Subsection:   strings.TrimSpace(clean(l.Subsection)),
		Item:         strings.TrimSpace(clean(l.Item)),
		Sections:     cleanAll(l.Sections),
		Articles:     cleanAll(l.Articles),
	}
	own, hasOwn := b.name(l.Name)
	own = strings.Join(strings.Fields(own), " ")
	loc := b.loc
	if st, ok := notice.LookupStatute(juris, c.Number); ok {
		tag := b.base
		if st.Names[tag] == "" {
			tag = ownLanguage[jurisdictionCountry(juris)]
			if s, ok := supported(tag); ok && st.Names[tag] != "" {
				loc = i18n.For(s) // a Swedish act on a Finnish page: in Swedish
			}
		}
		c.Name, c.CiteName = st.Names[tag], st.CiteNames[tag]
		if c.Name == "" {
			for _, t := range sortedTags(st.Names) {
				c.Name, c.CiteName = st.Names[t], st.CiteNames[t]
				break
			}
		}
		if c.Abbreviation == "" {
			c.Abbreviation = st.Abbreviation
		}
		if juris == "EU" {
			switch en := st.Names[language.English]; {
			case strings.Contains(en, "Regulation"):
				c.Kind = "regulation"
			case strings.Contains(en, "Directive"):
				c.Kind = "directive"
			}
		}
		if hasOwn && !nameOf(st, own) {
			c.Alias = own
		}
	} else if hasOwn {
		c.Name = own
	}
	if c.Name == "" && c.Number == "" && c.Abbreviation == "" {
		return nil
	}
	out := []span{{Text: loc.Statute(c)}}
	if u := strings.TrimSpace(clean(l.URL)); u != "" {
		// The address the notice gives, as a link of its own: a citation
		// is text to wrap, an address is never broken.
		out = append(out, span{Text: " "}, urlSpan(u))
	}
	return out
}

// jurisdictionCountry returns the country of a jurisdiction: DE of DE-BY.
func jurisdictionCountry(j string) string {
	c, _, _ := strings.Cut(j, "-")
	return c
}

// nameOf reports whether s is one of the act's names or cited names, in
// any language, ignoring case.
func nameOf(st notice.Statute, s string) bool {
	for _, m := range []map[language.Tag]string{st.Names, st.CiteNames} {
		for _, v := range m {
			if strings.EqualFold(v, s) {
				return true
			}
		}
	}
	return strings.EqualFold(st.Abbreviation, s)
}

func sortedTags(m map[language.Tag]string) []language.Tag {
	t := make(notice.Text, len(m))
	for k, v := range m {
		t[k] = v
	}
	return t.Tags()
}

func cleanAll(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(clean(s)); s != "" {
			out = append(out, s)
		}
	}
	return out
}
