package tilt

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/seloste/seloste/notice"
)

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// activities makes one processing activity of each dataDisclosed entry.
func (im *importer) activities() {
	im.byID, im.byCategory = map[string]int{}, map[string]int{}
	for _, d := range im.root.get("dataDisclosed").items() {
		if d.empty() {
			continue
		}
		i := len(im.n.Activities)
		ptr := "/activities/" + strconv.Itoa(i)
		a := notice.Activity{}
		idNode := d.get("_id")
		if s, ok := str(idNode); ok {
			id := strings.ToLower(s)
			if _, dup := im.byID[id]; !dup && idRE.MatchString(id) {
				im.use(idNode)
				a.ID = id
				if id != s {
					im.changed(idNode, ptr+"/id", "written in lower case, as the model's identifiers are")
				}
			}
		}
		if a.ID == "" {
			a.ID = "activity-" + strconv.Itoa(i+1)
			if !idNode.empty() {
				markDone(idNode)
				im.changed(idNode, ptr+"/id", "%s is not a usable identifier (lower-case letters, digits and hyphens, unique); the activity is %q", quoteOr(idNode), a.ID)
			}
		}
		cat, ok := im.text(d.get("category"))
		if !ok {
			cat = a.ID
			im.r.add(Changed, d.ptr, ptr+"/name", "the entry names no category; the activity is named by its identifier")
		} else {
			dc := notice.DataCategory{Name: im.t(cat)}
			for _, s := range d.get("subcategories").items() {
				if t, ok := im.text(s); ok {
					dc.Items = append(dc.Items, im.t(t))
				}
			}
			if s, ok := im.text(d.get("description")); ok {
				dc.Description = im.t(s)
			}
			a.DataCategories = []notice.DataCategory{dc}
			if _, dup := im.byCategory[cat]; !dup {
				im.byCategory[cat] = i
			}
		}
		im.byID[a.ID] = i
		a.Name = im.t(cat)
		im.noPlace(d.get("supercategory"), "the model's data categories are not nested")
		im.purposes(d, &a)
		im.legalBases(d, &a, ptr)
		im.legitimate(d, &a, ptr)
		im.recipients(d, &a)
		im.storage(d, &a)
		im.requirement(d, &a)
		im.n.Activities = append(im.n.Activities, a)
	}
}

func (im *importer) purposes(d *node, a *notice.Activity) {
	for _, p := range d.get("purposes").items() {
		head, hasHead := im.text(p.get("purpose"))
		desc, hasDesc := im.text(p.get("description"))
		switch {
		case hasHead:
			pp := notice.Purpose{Description: im.t(head)}
			if hasDesc {
				pp.Items = []notice.Text{im.t(desc)}
			}
			a.Purposes = append(a.Purposes, pp)
		case hasDesc:
			a.Purposes = append(a.Purposes, notice.Purpose{Description: im.t(desc)})
		}
	}
}

// refs reads a legal reference in TILT's format or in prose, marking it
// used when it names something the model holds.
func (im *importer) refs(n *node) (refs []legalRef, prose string, ok bool) {
	s, has := str(n)
	if !has {
		if !n.empty() {
			im.noPlace(n, "expected a reference, found %s", n.describe())
		}
		return nil, "", false
	}
	refs, code := parseCode(s)
	if !code {
		refs, prose = parseProse(s), s
	}
	if len(refs) == 0 {
		return nil, "", false
	}
	im.use(n)
	return refs, prose, true
}

func joinText(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" && !slices.Contains(keep, p) {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\n\n")
}

func (im *importer) addText(t *notice.Text, s string) {
	if s == "" {
		return
	}
	old, _, _ := t.In(im.lang)
	*t = im.t(joinText(old, s))
}

