package dpv

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// obj is one JSON-LD node object. encoding/json writes its keys sorted, so
// the output is deterministic.
type obj = map[string]any

// Encode writes n as one JSON-LD document in the terms of DPV 2.2 and its
// GDPR extension, with an inline @context (no remote context is needed to
// read it). The document is the notice itself, a dpv:PrivacyNotice, with:
//   - its controller (dpv:hasDataController), joint controllers
//     (dpv:hasJointDataControllers), Art 27 representative
//     (dpv:hasRepresentative) and data protection officer
//     (dpv:hasDataProtectionOfficer), each with name, address, contacts,
//     identifiers and country;
//   - one dpv:Process per activity (dpv:hasProcess), as it applies with what
//     it inherits from the notice: purposes (dpv:Purpose, and
//     dpv:DirectMarketing where flagged), legal bases and Art 9(2)
//     conditions typed by their eu-gdpr terms with the law they rest on
//     (dpv:hasApplicableLaw), personal data (dpv:PersonalData, typed by the
//     pd terms of their special categories), data subjects (dpv:Child where
//     flagged), recipients typed by their role, sources typed by their
//     kind, storage conditions (dpv:StorageDuration with an ISO 8601
//     duration, an end date or an open end), rights (the eu-gdpr rights),
//     security measures, and transfers as processes of dpv:Transfer with
//     their third countries and mechanisms (eu-gdpr:A45-3, A46-2-c, ...).
//
// Text is written as language-tagged literals, one per language the text
// is given in. Every DPV IRI written is a term of DPV 2.2; other
// properties are Dublin Core (dct), RDF and RDFS. The notice's URL, where
// it is an http or https URL, is the document's @id and the base of its
// processes' IRIs; otherwise they are blank nodes. Encode returns an error
// only if JSON encoding fails.
func Encode(n *notice.Notice) ([]byte, error) {
	e := &encoder{n: n}
	doc := e.notice()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type encoder struct {
	n    *notice.Notice
	base string // the notice's IRI, or "" for blank nodes
}

func context() obj {
	c := obj{}
	for _, p := range Prefixes {
		c[p.Name] = p.IRI
	}
	return c
}

// lit writes a text as language-tagged literals, by tag.
func lit(t notice.Text) []obj {
	out := make([]obj, 0, len(t))
	for _, tag := range t.Tags() {
		if s := t[tag]; s != "" {
			out = append(out, obj{"@value": s, "@language": tag.String()})
		}
	}
	return out
}

func nameLit(nm notice.Name) []obj { return lit(notice.Text(nm)) }

// lits writes several texts as one list of literals.
func lits(ts []notice.Text) []obj {
	var out []obj
	for _, t := range ts {
		out = append(out, lit(t)...)
	}
	return out
}

// set adds key: v to o where v holds something.
func set(o obj, key string, v any) {
	switch x := v.(type) {
	case nil:
		return
	case string:
		if x == "" {
			return
		}
	case []obj:
		if len(x) == 0 {
			return
		}
	case []any:
		if len(x) == 0 {
			return
		}
	case []string:
		if len(x) == 0 {
			return
		}
	case obj:
		if x == nil {
			return
		}
	}
	o[key] = v
}

func date(d notice.Date) any {
	if d.IsZero() {
		return nil
	}
	t := "xsd:date"
	switch d.Precision() {
	case notice.Year:
		t = "xsd:gYear"
	case notice.Month:
		t = "xsd:gYearMonth"
	}
	return obj{"@value": d.String(), "@type": t}
}

func (e *encoder) id(local string) string {
	if e.base != "" {
		return e.base + "#" + local
	}
	return "_:" + local
}

func (e *encoder) notice() obj {
	n := e.n
	if u, ok := notice.SafeURL(n.URL); ok && (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) && !strings.Contains(u, "#") {
		e.base = u
	}
	doc := obj{"@context": context(), "@type": "dpv:PrivacyNotice"}
	if e.base != "" {
		doc["@id"] = e.base
	} else {
		doc["@id"] = "_:notice"
	}
	set(doc, "dct:title", lit(n.Title))
	set(doc, "dct:description", lit(n.Introduction))
	langs := make([]string, len(n.Languages))
	for i, l := range n.Languages {
		langs[i] = l.String()
	}
	set(doc, "dct:language", langs)
	set(doc, "dct:hasVersion", n.Version)
	set(doc, "dct:created", date(n.Prepared))
	set(doc, "dct:modified", date(n.Updated))
	set(doc, "dct:issued", date(n.Published))
	set(doc, "dct:valid", date(n.Effective))
	if n.Controller != nil {
		set(doc, "dpv:hasDataController", party(*n.Controller, "dpv:DataController"))
	}
	set(doc, "dpv:hasJointDataControllers", joint(n.JointControllers))
	if n.Representative != nil && n.Representative.Party != nil {
		set(doc, "dpv:hasRepresentative", party(*n.Representative.Party, "dpv:Representative"))
	}
	if n.DPO != nil && n.DPO.NotApplicable.IsZero() {
		set(doc, "dpv:hasDataProtectionOfficer", party(n.DPO.Party, "dpv:DataProtectionOfficer"))
	}
	var procs []obj
	for _, a := range n.EffectiveActivities() {
		procs = append(procs, e.process(&a))
	}
	set(doc, "dpv:hasProcess", procs)
	return doc
}

func party(p notice.Party, types ...string) obj {
	o := obj{"@type": types}
	set(o, "dpv:hasName", nameLit(p.Name))
	var addr []string
	for _, l := range p.Address {
		if s, _, ok := l.In(language.Und); ok {
			addr = append(addr, s)
		}
	}
	set(o, "dpv:hasAddress", strings.Join(addr, "\n"))
	var contacts []string
	for _, c := range []string{p.Email, p.Phone, p.URL} {
		if c != "" {
			contacts = append(contacts, c)
		}
	}
	for _, c := range p.Contacts {
		for _, s := range []string{c.Email, c.Phone, c.URL} {
			if s != "" {
				contacts = append(contacts, s)
			}
		}
	}
	set(o, "dpv:hasContact", contacts)
	var ids []string
	for _, id := range p.Identifiers {
		ids = append(ids, id.Value)
	}
	set(o, "dpv:hasIdentifier", ids)
	if p.Country != "" {
		o["dpv:hasCountry"] = country(p.Country, "dpv:Country")
	}
	return o
}

func country(code, typ string) obj {
	return obj{"@type": typ, "dct:identifier": code}
}

func joint(j *notice.JointControllers) any {
	if j == nil {
		return nil
	}
	o := obj{"@type": "dpv:JointDataControllers"}
	var ps []obj
	for _, p := range j.Parties {
		ps = append(ps, party(p.Party, "dpv:DataController"))
	}
	set(o, "dpv:hasDataController", ps)
	set(o, "dct:description", lit(j.Arrangement))
	return o
}

// typesOf returns the DPV terms of codes of a vocabulary, leaving out
// codes DPV has no concept for.
func dpvType(v *notice.Vocabulary, code string, fallback ...string) []string {
	out := append([]string(nil), fallback...)
	if t, ok := v.Lookup(code); ok && t.DPV != "" {
		out = append(out, t.DPV)
	}
	return out
}

func (e *encoder) process(a *notice.EffectiveActivity) obj {
	o := obj{"@id": e.id("activity-" + a.ID), "@type": "dpv:Process"}
	set(o, "dct:title", lit(a.Name))
	set(o, "dct:description", lit(a.Description))
	if !a.Inherited("controller") && a.Controller != nil {
		set(o, "dpv:hasDataController", party(*a.Controller, "dpv:DataController"))
	}
	var purposes []obj
	for _, p := range a.Purposes {
		types := []string{"dpv:Purpose"}
		if p.DirectMarketing {
			types = append(types, "dpv:DirectMarketing")
		}
		if p.Research {
			types = append(types, "dpv:ScientificResearch")
		}
		po := obj{"@type": types}
		set(po, "dct:description", lit(p.Description))
		set(po, "rdfs:comment", lits(p.Items))
		purposes = append(purposes, po)
	}
	set(o, "dpv:hasPurpose", purposes)
	set(o, "dpv:hasLegalBasis", e.legalBases(a))
	set(o, "dpv:hasPersonalData", personalData(a.DataCategories))
	var subjects []obj
	for _, g := range a.DataSubjects {
		types := []string{"dpv:DataSubject"}
		if g.Children {
			types = append(types, "dpv:Child")
		}
		so := obj{"@type": types}
		set(so, "dct:title", lit(g.Name))
		set(so, "dct:description", lit(g.Description))
		subjects = append(subjects, so)
	}
	set(o, "dpv:hasDataSubject", subjects)
	if a.Recipients != nil {
		var rs []obj
		for _, r := range a.Recipients.Items {
			rs = append(rs, recipient(r))
		}
		set(o, "dpv:hasRecipient", rs)
	}
	if a.Sources != nil {
		var ss []obj
		for _, s := range a.Sources.Items {
			so := obj{"@type": dpvType(&notice.SourceKindVocabulary, string(s.Kind), "dpv:DataSource")}
			set(so, "dct:description", lit(s.Description))
			ss = append(ss, so)
		}
		set(o, "dpv:hasDataSource", ss)
	}
	var storage []obj
	for _, r := range a.Retention {
		storage = append(storage, retention(r))
	}
	set(o, "dpv:hasStorageCondition", storage)
	if a.Rights != nil {
		var rights []obj
		for _, r := range a.Rights.Items {
			if !r.NotApplicable.IsZero() {
				continue
			}
			ro := obj{"@type": dpvType(&notice.RightVocabulary, string(r.Right), "dpv:DataSubjectRight")}
			set(ro, "dct:description", lit(r.Description))
			rights = append(rights, ro)
		}
		set(o, "dpv:hasRight", rights)
	}
	if a.Security != nil {
		so := obj{"@type": "dpv:TechnicalOrganisationalMeasure"}
		set(so, "dct:description", lit(a.Security.Description))
		set(so, "rdfs:comment", lits(a.Security.Measures))
		o["dpv:hasTechnicalOrganisationalMeasure"] = so
	}
	var subs []obj
	if a.Transfers != nil {
		for i, t := range a.Transfers.Items {
			subs = append(subs, e.transfer(a.ID, i, t))
		}
	}
	if d := a.AutomatedDecisions; d != nil && d.NotApplicable.IsZero() {
		so := obj{"@type": "dpv:Process", "dpv:hasProcessing": obj{"@id": "dpv:AutomatedDecisionMaking"}}
		if d.Profiling {
			so["dpv:hasPurpose"] = obj{"@type": "dpv:Profiling"}
		}
		set(so, "dct:description", lit(d.Description))
		set(so, "rdfs:comment", lit(d.Logic))
		subs = append(subs, so)
	}
	set(o, "dpv:hasProcess", subs)
	return o
}

func (e *encoder) legalBases(a *notice.EffectiveActivity) []obj {
	var out []obj
	for _, b := range a.LegalBases {
		bo := obj{"@type": dpvType(&notice.LegalBasisVocabulary, string(b.Basis), "dpv:LegalBasis")}
		set(bo, "dct:description", lit(b.Description))
		if b.Basis == notice.LegitimateInterests {
			set(bo, "rdfs:comment", lit(a.LegitimateInterests))
		}
		set(bo, "dpv:hasApplicableLaw", e.laws(b.Laws))
		out = append(out, bo)
	}
	for _, c := range a.SpecialCategoryConditions {
		co := obj{"@type": dpvType(&notice.SpecialConditionVocabulary, string(c.Condition), "dpv:LegalBasis")}
		set(co, "dct:description", lit(c.Description))
		set(co, "dpv:hasApplicableLaw", e.laws(c.Laws))
		out = append(out, co)
	}
	return out
}

// laws writes law references as dpv:Law nodes with the act's number, its
// jurisdiction and the provision.
func (e *encoder) laws(ls []notice.LawRef) []obj {
	var out []obj
	for _, l := range ls {
		lo := obj{"@type": "dpv:Law"}
		set(lo, "dct:identifier", l.Statute)
		title := notice.Text(l.Name)
		if j := e.n.LawJurisdiction(l); j != "" {
			lo["dpv:hasJurisdiction"] = obj{"@type": "dpv:Jurisdiction", "dct:identifier": j}
			if s, ok := notice.LookupStatute(j, l.Statute); ok && title.IsZero() {
				title = notice.Text{}
				for tag, name := range s.Names {
					title[tag] = name
				}
			}
		}
		set(lo, "dct:title", lit(title))
		var place []string
		if l.Chapter != "" {
			place = append(place, "chapter "+l.Chapter)
		}
		for _, a := range l.Articles {
			place = append(place, "article "+a)
		}
		for _, s := range l.Sections {
			place = append(place, "section "+s)
		}
		if l.Subsection != "" {
			place = append(place, "subsection "+l.Subsection)
		}
		if l.Item != "" {
			place = append(place, "item "+l.Item)
		}
		set(lo, "rdfs:label", strings.Join(place, ", "))
		set(lo, "dct:source", l.URL)
		out = append(out, lo)
	}
	return out
}

func personalData(cs []notice.DataCategory) []obj {
	var out []obj
	for _, c := range cs {
		types := []string{"dpv:PersonalData"}
		for _, s := range c.Special {
			types = append(types, dpvType(&notice.SpecialCategoryVocabulary, string(s))...)
		}
		if c.Criminal {
			types = append(types, "pd:Criminal")
		}
		if c.NationalID {
			types = append(types, "pd:OfficialID")
		}
		o := obj{"@type": types}
		set(o, "dct:title", lit(c.Name))
		set(o, "dct:description", lit(c.Description))
		set(o, "rdfs:comment", lits(c.Items))
		out = append(out, o)
	}
	return out
}

func recipient(r notice.Recipient) obj {
	types := dpvType(&notice.RecipientRoleVocabulary, string(r.Role), "dpv:Recipient")
	o := party(notice.Party{Name: r.Name, Identifiers: r.Identifiers, Country: r.Country, ContactDetails: r.ContactDetails}, types...)
	set(o, "dct:description", lit(r.Purpose))
	return o
}

func retention(r notice.Retention) obj {
	o := obj{"@type": "dpv:StorageDuration"}
	set(o, "dct:description", lit(r.Data))
	set(o, "rdfs:comment", lit(r.Criteria))
	var d obj
	switch {
	case !r.Period.IsZero():
		d = obj{"@type": "dpv:TemporalDuration", "rdf:value": obj{"@value": r.Period.String(), "@type": "xsd:duration"}}
		set(d, "dct:description", lit(r.From))
	case !r.Until.IsZero():
		d = obj{"@type": "dpv:UntilTimeDuration", "rdf:value": date(r.Until)}
	case r.OpenEnded != nil:
		d = obj{"@type": dpvType(&notice.OpenEndKindVocabulary, string(r.OpenEnded.Kind), "dpv:Duration")}
		set(d, "dct:description", lit(r.OpenEnded.Reason))
	}
	if d != nil {
		o["dpv:hasDuration"] = d
	}
	return o
}

func (e *encoder) transfer(activity string, i int, t notice.Transfer) obj {
	o := obj{"@id": e.id("activity-" + activity + "-transfer-" + strconv.Itoa(i+1)), "@type": "dpv:Process", "dpv:hasProcessing": obj{"@id": "dpv:Transfer"}}
	var cs []obj
	for _, c := range t.Countries {
		cs = append(cs, country(c, "dpv:ThirdCountry"))
	}
	set(o, "dpv:hasThirdCountry", cs)
	if !t.InternationalOrganisation.IsZero() {
		o["dpv:hasRecipient"] = obj{"@type": "dpv:InternationalOrganisation", "dpv:hasName": nameLit(t.InternationalOrganisation)}
	} else if !t.Recipient.IsZero() {
		o["dpv:hasRecipient"] = obj{"@type": "dpv:Recipient", "dpv:hasName": nameLit(t.Recipient)}
	}
	var ms []obj
	for _, m := range t.Mechanisms {
		ms = append(ms, obj{"@type": dpvType(&notice.TransferMechanismVocabulary, string(m), "dpv:LegalBasis")})
	}
	set(o, "dpv:hasLegalBasis", ms)
	set(o, "dct:description", lit(t.Description))
	set(o, "rdfs:comment", lit(t.Safeguards))
	return o
}
