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
// labelled contact points and its note. The path is p's.
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
	add("label.organisation", b.nameSpans(p.Organisation))
	fs = append(fs, b.identifiers(p.Identifiers)...)
	fs = append(fs, b.contactFields(&p.ContactDetails)...)
	if c := b.country(p.Country); c != "" {
		add("label.country", []span{{Text: c}})
	}
	fs = append(fs, b.validity(p.Validity)...)
	var out []block
	if len(fs) > 0 {
		out = append(out, block{Kind: blockAddress, Class: "party", Fields: fs})
	}
	out = append(out, b.contactPoints(p.Contacts)...)
	return append(out, b.paras(p.Note, "note", "note")...)
}

// contactFields returns the address, e-mail, telephone and web address of
// c as fields.
func (b *builder) contactFields(c *notice.ContactDetails) []field {
	var fs []field
	var addr [][]span
	for _, line := range c.Address {
		if sp := b.nameSpans(line); sp != nil {
			addr = append(addr, sp)
		}
	}
	if len(addr) > 0 {
		fs = append(fs, field{b.t("label.address"), addr})
	}
	if strings.TrimSpace(c.Email) != "" {
		fs = append(fs, field{b.t("label.email"), [][]span{{emailSpan(c.Email)}}})
	}
	if strings.TrimSpace(c.Phone) != "" {
		fs = append(fs, field{b.t("label.telephone"), [][]span{{phoneSpan(c.Phone)}}})
	}
	if strings.TrimSpace(c.URL) != "" {
		fs = append(fs, field{b.t("label.website"), [][]span{{urlSpan(c.URL)}}})
	}
	return fs
}

// contactPoints returns the further, labelled contact points of a party
// ("Kirjaamo: kirjaamo@example.fi, 029 123 4567"), each an address of its
// own led by its label. The path is the party's.
func (b *builder) contactPoints(cps []notice.ContactPoint) []block {
	var out []block
	for i := range cps {
		cp := &cps[i]
		k := b.push("contacts", itoa(i))
		var fs []field
		if sp := b.spans(cp.Label, "label"); sp != nil {
			fs = append(fs, field{b.t("label.contactPoint"), [][]span{sp}})
		}
		fs = append(fs, b.contactFields(&notice.ContactDetails{Address: cp.Address, Email: cp.Email, Phone: cp.Phone, URL: cp.URL})...)
		if sp := b.spans(cp.Note, "note"); sp != nil {
			fs = append(fs, field{b.t("label.note"), [][]span{sp}})
		}
		b.pop(k)
		if len(fs) > 0 {
			out = append(out, block{Kind: blockAddress, Class: "party contact-point", Fields: fs})
		}
	}
	return out
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

// partySection returns a party's section; the path is ptr.
func (b *builder) partySection(rel int, key, class string, p *notice.Party, ptr string) *section {
	if p == nil {
		return nil
	}
	restore := b.at(ptr)
	defer restore()
	return b.sec(rel, key, class, b.party(p))
}

func (b *builder) controllerSection(rel int, p *notice.Party, ptr string) *section {
	return b.partySection(rel, "heading.controller", "controller", p, ptr)
}

func (b *builder) representativeSection(rel int, r *notice.Representative, ptr string) *section {
	if r == nil {
		return nil
	}
	restore := b.at(ptr)
	defer restore()
	var blocks []block
	if !r.NotApplicable.IsZero() {
		blocks = b.notApplicable(r.NotApplicable)
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
		restore := b.at("/contactPersons/" + itoa(i))
		blocks = append(blocks, b.party(&b.n.ContactPersons[i])...)
		restore()
	}
	return b.sec(rel, b.hk("heading.contactPerson", "label.contactPerson"), "contact-persons", blocks)
}

func (b *builder) dpoSection(rel int, d *notice.DPO, ptr string) *section {
	if d == nil {
		return nil
	}
	restore := b.at(ptr)
	defer restore()
	var blocks []block
	if !d.NotApplicable.IsZero() {
		blocks = b.notApplicable(d.NotApplicable)
	} else {
		blocks = b.party(&d.Party)
	}
	return b.sec(rel, "heading.dpo", "dpo", blocks)
}

// jointControllersSection is Art 26: each joint controller with the part
// of the processing it controls jointly, when its role holds and its own
// data protection officer; the essence of the arrangement and the contact
// point for data subjects.
func (b *builder) jointControllersSection(rel int, j *notice.JointControllers, ptr string) *section {
	if j == nil {
		return nil
	}
	restore := b.at(ptr)
	defer restore()
	var blocks []block
	for i := range j.Parties {
		p := &j.Parties[i]
		k := b.push("parties", itoa(i))
		blocks = append(blocks, b.party(&p.Party)...)
		blocks = append(blocks, b.paras(p.Scope, "scope", "scope")...)
		if d := p.DPO; d != nil {
			k := b.push("dpo")
			var dpo []block
			if !d.NotApplicable.IsZero() {
				dpo = b.notApplicable(d.NotApplicable)
			} else {
				dpo = b.party(&d.Party)
			}
			if len(dpo) > 0 {
				blocks = append(blocks, block{Kind: blockPara, Class: "party-label", Spans: []span{{Kind: spanStrong, Text: b.t("label.dpo")}}})
				blocks = append(blocks, dpo...)
			}
			b.pop(k)
		}
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

// authority returns a supervisory authority as a party: the notice's own
// details, completed from the built-in table where it names the authority
// by its code ([notice.LookupAuthority]), with the name in the rendering
// language, else in English, else in the authority's own language.
func (b *builder) authority(sa *notice.SupervisoryAuthority) notice.Party {
	p := sa.Party
	a, ok := notice.LookupAuthority(strings.TrimSpace(sa.Code))
	if !ok {
		return p
	}
	pick := func(m map[language.Tag]string) string {
		for _, t := range []language.Tag{b.base, language.English} {
			if s := m[t]; s != "" {
				return s
			}
		}
		for _, t := range sortedTags(m) {
			return m[t]
		}
		return ""
	}
	if p.Name.IsZero() {
		if s := pick(a.Names); s != "" {
			p.Name = notice.Name{language.Und: s}
		}
	}
	if len(p.Address) == 0 {
		for line := range strings.SplitSeq(pick(a.PostalAddress), ", ") {
			if line != "" {
				p.Address = append(p.Address, notice.Name{language.Und: line})
			}
		}
	}
	if p.Email == "" {
		p.Email = a.Email
	}
	if p.Phone == "" {
		p.Phone = a.Phone
	}
	if p.URL == "" {
		p.URL = a.URL
	}
	return p
}