// legalBases reads an entry's legal bases: each reference becomes codes
// and law references; a law attaches to the basis before it.
func (im *importer) legalBases(d *node, a *notice.Activity, ptr string) {
	type pending struct {
		law *notice.LawRef
		n   *node
	}
	var waiting []pending
	last := -1
	for _, lb := range d.get("legalBases").items() {
		refN, descN := lb.get("reference"), lb.get("description")
		refs, prose, ok := im.refs(refN)
		if !ok {
			if !refN.empty() {
				s, _ := str(refN)
				im.noPlace(refN, "%q names no point of Art 6(1) or 9(2) of the GDPR and no act of the statute table by its abbreviation", s)
				im.noPlace(descN, "describes a legal basis the reference does not name")
			} else if !descN.empty() {
				im.noPlace(descN, "describes a legal basis, but the entry gives no reference to read its code from")
			}
			continue
		}
		desc, _ := im.text(descN)
		words := joinText(prose, desc)
		first := true
		for _, r := range refs {
			switch {
			case r.basis != "":
				a.LegalBases = append(a.LegalBases, notice.LegalBasisClaim{Basis: r.basis})
				j := len(a.LegalBases) - 1
				if first {
					im.addText(&a.LegalBases[j].Description, words)
					first = false
				}
				last = j
				for _, w := range waiting {
					a.LegalBases[j].Laws = append(a.LegalBases[j].Laws, *w.law)
				}
				waiting = nil
			case r.condition != "":
				c := notice.SpecialConditionClaim{Condition: r.condition}
				if first {
					c.Description = im.t(words)
					first = false
				}
				a.SpecialCategoryConditions = append(a.SpecialCategoryConditions, c)
			case r.law != nil:
				if last >= 0 {
					a.LegalBases[last].Laws = append(a.LegalBases[last].Laws, *r.law)
				} else {
					waiting = append(waiting, pending{r.law, refN})
				}
			}
		}
		if first && words != "" {
			// Only laws: their words go with the basis they attach to, if any.
			if last >= 0 {
				im.addText(&a.LegalBases[last].Description, words)
			}
		}
	}
	for _, w := range waiting {
		w.n.done = false
		im.r.Mapped--
		im.noPlace(w.n, "a provision of law with no basis of Art 6(1) in the entry; the model holds law under a legal basis")
	}
}

func (im *importer) legitimate(d *node, a *notice.Activity, ptr string) {
	for _, li := range d.get("legitimateInterests").items() {
		if exists, ok := im.boolean(li.get("exists")); ok && exists {
			if !slices.ContainsFunc(a.LegalBases, func(c notice.LegalBasisClaim) bool { return c.Basis == notice.LegitimateInterests }) {
				a.LegalBases = append(a.LegalBases, notice.LegalBasisClaim{Basis: notice.LegitimateInterests})
				im.changed(li.get("exists"), ptr+"/legalBases", "an existing legitimate interest is read as the legal basis Art 6(1)(f), which the entry's references do not name")
			}
		}
		if s, ok := im.text(li.get("reasoning")); ok {
			im.addText(&a.LegitimateInterests, s)
		}
	}
}

func (im *importer) recipients(d *node, a *notice.Activity) {
	var items []notice.Recipient
	for _, r := range d.get("recipients").items() {
		if r.empty() {
			continue
		}
		var rec notice.Recipient
		name, named := im.text(r.get("name"))
		catN := r.get("category")
		switch {
		case named:
			rec.Name = im.nm(name)
			if s, ok := im.text(catN); ok {
				rec.Purpose = im.t(s)
			}
		default:
			s, ok := im.text(catN)
			if !ok {
				im.noPlace(r, "a recipient with neither name nor category; the model names every recipient")
				continue
			}
			rec.Name, rec.Category = im.nm(s), true
		}
		im.noPlace(r.get("division"), "the model gives a recipient no unit")
		rec.Address = im.lines(r.get("address"))
		rec.Country = im.country(r.get("country"))
		if rep := r.get("representative"); !rep.empty() {
			p := im.party(rep)
			if !p.Name.IsZero() {
				rec.Contacts = []notice.ContactPoint{{Label: notice.Text(p.Name), Email: p.Email, Phone: p.Phone, URL: p.URL, Address: p.Address}}
			} else {
				rec.Email, rec.Phone = p.Email, p.Phone
			}
		}
		items = append(items, rec)
	}
	if len(items) > 0 {
		a.Recipients = &notice.Recipients{Items: items}
	}
}

var ttlRE = regexp.MustCompile(`^P(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T\d+H)?$`)

