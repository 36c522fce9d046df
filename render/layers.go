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
//
// Every item is read as it applies to each activity
// ([notice.Notice.EffectiveActivity]): an activity's own, else the notice's.
// A notice of one activity shows that activity's controller, data
// protection officer and joint controllers, its own or the notice's; a
// notice of several shows the notice's at the top and, with each activity,
// those it states itself.
func (b *builder) short() []*section {
	var out []*section
	out = append(out, b.sec(2, "heading.controller", "controller", b.shortWho()))

	// What for: the purposes and legal bases of each activity.
	var purposes []block
	if len(b.eff) == 1 {
		purposes = b.shortActivity(0)
	} else {
		var items []item
		for i := range b.eff {
			items = append(items, item{Class: "activity", Spans: b.activityLead(i), Blocks: b.shortActivity(i)})
		}
		purposes = []block{{Kind: blockList, Class: "activities", Items: items}}
	}
	out = append(out, b.sec(2, "heading.purposes", "purposes", purposes))

	// Transfers outside the EU/EEA, or the notice's word that there are none.
	out = append(out, b.sec(2, "heading.transfers", "transfers", b.shortTransfersAll()))

	rights, complaint := b.shortRights()
	out = append(out, b.sec(2, "heading.rights", "rights", rights,
		b.objectSection(3, b.allActivities())))
	out = append(out, b.sec(2, "heading.complaint", "complaint", complaint))

	// Where to read the full notice: a link only to an address that exists.
	var more []block
	target, ok := clean(b.opts.FullNoticeURL), b.opts.FullNoticeURL != ""
	if !ok {
		target, ok = safeURL(clean(b.n.URL))
	}
	if ok {
		more = []block{{Kind: blockPara, Class: "read-more", Spans: []span{{Kind: spanLink, Text: b.t("label.readFullNotice"), URL: target}}}}
	}
	out = append(out, b.sec(2, "label.moreInformation", "more-information", more))
	return nonNil(out...)
}

// shortWho returns who the controller is: the controller with all its
// contact details (its note is for the full notice), the contact persons
// where the controller gives no way to reach it, the data protection
// officer and the joint controllers. With one activity they are that
// activity's as it applies; with several, the notice's.
func (b *builder) shortWho() []block {
	n := b.n
	ctrl, ctrlPtr := n.Controller, "/controller"
	dpo, dpoPtr := n.DPO, "/dpo"
	joint, jointPtr := n.JointControllers, "/jointControllers"
	if len(b.eff) == 1 {
		e := &b.eff[0]
		ctrl, ctrlPtr = e.Controller, e.Pointer("controller")
		dpo, dpoPtr = e.DPO, e.Pointer("dpo")
		joint, jointPtr = e.JointControllers, e.Pointer("jointControllers")
	}
	var who []block
	if ctrl != nil {
		p := *ctrl
		p.Note = nil
		restore := b.at(ctrlPtr)
		who = append(who, b.party(&p)...)
		restore()
	}
	var fs []field
	if ctrl == nil || contacts(ctrl) == nil && len(ctrl.Address) == 0 {
		for i := range n.ContactPersons {
			restore := b.at("/contactPersons/" + itoa(i))
			if line := b.contactLine(&n.ContactPersons[i]); line != nil {
				fs = append(fs, field{b.t("label.contactPerson"), [][]span{line}})
			}
			restore()
		}
	}
	fs = append(fs, b.shortParties(dpo, dpoPtr, joint, jointPtr)...)
	if len(fs) > 0 {
		who = append(who, block{Kind: blockFields, Fields: fs})
	}
	return who
}

// shortParties returns the data protection officer's contact details in a
// line and the names of the joint controllers, as fields; ptrs are theirs.
func (b *builder) shortParties(d *notice.DPO, dpoPtr string, j *notice.JointControllers, jointPtr string) []field {
	var fs []field
	if d != nil && d.NotApplicable.IsZero() {
		restore := b.at(dpoPtr)
		if line := b.contactLine(&d.Party); line != nil {
			fs = append(fs, field{b.t("label.dpo"), [][]span{line}})
		}
		restore()
	}
	if j != nil {
		var names [][]span
		for i := range j.Parties {
			restore := b.at(jointPtr + "/parties/" + itoa(i))
			if sp := b.nameSpans(j.Parties[i].Name); sp != nil {
				names = append(names, sp)
			}
			restore()
		}
		if len(names) > 0 {
			fs = append(fs, field{b.t("heading.jointControllers"), [][]span{b.join(names)}})
		}
	}
	return fs
}

