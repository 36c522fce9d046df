package tilt

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// Stand-ins the exporter writes where TILT's schema requires a value of a
// form the notice does not give, and which the importer reads back as
// saying nothing. Each is listed in the export report as filled.
const (
	// unknownCountry is CLDR's code for an unknown region, of the form
	// TILT's country fields require.
	unknownCountry = "ZZ"
	// unknownEmail is an address in the top-level domain that RFC 2606
	// reserves for names that must never resolve.
	unknownEmail = "unknown@invalid"
)

// Options configure [Export]. The zero value is ready to use.
type Options struct {
	// Date is the date written as the TILT document's creation date where
	// the notice gives no date at all (prepared, published, effective or
	// updated); the zero Date means the day of the export (UTC).
	Date notice.Date
}

// A Document is one TILT document written from a notice, in one of its
// languages, with the report of what it does not hold.
type Document struct {
	// Language is the document's language, one of the notice's.
	Language language.Tag
	// JSON is the document, indented by two spaces, ending in a newline.
	JSON []byte
	// Report lists every value of the notice that TILT cannot hold
	// (NoPlace), holds in another form (Changed), and every value TILT
	// requires that the notice does not state (Filled).
	Report *Report
}

// Export writes n as TILT documents, one per language of the notice, in the
// order of n.Languages. Each is valid against TILT's JSON Schema (draft-07,
// formats asserted). TILT has no processing activities: each data category
// of each activity becomes a dataDisclosed entry with the activity's
// purposes, legal bases, recipients, retention and requirement that cover
// it; an activity without data categories makes one entry named by the
// activity. What TILT cannot hold is in each document's report: joint
// controllers, the Art 27 representative, identifiers, further contact
// points, scopes by purpose or group, the rights to information, to
// restriction, to object and on automated decisions, Art 49 derogations
// and the Art 46 safeguards other than standard clauses, qualified and
// open-ended retention, negative statements, codes of conduct, cookies,
// free sections, and the like.
//
// Where TILT's schema requires a value the notice does not state, the
// document holds a stand-in the importer reads back as saying nothing: ""
// for a text, "ZZ" (unknown region) for a country, "unknown@invalid" for
// an e-mail address, false for the Art 13(2)(e) flags; each is in the
// report as filled.
func Export(n *notice.Notice, opts Options) ([]Document, error) {
	out := make([]Document, 0, len(n.Languages))
	for _, l := range n.Languages {
		d, err := ExportLanguage(n, l, opts)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, nil
}

// ExportLanguage writes the TILT document of n in the language lang, which
// need not be one of the notice's (texts missing in it fall back to the
// original language, as the report says). It returns an error for a
// language that has no ISO 639-1 code, which TILT requires.
func ExportLanguage(n *notice.Notice, lang language.Tag, opts Options) (Document, error) {
	base, _ := lang.Base()
	if !iso639.MatchString(base.String()) {
		return Document{}, fmt.Errorf("tilt: language %s has no ISO 639-1 code, which a TILT document needs", lang)
	}
	x := &exporter{n: n, lang: lang, orig: n.Original(), r: &Report{Language: base.String()}, used: map[string]bool{}, opts: opts}
	doc := x.document()
	x.required(doc)
	x.sweep()
	x.r.Mapped = len(x.used)
	data, err := marshal(doc)
	if err != nil {
		return Document{}, err
	}
	return Document{Language: lang, JSON: data, Report: x.r}, nil
}

type exporter struct {
	n          *notice.Notice
	lang, orig language.Tag
	r          *Report
	used       map[string]bool
	opts       Options
}

func (x *exporter) mark(ptrs ...string) {
	for _, p := range ptrs {
		x.used[p] = true
	}
}

// text returns t in the document's language, or in the original language
// where it has no text in it, which the report says.
func (x *exporter) text(t notice.Text, ptr, tiltPtr string) string {
	if t.IsZero() {
		return ""
	}
	x.mark(ptr)
	s, tag, _ := t.In(x.lang, x.orig)
	if tag != x.lang {
		if s == "" {
			s, tag, _ = notice.Name(t).In(x.lang)
		}
		x.r.add(Changed, tiltPtr, ptr, "no text in %s: the text in %s is written", x.lang, tag)
	}
	return s
}

// name returns a name in the document's language or as given.
func (x *exporter) name(nm notice.Name, ptr string) string {
	if nm.IsZero() {
		return ""
	}
	x.mark(ptr)
	s, _, _ := nm.In(x.lang, x.orig)
	return s
}

func (x *exporter) lines(ls []notice.Name, ptr string) string {
	var out []string
	for i, l := range ls {
		if s := x.name(l, ptr+"/"+strconv.Itoa(i)); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, "\n")
}

var phoneRE = regexp.MustCompile(`^[+]*[(]{0,1}[0-9]{1,4}[)]{0,1}[-\s\./0-9]*$`)

// phone returns a telephone number of the form TILT's schema requires, or
// "" (and the number is reported as having no place).
func (x *exporter) phone(s, ptr string) string {
	if s == "" || !phoneRE.MatchString(s) {
		return ""
	}
	x.mark(ptr)
	return s
}

// email returns an address TILT's format check accepts, or "".
func (x *exporter) email(s, ptr string) string {
	if a, err := mail.ParseAddress(s); s == "" || err != nil || a.Address != s {
		return ""
	}
	x.mark(ptr)
	return s
}

func (x *exporter) filled(tiltPtr, format string, args ...any) {
	x.r.add(Filled, tiltPtr, "", format, args...)
}

func (x *exporter) changed(ptr, tiltPtr, format string, args ...any) {
	x.mark(ptr)
	x.r.add(Changed, tiltPtr, ptr, format, args...)
}

func (x *exporter) document() *document {
	d := &document{}
	x.meta(&d.Meta)
	x.controller(&d.Controller)
	x.dpo(&d.DPO)
	effs := x.n.EffectiveActivities()
	d.DataDisclosed, d.Sources = []disclosed{}, []sourceEntry{}
	for i := range effs {
		x.activity(&effs[i], d)
	}
	d.ThirdCountryTransfers = x.transfers(effs)
	x.rights(d, effs)
	d.AutomatedDecisionMaking = x.automated()
	d.ChangesOfPurpose = []change{}
	for i, c := range x.n.Changes {
		p := "/changes/" + strconv.Itoa(i)
		ch := change{Description: x.text(c.Description, p+"/description", "/changesOfPurpose/"+strconv.Itoa(i)+"/description"), AffectedDataCategories: []string{}}
		if !c.Date.IsZero() {
			x.mark(p + "/date")
			ch.PlannedDateOfChange = c.Date.String()
		}
		d.ChangesOfPurpose = append(d.ChangesOfPurpose, ch)
	}
	return d
}

func (x *exporter) meta(m *meta) {
	n := x.n
	m.Name = x.text(n.Title, "/title", "/meta/name")
	m.Language = x.r.Language
	x.mark("/schemaVersion")
	if len(n.Languages) > 1 {
		x.changed("/languages", "/meta/language", "a TILT document is in one language: this one holds the texts in %s", x.lang)
	} else {
		x.mark("/languages")
	}
	m.URL = n.URL
	x.mark("/url")
	m.Status = "active"
	created := ""
	for _, c := range []struct {
		d   notice.Date
		ptr string
	}{{n.Prepared, "/prepared"}, {n.Published, "/published"}, {n.Effective, "/effective"}, {n.Updated, "/updated"}} {
		if !c.d.IsZero() {
			created = c.d.String()
			if c.ptr != "/prepared" {
				x.changed(c.ptr, "/meta/created", "the notice gives no date it was prepared; its %s date is the document's creation date", strings.TrimPrefix(c.ptr, "/"))
			} else {
				x.mark(c.ptr)
			}
			break
		}
	}
	if created == "" {
		d := x.opts.Date
		if d.IsZero() {
			now := time.Now().UTC()
			d = notice.NewDate(now.Year(), now.Month(), now.Day())
		}
		created = d.String()
		x.filled("/meta/created", "the notice gives no date; the date of the export, %s, is written", created)
	}
	m.Created, m.Modified = created, created
	if !n.Updated.IsZero() {
		x.mark("/updated")
		m.Modified = n.Updated.String()
	} else {
		x.filled("/meta/modified", "the notice gives no date of its last update; the creation date is written")
	}
	m.Version = 1
	if v, err := strconv.Atoi(n.Version); err == nil && v >= 0 && strconv.Itoa(v) == n.Version {
		m.Version = v
		x.mark("/version")
	} else {
		x.filled("/meta/version", "TILT's version is a whole number; 1 is written")
	}
	h := sha256.Sum256([]byte(fmt.Sprint(x.lang, "\x00", m.Name, "\x00", m.URL, "\x00", m.Created)))
	id := hex.EncodeToString(h[:16])
	m.ID = id[0:8] + "-" + id[8:12] + "-" + id[12:16] + "-" + id[16:20] + "-" + id[20:32]
}

func (x *exporter) country(c, ptr, tiltPtr string) string {
	if c != "" {
		x.mark(ptr)
		return c
	}
	x.filled(tiltPtr, "TILT requires a country, and the notice gives none; %q (unknown region) is written", unknownCountry)
	return unknownCountry
}

func (x *exporter) controller(c *controller) {
	p := x.n.Controller
	if p == nil {
		p = &notice.Party{}
	}
	c.Name = x.name(p.Name, "/controller/name")
	c.Division = x.name(p.Unit, "/controller/unit")
	c.Address = x.lines(p.Address, "/controller/address")
	c.Country = x.country(p.Country, "/controller/country", "/controller/country")
	if len(x.n.ContactPersons) > 0 {
		cp := x.n.ContactPersons[0]
		c.Representative.Name = x.name(cp.Name, "/contactPersons/0/name")
		c.Representative.Email = x.email(cp.Email, "/contactPersons/0/email")
		c.Representative.Phone = x.phone(cp.Phone, "/contactPersons/0/phone")
	} else {
		c.Representative.Email = x.email(p.Email, "/controller/email")
		c.Representative.Phone = x.phone(p.Phone, "/controller/phone")
	}
	if c.Representative.Email == "" {
		c.Representative.Email = unknownEmail
		x.filled("/controller/representative/email", "TILT requires an e-mail address of the controller's representative, and the notice gives none; %q is written", unknownEmail)
	}
}

func (x *exporter) dpo(d *dpo) {
	p := notice.Party{}
	if x.n.DPO != nil {
		p = x.n.DPO.Party
	}
	d.Name = x.name(p.Name, "/dpo/name")
	d.Address = x.lines(p.Address, "/dpo/address")
	d.Country = x.country(p.Country, "/dpo/country", "/dataProtectionOfficer/country")
	d.Email = x.email(p.Email, "/dpo/email")
	if d.Email == "" {
		d.Email = unknownEmail
		x.filled("/dataProtectionOfficer/email", "TILT requires the data protection officer's e-mail address, and the notice gives none; %q is written", unknownEmail)
	}
	d.Phone = x.phone(p.Phone, "/dpo/phone")
}

// covers reports whether a statement with scope s applies to the data
// category c (IDs as the activity gives them); a scope by purposes or
// groups only is reported as lost by the caller.
func covers(s notice.Scope, c *notice.DataCategory) bool {
	if len(s.DataCategories) == 0 {
		return true
	}
	return c != nil && c.ID != "" && slices.Contains(s.DataCategories, c.ID)
}

// scope reports the data categories a scope names as held in another
// form: TILT places the statement under each data category's own entry,
// and neither the scope nor the category's ID comes back as such. The rest
// of the scope is left for the sweep.
func (x *exporter) scope(s notice.Scope, ptr string) {
	for i, id := range s.DataCategories {
		p := ptr + "/scope/dataCategories/" + strconv.Itoa(i)
		if !x.used[p] {
			x.changed(p, "/dataDisclosed", "the statement is written under the entry of data category %q; the scope itself does not come back", id)
		}
		if a, ok := activityOf(ptr); ok && a < len(x.n.Activities) {
			for k, c := range x.n.EffectiveActivity(a).DataCategories {
				cp := "/activities/" + strconv.Itoa(a) + "/dataCategories/" + strconv.Itoa(k) + "/id"
				if c.ID == id && !x.used[cp] {
					x.changed(cp, "/dataDisclosed", "the data category's ID places scoped statements under its entry; the ID itself does not come back")
				}
			}
		}
	}
}

// activityOf returns i when ptr is below /activities/i.
func activityOf(ptr string) (int, bool) {
	rest, ok := strings.CutPrefix(ptr, "/activities/")
	if !ok {
		return 0, false
	}
	num, _, _ := strings.Cut(rest, "/")
	i, err := strconv.Atoi(num)
	return i, err == nil
}

func (x *exporter) activity(e *notice.EffectiveActivity, d *document) {
	ap := "/activities/" + strconv.Itoa(e.Index)
	cats := e.DataCategories
	var catPtrs []*notice.DataCategory
	for k := range cats {
		catPtrs = append(catPtrs, &cats[k])
	}
	if len(catPtrs) == 0 {
		catPtrs = []*notice.DataCategory{nil}
	}
	if len(catPtrs) > 1 {
		x.changed(ap+"/id", "/dataDisclosed", "TILT has no processing activities: the activity's %d data categories make %d entries, %s-1 to %s-%d", len(catPtrs), len(catPtrs), e.ID, e.ID, len(catPtrs))
	} else {
		x.mark(ap + "/id")
	}
	for k, c := range catPtrs {
		i := len(d.DataDisclosed)
		tp := "/dataDisclosed/" + strconv.Itoa(i)
		id := e.ID
		if len(catPtrs) > 1 {
			id += "-" + strconv.Itoa(k+1)
		}
		dd := disclosed{ID: id}
		if c == nil {
			dd.Category = x.text(e.Name, ap+"/name", tp+"/category")
			x.changed(ap+"/name", tp+"/category", "TILT has no processing activities, and this one lists no data categories: its name stands as the category")
		} else {
			dd.Category = x.text(c.Name, ap+"/dataCategories/"+strconv.Itoa(k)+"/name", tp+"/category")
		}
		dd.Purposes = []purpose{}
		for j, p := range e.Purposes {
			pp := e.Pointer("purposes") + "/" + strconv.Itoa(j)
			pu := purpose{Purpose: x.text(p.Description, pp+"/description", tp+"/purposes/"+strconv.Itoa(j)+"/purpose")}
			var items []string
			for m, it := range p.Items {
				items = append(items, x.text(it, pp+"/items/"+strconv.Itoa(m), tp+"/purposes/"+strconv.Itoa(j)+"/description"))
			}
			pu.Description = strings.Join(items, "\n")
			if len(items) > 1 {
				x.changed(pp+"/items", tp+"/purposes/"+strconv.Itoa(j)+"/description", "TILT's purpose has one description: the %d items are joined, one per line", len(items))
			}
			dd.Purposes = append(dd.Purposes, pu)
		}
		x.legalBases(e, c, &dd, tp)
		x.recipients(e, c, &dd)
		x.storage(e, c, &dd, tp)
		x.requirement(e, c, &dd, tp)
		d.DataDisclosed = append(d.DataDisclosed, dd)
		x.sources(e, c, id, dd.Category, d)
	}
}

func (x *exporter) legalBases(e *notice.EffectiveActivity, c *notice.DataCategory, dd *disclosed, tp string) {
	dd.LegalBases = []legalBasis{}
	fBasis := false
	lp := e.Pointer("legalBases")
	for j, b := range e.LegalBases {
		if !covers(b.Scope, c) {
			continue
		}
		bp := lp + "/" + strconv.Itoa(j)
		x.scope(b.Scope, bp)
		x.mark(bp + "/basis")
		fBasis = fBasis || b.Basis == notice.LegitimateInterests
		ref := "GDPR-" + strings.NewReplacer("Art ", "", "(", "-", ")", "").Replace(b.Basis.Article())
		dd.LegalBases = append(dd.LegalBases, legalBasis{Reference: ref, Description: x.text(b.Description, bp+"/description", tp+"/legalBases")})
		for m, l := range b.Laws {
			if code, ok := lawCode(l, x.n.LawJurisdiction(l)); ok {
				x.mark(bp + "/laws/" + strconv.Itoa(m))
				dd.LegalBases = append(dd.LegalBases, legalBasis{Reference: code})
			}
		}
	}
	for j, s := range e.SpecialCategoryConditions {
		if !covers(s.Scope, c) {
			continue
		}
		sp := "/activities/" + strconv.Itoa(e.Index) + "/specialCategoryConditions/" + strconv.Itoa(j)
		x.scope(s.Scope, sp)
		x.mark(sp + "/condition")
		ref := "GDPR-" + strings.NewReplacer("Art ", "", "(", "-", ")", "").Replace(s.Condition.Article())
		dd.LegalBases = append(dd.LegalBases, legalBasis{Reference: ref, Description: x.text(s.Description, sp+"/description", tp+"/legalBases")})
	}
	switch li := e.LegitimateInterests; {
	case !li.IsZero():
		dd.LegitimateInterests = []legitimateInterest{{Exists: ptrTo(true), Reasoning: x.text(li, e.Pointer("legitimateInterests"), tp+"/legitimateInterests/0/reasoning")}}
	case fBasis:
		dd.LegitimateInterests = []legitimateInterest{{Exists: ptrTo(true)}}
	case len(e.LegalBases) > 0:
		dd.LegitimateInterests = []legitimateInterest{{Exists: ptrTo(false)}}
	default:
		dd.LegitimateInterests = []legitimateInterest{}
	}
}

func ptrTo[T any](v T) *T { return &v }

func (x *exporter) recipients(e *notice.EffectiveActivity, c *notice.DataCategory, dd *disclosed) {
	dd.Recipients = []recipient{}
	if e.Recipients == nil {
		return
	}
	rp := e.Pointer("recipients") + "/items"
	for j, r := range e.Recipients.Items {
		if !covers(r.Scope, c) {
			continue
		}
		p := rp + "/" + strconv.Itoa(j)
		x.scope(r.Scope, p)
		tp := "/dataDisclosed/" + strconv.Itoa(0) // pointers into the entry are given by the caller's index below
		_ = tp
		var out recipient
		if r.Category {
			x.mark(p + "/category")
			out.Category = x.name(r.Name, p+"/name")
		} else {
			out.Name = x.name(r.Name, p+"/name")
			out.Category = x.text(r.Purpose, p+"/purpose", "")
			out.Address = x.lines(r.Address, p+"/address")
			if r.Country != "" {
				x.mark(p + "/country")
				out.Country = r.Country
			}
			var rep representative
			if len(r.Contacts) > 0 && !r.Contacts[0].Label.IsZero() {
				cp := p + "/contacts/0"
				rep.Name = x.text(r.Contacts[0].Label, cp+"/label", "")
				rep.Email = x.email(r.Contacts[0].Email, cp+"/email")
				rep.Phone = x.phone(r.Contacts[0].Phone, cp+"/phone")
			} else {
				rep.Email = x.email(r.Email, p+"/email")
				rep.Phone = x.phone(r.Phone, p+"/phone")
			}
			if rep != (representative{}) {
				out.Representative = &rep
			}
		}
		dd.Recipients = append(dd.Recipients, out)
	}
}

func (x *exporter) storage(e *notice.EffectiveActivity, c *notice.DataCategory, dd *disclosed, tp string) {
	dd.Storage = []storage{}
	rp := e.Pointer("retention")
	for j, r := range e.Retention {
		if !covers(r.Scope, c) {
			continue
		}
		p := rp + "/" + strconv.Itoa(j)
		x.scope(r.Scope, p)
		s := storage{Temporal: []temporal{}, PurposeConditional: []string{}, LegalBasisConditional: []string{}, AggregationFunction: "max"}
		sp := tp + "/storage/" + strconv.Itoa(len(dd.Storage))
		criteria := x.text(r.Criteria, p+"/criteria", sp)
		if !r.Period.IsZero() {
			x.mark(p + "/period")
			per := r.Period
			if per.Weeks > 0 {
				per.Days += 7 * per.Weeks
				per.Weeks = 0
				x.changed(p+"/period", sp+"/temporal/0/ttl", "TILT's periods have no weeks: %s is written %s", r.Period, per)
			}
			s.Temporal = append(s.Temporal, temporal{Description: criteria, TTL: per.String()})
		} else if criteria != "" {
			s.PurposeConditional = append(s.PurposeConditional, criteria)
		}
		for m, l := range r.Laws {
			if code, ok := lawCode(l, x.n.LawJurisdiction(l)); ok {
				x.mark(p + "/laws/" + strconv.Itoa(m))
				s.LegalBasisConditional = append(s.LegalBasisConditional, code)
			}
		}
		if len(s.Temporal)+len(s.PurposeConditional)+len(s.LegalBasisConditional) == 0 {
			continue
		}
		dd.Storage = append(dd.Storage, s)
	}
}

func (x *exporter) requirement(e *notice.EffectiveActivity, c *notice.DataCategory, dd *disclosed, tp string) {
	var nd nonDisclosure
	var cons []string
	found := false
	if e.Requirement != nil {
		rp := e.Pointer("requirement") + "/items"
		for j, it := range e.Requirement.Items {
			if !covers(it.Scope, c) {
				continue
			}
			p := rp + "/" + strconv.Itoa(j)
			x.scope(it.Scope, p)
			found = true
			switch it.Kind {
			case notice.Statutory:
				nd.LegalRequirement = true
				x.mark(p + "/kind")
			case notice.Contractual:
				nd.ContractualRegulation = true
				x.mark(p + "/kind")
			case notice.ContractPrerequisite:
				nd.ContractualRegulation = true
				x.changed(p+"/kind", tp+"/nonDisclosure/contractualRegulation", "TILT does not tell a requirement to enter into a contract from a contractual one: contractualRegulation is true")
			case notice.NotRequired:
				x.mark(p + "/kind")
			}
			if it.Obliged {
				nd.ObligationToProvide = true
				x.mark(p + "/obliged")
			}
			if s := x.text(it.Consequences, p+"/consequences", tp+"/nonDisclosure/consequences"); s != "" {
				cons = append(cons, s)
			}
		}
	}
	if len(cons) > 1 {
		x.changed(e.Pointer("requirement")+"/items", tp+"/nonDisclosure/consequences", "TILT gives one text of consequences: those of %d statements are joined", len(cons))
	}
	nd.Consequences = strings.Join(cons, "\n\n")
	if !found {
		x.filled(tp+"/nonDisclosure", "TILT requires the Art 13(2)(e) flags, and the notice does not state them for these data; false is written")
	}
	dd.NonDisclosure = nd
}

func (x *exporter) sources(e *notice.EffectiveActivity, c *notice.DataCategory, id, category string, d *document) {
	if e.Sources == nil {
		return
	}
	var items []sourceItem
	sp := e.Pointer("sources") + "/items"
	for j, s := range e.Sources.Items {
		if !s.Kind.IsArt14() || !covers(s.Scope, c) {
			continue
		}
		p := sp + "/" + strconv.Itoa(j)
		x.scope(s.Scope, p)
		x.mark(p + "/kind")
		items = append(items, sourceItem{Description: x.text(s.Description, p+"/description", "/sources"), PubliclyAvailable: s.Kind == notice.SourcePublic})
	}
	if len(items) > 0 {
		d.Sources = append(d.Sources, sourceEntry{ID: id, DataCategory: category, Sources: items})
	}
}

func (x *exporter) transfers(effs []notice.EffectiveActivity) []transfer {
	out := []transfer{}
	seen := map[string]bool{}
	for i := range effs {
		e := &effs[i]
		if e.Transfers == nil {
			continue
		}
		tp := e.Pointer("transfers") + "/items"
		for j, t := range e.Transfers.Items {
			p := tp + "/" + strconv.Itoa(j)
			if seen[p] {
				continue
			}
			seen[p] = true
			if !e.Inherited("transfers") && len(effs) > 1 {
				x.changed(p, "/thirdCountryTransfers", "TILT's transfers are the document's: this activity's transfer is written as one of them")
			}
			x.scope(t.Scope, p)
			var base transfer
			tt := "/thirdCountryTransfers/" + strconv.Itoa(len(out))
			if slices.Contains(t.Mechanisms, notice.AdequacyDecision) {
				x.mark(p + "/mechanisms/" + strconv.Itoa(slices.Index(t.Mechanisms, notice.AdequacyDecision)))
				base.AdequacyDecision = &flagged{Available: ptrTo(true)}
			}
			if s := x.text(t.AdequacyCoverage, p+"/adequacyCoverage", tt+"/adequacyDecision/description"); s != "" {
				if base.AdequacyDecision == nil {
					base.AdequacyDecision = &flagged{}
				}
				base.AdequacyDecision.Description = s
			}
			if k := slices.Index(t.Mechanisms, notice.StandardClausesCommission); k >= 0 {
				x.mark(p + "/mechanisms/" + strconv.Itoa(k))
				base.StandardDataProtectionClause = &flagged{Available: ptrTo(true)}
			}
			if s := x.text(t.CopyAt, p+"/copyAt", tt+"/standardDataProtectionClause/description"); s != "" {
				if base.StandardDataProtectionClause == nil {
					base.StandardDataProtectionClause = &flagged{}
				}
				base.StandardDataProtectionClause.Description = s
			}
			if s := x.text(t.Safeguards, p+"/safeguards", tt+"/appropriateGuarantees/description"); s != "" {
				base.AppropriateGuarantees = &flagged{Description: s}
			}
			if len(t.Countries) == 0 {
				if base != (transfer{}) {
					out = append(out, base)
				}
				continue
			}
			for k, c := range t.Countries {
				x.mark(p + "/countries/" + strconv.Itoa(k))
				tr := base
				tr.Country = c
				out = append(out, tr)
			}
		}
	}
	return out
}

// tiltRights are TILT's objects of rights and the rights of the model each
// holds.
var tiltRights = []struct {
	key    string
	rights []notice.Right
}{
	{"rightToInformation", []notice.Right{notice.RightAccess}},
	{"rightToRectificationOrDeletion", []notice.Right{notice.RightRectification, notice.RightErasure}},
	{"rightToDataPortability", []notice.Right{notice.RightPortability}},
	{"rightToWithdrawConsent", []notice.Right{notice.RightWithdrawConsent}},
	{"rightToComplain", []notice.Right{notice.RightComplaint}},
}

func (x *exporter) rights(d *document, effs []notice.EffectiveActivity) {
	// Whether each right applies, from the activities' legal bases and
	// purposes: the one decision of notice.ApplicableRights.
	status := map[notice.Right]notice.Applicability{}
	for i := range effs {
		for _, s := range notice.ApplicableRights(&effs[i]) {
			if old, ok := status[s.Right]; !ok || rank(s.Status) > rank(old) {
				status[s.Right] = s.Status
			}
		}
	}
	var items []notice.RightInfo
	if x.n.Rights != nil {
		items = x.n.Rights.Items
	}
	objs := map[string]*rightObject{}
	for _, tr := range tiltRights {
		o := &rightObject{}
		objs[tr.key] = o
		tp := "/" + tr.key
		var descs []string
		notApplicable, stated := false, false
		for _, r := range tr.rights {
			j := slices.IndexFunc(items, func(i notice.RightInfo) bool { return i.Right == r })
			if j < 0 {
				continue
			}
			p := "/rights/items/" + strconv.Itoa(j)
			x.mark(p + "/right")
			it := items[j]
			stated = stated || it.NotApplicable.IsZero()
			if !it.NotApplicable.IsZero() {
				notApplicable = true
				descs = append(descs, x.text(it.NotApplicable, p+"/notApplicable", tp+"/description"))
			} else if s := x.text(it.Description, p+"/description", tp+"/description"); s != "" {
				descs = append(descs, s)
			}
			how, _, _ := it.HowToExercise.In(x.lang, x.orig)
			if e := x.email(how, p+"/howToExercise"); e != "" && o.Email == "" {
				o.Email = e
			} else if u, ok := notice.SafeURL(how); ok && how != "" && o.URL == "" && (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) {
				x.mark(p + "/howToExercise")
				o.URL = how
			}
		}
		descs = slices.Compact(descs)
		if len(descs) > 1 {
			x.changed("/rights/items", tp+"/description", "TILT holds %s in one object: their texts are joined", tr.key)
		}
		o.Description = strings.Join(descs, "\n\n")
		switch {
		case notApplicable:
			o.Available = ptrTo(false)
		case stated:
			o.Available = ptrTo(true)
		default:
			applies, known := false, false
			for _, r := range tr.rights {
				s, ok := status[r]
				if ok && s != notice.Unknown {
					known = true
				}
				applies = applies || s == notice.Applies || s == notice.Limited
			}
			if known {
				o.Available = ptrTo(applies)
				x.filled(tp+"/available", "derived from the activities' legal bases and purposes (notice.ApplicableRights): %t", applies)
			}
		}
	}
	if len(x.n.SupervisoryAuthorities) > 0 {
		sa := x.n.SupervisoryAuthorities[0]
		p := "/supervisoryAuthorities/0"
		out := &authority{Name: x.name(sa.Name, p+"/name"), Address: x.lines(sa.Address, p+"/address"), Email: x.email(sa.Email, p+"/email"), Phone: x.phone(sa.Phone, p+"/phone")}
		if sa.Country != "" {
			x.mark(p + "/country")
			out.Country = sa.Country
		}
		if a, ok := notice.LookupAuthority(sa.Code); ok && out.Name == "" {
			out.Name = a.Names[x.lang]
			if out.Name == "" {
				out.Name = a.Names[language.English]
			}
			out.Country = or(out.Country, a.Country)
			x.changed(p+"/code", "/rightToComplain/supervisoryAuthority/name", "the authority %q of the built-in table is written out by its name and country", sa.Code)
		}
		if out.Name != "" {
			objs["rightToComplain"].SupervisoryAuthority = out
		}
	}
	d.RightToInformation = *objs["rightToInformation"]
	d.RightToRectificationOrDeletion = *objs["rightToRectificationOrDeletion"]
	d.RightToDataPortability = *objs["rightToDataPortability"]
	d.RightToWithdrawConsent = *objs["rightToWithdrawConsent"]
	d.RightToComplain = *objs["rightToComplain"]
	// TILT requires accessAndDataPortability.available; the right of access
	// always applies (Art 15), and its words are in rightToInformation.
	d.AccessAndDataPortability = rightObject{Available: ptrTo(status[notice.RightAccess] != notice.Excluded)}
	x.filled("/accessAndDataPortability/available", "TILT requires it: the right of access applies (Art 15); its words are in /rightToInformation")
}

func rank(a notice.Applicability) int {
	return [...]int{notice.Unknown: 0, notice.Excluded: 1, notice.Moot: 1, notice.Limited: 2, notice.Applies: 3}[a]
}

func (x *exporter) automated() automatedDecisions {
	a := x.n.AutomatedDecisions
	if a == nil {
		return automatedDecisions{}
	}
	var out automatedDecisions
	if !a.NotApplicable.IsZero() {
		out.InUse = ptrTo(false)
		x.changed("/automatedDecisions/notApplicable", "/automatedDecisionMaking/inUse", "TILT says only that no such decision-making is in use: inUse is false")
		return out
	}
	if a.LegalEffect {
		out.InUse = ptrTo(true)
		x.mark("/automatedDecisions/legalEffect")
	}
	out.LogicInvolved = x.text(a.Logic, "/automatedDecisions/logic", "/automatedDecisionMaking/logicInvolved")
	out.ScopeAndIntendedEffects = x.text(a.Consequences, "/automatedDecisions/consequences", "/automatedDecisionMaking/scopeAndIntendedEffects")
	return out
}

// marshal writes the document, with its digest: the SHA-256 of the
// document written with an empty _hash.
func marshal(d *document) ([]byte, error) {
	d.Meta.Hash = ""
	b, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(b)
	d.Meta.Hash = hex.EncodeToString(sum[:])
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		return nil, err
	}
	return []byte(buf.String()), nil
}

