package render

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// builder turns a notice into a doc in one language. It is used once, by one
// goroutine.
type builder struct {
	n      *notice.Notice
	opts   Options
	loc    *i18n.Locale
	tag    language.Tag  // the language rendered, e.g. fi or sv-SE
	base   language.Tag  // its supported base language: fi, sv or en
	lang   language.Base // its language subtag, to tell a fallback
	orig   language.Tag  // the notice's original language
	chain  []language.Tag
	offset int

	path    []string // JSON Pointer tokens of the text being read
	missing []string // pointers of texts that fell back (Strict only)
	ids     map[string]bool
	scope   []string // leading parts of ids
}

func build(n *notice.Notice, opts Options) (*doc, error) {
	b := newBuilder(n, opts)
	d := b.doc()
	if len(b.missing) > 0 {
		const show = 5
		list := b.missing
		more := ""
		if len(list) > show {
			more = fmt.Sprintf(" and %d more", len(list)-show)
			list = list[:show]
		}
		return nil, fmt.Errorf("%w: %d texts have no %s text: %s%s", ErrMissingTranslation,
			len(b.missing), b.tag, strings.Join(list, ", "), more)
	}
	return d, nil
}

func newBuilder(n *notice.Notice, opts Options) *builder {
	orig := n.Original()
	tag := opts.Lang
	if tag == language.Und {
		tag = orig
	}
	loc := i18n.For(tag)
	tag = loc.Tag()
	b := &builder{
		n: n, opts: opts, loc: loc, tag: tag, base: i18n.Base(tag), orig: orig,
		ids: map[string]bool{},
	}
	b.lang, _ = tag.Base()
	// Lookup order: the tag, its base language, the original, the other
	// declared languages, and und (a Go-built text without a tag).
	for _, t := range append([]language.Tag{b.base, orig}, n.Languages...) {
		if t != tag && t != language.Und && !slices.Contains(b.chain, t) {
			b.chain = append(b.chain, t)
		}
	}
	b.chain = append(b.chain, language.Und)
	switch opts.Format {
	case HTML, Markdown:
		b.offset = max(0, opts.HeadingOffset)
	}
	return b
}

// ---- paths, for the pointers of missing translations -----------------------

func (b *builder) push(tokens ...string) int {
	b.path = append(b.path, tokens...)
	return len(tokens)
}

func (b *builder) pop(k int) { b.path = b.path[:len(b.path)-k] }

func (b *builder) pointer(last string) string {
	var s strings.Builder
	for _, t := range b.path {
		s.WriteByte('/')
		s.WriteString(t)
	}
	if last != "" {
		s.WriteByte('/')
		s.WriteString(last)
	}
	return s.String()
}

func itoa(i int) string { return strconv.Itoa(i) }

// ---- text ----------------------------------------------------------------

// str returns t in the rendering language, cleaned, with the tag to mark it
// with when it fell back to another language. seg is the last token of the
// text's JSON Pointer.
func (b *builder) str(t notice.Text, seg string) (s, lang string, ok bool) {
	if len(t) == 0 {
		return "", "", false
	}
	s, used, ok := t.In(b.tag, b.chain...)
	if !ok {
		return "", "", false
	}
	s = strings.TrimSpace(clean(s))
	if s == "" {
		return "", "", false
	}
	if used == language.Und {
		used = b.orig
	}
	if l, _ := used.Base(); l != b.lang && used != language.Und {
		lang = used.String()
		if p := b.pointer(seg); b.opts.Strict && !slices.Contains(b.missing, p) {
			// A text read twice (a data subject named under each category
			// that concerns it) is listed once.
			b.missing = append(b.missing, p)
		}
	}
	return s, lang, true
}

// spans returns t as inline content; its line breaks are kept.
func (b *builder) spans(t notice.Text, seg string) []span {
	s, lang, ok := b.str(t, seg)
	if !ok {
		return nil
	}
	return lineSpans(s, lang)
}

// lineSpans splits s into lines joined by breaks; blank lines are dropped.
func lineSpans(s, lang string) []span {
	if !strings.Contains(s, "\n") {
		return []span{{Text: s, Lang: lang}}
	}
	var out []span
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if len(out) > 0 {
			out = append(out, span{Kind: spanBreak})
		}
		out = append(out, span{Text: line, Lang: lang})
	}
	return out
}

// paras returns t as paragraphs, split at blank lines.
func (b *builder) paras(t notice.Text, seg, class string) []block {
	s, lang, ok := b.str(t, seg)
	if !ok {
		return nil
	}
	return paragraphs(s, lang, class)
}