func (im *importer) storage(d *node, a *notice.Activity) {
	for _, s := range d.get("storage").items() {
		start := len(a.Retention)
		temporal := s.get("temporal").items()
		periods := 0
		for _, t := range temporal {
			var ret notice.Retention
			if ttl := t.get("ttl"); !ttl.empty() {
				v, _ := str(ttl)
				p, err := notice.ParseDuration(v)
				if err != nil || !ttlRE.MatchString(v) {
					im.noPlace(ttl, "%s is not a period of whole years, months, weeks, days or hours, the units the model holds", quoteOr(ttl))
				} else {
					im.use(ttl)
					ret.Period = p
					periods++
				}
			}
			if c, ok := im.text(t.get("description")); ok {
				ret.Criteria = im.t(c)
			}
			if !ret.Period.IsZero() || !ret.Criteria.IsZero() {
				a.Retention = append(a.Retention, ret)
			}
		}
		for _, pc := range s.get("purposeConditional").items() {
			if c, ok := im.text(pc); ok {
				a.Retention = append(a.Retention, notice.Retention{Criteria: im.t(c)})
			}
		}
		if pc := s.get("purposeConditional"); pc != nil && pc.kind == '"' {
			if c, ok := im.text(pc); ok {
				a.Retention = append(a.Retention, notice.Retention{Criteria: im.t(c)})
			}
		}
		if c, ok := im.text(s.get("description")); ok {
			a.Retention = append(a.Retention, notice.Retention{Criteria: im.t(c)})
		}
		var laws []notice.LawRef
		for _, lb := range s.get("legalBasisConditional").items() {
			refs, _, ok := im.refs(lb)
			if !ok {
				v, _ := str(lb)
				im.noPlace(lb, "%q names no act of the statute table by its abbreviation", v)
				continue
			}
			for _, r := range refs {
				if r.law == nil {
					lb.done = false
					im.r.Mapped--
					im.noPlace(lb, "names a legal basis of processing, not the law that sets the period")
					break
				}
				laws = append(laws, *r.law)
			}
		}
		if len(laws) > 0 {
			if start == len(a.Retention) {
				a.Retention = append(a.Retention, notice.Retention{})
			}
			a.Retention[start].Laws = laws
		}
		if agg := s.get("aggregationFunction"); !agg.empty() {
			if periods <= 1 && agg.kind == '"' {
				im.use(agg) // one period or none: the aggregate is the period itself
			} else {
				im.noPlace(agg, "the model does not combine several periods into one; each of the %d is given as it is", periods)
			}
		}
	}
}

func (im *importer) requirement(d *node, a *notice.Activity) {
	nd := d.get("nonDisclosure")
	if nd.empty() {
		return
	}
	legal, hasLegal := im.boolean(nd.get("legalRequirement"))
	contract, hasContract := im.boolean(nd.get("contractualRegulation"))
	obliged, hasObliged := im.boolean(nd.get("obligationToProvide"))
	cons, hasCons := im.text(nd.get("consequences"))
	var items []notice.RequirementInfo
	if legal {
		items = append(items, notice.RequirementInfo{Kind: notice.Statutory})
	}
	if contract {
		items = append(items, notice.RequirementInfo{Kind: notice.Contractual})
	}
	if hasLegal && hasContract && hasObliged && !legal && !contract && !obliged {
		items = append(items, notice.RequirementInfo{Kind: notice.NotRequired})
	}
	if len(items) == 0 && (obliged || hasCons) {
		items = append(items, notice.RequirementInfo{})
	}
	if len(items) == 0 {
		return
	}
	items[0].Obliged = obliged
	if hasCons {
		items[0].Consequences = im.t(cons)
	}
	a.Requirement = &notice.Requirements{Items: items}
}

