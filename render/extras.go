package render

import (
	"strings"

	"github.com/seloste/seloste/notice"
)

// codesSection lists the codes of conduct and certifications the
// controller adheres to (Arts 40, 42): each by name, whether it is a code
// of conduct or a certification, its identifier, where it can be read and
// the notice's words on it.
func (b *builder) codesSection(rel int) *section {
	var items []item
	for i := range b.n.CodesOfConduct {
		c := &b.n.CodesOfConduct[i]
		restore := b.at("/codesOfConduct/" + itoa(i))
		it := item{Class: "code-of-conduct", Spans: b.strong(b.nameSpans(c.Name))}
		kind, article := "label.codeOfConduct", "Art 40"
		if c.Certification {
			kind, article = "label.certification", "Art 42"
		}
		fs := []field{{b.t("label.kind"), [][]span{{{Text: b.t(kind)}, {Text: " "}, {Kind: spanAside, Text: "(" + b.loc.Article(article) + ")"}}}}}
		if id := strings.TrimSpace(clean(c.Identifier)); id != "" {
			fs = append(fs, field{b.t("label.identifier"), [][]span{{{Text: id}}}})
		}
		if strings.TrimSpace(c.URL) != "" {
			fs = append(fs, field{b.t("label.website"), [][]span{{urlSpan(c.URL)}}})
		}
		it.Blocks = append(it.Blocks, block{Kind: blockFields, Fields: fs})
		it.Blocks = append(it.Blocks, b.paras(c.Description, "description", "")...)
		restore()
		items = append(items, it)
	}
	return b.sec(rel, "heading.codesOfConduct", "codes-of-conduct", listBlock(items, "codes-of-conduct"))
}

// cookiesSection lists the cookies and similar technologies (Directive
// 2002/58/EC Art 5(3)): for each, its name or the notice's words on it,
// the technology, who sets it and whether that is a third party, what it
// is for, how long it is kept, whether consent is asked before it is set
// or it is strictly necessary, and how to refuse it. It is a list of labelled
// entries rather than a table, so that it reads the same in every format
// and at any width.
func (b *builder) cookiesSection(rel int) *section {
	var items []item
	acts := make([]*notice.EffectiveActivity, len(b.eff))
	for i := range b.eff {
		acts[i] = &b.eff[i]
	}
	for i := range b.n.Cookies {
		c := &b.n.Cookies[i]
		restore := b.at("/cookies/" + itoa(i))
		// Its name leads, else the notice's words on it.
		var desc []block
		it := item{Class: "cookie"}
		if name := strings.TrimSpace(clean(c.Name)); name != "" {
			it.Spans = []span{{Kind: spanStrong, Text: name}}
			desc = b.paras(c.Description, "description", "")
		} else {
			it.Spans = b.spans(c.Description, "description")
		}
		var fs []field
		tech := c.Technology
		if tech == "" {
			tech = notice.TechCookie
		}
		fs = append(fs, field{b.t("storageTechnology"), [][]span{{{Text: b.term(&notice.StorageTechnologyVocabulary, string(tech))}}}})
		if sp := b.nameSpans(c.Provider); sp != nil {
			if c.ThirdParty {
				sp = append(sp, span{Text: " (" + b.t("label.thirdParty") + ")"})
			}
			fs = append(fs, field{b.t("label.provider"), [][]span{sp}})
		} else if c.ThirdParty {
			fs = append(fs, field{b.t("label.provider"), [][]span{{{Text: b.t("label.thirdParty")}}}})
		}
		if sp := b.spans(c.Purpose, "purpose"); sp != nil {
			fs = append(fs, field{b.t("label.purpose"), [][]span{sp}})
		}
		if f, ok := b.scopeField(c.Scope, acts); ok {
			fs = append(fs, f)
		}
		var kept []string
		if !c.Duration.IsZero() {
			kept = append(kept, b.period(c.Duration))
		}
		if c.Session {
			kept = append(kept, b.t("label.sessionCookie"))
		}
		if len(kept) > 0 {
			fs = append(fs, field{b.t("label.period"), [][]span{{{Text: strings.Join(kept, "; ")}}}})
		}
		if c.Consent {
			fs = append(fs, field{b.t("legalBasis.consent"), [][]span{{{Text: b.t("label.consentAsked")}}}})
		}
		if sp := b.spans(c.Refusal, "refusal"); sp != nil {
			fs = append(fs, field{b.t("label.refusal"), [][]span{sp}})
		}
		it.Blocks = append(desc, block{Kind: blockFields, Fields: fs})
		if c.Necessary {
			it.Blocks = append(it.Blocks, b.marker("label.necessary"))
		}
		restore()
		items = append(items, it)
	}
	return b.sec(rel, "heading.cookies", "cookies", listBlock(items, "cookies"))
}

// changesSection is how changes to the notice are announced and its
// change log, in the notice's order: each change with its date and version
// and what changed.
func (b *builder) changesSection(rel int) *section {
	var items []item
	for i := range b.n.Changes {
		c := &b.n.Changes[i]
		restore := b.at("/changes/" + itoa(i))
		var lead []string
		if !c.Date.IsZero() {
			lead = append(lead, b.date(c.Date))
		}
		if v := strings.TrimSpace(clean(c.Version)); v != "" {
			lead = append(lead, b.t("label.version")+" "+v)
		}
		it := item{Class: "change"}
		if len(lead) > 0 {
			it.Spans = []span{{Kind: spanStrong, Text: strings.Join(lead, ", ")}}
		}
		it.Blocks = b.paras(c.Description, "description", "")
		restore()
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	blocks := listBlock(items, "changes")
	restore := b.at("")
	if sp := b.spans(b.n.ChangePolicy, "changePolicy"); sp != nil {
		blocks = append([]block{{Kind: blockFields, Class: "change-policy", Fields: []field{{b.t("label.changePolicy"), [][]span{sp}}}}}, blocks...)
	}
	restore()
	return b.sec(rel, "heading.changes", "changes", blocks)
}