func paragraphs(s, lang, class string) []block {
	var out []block
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, block{Kind: blockPara, Class: class, Lang: lang, Spans: lineSpans(strings.Join(cur, "\n"), "")})
			cur = cur[:0]
		}
	}
	for line := range strings.SplitSeq(s, "\n") {
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// plain returns the text of spans without markup, for a page title or for
// joining.
func plain(sp []span) string {
	var s strings.Builder
	for _, x := range sp {
		if x.Kind == spanBreak {
			s.WriteByte(' ')
			continue
		}
		s.WriteString(x.Text)
	}
	return s.String()
}

// t returns a catalog message.
func (b *builder) t(key string, args ...any) string { return b.loc.T(key, args...) }

// term returns the official term for a code.
func (b *builder) term(v *notice.Vocabulary, code string) string {
	key := v.MessageKey(code)
	if b.loc.Has(key) {
		return b.loc.T(key)
	}
	// Not a code of the vocabulary (a notice built in Go can hold anything):
	// shown as it is, as text.
	return strings.Join(strings.Fields(clean(code)), " ")
}

// termSpans returns the official term for a code as the lead of an item,
// with the article that defines it in parentheses when withArticle is set.
func (b *builder) termSpans(v *notice.Vocabulary, code string, withArticle bool) []span {
	t := b.term(v, code)
	if t == "" {
		return nil
	}
	out := []span{{Kind: spanStrong, Text: t}}
	if withArticle {
		if t, ok := v.Lookup(code); ok && t.Article != "" {
			out = append(out, span{Text: " "}, span{Kind: spanAside, Text: "(" + b.loc.Article(t.Article) + ")"})
		}
	}
	return out
}

// join joins inline parts as a list in the locale's style. Parts that carry
// no language mark and no markup are joined as text; otherwise with commas.
func (b *builder) join(parts [][]span) []span {
	if len(parts) == 0 {
		return nil
	}
	simple := true
	var strs []string
	lang := parts[0][0].Lang
	for _, p := range parts {
		for _, x := range p {
			if x.Kind != spanText || x.Lang != lang {
				simple = false
			}
		}
		strs = append(strs, plain(p))
	}
	if simple {
		return []span{{Text: b.loc.List(strs), Lang: lang}}
	}
	var out []span
	for i, p := range parts {
		if i > 0 {
			out = append(out, span{Text: ", "})
		}
		out = append(out, p...)
	}
	return out
}

// ---- links -----------------------------------------------------------------

func linkOrText(text, target string, ok bool) span {
	if !ok {
		return span{Text: text}
	}
	return span{Kind: spanLink, Text: text, URL: target}
}

func emailSpan(e string) span {
	e = strings.TrimSpace(clean(e))
	u, ok := mailtoURL(e)
	return linkOrText(e, u, ok)
}

func phoneSpan(p string) span {
	p = strings.TrimSpace(clean(p))
	u, ok := telURL(p)
	return linkOrText(p, u, ok)
}

func urlSpan(raw string) span {
	s := strings.TrimSpace(clean(raw))
	u, ok := safeURL(s)
	return linkOrText(s, u, ok)
}

// ---- ids and headings ------------------------------------------------------

// id returns a unique HTML id: the prefix, the scope (the activity being
// built, or "summary" in the short layer) and parts, in lower case, with
// anything but ASCII letters and digits turned into single hyphens. A
// repeated id gets "-2", "-3" and so on.
func (b *builder) id(parts ...string) string {
	var s strings.Builder
	s.WriteString(clean(b.opts.IDPrefix))
	dash := false
	for _, p := range append(slices.Clone(b.scope), parts...) {
		for _, r := range strings.ToLower(p) {
			if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
				if dash && s.Len() > 0 {
					s.WriteByte('-')
				}
				dash = false
				s.WriteRune(r)
			} else {
				dash = true
			}
		}
		dash = true
	}
	base := s.String()
	if base == "" {
		base = "section"
	}
	id := base
	for i := 2; b.ids[id]; i++ {
		id = base + "-" + itoa(i)
	}
	b.ids[id] = true
	return id
}

func (b *builder) heading(rel int, sp []span) heading {
	return heading{Rel: rel, Level: min(6, rel+b.offset), Spans: sp}
}

// sec returns a section with a heading from the catalog, or nil when it
// would be empty.
func (b *builder) sec(rel int, key, class string, blocks []block, subs ...*section) *section {
	return b.secSpans(rel, []span{{Text: b.t(key)}}, class, blocks, subs...)
}

func (b *builder) secSpans(rel int, h []span, class string, blocks []block, subs ...*section) *section {
	subs = slices.DeleteFunc(subs, func(s *section) bool { return s == nil })
	if len(blocks) == 0 && len(subs) == 0 {
		return nil
	}
	return &section{ID: b.id(class), Class: class, Heading: b.heading(rel, h), Blocks: blocks, Subs: subs}
}

func nonNil(s ...*section) []*section {
	return slices.DeleteFunc(s, func(x *section) bool { return x == nil })
}

// ---- the document ----------------------------------------------------------

func (b *builder) doc() *doc {
	n := b.n
	d := &doc{Lang: b.tag.String(), Layer: b.opts.Layer.String()}
	if b.opts.Layer == Short {
		d.ID = b.id("privacy-notice", "summary")
		b.scope = []string{"summary"}
	} else {
		d.ID = b.id("privacy-notice")
	}

	title := b.spans(n.Title, "title")
	if title == nil {
		title = []span{{Text: b.t("document.privacyNotice")}}
	}
	d.Title = b.heading(1, title)
	d.PageTitle = plain(title)
	if b.opts.Layer == Short {
		d.PageTitle += " – " + b.t("document.summary")
		d.Header = append(d.Header, block{Kind: blockPara, Class: "layer", Spans: []span{{Text: b.t("document.summary")}}})
	}
	d.Header = append(d.Header, b.meta()...)
	if note := b.translationNote(); note != nil {
		d.Header = append(d.Header, *note)
	}
	d.Intro = b.paras(n.Introduction, "introduction", "")

	if b.opts.Layer == Short {
		d.Sections = b.short()
	} else {
		d.Sections = b.full()
	}
	return d
}

// meta returns the version and dates of the notice.
func (b *builder) meta() []block {
	n := b.n
	var fs []field
	if v := strings.TrimSpace(clean(n.Version)); v != "" {
		fs = append(fs, field{b.t("label.version"), [][]span{lineSpans(v, "")}})
	}
	for _, d := range []struct {
		key  string
		date notice.Date
	}{
		{"label.prepared", n.Prepared},
		{"label.updated", n.Updated},
		{"label.published", n.Published},
		{"label.effectiveFrom", n.Effective},
	} {
		if !d.date.IsZero() {
			fs = append(fs, field{b.t(d.key), [][]span{{{Text: b.loc.Date(d.date.Time())}}}})
		}
	}
	if len(fs) == 0 {
		return nil
	}
	return []block{{Kind: blockFields, Class: "meta", Fields: fs}}
}

// translationNote says that the text is an unofficial translation and which
// language is the original, when the rendering language is one of the
// notice's unofficial translations.
func (b *builder) translationNote() *block {
	n := b.n
	if l, _ := b.orig.Base(); l == b.lang {
		return nil
	}
	unofficial := slices.ContainsFunc(n.UnofficialTranslations, func(t language.Tag) bool {
		l, _ := t.Base()
		return l == b.lang
	})
	if !unofficial {
		return nil
	}
	name := display.Languages(b.tag).Name(b.orig)
	if name == "" {
		name = b.orig.String()
	}
	text := b.t("label.unofficialTranslation") + ". " + b.t("label.originalLanguage") + ": " + name + "."
	return &block{Kind: blockPara, Class: "translation-note", Spans: []span{{Text: text}}}
}

// ---- the full notice -------------------------------------------------------

