package render

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

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

	path    []string        // JSON Pointer tokens of the text being read
	missing []string        // pointers of texts that fell back (Strict only)
	ids     map[string]bool // the ids given
	next    map[string]int  // the next suffix to try for a repeated base
	idSteps int             // ids given and taken ids passed over: the cost of id, for a test
	scope   []string        // leading parts of ids

	// others are the languages of the texts shown in a language other than
	// the one rendered (each marked where it is shown), in the order met.
	others []language.Tag
	// fallback is set when the notice's language is one the catalog does
	// not support and the rendering is in Options.Fallback instead.
	fallback bool
	// register is set for a notice written in the Finnish register
	// tradition ([registerTradition]).
	register bool
	// eff are the notice's activities as they apply (notice.EffectiveActivity).
	eff []notice.EffectiveActivity
	// actIDs index each activity's IDs, for scopes.
	actIDs map[int]activityIDs
}

func build(n *notice.Notice, opts Options) (*doc, error) {
	b, err := newBuilder(n, opts)
	if err != nil {
		return nil, err
	}
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

func newBuilder(n *notice.Notice, opts Options) (*builder, error) {
	orig := n.Original()
	tag, fallback, err := renderLanguage(n, opts)
	if err != nil {
		return nil, err
	}
	loc := i18n.For(tag)
	b := &builder{
		n: n, opts: opts, loc: loc, tag: tag, base: i18n.Base(tag), orig: orig,
		ids: map[string]bool{}, next: map[string]int{}, fallback: fallback, register: registerTradition(n),
		eff: n.EffectiveActivities(),
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
	return b, nil
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

// at sets the path to the tokens of ptr, a JSON Pointer such as
// "/activities/0/retention", and returns the function that restores the
// path it replaced.
func (b *builder) at(ptr string) func() {
	saved := b.path
	b.path = nil
	if ptr = strings.TrimPrefix(ptr, "/"); ptr != "" {
		b.path = strings.Split(ptr, "/")
	}
	return func() { b.path = saved }
}

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
		if !slices.Contains(b.others, used) {
			b.others = append(b.others, used)
		}
		if p := b.pointer(seg); b.opts.Strict && !slices.Contains(b.missing, p) {
			// A text read twice (a data subject named under each category
			// that concerns it) is listed once.
			b.missing = append(b.missing, p)
		}
	}
	return s, lang, true
}

// name returns a proper name or address line in the rendering language
// where an official form is given, else as written: a name is valid in
// every language, so it is never marked as another language's text.
func (b *builder) name(n notice.Name) (string, bool) {
	s, _, ok := n.In(b.tag, b.chain...)
	if !ok {
		return "", false
	}
	s = strings.TrimSpace(clean(s))
	return s, s != ""
}

// nameSpans returns a name as inline content.
func (b *builder) nameSpans(n notice.Name) []span {
	s, ok := b.name(n)
	if !ok {
		return nil
	}
	return lineSpans(s, "")
}

// spans returns t as inline content; its line breaks are kept. Text in
// another language than the one rendered is marked with its language.
func (b *builder) spans(t notice.Text, seg string) []span {
	s, lang, ok := b.str(t, seg)
	if !ok {
		return nil
	}
	return marked(lineSpans(s, lang), lang)
}

// langMark is the visible mark of text in another language, such as
// "[fi]", in every format; the top of the document says what it means.
func langMark(lang string) span { return span{Kind: spanAside, Text: "[" + lang + "]"} }

// marked puts the mark of lang before sp, when lang is set.
func marked(sp []span, lang string) []span {
	if lang == "" || len(sp) == 0 {
		return sp
	}
	return append([]span{langMark(lang), {Text: " "}}, sp...)
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

// paragraphs splits s into paragraphs at blank lines; each paragraph of
// text in another language carries that language and its mark.
func paragraphs(s, lang, class string) []block {
	var out []block
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, block{Kind: blockPara, Class: class, Lang: lang, Spans: marked(lineSpans(strings.Join(cur, "\n"), ""), lang)})
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
		if term, ok := v.Lookup(code); ok && term.Article != "" {
			if strings.HasSuffix(t, ")") {
				// No two parentheses in a row: "Right to erasure (‘right
				// to be forgotten’), Article 17".
				out = append(out, span{Kind: spanAside, Text: ", " + b.loc.Article(term.Article)})
			} else {
				out = append(out, span{Text: " "}, span{Kind: spanAside, Text: "(" + b.loc.Article(term.Article) + ")"})
			}
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
//
// The suffixes of each base count on from the last one given, so that n
// sections of one name cost n steps in all, not n²/2: a step passes over
// "base-k" only while that id is taken, and an id "base-k" can be passed
// over by the counter of one base alone.
func (b *builder) id(parts ...string) string {
	var s strings.Builder
	s.WriteString(clean(b.opts.IDPrefix))
	dash := false
	write := func(p string) {
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
	for _, p := range b.scope {
		write(p)
	}
	for _, p := range parts {
		write(p)
	}
	base := s.String()
	if base == "" {
		base = "section"
	}
	id := base
	if b.ids[id] {
		i := max(2, b.next[base])
		for ; b.ids[base+"-"+itoa(i)]; i++ {
			b.idSteps++
		}
		id = base + "-" + itoa(i)
		b.next[base] = i + 1
	}
	b.idSteps++
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
	d := &doc{Lang: b.tag.String(), Layer: b.opts.Layer.String(), loc: b.loc}
	base := []string{"privacy-notice"}
	if b.opts.Layer == Short {
		base = append(base, "summary")
	}
	d.ID = b.id(base...)
	titleID := b.id(append(base, "title")...)
	d.ContentsID = b.id(append(base, "contents")...)
	if b.opts.Layer == Short {
		b.scope = []string{"summary"}
	}

	title := b.spans(n.Title, "title")
	if title == nil {
		title = []span{{Text: b.t("document.privacyNotice")}}
	}
	d.Title = b.heading(1, title)
	d.Title.ID = titleID
	d.PageTitle = plain(title)
	if b.opts.Layer == Short {
		d.PageTitle += " – " + b.t("document.summary")
		d.Header = append(d.Header, block{Kind: blockPara, Class: "layer", Spans: []span{{Text: b.t("document.summary")}}})
	}
	d.Header = append(d.Header, b.meta()...)
	d.Intro = b.paras(n.Introduction, "introduction", "")
	if b.opts.Layer == Full {
		d.Intro = append(d.Intro, b.noticeScope()...)
	}

	if b.opts.Layer == Short {
		d.Sections = b.short()
	} else {
		d.Sections = b.full()
	}
	// What language each part is in, once every text has been read.
	d.Header = append(d.Header, b.languageNotes()...)
	d.langs = append([]language.Tag{b.tag}, b.others...)
	return d
}

// meta returns the version, the dates and, in the full notice, the address
// of the notice.
func (b *builder) meta() []block {
	n := b.n
	var fs []field
	if b.opts.Layer == Full && strings.TrimSpace(n.URL) != "" {
		fs = append(fs, field{b.t("label.noticeURL"), [][]span{{urlSpan(n.URL)}}})
	}
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
			fs = append(fs, field{b.t(d.key), [][]span{{{Text: b.date(d.date)}}}})
		}
	}
	if b.opts.Layer == Full && strings.TrimSpace(n.URL) != "" {
		fs = append(fs, field{b.t("label.noticeAddress"), [][]span{{urlSpan(n.URL)}}})
	}
	if len(fs) == 0 {
		return nil
	}
	return []block{{Kind: blockFields, Class: "meta", Fields: fs}}
}

// noticeScope returns what the notice says of itself beside its
// introduction: what it does not cover, the notices that complement it and
// the data protection law the controller applies beside the Regulation.
func (b *builder) noticeScope() []block {
	n := b.n
	var fs []field
	if sp := b.spans(n.NotCovered, "notCovered"); sp != nil {
		fs = append(fs, field{b.t("label.notCovered"), [][]span{sp}})
	}
	var refs [][]span
	for i := range n.RelatedNotices {
		k := b.push("relatedNotices", itoa(i))
		if sp := b.reference(&n.RelatedNotices[i]); sp != nil {
			refs = append(refs, sp)
		}
		b.pop(k)
	}
	if refs != nil {
		fs = append(fs, field{b.t("label.relatedNotices"), refs})
	}
	var laws [][]span
	for i := range n.ApplicableLaws {
		k := b.push("applicableLaws", itoa(i))
		if sp := b.law(&n.ApplicableLaws[i]); sp != nil {
			laws = append(laws, sp)
		}
		b.pop(k)
	}
	if laws != nil {
		fs = append(fs, field{b.t("label.applicableLaws"), laws})
	}
	if fs == nil {
		return nil
	}
	return []block{{Kind: blockFields, Class: "notice-scope", Fields: fs}}
}

// date writes d with as much as it gives: a day, a month ("2/2021",
// "February 2021") or a year.
func (b *builder) date(d notice.Date) string {
	switch d.Precision() {
	case notice.Year:
		return strconv.Itoa(d.Time().Year())
	case notice.Month:
		return b.loc.MonthYear(d.Time())
	}
	return b.loc.Date(d.Time())
}