// transfers reads the notice's transfers to third countries.
func (im *importer) transfers() {
	var items []notice.Transfer
	for _, t := range im.root.get("thirdCountryTransfers").items() {
		if t.empty() {
			continue
		}
		var tr notice.Transfer
		if c := im.country(t.get("country")); c != "" {
			tr.Countries = []string{c}
		}
		flag := func(key string) (bool, *node) {
			o := t.get(key)
			v, _ := im.boolean(o.get("available"))
			return v, o
		}
		if ok, o := flag("adequacyDecision"); ok {
			tr.Mechanisms = append(tr.Mechanisms, notice.AdequacyDecision)
			if s, ok := im.text(o.get("description")); ok {
				tr.AdequacyCoverage = im.t(s)
			}
		} else if s, ok := im.text(o.get("description")); ok {
			tr.AdequacyCoverage = im.t(s)
		}
		if ok, o := flag("standardDataProtectionClause"); ok {
			tr.Mechanisms = append(tr.Mechanisms, notice.StandardClausesCommission)
			if s, ok := im.text(o.get("description")); ok {
				tr.CopyAt = im.t(s)
			}
		} else if s, ok := im.text(o.get("description")); ok {
			tr.CopyAt = im.t(s)
		}
		g := t.get("appropriateGuarantees")
		if v := g.get("available"); v != nil && v.kind == 't' {
			im.noPlace(v, "the model names an Art 46 safeguard by its code, and TILT does not say which")
		} else {
			im.boolean(v)
		}
		if s, ok := im.text(g.get("description")); ok {
			tr.Safeguards = im.t(s)
		}
		e := t.get("presenceOfEnforceableRightsAndEffectiveRemedies")
		if v := e.get("available"); v != nil && v.kind == 't' {
			im.noPlace(v, "the model does not record the Art 46(1) condition of enforceable rights and effective remedies")
		} else {
			im.boolean(v)
		}
		im.noPlace(e.get("description"), "the model does not record the Art 46(1) condition of enforceable rights and effective remedies")
		if len(tr.Countries) == 0 && len(tr.Mechanisms) == 0 && tr.AdequacyCoverage.IsZero() && tr.CopyAt.IsZero() && tr.Safeguards.IsZero() {
			continue
		}
		items = append(items, tr)
	}
	if len(items) > 0 {
		im.n.Transfers = &notice.Transfers{Items: items}
	}
}

// rightObjects are TILT's objects of rights, in the order the model lists
// the rights they map to.
var rightObjects = []struct {
	key    string
	rights []notice.Right
}{
	{"rightToInformation", []notice.Right{notice.RightAccess}},
	{"accessAndDataPortability", []notice.Right{notice.RightAccess}},
	{"rightToRectificationOrDeletion", []notice.Right{notice.RightRectification, notice.RightErasure}},
	{"rightToDataPortability", []notice.Right{notice.RightPortability}},
	{"rightToWithdrawConsent", []notice.Right{notice.RightWithdrawConsent}},
	{"rightToComplain", []notice.Right{notice.RightComplaint}},
}

func (im *importer) rights() {
	var items []notice.RightInfo
	for _, ro := range rightObjects {
		o := im.root.get(ro.key)
		if o.empty() {
			continue
		}
		info := notice.RightInfo{}
		avail, hasAvail := im.boolean(o.get("available"))
		desc, hasDesc := im.text(o.get("description"))
		var how []string
		if u := o.get("url"); !u.empty() {
			if s, ok := im.url(u); ok {
				how = append(how, s)
			}
		}
		if e := im.email(o.get("email")); e != "" {
			how = append(how, e)
		}
		if len(how) > 0 {
			info.HowToExercise = im.t(strings.Join(how, "\n"))
		}
		im.noPlace(o.get("identificationEvidences"), "the model has no field for the evidence of identity asked of the data subject")
		im.noPlace(o.get("administrativeFee"), "the model has no field for a fee for copies (Art 15(3))")
		im.noPlace(o.get("dataFormats"), "the model has no field for the formats the data are provided in")
		if sa := o.get("supervisoryAuthority"); !sa.empty() {
			p := im.party(sa)
			if !p.Name.IsZero() || p.Email != "" || len(p.Address) > 0 || p.URL != "" {
				im.n.SupervisoryAuthorities = []notice.SupervisoryAuthority{{Party: p}}
			}
		}
		switch {
		case hasAvail && !avail && hasDesc:
			info.NotApplicable = im.t(desc)
		case hasAvail && !avail:
			o.get("available").done = false
			im.r.Mapped--
			im.noPlace(o.get("available"), "the model says that a right does not apply in the notice's words, and TILT gives only false")
			if info.HowToExercise.IsZero() {
				continue
			}
		case hasDesc:
			info.Description = im.t(desc)
		case !hasAvail && info.HowToExercise.IsZero():
			continue
		}
		for _, r := range ro.rights {
			j := slices.IndexFunc(items, func(x notice.RightInfo) bool { return x.Right == r })
			if j < 0 {
				x := info
				x.Right = r
				items = append(items, x)
				continue
			}
			// A second object for the same right: join its words with the first's.
			im.addText(&items[j].Description, textIn(info.Description, im))
			im.addText(&items[j].NotApplicable, textIn(info.NotApplicable, im))
			im.addText(&items[j].HowToExercise, textIn(info.HowToExercise, im))
			if !info.Description.IsZero() || !info.NotApplicable.IsZero() || !info.HowToExercise.IsZero() {
				im.r.add(Changed, o.ptr, "/rights/items/"+strconv.Itoa(j), "joined with the statement of the same right (%s) before it", r)
			}
		}
	}
	if len(items) > 0 {
		im.n.Rights = &notice.Rights{Items: items}
	}
}