// full returns the sections of the full notice. A notice with one activity
// follows the usual order of Finnish notices: controller, contacts, the
// register and its Art 13/14 items, security, rights and complaint. A
// notice with several activities gives what they share once, then each
// activity, then the notice's own sections.
func (b *builder) full() []*section {
	n := b.n
	var out []*section
	if len(n.Activities) == 1 {
		a := &n.Activities[0]
		ctrlPath, ctrl := "", n.Controller
		if a.Controller != nil {
			ctrlPath, ctrl = "activities/0/", a.Controller
		}
		dpoPath, dpo := "", n.DPO
		if a.DPO != nil {
			dpoPath, dpo = "activities/0/", a.DPO
		}
		out = append(out,
			b.controllerSection(2, ctrl, ctrlPath+"controller"),
			b.representativeSection(2),
			b.contactPersonsSection(2),
			b.dpoSection(2, dpo, dpoPath+"dpo"),
			b.jointControllersSection(2),
		)
		k := b.push("activities", "0")
		name := b.paras(a.Name, "name", "register-name")
		name = append(name, b.paras(a.Description, "description", "")...)
		out = append(out, b.sec(2, "heading.registerName", "register", name))
		out = append(out, b.activityItems(a, 2)...)
		b.pop(k)
		out = append(out, b.securitySection(2, n.Security, "security"))
		if a.Security != nil {
			out = append(out, b.securitySection(2, a.Security, "activities/0/security"))
		}
		rights, rightsPath := n.Rights, "rights"
		if a.Rights != nil {
			rights, rightsPath = a.Rights, "activities/0/rights"
		}
		sa, saPath := n.SupervisoryAuthority, "supervisoryAuthority"
		if a.SupervisoryAuthority != nil {
			sa, saPath = a.SupervisoryAuthority, "activities/0/supervisoryAuthority"
		}
		out = append(out, b.rightsSection(2, rights, rightsPath), b.complaintSection(2, rights, rightsPath, sa, saPath))
		k = b.push("activities", "0")
		out = append(out, b.freeSections(2, a.Sections, "activity-section")...)
		b.pop(k)
	} else {
		shared := nonNil(
			b.controllerSection(3, n.Controller, "controller"),
			b.representativeSection(3),
			b.contactPersonsSection(3),
			b.dpoSection(3, n.DPO, "dpo"),
			b.jointControllersSection(3),
			b.rightsSection(3, n.Rights, "rights"),
			b.complaintSection(3, n.Rights, "rights", n.SupervisoryAuthority, "supervisoryAuthority"),
			b.securitySection(3, n.Security, "security"),
		)
		if len(shared) > 0 {
			out = append(out, &section{ID: b.id("shared"), Class: "shared",
				Heading: b.heading(2, []span{{Text: b.t("label.sharedInformation")}}), Subs: shared})
		}
		acts := &section{ID: b.id("activities"), Class: "activities",
			Heading: b.heading(2, []span{{Text: b.t("heading.processingActivities")}})}
		nav := block{Kind: blockNav, Class: "toc", Label: b.t("heading.processingActivities")}
		for i := range n.Activities {
			s := b.activitySection(i, 3)
			acts.Subs = append(acts.Subs, s)
			link := span{Kind: spanLink, Text: plain(s.Heading.Spans), URL: "#" + s.ID}
			for _, x := range s.Heading.Spans {
				if x.Lang != "" {
					link.Lang = x.Lang // the name fell back to another language
				}
			}
			nav.Items = append(nav.Items, item{Spans: []span{link}})
		}
		acts.Blocks = []block{nav}
		out = append(out, acts)
	}
	out = append(out, b.freeSections(2, n.Sections, "section")...)
	return nonNil(out...)
}

// activitySection returns activity i of a notice with several, at level rel.
func (b *builder) activitySection(i, rel int) *section {
	a := &b.n.Activities[i]
	k := b.push("activities", itoa(i))
	defer b.pop(k)
	name := b.spans(a.Name, "name")
	if name == nil {
		name = []span{{Text: b.t("label.processingActivity") + " " + itoa(i+1)}}
	}
	s := &section{ID: b.id("activity", a.ID), Class: "activity", Heading: b.heading(rel, name)}
	b.scope = []string{s.ID[len(clean(b.opts.IDPrefix)):]}
	defer func() { b.scope = nil }()
	s.Blocks = b.paras(a.Description, "description", "")
	sub := rel + 1
	s.Subs = nonNil(
		b.controllerSection(sub, a.Controller, "controller"),
		b.dpoSection(sub, a.DPO, "dpo"),
	)
	s.Subs = append(s.Subs, b.activityItems(a, sub)...)
	s.Subs = append(s.Subs, nonNil(
		b.securitySection(sub, a.Security, "security"),
		b.rightsSection(sub, a.Rights, "rights"),
		b.complaintSection(sub, a.Rights, "rights", a.SupervisoryAuthority, "supervisoryAuthority"),
	)...)
	s.Subs = append(s.Subs, b.freeSections(sub, a.Sections, "activity-section")...)
	return s
}

// activityItems returns the Art 13/14 items of an activity, each a section
// at level rel, in the order of Article 13 and of Finnish notices. The path
// is the activity's.
func (b *builder) activityItems(a *notice.Activity, rel int) []*section {
	return nonNil(
		b.purposesSection(a, rel),
		b.dataSubjectsSection(a, rel),
		b.personalDataSection(a, rel),
		b.sourcesSection(a, rel),
		b.requirementSection(a, rel),
		b.recipientsSection(a, rel),
		b.transfersSection(a, rel),
		b.retentionSection(a, rel),
		b.automatedSection(a, rel),
		b.furtherProcessingSection(a, rel),
		b.exemptionsSection(a, rel),
	)
}

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
	add("label.name", b.spans(p.Name, "name"))
	add("label.role", b.spans(p.Role, "role"))
	add("label.unit", b.spans(p.Unit, "unit"))
	if id := strings.TrimSpace(clean(p.BusinessID)); id != "" {
		add("label.businessId", []span{{Text: id}})
	}
	var addr [][]span
	k := b.push("address")
	for i, line := range p.Address {
		addr = append(addr, b.spans(line, itoa(i)))
	}
	b.pop(k)
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

// ---- the items of an activity ------------------------------------------------

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

// law returns a citation of l in the locale's style, with the statute's
// current name from notice.Statutes. A name the notice gives itself is shown
// after it, as the notice's own wording, when it differs; for a statute not
// in the table it is the name cited.
func (b *builder) law(l *notice.LawRef) []span {
	c := i18n.Citation{
		Number:     strings.TrimSpace(clean(l.Statute)),
		Chapter:    strings.TrimSpace(clean(l.Chapter)),
		Subsection: strings.TrimSpace(clean(l.Subsection)),
		Item:       strings.TrimSpace(clean(l.Item)),
	}
	var secs []string
	for _, s := range l.Sections {
		if s = strings.TrimSpace(clean(s)); s != "" {
			secs = append(secs, s)
		}
	}
	c.Sections = secs
	own, ownLang, hasOwn := b.str(l.Name, "name")
	own = strings.Join(strings.Fields(own), " ")
	citeLang := ""
	if st, ok := notice.LookupStatute("FI", c.Number); ok && st.Names[b.base] != "" {
		c.Name, c.CiteName = st.Names[b.base], st.CiteNames[b.base]
	} else if hasOwn {
		c.Name, citeLang, hasOwn = own, ownLang, false
	}
	if c.Name == "" && c.Number == "" {
		return nil
	}
	out := []span{{Text: b.loc.Statute(c), Lang: citeLang}}
	if hasOwn && !strings.EqualFold(own, c.Name) {
		out = append(out, span{Text: " ("}, span{Text: own, Lang: ownLang}, span{Text: ")"})
	}
	return out
}

