package validate

import (
	"slices"

	"github.com/seloste/seloste/notice"
)

// hasContact reports whether p gives any contact detail: an address, an
// e-mail address, a telephone number or a web address, as its main contact
// details or in one of its labelled contact points (contacts: the registry
// office, the switchboard).
//
// A party that names a kind of body rather than one body (category: "the
// municipal health service of your region") is reached as its note says:
// how to find the one that concerns the reader.
func hasContact(p *notice.Party) bool {
	if reachable(p.Email, p.Phone, p.URL, p.Address) || (p.Category && !p.Note.IsZero()) {
		return true
	}
	return slices.ContainsFunc(p.Contacts, func(cp notice.ContactPoint) bool {
		return reachable(cp.Email, cp.Phone, cp.URL, cp.Address)
	})
}

// reachable reports whether one set of contact details gives any way to
// reach its holder.
func reachable(email, phone, url string, address []notice.Name) bool {
	return email != "" || phone != "" || url != "" || slices.ContainsFunc(address, func(line notice.Name) bool { return !line.IsZero() })
}

// named reports whether p names a person or body: its name, or the
// organisation a person works for.
func named(p *notice.Party) bool { return !p.Name.IsZero() || !p.Organisation.IsZero() }

// partyEmpty reports whether p says nothing at all.
func partyEmpty(p *notice.Party) bool {
	return !named(p) && p.Role.IsZero() && p.Unit.IsZero() && len(p.Identifiers) == 0 &&
		!hasContact(p) && p.Country == "" && p.Note.IsZero()
}

// --- Art 13(1)(a): controller and representative ---

// relying returns the activities that take the notice-level item of the
// given JSON name: those that do not state their own and that no other notice
// describes in full.
func (c *checker) relying(own func(a *notice.Activity) bool) []act {
	var out []act
	for _, x := range c.acts {
		if !own(x.a) && !x.delegated {
			out = append(out, x)
		}
	}
	return out
}

func (c *checker) checkController() {
	relying := c.relying(func(a *notice.Activity) bool { return a.Controller != nil })
	if c.n.Controller == nil {
		if len(relying) > 0 {
			c.add(RuleControllerMissing, "/controller", c.articleFor(RuleControllerMissing, relying...))
		}
	} else if len(relying) > 0 || len(c.acts) == 0 {
		// The notice's controller, where an activity takes it.
		c.checkControllerParty(c.n.Controller, "/controller", relying)
	}
	for _, x := range c.acts {
		if x.a.Controller != nil {
			c.checkControllerParty(x.a.Controller, x.path+"/controller", []act{x})
		}
	}
}

func (c *checker) checkControllerParty(p *notice.Party, path string, xs []act) {
	if !named(p) {
		c.add(RuleControllerName, path+"/name", c.articleFor(RuleControllerName, xs...))
	}
	if !hasContact(p) {
		c.add(RuleControllerContact, path, c.articleFor(RuleControllerContact, xs...))
	}
}

func (c *checker) checkRepresentative() {
	outside := false
	for _, p := range c.controllers() {
		if p.Country != "" && validCountry(p.Country) && !notice.IsEEA(p.Country) {
			outside = true
		}
	}
	r := c.n.Representative
	art := c.articleFor(RuleRepresentativeMissing, c.acts...)
	present := r != nil && (!r.NotApplicable.IsZero() || r.Party != nil)
	if outside && !present {
		c.add(RuleRepresentativeMissing, "/representative", art)
	}
	if r == nil || r.Party == nil {
		return
	}
	if !r.NotApplicable.IsZero() {
		if !partyEmpty(r.Party) {
			c.add(RuleNotApplicableAndItems, "/representative", art)
		}
		return
	}
	if !named(r.Party) || !hasContact(r.Party) {
		c.add(RuleRepresentativeIncomplete, "/representative/party", art)
	}
}

// controllers returns every controller the notice names.
func (c *checker) controllers() []*notice.Party {
	var out []*notice.Party
	if c.n.Controller != nil {
		out = append(out, c.n.Controller)
	}
	for _, x := range c.acts {
		if x.a.Controller != nil {
			out = append(out, x.a.Controller)
		}
	}
	return out
}

// --- Art 13(1)(b), 37(1)(a): data protection officer ---

func dpoPresent(d *notice.DPO) bool {
	return d != nil && (!d.NotApplicable.IsZero() || !partyEmpty(&d.Party))
}

// checkDPO checks the data protection officer of each activity: its own, or
// the notice's. Art 13(1)(b) asks the contact details "where applicable":
// silence is a warning (ART13-DPO-01), except where the controller is a
// public authority, which must designate one (Art 37(1)(a)): then silence and
// a statement that none is designated are errors (ART37-DPO-01).
func (c *checker) checkDPO() {
	relying := c.relying(func(a *notice.Activity) bool { return a.DPO != nil })
	if len(relying) > 0 {
		c.checkDPOItem(c.n.DPO, "/dpo", relying)
	}
	for _, x := range c.acts {
		if x.a.DPO != nil {
			c.checkDPOItem(x.a.DPO, x.path+"/dpo", []act{x})
		}
	}
}

func (c *checker) checkDPOItem(d *notice.DPO, path string, xs []act) {
	art := c.articleFor(RuleDPOMissing, xs...)
	public := slices.ContainsFunc(xs, func(x act) bool { return x.public })
	switch {
	case !dpoPresent(d) && public:
		c.add(RulePublicAuthorityDPO, path, "")
	case !dpoPresent(d):
		c.add(RuleDPOMissing, path, art)
	case !d.NotApplicable.IsZero():
		if !partyEmpty(&d.Party) {
			c.add(RuleNotApplicableAndItems, path, art)
		}
		if public {
			c.add(RulePublicAuthorityDPO, path+"/notApplicable", "")
		}
	case !hasContact(&d.Party):
		c.add(RuleDPOContact, path, art)
	}
}

// --- Art 26: joint controllers ---

// checkJointControllers checks each statement of joint controllers where it
// is made: the notice's (/jointControllers) and each activity's own
// (/activities/i/jointControllers), which replaces the notice's for that
// activity. Each names its parties (ART26-PARTIES-01) and the essence of the
// arrangement (ART26-ARRANGEMENT-01, Art 26(2)). An activity that has none,
// neither its own nor the notice's, and names a recipient that is a joint
// controller is ART26-ARRANGEMENT-02.
func (c *checker) checkJointControllers() {
	if jc := c.n.JointControllers; jc != nil {
		c.checkJoint(jc, "/jointControllers")
	}
	for _, x := range c.acts {
		if jc := x.a.JointControllers; jc != nil {
			c.checkJoint(jc, x.path+"/jointControllers")
		}
		if x.e.JointControllers != nil || x.e.Recipients == nil {
			continue
		}
		for k, r := range x.e.Recipients.Items {
			if r.Role == notice.RoleJointController {
				c.add(RuleJointRecipient, ptrIndex(x.item("recipients")+"/items", k)+"/role", "")
			}
		}
	}
}

func (c *checker) checkJoint(jc *notice.JointControllers, path string) {
	if len(jc.Parties) == 0 {
		c.add(RuleJointParties, path+"/parties", "")
	}
	for k := range jc.Parties {
		if !named(&jc.Parties[k].Party) {
			c.add(RuleJointParties, ptrIndex(path+"/parties", k)+"/name", "")
		}
	}
	if jc.Arrangement.IsZero() {
		c.add(RuleJointArrangement, path+"/arrangement", "")
	}
}
