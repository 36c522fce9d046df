package render

import (
	"fmt"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/seloste/seloste/notice"
)

// short returns the sections of the first layer: who the controller is, with
// all its contact details; the purposes and legal bases of each activity;
// transfers outside the EU/EEA, or the notice's word that there are none; the
// rights in a line, with how to exercise them and the right to object set
// apart; where to complain; and a link to the full notice when there is an
// address for it ([Options.FullNoticeURL], else the notice's URL).
func (b *builder) short() []*section {
	n := b.n
	var out []*section

	// Who: the controller with all its contact details, the DPO, joint
	// controllers.
	var who []block
	ctrl := n.Controller
	ctrlPath := "controller"
	if ctrl == nil && len(n.Activities) == 1 && n.Activities[0].Controller != nil {
		ctrl, ctrlPath = n.Activities[0].Controller, "activities/0/controller"
	}
	if ctrl != nil {
		// Its contact details; a note about it is for the full notice.
		p := *ctrl
		p.Note = nil
		k := b.push(strings.Split(ctrlPath, "/")...)
		who = append(who, b.party(&p)...)
		b.pop(k)
	}
	var fs []field
	if ctrl == nil || contacts(ctrl) == nil && len(ctrl.Address) == 0 {
		for i := range n.ContactPersons {
			p := &n.ContactPersons[i]
			k := b.push("contactPersons", itoa(i))
			if line := b.contactLine(p); line != nil {
				fs = append(fs, field{b.t("label.contactPerson"), [][]span{line}})
			}
			b.pop(k)
		}
	}
	if d := n.DPO; d != nil && d.NotApplicable.IsZero() {
		k := b.push("dpo")
		if line := b.contactLine(&d.Party); line != nil {
			fs = append(fs, field{b.t("label.dpo"), [][]span{line}})
		}
		b.pop(k)
	}
	if j := n.JointControllers; j != nil {
		var names [][]span
		for i := range j.Parties {
			k := b.push("jointControllers", "parties", itoa(i))
			if sp := b.nameSpans(j.Parties[i].Name); sp != nil {
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
			items = append(items, item{Class: "activity", Spans: b.activityLead(i), Blocks: b.shortActivity(i)})
		}
		purposes = []block{{Kind: blockList, Class: "activities", Items: items}}
	}
	out = append(out, b.sec(2, "heading.purposes", "purposes", purposes))

	// Transfers outside the EU/EEA, or the notice's word that there are none.
	out = append(out, b.sec(2, "heading.transfers", "transfers", b.shortTransfersAll()))

	// The rights: every right any part of the notice names, in a line, and
	// how to exercise them.
	var codes []notice.Right
	var how []block
	addRights := func(r *notice.Rights, path string) {
		if r == nil {
			return
		}
		for _, ri := range r.Items {
			if !slices.Contains(codes, ri.Right) {
				codes = append(codes, ri.Right)
			}
		}
		k := b.push(strings.Split(path, "/")...)
		for _, p := range b.paras(r.HowToExercise, "howToExercise", "how-to-exercise") {
			if !slices.ContainsFunc(how, func(q block) bool { return reflect.DeepEqual(p, q) }) {
				how = append(how, p)
			}
		}
		b.pop(k)
	}
	addRights(n.Rights, "rights")
	for i := range n.Activities {
		addRights(n.Activities[i].Rights, "activities/"+itoa(i)+"/rights")
	}
	order := notice.RightVocabulary.Codes()
	slices.SortFunc(codes, func(x, y notice.Right) int {
		return slices.Index(order, string(x)) - slices.Index(order, string(y))
	})
	var named []notice.Right
	for _, c := range codes {
		if c != notice.RightComplaint {
			named = append(named, c)
		}
	}

	// Where to complain.
	sas, saPath := n.SupervisoryAuthorities, "supervisoryAuthorities"
	for i := range n.Activities {
		if len(sas) == 0 && len(n.Activities[i].SupervisoryAuthorities) > 0 {
			sas, saPath = n.Activities[i].SupervisoryAuthorities, "activities/"+itoa(i)+"/supervisoryAuthorities"
		}
	}
	var complaint []block
	for i := range sas {
		k := b.push(append(strings.Split(saPath, "/"), itoa(i))...)
		if line := b.contactLine(&sas[i].Party); line != nil {
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
		// Nothing more to say than the right's name: in the line with the others.
		named = append(named, notice.RightComplaint)
	}

	var rightsBlocks []block
	if len(named) > 0 {
		rightsBlocks = append(rightsBlocks, block{Kind: blockPara, Class: "rights", Spans: b.rightsLine(named)})
	} else if n.Rights != nil && len(codes) == 0 {
		// The notice names no right, only speaks of them: its words.
		k := b.push("rights")
		rightsBlocks = b.paras(n.Rights.Description, "description", "")
		b.pop(k)
	}
	if len(rightsBlocks) > 0 || slices.Contains(codes, notice.RightObject) {
		rightsBlocks = append(rightsBlocks, how...)
	}
	out = append(out, b.sec(2, "heading.rights", "rights", rightsBlocks,
		b.objectSection(3, b.allActivities())))
	out = append(out, b.sec(2, "heading.complaint", "complaint", complaint))

	// Where to read the full notice: a link only to an address that exists.
	var more []block
	target, ok := clean(b.opts.FullNoticeURL), b.opts.FullNoticeURL != ""
	if !ok {
		target, ok = safeURL(clean(n.URL))
	}
	if ok {
		more = []block{{Kind: blockPara, Class: "read-more", Spans: []span{{Kind: spanLink, Text: b.t("label.readFullNotice"), URL: target}}}}
	}
	out = append(out, b.sec(2, "label.moreInformation", "more-information", more))
	return nonNil(out...)
}

// activityLead returns the name of activity i as the lead of a list item,
// or "Processing activity i+1" when it has none.
func (b *builder) activityLead(i int) []span {
	sp := b.activityName(i)
	for k := range sp {
		if sp[k].Kind == spanText {
			sp[k].Kind = spanStrong
		}
	}
	return sp
}

// shortTransfersAll returns what the notice says of transfers outside the
// EU/EEA: once when every activity says the same, else for each activity
// that says something. An activity that says nothing adds nothing.
func (b *builder) shortTransfersAll() []block {
	n := b.n
	if len(n.Activities) == 1 {
		return b.shortTransfers(0)
	}
	var items []item
	same := true
	for i := range n.Activities {
		t := b.shortTransfers(i)
		if t == nil {
			same = false
			continue
		}
		if len(items) > 0 && !reflect.DeepEqual(t, items[0].Blocks) {
			same = false
		}
		items = append(items, item{Class: "activity", Spans: b.activityLead(i), Blocks: t})
	}
	if len(items) == 0 {
		return nil
	}
	if same {
		return items[0].Blocks
	}
	return []block{{Kind: blockList, Class: "activities", Items: items}}
}

// shortTransfers returns the transfers of activity i in brief: the notice's
// reason when there are none, else its words and each transfer's recipient,
// third countries or international organisation, and mechanism.
func (b *builder) shortTransfers(i int) []block {
	e := b.n.EffectiveActivity(i)
	t := e.Transfers
	if t == nil {
		return nil
	}
	k := b.push(strings.Split(strings.TrimPrefix(e.Pointer("transfers"), "/"), "/")...)
	defer b.pop(k)
	if !t.NotApplicable.IsZero() {
		return b.notApplicable(t.NotApplicable)
	}
	out := b.paras(t.Description, "description", "")
	var items []item
	for j := range t.Items {
		tr := &t.Items[j]
		k := b.push("items", itoa(j))
		var parts [][]span
		if sp := b.strong(b.nameSpans(tr.Recipient)); sp != nil {
			parts = append(parts, sp)
		}
		var countries []string
		for _, c := range tr.Countries {
			if name := b.country(c); name != "" {
				countries = append(countries, name)
			}
		}
		if len(countries) > 0 {
			parts = append(parts, []span{{Text: b.loc.List(countries)}})
		}
		if sp := b.nameSpans(tr.InternationalOrganisation); sp != nil {
			parts = append(parts, sp)
		}
		var ms []string
		for _, m := range tr.Mechanisms {
			ms = append(ms, b.term(&notice.TransferMechanismVocabulary, string(m)))
		}
		if len(ms) > 0 {
			parts = append(parts, []span{{Text: b.loc.ListOr(ms)}})
		}
		b.pop(k)
		var line []span
		for x, p := range parts {
			if x > 0 {
				line = append(line, span{Text: ", "})
			}
			line = append(line, p...)
		}
		if line != nil {
			items = append(items, item{Class: "transfer", Spans: line})
		}
	}
	if len(items) > 0 {
		out = append(out, block{Kind: blockList, Class: "transfers", Items: items})
	}
	return out
}

// rightsLine returns the official titles of rights as one sentence: the
// first title as it is, the others with a lower-case first letter, joined
// as the locale joins a list.
func (b *builder) rightsLine(rights []notice.Right) []span {
	var terms []string
	for i, r := range rights {
		t := b.term(&notice.RightVocabulary, string(r))
		if i > 0 {
			first, size := utf8.DecodeRuneInString(t)
			t = string(unicode.ToLower(first)) + t[size:]
		}
		terms = append(terms, t)
	}
	return []span{{Text: b.loc.List(terms) + "."}}
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
		if line := b.contactLine(a.Controller); line != nil {
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

// contactLine returns all the contact details of p in one line: name, role,
// unit, postal address, email, telephone and web address. The path is p's.
func (b *builder) contactLine(p *notice.Party) []span {
	var parts [][]span
	add := func(sp []span) {
		for i := range sp {
			if sp[i].Kind == spanBreak {
				sp[i] = span{Text: ", "}
			}
		}
		if sp != nil {
			parts = append(parts, sp)
		}
	}
	add(b.nameSpans(p.Name))
	add(b.spans(p.Role, "role"))
	add(b.nameSpans(p.Unit))
	for _, line := range p.Address {
		add(b.nameSpans(line))
	}
	add(contacts(p))
	var out []span
	for i, sp := range parts {
		if i > 0 {
			out = append(out, span{Text: ", "})
		}
		out = append(out, sp...)
	}
	return out
}

// checkFullNoticeURL returns an error unless u is empty, an absolute http or
// https URL, or a relative reference (a path, query or fragment without a
// scheme or host), written only with the characters RFC 3986 allows in a
// URI.
func checkFullNoticeURL(u string) error {
	if u == "" {
		return nil
	}
	bad := func(why string) error {
		return fmt.Errorf("%w: %q: %s", ErrFullNoticeURL, u, why)
	}
	for i := 0; i < len(u); i++ {
		c := u[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~:/?#[]@!$&'()*+,;=%", c) >= 0) {
			return bad(fmt.Sprintf("character %q at byte %d is not allowed in a URI; percent-encode it", rune(c), i))
		}
	}
	if strings.HasPrefix(u, "//") {
		return bad("a reference without a scheme must not name a host; give an absolute https URL")
	}
	p, err := url.Parse(u)
	if err != nil {
		return bad("not a URL or relative reference: " + err.Error())
	}
	if p.Scheme == "" {
		return nil
	}
	if s := strings.ToLower(p.Scheme); s != "http" && s != "https" {
		return bad("want an http or https URL or a relative reference, not a " + p.Scheme + ": URL")
	}
	if _, ok := safeURL(u); !ok {
		return bad("an http or https URL needs a host and no user information")
	}
	return nil
}