// purposeList returns purposes as a list, or as paragraphs when there is
// one purpose without items. The path is the list's.
func (b *builder) purposeList(ps []notice.Purpose) []block {
	if len(ps) == 1 && len(ps[0].Items) == 0 {
		k := b.push("0")
		defer b.pop(k)
		return b.paras(ps[0].Description, "description", "purpose")
	}
	var items []item
	for i := range ps {
		p := &ps[i]
		k := b.push(itoa(i))
		it := item{Class: "purpose", Spans: b.spans(p.Description, "description")}
		if sub := b.textList(p.Items, "items", ""); sub != nil {
			it.Blocks = append(it.Blocks, *sub)
		}
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return []block{{Kind: blockList, Class: "purposes", Items: items}}
}

// textList returns texts as a list, or nil.
func (b *builder) textList(ts []notice.Text, seg, class string) *block {
	k := b.push(seg)
	defer b.pop(k)
	var items []item
	for i, t := range ts {
		if sp := b.spans(t, itoa(i)); sp != nil {
			items = append(items, item{Spans: sp})
		}
	}
	if len(items) == 0 {
		return nil
	}
	return &block{Kind: blockList, Class: class, Items: items}
}

// claim is a code with its laws and description: a legal basis, an Art 9(2)
// condition, an Art 10 ground or an Art 14(5) exemption.
func (b *builder) claim(v *notice.Vocabulary, code string, laws []notice.LawRef, desc notice.Text, descSeg string) item {
	it := item{Spans: b.termSpans(v, code, true)}
	it.Blocks = append(it.Blocks, b.paras(desc, descSeg, "")...)
	it.Blocks = append(it.Blocks, b.lawsField(laws)...)
	return it
}

func (b *builder) purposesSection(a *notice.Activity, rel int) *section {
	k := b.push("purposes")
	purposes := b.purposeList(a.Purposes)
	b.pop(k)

	var bases []item
	for i := range a.LegalBases {
		c := &a.LegalBases[i]
		k := b.push("legalBases", itoa(i))
		bases = append(bases, b.claim(&notice.LegalBasisVocabulary, string(c.Basis), c.Laws, c.Description, "description"))
		b.pop(k)
	}
	var conds []item
	for i := range a.SpecialCategoryConditions {
		c := &a.SpecialCategoryConditions[i]
		k := b.push("specialCategoryConditions", itoa(i))
		conds = append(conds, b.claim(&notice.SpecialConditionVocabulary, string(c.Condition), c.Laws, c.Description, "description"))
		b.pop(k)
	}
	var crim []item
	if c := a.CriminalDataBasis; c != nil {
		k := b.push("criminalDataBasis")
		crim = append(crim, b.claim(&notice.CriminalBasisVocabulary, string(c.Basis), c.Laws, c.Description, "description"))
		b.pop(k)
	}
	list := func(items []item, class string) []block {
		if len(items) == 0 {
			return nil
		}
		return []block{{Kind: blockList, Class: class, Items: items}}
	}
	sub := rel + 1
	return b.sec(rel, "heading.purposesAndLegalBasis", "purposes", purposes,
		b.sec(sub, "heading.legalBasis", "legal-basis", list(bases, "legal-bases")),
		b.sec(sub, "heading.legitimateInterests", "legitimate-interests", b.paras(a.LegitimateInterests, "legitimateInterests", "")),
		b.sec(sub, "specialCondition", "special-conditions", list(conds, "special-conditions")),
		b.sec(sub, "criminalBasis", "criminal-basis", list(crim, "criminal-basis")),
	)
}

func (b *builder) dataSubjectsSection(a *notice.Activity, rel int) *section {
	var items []item
	for i := range a.DataSubjects {
		g := &a.DataSubjects[i]
		k := b.push("dataSubjects", itoa(i))
		it := item{Spans: b.strong(b.spans(g.Name, "name"))}
		it.Blocks = b.paras(g.Description, "description", "")
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return b.sec(rel, "heading.dataSubjects", "data-subjects", []block{{Kind: blockList, Class: "data-subjects", Items: items}})
}

// strong makes the text spans of sp strong, for the name that leads an item.
func (b *builder) strong(sp []span) []span {
	for i := range sp {
		if sp[i].Kind == spanText {
			sp[i].Kind = spanStrong
		}
	}
	return sp
}

func (b *builder) personalDataSection(a *notice.Activity, rel int) *section {
	var items []item
	for i := range a.DataCategories {
		c := &a.DataCategories[i]
		k := b.push("dataCategories", itoa(i))
		it := item{Class: "data-category", Spans: b.strong(b.spans(c.Name, "name"))}
		it.Blocks = b.paras(c.Description, "description", "")
		if l := b.textList(c.Items, "items", ""); l != nil {
			it.Blocks = append(it.Blocks, *l)
		}
		var fs []field
		if len(c.Special) > 0 {
			it.Class = "data-category special"
			var terms [][]span
			for _, sc := range c.Special {
				terms = append(terms, []span{{Text: b.term(&notice.SpecialCategoryVocabulary, string(sc))}})
			}
			fs = append(fs, field{b.t("heading.specialCategories"), terms})
		}
		if len(c.Subjects) > 0 && len(a.DataSubjects) > 1 {
			var names [][]span
			for _, id := range c.Subjects {
				for j := range a.DataSubjects {
					if a.DataSubjects[j].ID == id {
						k := b.pop2("dataSubjects", itoa(j))
						if sp := b.spans(a.DataSubjects[j].Name, "name"); sp != nil {
							names = append(names, sp)
						}
						b.restore(k)
					}
				}
			}
			if len(names) > 0 {
				fs = append(fs, field{b.t("heading.dataSubjects"), names})
			}
		}
		if len(fs) > 0 {
			it.Blocks = append(it.Blocks, block{Kind: blockFields, Fields: fs})
		}
		if c.Criminal {
			it.Blocks = append(it.Blocks, block{Kind: blockPara, Class: "marker", Spans: []span{{Kind: spanStrong, Text: b.t("heading.criminalData")}}})
		}
		if c.NationalID {
			it.Blocks = append(it.Blocks, block{Kind: blockPara, Class: "marker", Spans: []span{{Text: b.t("label.nationalId")}}})
		}
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	return b.sec(rel, "heading.personalData", "personal-data", []block{{Kind: blockList, Class: "data-categories", Items: items}})
}

// pop2 temporarily replaces the last two path tokens (a sibling's index) by
// the given ones; restore undoes it.
func (b *builder) pop2(tokens ...string) []string {
	saved := slices.Clone(b.path)
	b.path = append(b.path[:len(b.path)-2], tokens...)
	return saved
}

func (b *builder) restore(saved []string) { b.path = saved }

// notApplicable returns the reason an item does not apply, as paragraphs.
func (b *builder) notApplicable(t notice.Text) []block {
	return b.paras(t, "notApplicable", "not-applicable")
}

func (b *builder) sourcesSection(a *notice.Activity, rel int) *section {
	s := a.Sources
	if s == nil {
		return nil
	}
	k := b.push("sources")
	defer b.pop(k)
	if !s.NotApplicable.IsZero() {
		return b.sec(rel, "heading.sources", "sources", b.notApplicable(s.NotApplicable))
	}
	blocks := b.paras(s.Description, "description", "")
	var items []item
	for i := range s.Items {
		src := &s.Items[i]
		k := b.push("items", itoa(i))
		it := item{Spans: []span{{Kind: spanStrong, Text: b.term(&notice.SourceKindVocabulary, string(src.Kind))}}}
		if d := b.spans(src.Description, "description"); d != nil {
			it.Spans = append(append(it.Spans, span{Text: ": "}), d...)
		}
		it.Blocks = b.lawsField(src.Laws)
		b.pop(k)
		items = append(items, it)
	}
	if len(items) > 0 {
		blocks = append(blocks, block{Kind: blockList, Class: "sources", Items: items})
	}
	return b.sec(rel, "heading.sources", "sources", blocks)
}

func (b *builder) requirementSection(a *notice.Activity, rel int) *section {
	r := a.Requirement
	if r == nil {
		return nil
	}
	k := b.push("requirement")
	defer b.pop(k)
	if !r.NotApplicable.IsZero() {
		return b.sec(rel, "heading.requirement", "requirement", b.notApplicable(r.NotApplicable))
	}
	var blocks []block
	if r.Kind != "" {
		blocks = append(blocks, block{Kind: blockPara, Spans: []span{{Kind: spanStrong, Text: b.term(&notice.RequirementVocabulary, string(r.Kind))}}})
	}
	if r.Obliged {
		blocks = append(blocks, block{Kind: blockPara, Class: "marker", Spans: []span{{Text: b.t("label.obliged")}}})
	}
	var fs []field
	if sp := b.spans(r.Consequences, "consequences"); sp != nil {
		fs = append(fs, field{b.t("label.failureConsequences"), [][]span{sp}})
	}
	if f, ok := b.lawField(r.Laws); ok {
		fs = append(fs, f)
	}
	if len(fs) > 0 {
		blocks = append(blocks, block{Kind: blockFields, Fields: fs})
	}
	return b.sec(rel, "heading.requirement", "requirement", blocks)
}

func (b *builder) recipientsSection(a *notice.Activity, rel int) *section {
	r := a.Recipients
	if r == nil {
		return nil
	}
	k := b.push("recipients")
	defer b.pop(k)
	if !r.NotApplicable.IsZero() {
		return b.sec(rel, "heading.recipients", "recipients", b.notApplicable(r.NotApplicable))
	}
	blocks := b.paras(r.Description, "description", "")
	// Recipients by role, in the vocabulary's order; regular disclosures
	// ("säännönmukaiset luovutukset") in a subsection of their own.
	order := func(regular bool) []int {
		var idx []int
		for i := range r.Items {
			if r.Items[i].Regular == regular {
				idx = append(idx, i)
			}
		}
		roles := notice.RecipientRoleVocabulary.Codes()
		rank := func(i int) int { return slices.Index(roles, string(r.Items[i].Role)) }
		slices.SortStableFunc(idx, func(x, y int) int { return rank(x) - rank(y) })
		return idx
	}
	list := func(idx []int) []block {
		var items []item
		for _, i := range idx {
			k := b.push("items", itoa(i))
			items = append(items, b.recipient(&r.Items[i]))
			b.pop(k)
		}
		if len(items) == 0 {
			return nil
		}
		return []block{{Kind: blockList, Class: "recipients", Items: items}}
	}
	blocks = append(blocks, list(order(false))...)
	return b.sec(rel, "heading.recipients", "recipients", blocks,
		b.sec(rel+1, "heading.regularDisclosures", "regular-disclosures", list(order(true))))
}

func (b *builder) recipient(r *notice.Recipient) item {
	it := item{Class: "recipient", Spans: b.strong(b.spans(r.Name, "name"))}
	fs := []field{{b.t("label.role"), [][]span{{{Text: b.term(&notice.RecipientRoleVocabulary, string(r.Role))}}}}}
	if sp := b.spans(r.Purpose, "purpose"); sp != nil {
		fs = append(fs, field{b.t("label.purpose"), [][]span{sp}})
	}
	if sp := b.spans(r.Data, "data"); sp != nil {
		fs = append(fs, field{b.t("label.data"), [][]span{sp}})
	}
	if c := b.country(r.Country); c != "" {
		fs = append(fs, field{b.t("label.country"), [][]span{{{Text: c}}}})
	}
	if f, ok := b.lawField(r.Laws); ok {
		fs = append(fs, f)
	}
	it.Blocks = []block{{Kind: blockFields, Fields: fs}}
	return it
}

func (b *builder) transfersSection(a *notice.Activity, rel int) *section {
	t := a.Transfers
	if t == nil {
		return nil
	}
	k := b.push("transfers")
	defer b.pop(k)
	if !t.NotApplicable.IsZero() {
		return b.sec(rel, "heading.transfers", "transfers", b.notApplicable(t.NotApplicable))
	}
	blocks := b.paras(t.Description, "description", "")
	var items []item
	for i := range t.Items {
		tr := &t.Items[i]
		k := b.push("items", itoa(i))
		it := item{Class: "transfer", Spans: b.strong(b.spans(tr.Recipient, "recipient"))}
		var fs []field
		var countries []string
		for _, c := range tr.Countries {
			if name := b.country(c); name != "" {
				countries = append(countries, name)
			}
		}
		if len(countries) > 0 {
			fs = append(fs, field{b.t("label.thirdCountry"), [][]span{{{Text: b.loc.List(countries)}}}})
		}
		if sp := b.spans(tr.InternationalOrganisation, "internationalOrganisation"); sp != nil {
			fs = append(fs, field{b.t("label.internationalOrganisation"), [][]span{sp}})
		}
		if tr.Mechanism != "" {
			fs = append(fs, field{b.t("label.transferMechanism"), [][]span{b.termSpans(&notice.TransferMechanismVocabulary, string(tr.Mechanism), true)}})
		}
		if sp := b.spans(tr.Safeguards, "safeguards"); sp != nil {
			fs = append(fs, field{b.t("label.safeguards"), [][]span{sp}})
		}
		if s, lang, ok := b.str(tr.CopyAt, "copyAt"); ok {
			var sp []span
			if u, ok := safeURL(s); ok {
				sp = []span{{Kind: spanLink, Text: s, URL: u, Lang: lang}}
			} else {
				sp = lineSpans(s, lang)
			}
			fs = append(fs, field{b.t("label.safeguardsCopy"), [][]span{sp}})
		}
		if sp := b.spans(tr.Data, "data"); sp != nil {
			fs = append(fs, field{b.t("label.data"), [][]span{sp}})
		}
		if len(fs) > 0 {
			it.Blocks = []block{{Kind: blockFields, Fields: fs}}
		}
		b.pop(k)
		items = append(items, it)
	}
	if len(items) > 0 {
		blocks = append(blocks, block{Kind: blockList, Class: "transfers", Items: items})
	}
	return b.sec(rel, "heading.transfers", "transfers", blocks)
}

func (b *builder) retentionSection(a *notice.Activity, rel int) *section {
	var items []item
	for i := range a.Retention {
		r := &a.Retention[i]
		k := b.push("retention", itoa(i))
		var fs []field
		if !r.Period.IsZero() {
			p := r.Period
			period := b.loc.Period(i18n.Period{Years: p.Years, Months: p.Months, Weeks: p.Weeks, Days: p.Days, Hours: p.Hours})
			if r.Minimum {
				period = b.t("phrase.atLeast", period)
			}
			fs = append(fs, field{b.t("label.period"), [][]span{{{Text: period}}}})
		}
		if sp := b.spans(r.From, "from"); sp != nil {
			fs = append(fs, field{b.t("label.from"), [][]span{sp}})
		}
		if sp := b.spans(r.Criteria, "criteria"); sp != nil {
			fs = append(fs, field{b.t("label.criteria"), [][]span{sp}})
		}
		if f, ok := b.lawField(r.Laws); ok {
			fs = append(fs, f)
		}
		it := item{Class: "retention", Spans: b.strong(b.spans(r.Data, "data"))}
		if len(fs) > 0 {
			it.Blocks = append(it.Blocks, block{Kind: blockFields, Fields: fs})
		}
		b.pop(k)
		if it.Spans != nil || it.Blocks != nil {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil
	}
	var blocks []block
	if len(items) == 1 && items[0].Spans == nil {
		blocks = items[0].Blocks // one period for all the data: no list
	} else {
		blocks = []block{{Kind: blockList, Class: "retention", Items: items}}
	}
	return b.sec(rel, "heading.retention", "retention", blocks)
}

func (b *builder) automatedSection(a *notice.Activity, rel int) *section {
	ad := a.AutomatedDecisions
	if ad == nil {
		return nil
	}
	k := b.push("automatedDecisions")
	defer b.pop(k)
	if !ad.NotApplicable.IsZero() {
		return b.sec(rel, "heading.automatedDecisions", "automated-decisions", b.notApplicable(ad.NotApplicable))
	}
	blocks := b.paras(ad.Description, "description", "")
	if ad.Profiling {
		blocks = append(blocks, block{Kind: blockPara, Class: "marker", Spans: []span{{Text: b.t("label.profiling")}}})
	}
	var fs []field
	if sp := b.spans(ad.Logic, "logic"); sp != nil {
		fs = append(fs, field{b.t("label.logic"), [][]span{sp}})
	}
	if sp := b.spans(ad.Consequences, "consequences"); sp != nil {
		fs = append(fs, field{b.t("label.consequences"), [][]span{sp}})
	}
	if len(fs) > 0 {
		blocks = append(blocks, block{Kind: blockFields, Fields: fs})
	}
	return b.sec(rel, "heading.automatedDecisions", "automated-decisions", blocks)
}

func (b *builder) furtherProcessingSection(a *notice.Activity, rel int) *section {
	k := b.push("furtherProcessing")
	defer b.pop(k)
	return b.sec(rel, "heading.furtherProcessing", "further-processing", b.purposeList(a.FurtherProcessing))
}

func (b *builder) exemptionsSection(a *notice.Activity, rel int) *section {
	var items []item
	for i := range a.Exemptions {
		e := &a.Exemptions[i]
		k := b.push("exemptions", itoa(i))
		items = append(items, b.claim(&notice.ExemptionVocabulary, string(e.Exemption), e.Laws, e.Reason, "reason"))
		b.pop(k)
	}
	if len(items) == 0 {
		return nil
	}
	return b.sec(rel, "heading.exemptions", "exemptions", []block{{Kind: blockList, Class: "exemptions", Items: items}})
}

// ---- shared items ----------------------------------------------------------

func (b *builder) securitySection(rel int, s *notice.Security, path string) *section {
	if s == nil {
		return nil
	}
	k := b.push(strings.Split(path, "/")...)
	defer b.pop(k)
	blocks := b.paras(s.Description, "description", "")
	if l := b.textList(s.Measures, "measures", "measures"); l != nil {
		blocks = append(blocks, *l)
	}
	if strings.TrimSpace(s.URL) != "" {
		blocks = append(blocks, block{Kind: blockFields, Fields: []field{{b.t("label.moreInformation"), [][]span{{urlSpan(s.URL)}}}}})
	}
	return b.sec(rel, "heading.security", "security", blocks)
}

// rightsSection returns the rights: the notice's words, the list of rights
// by their official titles, the right to object set apart as Art 21(4)
// requires, the right to withdraw consent, and how to exercise them. The
// right to lodge a complaint is in complaintSection.
func (b *builder) rightsSection(rel int, r *notice.Rights, path string) *section {
	if r == nil {
		return nil
	}
	k := b.push(strings.Split(path, "/")...)
	defer b.pop(k)
	blocks := b.paras(r.Description, "description", "")
	var items []item
	has := map[notice.Right]bool{}
	for i := range r.Items {
		ri := &r.Items[i]
		has[ri.Right] = true
		if ri.Right == notice.RightComplaint {
			continue
		}
		k := b.push("items", itoa(i))
		it := item{Class: "right", Spans: b.termSpans(&notice.RightVocabulary, string(ri.Right), true)}
		it.Blocks = b.paras(ri.Description, "description", "")
		b.pop(k)
		items = append(items, it)
	}
	if len(items) > 0 {
		blocks = append(blocks, block{Kind: blockList, Class: "rights", Items: items})
	}
	sub := rel + 1
	return b.sec(rel, "heading.rights", "rights", blocks,
		b.objectSection(sub, has[notice.RightObject]),
		b.withdrawSection(sub, has[notice.RightWithdrawConsent]),
		b.sec(sub, "heading.exercisingRights", "exercising-rights", b.paras(r.HowToExercise, "howToExercise", "")),
	)
}

// objectSection is the right to object of Art 21, which Art 21(4) requires
// to be "presented clearly and separately from any other information".
func (b *builder) objectSection(rel int, ok bool) *section {
	if !ok {
		return nil
	}
	s := b.sec(rel, "heading.rightToObject", "right-to-object",
		[]block{{Kind: blockPara, Spans: []span{{Text: b.t("phrase.rightToObject")}}}})
	s.Apart = true
	return s
}

func (b *builder) withdrawSection(rel int, ok bool) *section {
	if !ok {
		return nil
	}
	return b.sec(rel, "heading.withdrawConsent", "withdraw-consent",
		[]block{{Kind: blockPara, Spans: []span{{Text: b.t("phrase.withdrawConsent")}}}})
}

// complaintSection is the right to lodge a complaint with a supervisory
// authority: the notice's words on it, and the authority.
func (b *builder) complaintSection(rel int, r *notice.Rights, rightsPath string, sa *notice.Party, saPath string) *section {
	var blocks []block
	if r != nil {
		for i := range r.Items {
			if r.Items[i].Right == notice.RightComplaint {
				k := b.push(append(strings.Split(rightsPath, "/"), "items", itoa(i))...)
				blocks = append(blocks, b.paras(r.Items[i].Description, "description", "")...)
				b.pop(k)
			}
		}
	}
	var authority *section
	if sa != nil {
		k := b.push(strings.Split(saPath, "/")...)
		authority = b.sec(rel+1, "heading.supervisoryAuthority", "supervisory-authority", b.party(sa))
		b.pop(k)
	}
	hasRight := r != nil && slices.ContainsFunc(r.Items, func(ri notice.RightInfo) bool { return ri.Right == notice.RightComplaint })
	if !hasRight && authority == nil {
		return nil
	}
	if len(blocks) == 0 && authority == nil {
		blocks = []block{{Kind: blockPara, Spans: []span{{Text: b.term(&notice.RightVocabulary, string(notice.RightComplaint))}, {Text: " "}, {Kind: spanAside, Text: "(" + b.loc.Article("Art 77") + ")"}}}}
	}
	return b.sec(rel, "heading.complaint", "complaint", blocks, authority)
}

// freeSections returns the notice's or an activity's own sections.
func (b *builder) freeSections(rel int, ss []notice.Section, class string) []*section {
	var out []*section
	for i := range ss {
		s := &ss[i]
		k := b.push("sections", itoa(i))
		h := b.spans(s.Heading, "heading")
		blocks := b.paras(s.Body, "body", "")
		if l := b.textList(s.Items, "items", ""); l != nil {
			blocks = append(blocks, *l)
		}
		if strings.TrimSpace(s.URL) != "" {
			blocks = append(blocks, block{Kind: blockFields, Fields: []field{{b.t("label.moreInformation"), [][]span{{urlSpan(s.URL)}}}}})
		}
		b.pop(k)
		if h == nil {
			if len(blocks) == 0 {
				continue
			}
			h = []span{{Text: b.t("label.moreInformation")}}
		}
		out = append(out, &section{ID: b.id(class, s.ID), Class: class, Heading: b.heading(rel, h), Blocks: blocks})
	}
	return out
}

// ---- the short layer -------------------------------------------------------

// short returns the sections of the first layer: who the controller is and
// how to reach it, the purposes and legal bases of each activity, the key
// rights with the right to object set apart, where to complain, and where to
// read the full notice.
func (b *builder) short() []*section {
	n := b.n
	var out []*section

	// Who: the controller with its contact details, the DPO, joint controllers.
	var who []block
	ctrl := n.Controller
	ctrlPath := "controller"
	if ctrl == nil && len(n.Activities) == 1 && n.Activities[0].Controller != nil {
		ctrl, ctrlPath = n.Activities[0].Controller, "activities/0/controller"
	}
	var fs []field
	if ctrl != nil {
		k := b.push(strings.Split(ctrlPath, "/")...)
		if name := b.spans(ctrl.Name, "name"); name != nil {
			who = append(who, block{Kind: blockPara, Class: "controller-name", Spans: b.strong(name)})
		}
		if c := contacts(ctrl); c != nil {
			fs = append(fs, field{b.t("label.contactDetails"), [][]span{c}})
		}
		b.pop(k)
	}
	if ctrl == nil || contacts(ctrl) == nil {
		for i := range n.ContactPersons {
			p := &n.ContactPersons[i]
			k := b.push("contactPersons", itoa(i))
			if line := b.nameAndContacts(p); line != nil {
				fs = append(fs, field{b.t("label.contactPerson"), [][]span{line}})
			}
			b.pop(k)
		}
	}
	if d := n.DPO; d != nil && d.NotApplicable.IsZero() {
		k := b.push("dpo")
		if line := b.nameAndContacts(&d.Party); line != nil {
			fs = append(fs, field{b.t("label.dpo"), [][]span{line}})
		}
		b.pop(k)
	}
	if j := n.JointControllers; j != nil {
		var names [][]span
		for i := range j.Parties {
			k := b.push("jointControllers", "parties", itoa(i))
			if sp := b.spans(j.Parties[i].Name, "name"); sp != nil {
				names = append(names, sp)
			}
			b.pop(k)
		}
		if len(names) > 0 {
			fs = append(fs, field{b.t("heading.jointControllers"), [][]span{b.join(names)}})
		}
	}
	if len(fs) > 0 {
		who = append(who, block{Kind: blockFields, Fields: fs})
	}
	out = append(out, b.sec(2, "heading.controller", "controller", who))

	// What for: the purposes and legal bases of each activity.
	var purposes []block
	if len(n.Activities) == 1 {
		purposes = b.shortActivity(0)
	} else {
		var items []item
		for i := range n.Activities {
			k := b.push("activities", itoa(i))
			name := b.strong(b.spans(n.Activities[i].Name, "name"))
			b.pop(k)
			if name == nil {
				name = []span{{Kind: spanStrong, Text: b.t("label.processingActivity") + " " + itoa(i+1)}}
			}
			items = append(items, item{Class: "activity", Spans: name, Blocks: b.shortActivity(i)})
		}
		purposes = []block{{Kind: blockList, Class: "activities", Items: items}}
	}
	out = append(out, b.sec(2, "heading.purposes", "purposes", purposes))

	// The rights: every right any part of the notice names, by its title.
	var codes []notice.Right
	addRights := func(r *notice.Rights) {
		if r == nil {
			return
		}
		for _, ri := range r.Items {
			if !slices.Contains(codes, ri.Right) {
				codes = append(codes, ri.Right)
			}
		}
	}
	addRights(n.Rights)
	for i := range n.Activities {
		addRights(n.Activities[i].Rights)
	}
	order := notice.RightVocabulary.Codes()
	slices.SortFunc(codes, func(x, y notice.Right) int {
		return slices.Index(order, string(x)) - slices.Index(order, string(y))
	})
	var rights []item
	for _, c := range codes {
		if c != notice.RightComplaint {
			rights = append(rights, item{Class: "right", Spans: b.termSpans(&notice.RightVocabulary, string(c), false)})
		}
	}

	// Where to complain.
	sa, saPath := n.SupervisoryAuthority, "supervisoryAuthority"
	for i := range n.Activities {
		if sa == nil && n.Activities[i].SupervisoryAuthority != nil {
			sa, saPath = n.Activities[i].SupervisoryAuthority, "activities/"+itoa(i)+"/supervisoryAuthority"
		}
	}
	var complaint []block
	if sa != nil {
		k := b.push(strings.Split(saPath, "/")...)
		if line := b.nameAndContacts(sa); line != nil {
			complaint = append(complaint, block{Kind: blockFields, Fields: []field{{b.t("heading.supervisoryAuthority"), [][]span{line}}}})
		}
		b.pop(k)
	}
	if complaint == nil && n.Rights != nil {
		// No authority named: the notice's own words on the right, if any.
		for i := range n.Rights.Items {
			if n.Rights.Items[i].Right == notice.RightComplaint && complaint == nil {
				k := b.push("rights", "items", itoa(i))
				complaint = b.paras(n.Rights.Items[i].Description, "description", "")
				b.pop(k)
			}
		}
	}
	if complaint == nil && slices.Contains(codes, notice.RightComplaint) {
		// Nothing more to say than the right's name: list it with the others.
		rights = append(rights, item{Class: "right", Spans: b.termSpans(&notice.RightVocabulary, string(notice.RightComplaint), false)})
	}

	var rightsBlocks []block
	if len(rights) > 0 {
		rightsBlocks = []block{{Kind: blockList, Class: "rights", Items: rights}}
	}
	out = append(out, b.sec(2, "heading.rights", "rights", rightsBlocks,
		b.objectSection(3, slices.Contains(codes, notice.RightObject))))
	out = append(out, b.sec(2, "heading.complaint", "complaint", complaint))

	// Where to read more: the notice's address, or the full notice on the
	// same page (an anchor, in HTML).
	var more []block
	if u, ok := safeURL(clean(n.URL)); ok {
		more = []block{{Kind: blockPara, Class: "read-more", Spans: []span{{Kind: spanLink, Text: b.t("label.readFullNotice"), URL: u}}}}
	} else if b.opts.Format == HTML || b.opts.Format == Page {
		anchor := "#" + clean(b.opts.IDPrefix) + "privacy-notice"
		more = []block{{Kind: blockPara, Class: "read-more", Spans: []span{{Kind: spanLink, Text: b.t("label.readFullNotice"), URL: anchor}}}}
	}
	out = append(out, b.sec(2, "label.moreInformation", "more-information", more))
	return nonNil(out...)
}

// shortActivity returns the purposes and legal bases of activity i, and its
// controller where it has its own.
func (b *builder) shortActivity(i int) []block {
	a := &b.n.Activities[i]
	k := b.push("activities", itoa(i))
	defer b.pop(k)
	k2 := b.push("purposes")
	out := b.purposeList(a.Purposes)
	b.pop(k2)
	var fs []field
	var bases [][]span
	var seen []notice.LegalBasis
	for _, c := range a.LegalBases {
		if !slices.Contains(seen, c.Basis) {
			seen = append(seen, c.Basis)
			bases = append(bases, []span{{Text: b.term(&notice.LegalBasisVocabulary, string(c.Basis))}})
		}
	}
	if len(bases) > 0 {
		fs = append(fs, field{b.t("label.legalBasis"), bases})
	}
	if a.Controller != nil && len(b.n.Activities) > 1 {
		k := b.push("controller")
		if line := b.nameAndContacts(a.Controller); line != nil {
			fs = append(fs, field{b.t("heading.controller"), [][]span{line}})
		}
		b.pop(k)
	}
	if len(fs) > 0 {
		out = append(out, block{Kind: blockFields, Fields: fs})
	}
	return out
}

// contacts returns the email, telephone and web address of p, or nil.
func contacts(p *notice.Party) []span {
	var out []span
	add := func(s span) {
		if len(out) > 0 {
			out = append(out, span{Text: ", "})
		}
		out = append(out, s)
	}
	if strings.TrimSpace(p.Email) != "" {
		add(emailSpan(p.Email))
	}
	if strings.TrimSpace(p.Phone) != "" {
		add(phoneSpan(p.Phone))
	}
	if strings.TrimSpace(p.URL) != "" {
		add(urlSpan(p.URL))
	}
	return out
}

// nameAndContacts returns "Name, email, phone" for p. The path is p's.
func (b *builder) nameAndContacts(p *notice.Party) []span {
	out := b.spans(p.Name, "name")
	for i := range out {
		if out[i].Kind == spanBreak {
			out[i] = span{Text: ", "}
		}
	}
	if c := contacts(p); c != nil {
		if out != nil {
			out = append(out, span{Text: ", "})
		}
		out = append(out, c...)
	}
	return out
}