// required fills what TILT's schema requires once a flag is true: the
// words that go with it, which the notice does not give.
func (x *exporter) required(d *document) {
	const why = "TILT requires words here once %s is true, and the notice gives none; \"\" is written"
	for i := range d.DataDisclosed {
		for j, li := range d.DataDisclosed[i].LegitimateInterests {
			if li.Exists != nil && *li.Exists && li.Reasoning == "" {
				x.filled(fmt.Sprintf("/dataDisclosed/%d/legitimateInterests/%d/reasoning", i, j), why, "exists")
			}
		}
	}
	for i, t := range d.ThirdCountryTransfers {
		for _, f := range []struct {
			key string
			v   *flagged
		}{{"adequacyDecision", t.AdequacyDecision}, {"appropriateGuarantees", t.AppropriateGuarantees}, {"standardDataProtectionClause", t.StandardDataProtectionClause}} {
			if f.v != nil && f.v.Available != nil && *f.v.Available && f.v.Description == "" {
				x.filled(fmt.Sprintf("/thirdCountryTransfers/%d/%s/description", i, f.key), why, "available")
			}
		}
	}
	for _, r := range []struct {
		key string
		o   *rightObject
	}{{"rightToInformation", &d.RightToInformation}, {"rightToRectificationOrDeletion", &d.RightToRectificationOrDeletion},
		{"rightToDataPortability", &d.RightToDataPortability}, {"rightToWithdrawConsent", &d.RightToWithdrawConsent}, {"rightToComplain", &d.RightToComplain}} {
		if r.o.Available == nil || !*r.o.Available {
			continue
		}
		if r.o.Description == "" {
			x.filled("/"+r.key+"/description", why, "available")
		}
		if r.key == "rightToComplain" && r.o.SupervisoryAuthority == nil {
			r.o.SupervisoryAuthority = &authority{}
			x.filled("/rightToComplain/supervisoryAuthority", "TILT requires a supervisory authority once the right to complain is available, and the notice names none; an authority with an empty name is written")
		}
	}
	if a := d.AutomatedDecisionMaking; a.InUse != nil && *a.InUse {
		if a.LogicInvolved == "" {
			x.filled("/automatedDecisionMaking/logicInvolved", why, "inUse")
		}
		if a.ScopeAndIntendedEffects == "" {
			x.filled("/automatedDecisionMaking/scopeAndIntendedEffects", why, "inUse")
		}
	}
}
