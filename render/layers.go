package render

import (
	"slices"
	"strings"

	"github.com/seloste/seloste/notice"
)

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
		if name := b.nameSpans(ctrl.Name); name != nil {
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
	sas, saPath := n.SupervisoryAuthorities, "supervisoryAuthorities"
	for i := range n.Activities {
		if len(sas) == 0 && len(n.Activities[i].SupervisoryAuthorities) > 0 {
			sas, saPath = n.Activities[i].SupervisoryAuthorities, "activities/"+itoa(i)+"/supervisoryAuthorities"
		}
	}
	var complaint []block
	for i := range sas {
		k := b.push(append(strings.Split(saPath, "/"), itoa(i))...)
		if line := b.nameAndContacts(&sas[i].Party); line != nil {
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
		b.objectSection(3, b.allActivities())))
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
	out := b.nameSpans(p.Name)
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