func textIn(t notice.Text, im *importer) string {
	s, _, _ := t.In(im.lang)
	return s
}

// sources reads the Art 14 sources, each into the activity whose data
// category or _id the entry names.
func (im *importer) sources() {
	for _, e := range im.root.get("sources").items() {
		if e.empty() {
			continue
		}
		target := -1
		if id, ok := str(e.get("_id")); ok {
			if i, found := im.byID[strings.ToLower(id)]; found {
				target = i
				im.use(e.get("_id"))
			}
		}
		catN := e.get("dataCategory")
		cat, hasCat := str(catN)
		if i, found := im.byCategory[cat]; found && hasCat && (target < 0 || target == i) {
			target = i
			im.use(catN)
		}
		var items []notice.Source
		for _, s := range e.get("sources").items() {
			desc, ok := im.text(s.get("description"))
			if !ok {
				im.noPlace(s, "a source with no description; the model describes every source")
				continue
			}
			src := notice.Source{Kind: notice.SourceOther, Description: im.t(desc)}
			if pub, ok := im.boolean(s.get("publiclyAvailable")); ok && pub {
				src.Kind = notice.SourcePublic
			}
			im.noPlace(s.get("url"), "the model gives a source no web address")
			im.noPlace(s.get("category"), "the model gives a source no category")
			items = append(items, src)
		}
		switch {
		case len(items) == 0 && hasCat && !catN.done:
			// No source of its own: the category names the source, as the corpus writes it.
			im.use(catN)
			items = append(items, notice.Source{Kind: notice.SourceOther, Description: im.t(cat)})
			im.changed(catN, "/sources", "the entry names no source of its own and no data category of the document; its data category is read as the source's description")
		case len(items) > 0 && hasCat && !catN.done:
			im.noPlace(catN, "names no data category of the document (no dataDisclosed entry has this category)")
		}
		if len(items) == 0 {
			continue
		}
		im.noPlace(e.get("_id"), "names no dataDisclosed entry")
		var dst **notice.Sources
		if target >= 0 {
			dst = &im.n.Activities[target].Sources
		} else {
			dst = &im.n.Sources
		}
		if *dst == nil {
			*dst = &notice.Sources{}
		}
		(*dst).Items = append((*dst).Items, items...)
	}
}

func (im *importer) automated() {
	a := im.root.get("automatedDecisionMaking")
	if a.empty() {
		return
	}
	var ad notice.AutomatedDecisions
	inUse, has := im.boolean(a.get("inUse"))
	logic, hasLogic := im.text(a.get("logicInvolved"))
	scope, hasScope := im.text(a.get("scopeAndIntendedEffects"))
	if hasLogic {
		ad.Logic = im.t(logic)
	}
	if hasScope {
		ad.Consequences = im.t(scope)
	}
	switch {
	case has && inUse:
		ad.LegalEffect = true
	case has && !inUse:
		if !hasLogic && !hasScope {
			a.get("inUse").done = false
			im.r.Mapped--
			im.noPlace(a.get("inUse"), "the model says that there is no automated decision-making in the notice's words, and TILT gives only false")
			return
		}
		ad.NotApplicable = im.t(joinText(logic, scope))
		ad.Logic, ad.Consequences = nil, nil
		im.changed(a, "/automatedDecisions/notApplicable", "not in use: the logic and effects given are read as the notice's words on why")
	}
	im.n.AutomatedDecisions = &ad
}

func (im *importer) changes() {
	for _, c := range im.root.get("changesOfPurpose").items() {
		if c.empty() {
			continue
		}
		desc, ok := im.text(c.get("description"))
		if !ok {
			im.noPlace(c, "a change with no description; the model describes every change")
			continue
		}
		ch := notice.Change{Description: im.t(desc)}
		ch.Date = im.date(c.get("plannedDateOfChange"), "/changes/"+strconv.Itoa(len(im.n.Changes))+"/date")
		im.noPlace(c.get("affectedDataCategories"), "the model's change log does not name the data a change affects")
		im.noPlace(c.get("urlOfNewVersion"), "the model's change log gives no address of a new version")
		im.n.Changes = append(im.n.Changes, ch)
	}
}

var _ = fmt.Sprint
