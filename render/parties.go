package render

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/seloste/seloste/notice"
)

// ---- parties ---------------------------------------------------------------

// party returns the contact details of p as an address, followed by its
// note. The path is p's.
func (b *builder) party(p *notice.Party) []block {
	var fs []field
	add := func(key string, lines ...[]span) {
		lines = slices.DeleteFunc(lines, func(l []span) bool { return len(l) == 0 })
		if len(lines) > 0 {
			fs = append(fs, field{b.t(key), lines})
		}
	}
	add("label.name", b.nameSpans(p.Name))
	add("label.role", b.spans(p.Role, "role"))
	add("label.unit", b.nameSpans(p.Unit))
	for _, id := range p.Identifiers {
		if v := strings.TrimSpace(clean(id.Value)); v != "" {
			// The label is the catalog's; a scheme the notice names itself
			// goes with the value, where it wraps like any text.
			if s, ok := b.name(id.SchemeName); ok {
				v = s + ": " + v
			}
			label := b.t(notice.IdentifierSchemeVocabulary.Name) // "Identifier"
			if _, known := notice.IdentifierSchemeVocabulary.Lookup(string(id.Scheme)); known {
				label = b.term(&notice.IdentifierSchemeVocabulary, string(id.Scheme))
			} else if code := strings.TrimSpace(clean(string(id.Scheme))); code != "" {
				v = code + ": " + v // a code built in Go that no vocabulary knows
			}
			fs = append(fs, field{label, [][]span{{{Text: v}}}})
		}
	}
	var addr [][]span
	for _, line := range p.Address {
		addr = append(addr, b.nameSpans(line))
	}
	add("label.address", addr...)
	if strings.TrimSpace(p.Email) != "" {
		add("label.email", []span{emailSpan(p.Email)})
	}
	if strings.TrimSpace(p.Phone) != "" {
		add("label.telephone", []span{phoneSpan(p.Phone)})
	}
	if strings.TrimSpace(p.URL) != "" {
		add("label.website", []span{urlSpan(p.URL)})
	}
	if c := b.country(p.Country); c != "" {
		add("label.country", []span{{Text: c}})
	}
	var out []block
	if len(fs) > 0 {
		out = append(out, block{Kind: blockAddress, Class: "party", Fields: fs})
	}
	return append(out, b.paras(p.Note, "note", "note")...)
}

// country returns the name of an ISO 3166-1 alpha-2 code in the rendering
// language, or the code as given.
func (b *builder) country(code string) string {
	code = strings.TrimSpace(clean(code))
	if code == "" {
		return ""
	}
	if r, err := language.ParseRegion(code); err == nil {
		if name := display.Regions(b.tag).Name(r); name != "" {
			return name
		}
	}
	return code
}

func (b *builder) controllerSection(rel int, p *notice.Party, path string) *section {
	if p == nil {
		return nil
	}
	k := b.push(strings.Split(path, "/")...)
	defer b.pop(k)
	return b.sec(rel, "heading.controller", "controller", b.party(p))
}

func (b *builder) representativeSection(rel int) *section {
	r := b.n.Representative
	if r == nil {
		return nil
	}
	k := b.push("representative")
	defer b.pop(k)
	var blocks []block
	if !r.NotApplicable.IsZero() {
		blocks = b.paras(r.NotApplicable, "notApplicable", "not-applicable")
	} else if r.Party != nil {
		k := b.push("party")
		blocks = b.party(r.Party)
		b.pop(k)
	}
	return b.sec(rel, "heading.representative", "representative", blocks)
}

func (b *builder) contactPersonsSection(rel int) *section {
	var blocks []block
	for i := range b.n.ContactPersons {
		k := b.push("contactPersons", itoa(i))
		blocks = append(blocks, b.party(&b.n.ContactPersons[i])...)
		b.pop(k)
	}
	return b.sec(rel, "heading.contactPerson", "contact-persons", blocks)
}

func (b *builder) dpoSection(rel int, d *notice.DPO, path string) *section {
	if d == nil {
		return nil
	}
	k := b.push(strings.Split(path, "/")...)
	defer b.pop(k)
	var blocks []block
	if !d.NotApplicable.IsZero() {
		blocks = b.paras(d.NotApplicable, "notApplicable", "not-applicable")
	} else {
		blocks = b.party(&d.Party)
	}
	return b.sec(rel, "heading.dpo", "dpo", blocks)
}

func (b *builder) jointControllersSection(rel int) *section {
	j := b.n.JointControllers
	if j == nil {
		return nil
	}
	k := b.push("jointControllers")
	defer b.pop(k)
	var blocks []block
	for i := range j.Parties {
		p := &j.Parties[i]
		k := b.push("parties", itoa(i))
		blocks = append(blocks, b.party(&p.Party)...)
		blocks = append(blocks, b.paras(p.Scope, "scope", "scope")...)
		b.pop(k)
	}
	if strings.TrimSpace(j.URL) != "" {
		blocks = append(blocks, block{Kind: blockFields, Fields: []field{{b.t("label.moreInformation"), [][]span{{urlSpan(j.URL)}}}}})
	}
	return b.sec(rel, "heading.jointControllers", "joint-controllers", blocks,
		b.sec(rel+1, "heading.jointArrangement", "joint-arrangement", b.paras(j.Arrangement, "arrangement", "")),
		b.sec(rel+1, "heading.contactPoint", "contact-point", b.paras(j.ContactPoint, "contactPoint", "")),
	)
}