// rightsGroup is one statement of rights as it applies: the notice's or an
// activity's own, with the activities it applies to.
type rightsGroup struct {
	r    *notice.Rights
	ptr  string
	acts []*notice.EffectiveActivity
}

// rightsGroups returns the statements of rights that apply to the
// activities, each once, in the order of the activities.
func (b *builder) rightsGroups(item string) []rightsGroup {
	var out []rightsGroup
	for i := range b.eff {
		e := &b.eff[i]
		ptr := e.Pointer(item)
		k := slices.IndexFunc(out, func(g rightsGroup) bool { return g.ptr == ptr })
		if k < 0 {
			out = append(out, rightsGroup{r: e.Rights, ptr: ptr})
			k = len(out) - 1
		}
		out[k].acts = append(out[k].acts, e)
	}
	return out
}

// shortRights returns the rights as the first layer gives them, and where
// to complain. The rights the notice says apply are named in one line; the
// rights it says do not apply (notApplicable) are named apart as not
// applying, with what the statement covers where it covers only part (some
// purposes, data or groups, or some activities), as the full layer gives
// each right with its reason. A right the notice says applies to some
// part and not to another is in both. The limits the notice sets on rights
// that apply, its own and those for several rights at once (Art 11(2), 23),
// follow the line in its words. Then how to exercise the rights, in
// the notice's words, and the page the notice refers to for them. Where to complain: the supervisory authorities, else
// the notice's words on that right, else the right named in the line.
func (b *builder) shortRights() (rights, complaint []block) {
	groups := slices.DeleteFunc(b.rightsGroups("rights"), func(g rightsGroup) bool { return g.r == nil })
	order := notice.RightVocabulary.Codes()
	rank := func(r notice.Right) int { return slices.Index(order, string(r)) }
	var applies []notice.Right
	type excluded struct {
		right notice.Right
		qual  []span // what the statement covers, where it covers only part
	}
	var notApplies []excluded
	var limits [][]span // the notice's limits on rights that apply
	var how []block
	var described []block // the notice's general words, for a notice that names no right
	for _, g := range groups {
		restore := b.at(g.ptr)
		for i := range g.r.Items {
			ri := &g.r.Items[i]
			if ri.NotApplicable.IsZero() {
				if !slices.Contains(applies, ri.Right) {
					applies = append(applies, ri.Right)
				}
				k := b.push("items", itoa(i))
				if sp := b.spans(ri.Limitation, "limitation"); sp != nil {
					line := append([]span{{Text: b.term(&notice.RightVocabulary, string(ri.Right)) + ": "}}, sp...)
					if !slices.ContainsFunc(limits, func(x []span) bool { return plain(x) == plain(line) }) {
						limits = append(limits, line)
					}
				}
				b.pop(k)
				continue
			}
			k := b.push("items", itoa(i))
			var qual []span
			if f, ok := b.scopeField(ri.Scope, g.acts); ok {
				qual = b.joinLines(f.Lines)
			} else if len(b.eff) > 1 && len(g.acts) < len(b.eff) {
				var names [][]span
				for _, e := range g.acts {
					names = append(names, b.activityName(e.Index))
				}
				qual = b.joinLines(names)
			}
			b.pop(k)
			x := excluded{ri.Right, qual}
			if !slices.ContainsFunc(notApplies, func(y excluded) bool { return y.right == x.right && plain(y.qual) == plain(x.qual) }) {
				notApplies = append(notApplies, x)
			}
		}
		// How to exercise them: the notice's words, and the page it sends
		// the reader to for them (as the full layer gives both).
		for _, p := range append(b.paras(g.r.HowToExercise, "howToExercise", "how-to-exercise"), b.describedIn(g.r.DescribedIn)...) {
			if !slices.ContainsFunc(how, func(q block) bool { return reflect.DeepEqual(p, q) }) {
				how = append(how, p)
			}
		}
		for i := range g.r.Limitations {
			l := &g.r.Limitations[i]
			k := b.push("limitations", itoa(i))
			if sp := b.spans(l.Description, "description"); sp != nil {
				var terms []string
				for j, r := range l.Rights {
					t := b.term(&notice.RightVocabulary, string(r))
					if j > 0 {
						t = lowerFirst(t)
					}
					terms = append(terms, t)
				}
				line := sp
				if len(terms) > 0 {
					line = append([]span{{Text: b.loc.List(terms) + ": "}}, sp...)
				}
				if !slices.ContainsFunc(limits, func(x []span) bool { return plain(x) == plain(line) }) {
					limits = append(limits, line)
				}
			}
			b.pop(k)
		}
		described = append(described, b.paras(g.r.Description, "description", "")...)
		restore()
	}
	slices.SortStableFunc(applies, func(x, y notice.Right) int { return rank(x) - rank(y) })
	slices.SortStableFunc(notApplies, func(x, y excluded) int { return rank(x.right) - rank(y.right) })

	complaint = b.shortComplaint(groups)
	var named []notice.Right
	for _, c := range applies {
		if c != notice.RightComplaint || complaint == nil {
			// The right to complain is named in the line only when there
			// is nothing more to say of it.
			named = append(named, c)
		}
	}
	if len(named) > 0 {
		rights = append(rights, block{Kind: blockPara, Class: "rights", Spans: b.rightsLine(named)})
	}
	if len(limits) > 0 {
		// A right the notice limits is never shown as given without its
		// limit: the limit in the notice's words, as the full layer has it.
		rights = append(rights, block{Kind: blockFields, Class: "rights-limitations", Fields: []field{{b.t("label.limitation"), limits}}})
	}
	if len(notApplies) > 0 {
		var lines [][]span
		for _, x := range notApplies {
			line := []span{{Text: b.term(&notice.RightVocabulary, string(x.right))}}
			if x.qual != nil {
				line = append(line, span{Text: " ("})
				line = append(line, x.qual...)
				line = append(line, span{Text: ")"})
			}
			lines = append(lines, line)
		}
		rights = append(rights, block{Kind: blockFields, Class: "rights-not-applicable", Fields: []field{{b.t("label.notApplicable"), lines}}})
	}
	if len(applies) == 0 && len(notApplies) == 0 {
		// The notice names no right, only speaks of them: its words.
		rights = described
	}
	object := slices.ContainsFunc(b.eff, func(e notice.EffectiveActivity) bool {
		s := notice.RightApplies(&e, notice.RightObject)
		return s.Status == notice.Applies || s.Status == notice.Limited
	})
	if len(rights) > 0 || object {
		rights = append(rights, how...)
	}
	return rights, complaint
}

// joinLines joins the lines of a field into one line, with commas.
func (b *builder) joinLines(lines [][]span) []span {
	var out []span
	for i, l := range lines {
		if i > 0 {
			out = append(out, span{Text: ", "})
		}
		out = append(out, l...)
	}
	return out
}

// shortComplaint returns where to complain: the supervisory authorities
// that apply to the activities, each once, in a line; else the notice's
// own words on the right to lodge a complaint; else nil.
func (b *builder) shortComplaint(groups []rightsGroup) []block {
	var complaint []block
	var seen []string
	for _, g := range b.rightsGroups("supervisoryAuthorities") {
		sas := g.acts[0].SupervisoryAuthorities
		for i := range sas {
			restore := b.at(g.ptr + "/" + itoa(i))
			p := b.authority(&sas[i])
			line := b.contactLine(&p)
			if sas[i].Residence {
				res := []span{{Text: b.t("phrase.residenceAuthority")}}
				if line != nil {
					res = append(res, span{Text: " "})
				}
				line = append(res, line...)
			}
			restore()
			if line != nil && !slices.Contains(seen, plain(line)) {
				seen = append(seen, plain(line))
				complaint = append(complaint, block{Kind: blockFields, Fields: []field{{b.t("heading.supervisoryAuthority"), [][]span{line}}}})
			}
		}
	}
	if complaint != nil {
		return complaint
	}
	// No authority named: the notice's own words on the right, if any.
	for _, g := range groups {
		for i := range g.r.Items {
			if g.r.Items[i].Right == notice.RightComplaint && g.r.Items[i].NotApplicable.IsZero() {
				restore := b.at(g.ptr + "/items/" + itoa(i))
				complaint = b.paras(g.r.Items[i].Description, "description", "")
				restore()
				if complaint != nil {
					return complaint
				}
			}
		}
	}
	return nil
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
	e := &b.eff[i]
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

// shortActivity returns the purposes and legal bases of activity i, as it
// applies (its own bases or the notice's), and, in a notice of several,
// the controller, data protection officer and joint controllers it states
// itself.
func (b *builder) shortActivity(i int) []block {
	e := &b.eff[i]
	restore := b.at("/activities/" + itoa(i) + "/purposes")
	out := b.purposeList(e.Purposes)
	restore()
	var fs []field
	// Where the bases name the purposes they cover, each purpose shows the
	// bases that name it, and the bases without a scope are said once for
	// all the purposes: never all of them pooled under every purpose.
	perPurpose := false
	if slices.ContainsFunc(e.LegalBases, func(c notice.LegalBasisClaim) bool { return len(c.Scope.Purposes) > 0 }) {
		if by := b.basesByPurpose(out, e, true); !reflect.DeepEqual(by, out) {
			out, perPurpose = by, true
		}
	}
	var bases [][]span
	restore = b.at(e.Pointer("legalBases"))
	for j := range e.LegalBases {
		c := &e.LegalBases[j]
		if perPurpose && len(c.Scope.Purposes) > 0 {
			continue // shown with its purposes
		}
		if c.Possible && c.Basis != "" && slices.ContainsFunc(e.LegalBases, func(o notice.LegalBasisClaim) bool {
			return o.Basis == c.Basis && !o.Possible && (!perPurpose || len(o.Scope.Purposes) == 0)
		}) {
			continue // said without "possibly" too: once is enough
		}
		k := b.push(itoa(j))
		if sp := b.basisBrief(c, []*notice.EffectiveActivity{e}); sp != nil && !slices.ContainsFunc(bases, func(x []span) bool { return plain(x) == plain(sp) }) {
			bases = append(bases, sp)
		}
		b.pop(k)
	}
	restore()
	label := b.t("label.legalBasis")
	if perPurpose {
		label = b.t("label.legalBasisAllPurposes")
	}
	if len(bases) > 0 {
		fs = append(fs, field{label, bases})
	}
	if len(b.eff) > 1 {
		if e.Controller != nil && !e.Inherited("controller") {
			restore := b.at(e.Pointer("controller"))
			if line := b.contactLine(e.Controller); line != nil {
				fs = append(fs, field{b.t("heading.controller"), [][]span{line}})
			}
			restore()
		}
		var dpo *notice.DPO
		var joint *notice.JointControllers
		if !e.Inherited("dpo") {
			dpo = e.DPO
		}
		if !e.Inherited("jointControllers") {
			joint = e.JointControllers
		}
		fs = append(fs, b.shortParties(dpo, e.Pointer("dpo"), joint, e.Pointer("jointControllers"))...)
	}
	if len(fs) > 0 {
		out = append(out, block{Kind: blockFields, Fields: fs})
	}
	return out
}

// shortBasis returns a legal basis in brief: its official term, or, for a
// basis the notice names only by its law, the law, or, for one it names by
// neither (a "statutory basis" it does not specify), its own words on it;
// "(possibly)" after it where the notice says processing may rest on it.
// The path is the basis's.
func (b *builder) shortBasis(c *notice.LegalBasisClaim) []span {
	var sp []span
	if c.Basis != "" {
		sp = []span{{Text: b.term(&notice.LegalBasisVocabulary, string(c.Basis))}}
	} else if f, ok := b.lawField(c.Laws); ok {
		sp = b.joinLines(f.Lines)
	} else {
		sp = b.spans(c.Description, "description")
	}
	if sp != nil && c.Possible {
		// The notice says processing may rest on it, not that it does.
		sp = append(sp, span{Text: " (" + b.t("label.possibly") + ")"})
	}
	return sp
}

// basisBrief returns a legal basis as [builder.shortBasis] gives it, with,
// where the notice ties it to some data or some groups of data subjects,
// what it covers in brackets ("Contract (technical data)"), and the
// condition the notice sets on it ("Consent (where the visitor accepts the
// cookies)"): a basis the notice gives for part of the processing, or on a
// condition, is never shown as the basis of all of it. The purposes it covers are not repeated: the callers set the
// basis beside them. The path is the basis's; acts resolve the scope.
func (b *builder) basisBrief(c *notice.LegalBasisClaim, acts []*notice.EffectiveActivity) []span {
	sp := b.shortBasis(c)
	if sp == nil {
		return nil
	}
	var qual [][]span
	s := c.Scope
	s.Purposes = nil
	k := b.push("scope")
	if f, ok := b.scopeField(s, acts); ok {
		qual = append(qual, b.joinLines(f.Lines))
	}
	b.pop(k)
	if cond := b.spans(c.Condition, "condition"); cond != nil {
		qual = append(qual, cond)
	}
	for i, q := range qual {
		if i == 0 {
			sp = append(sp, span{Text: " ("})
		} else {
			sp = append(sp, span{Text: "; "})
		}
		sp = append(sp, q...)
	}
	if qual != nil {
		sp = append(sp, span{Text: ")"})
	}
	return sp
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
	add(b.nameSpans(p.Organisation))
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
