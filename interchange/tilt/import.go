package tilt

import (
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/seloste/seloste/notice"
)

// MaxInputSize is the largest TILT document, in bytes, that [Import] reads.
const MaxInputSize = notice.MaxInputSize

// Import reads one TILT document and returns the notice it holds, in the
// document's language, with the report of every value that was not carried
// over as it is: each placeholder (null, "", [] and objects of such, which
// the TILT corpus writes where a notice says nothing), each value the model
// has no place for, and each value read in another form, with its JSON
// Pointer and the reason. The notice is valid: it encodes, decodes and
// passes [notice.Notice.Check].
//
// The mapping, TILT to notice:
//   - meta: name is the title, url the notice's address, language its
//     language, created and modified the dates prepared and updated,
//     version the version label;
//   - controller, dataProtectionOfficer: the controller and the data
//     protection officer; the controller's representative, when it has a
//     name, is the contact person, else its e-mail and phone are the
//     controller's;
//   - dataDisclosed: one processing activity per entry, named by its
//     category, which is also its one data category (subcategories are its
//     items); its purposes (purpose, and description as the purpose's item),
//     legal bases (see below), legitimate interests, recipients (a recipient
//     with a name keeps its category as its purpose; one without is a
//     category of recipients), storage (each period with its description as
//     criteria; purposeConditional as criteria; legalBasisConditional as the
//     retention's laws) and nonDisclosure (the Art 13(2)(e) requirement);
//   - thirdCountryTransfers: the notice's transfers, one per country, with
//     adequacyDecision and standardDataProtectionClause as the mechanisms
//     adequacyDecision and standardClausesCommission;
//   - rightToInformation and accessAndDataPortability: the right of access
//     (Art 15; TILT's "right to information" is the German Auskunftsrecht);
//     rightToRectificationOrDeletion: rectification and erasure;
//     rightToDataPortability, rightToWithdrawConsent, rightToComplain (with
//     its supervisory authority);
//   - sources: Art 14 sources of the activity whose data category or _id
//     the entry names;
//   - automatedDecisionMaking: inUse is decision-making under Art 22(1);
//   - changesOfPurpose: entries of the notice's change log.
//
// A legal-basis reference in TILT's format ("GDPR-6-1-a", "DSGVO-6-1-f",
// "BDSG-26") or in prose ("Art. 6 Abs. 1 lit. b DSGVO", "§ 26 BDSG") becomes
// the code of Art 6(1) or 9(2) and, for an act of [notice.Statutes] named by
// its abbreviation, a law reference under the basis before it (or, with
// none before it, the one after). A reference in prose is kept as the
// basis's description.
//
// Import returns an error only for a document it cannot read at all: not
// JSON, too large, nested too deep, or without a language.
func Import(data []byte) (*notice.Notice, *Report, error) {
	if len(data) > MaxInputSize {
		return nil, nil, fmt.Errorf("tilt: document is %d bytes; at most %d are accepted", len(data), MaxInputSize)
	}
	root, err := parse(data)
	if err != nil {
		return nil, nil, err
	}
	if root.kind != '{' {
		return nil, nil, errors.New("tilt: a TILT document is a JSON object")
	}
	im := &importer{r: &Report{}, root: root}
	if err := im.meta(); err != nil {
		return nil, nil, err
	}
	im.controller()
	im.dpo()
	im.activities()
	im.transfers()
	im.rights()
	im.sources()
	im.automated()
	im.changes()
	im.sweep(root, "")
	seq := map[string]int{}
	root.order(seq)
	slices.SortStableFunc(im.r.Entries, func(a, b Entry) int { return seq[a.TILT] - seq[b.TILT] })
	n, err := im.finish()
	if err != nil {
		return nil, nil, err
	}
	return n, im.r, nil
}

type importer struct {
	r    *Report
	root *node
	lang language.Tag
	n    notice.Notice
	// catIndex maps a dataDisclosed _id and category to the activity made of it.
	byID, byCategory map[string]int
}

// str returns the string n holds, normalised to NFC and trimmed, and
// whether it says something. It marks nothing.
func str(n *node) (string, bool) {
	if n == nil || n.kind != '"' {
		return "", false
	}
	s := strings.TrimSpace(norm.NFC.String(n.str))
	return s, s != ""
}

// use marks n as carried over and counts it.
func (im *importer) use(n *node) {
	if n != nil && !n.done {
		n.done = true
		im.r.Mapped++
	}
}

// text returns the string of n and marks it used; a value that is not a
// string is reported as having no place.
func (im *importer) text(n *node) (string, bool) {
	if n.empty() {
		return "", false
	}
	s, ok := str(n)
	if !ok {
		im.noPlace(n, "expected a string, found %s", n.describe())
		return "", false
	}
	im.use(n)
	return s, true
}

// boolean returns the boolean of n and marks it used.
func (im *importer) boolean(n *node) (value, ok bool) {
	if n.empty() {
		return false, false
	}
	if n.kind != 't' && n.kind != 'f' {
		im.noPlace(n, "expected a boolean, found %s", n.describe())
		return false, false
	}
	im.use(n)
	return n.kind == 't', true
}

// noPlace reports n, and everything below it, as having no place in the
// model. A value that says nothing is left for the sweep, which reports it
// as a placeholder.
func (im *importer) noPlace(n *node, format string, args ...any) {
	if n == nil || n.done || n.empty() {
		return
	}
	markDone(n)
	im.r.add(NoPlace, n.ptr, "", format, args...)
}

func (im *importer) changed(n *node, noticePtr, format string, args ...any) {
	im.r.add(Changed, n.ptr, noticePtr, format, args...)
}

func markDone(n *node) {
	n.done = true
	for _, c := range n.arr {
		markDone(c)
	}
	for _, c := range n.vals {
		markDone(c)
	}
}

// sweep reports what the mapping left: placeholders, and values in fields
// it does not read (fields outside TILT's schema among them).
func (im *importer) sweep(n *node, key string) {
	if n.done {
		return
	}
	if n.empty() {
		markDone(n)
		im.r.add(Placeholder, n.ptr, "", "%s", n.describe())
		return
	}
	switch n.kind {
	case '[':
		for _, c := range n.arr {
			im.sweep(c, key)
		}
	case '{':
		for i, c := range n.vals {
			im.sweep(c, n.keys[i])
		}
	default:
		markDone(n)
		if strings.HasPrefix(key, "_comment") {
			im.r.add(NoPlace, n.ptr, "", "an annotator's comment, not part of the notice")
			return
		}
		im.r.add(NoPlace, n.ptr, "", "%q is not a field the importer reads (TILT's schema has no such field here); the model has no place for it", key)
	}
}

func (im *importer) t(s string) notice.Text  { return notice.Text{im.lang: s} }
func (im *importer) nm(s string) notice.Name { return notice.Name{im.lang: s} }

var iso639 = regexp.MustCompile(`^[a-z]{2}$`)

func (im *importer) meta() error {
	m := im.root.get("meta")
	l := m.get("language")
	code, ok := str(l)
	if !ok || !iso639.MatchString(code) {
		return fmt.Errorf("tilt: /meta/language: expected the document's language as an ISO 639-1 code such as \"de\"")
	}
	tag, err := language.Parse(code)
	if err != nil {
		return fmt.Errorf("tilt: /meta/language: %q is not a language: %v", code, err)
	}
	im.use(l)
	im.lang = tag
	im.r.Language = code
	im.n = notice.Notice{SchemaVersion: notice.SchemaVersion, Languages: []language.Tag{tag}}
	if s, ok := im.text(m.get("name")); ok {
		im.n.Title = im.t(s)
	}
	if u := m.get("url"); !u.empty() {
		if s, ok := im.url(u); ok {
			im.n.URL = s
		}
	}
	im.n.Prepared = im.date(m.get("created"), "/prepared")
	im.n.Updated = im.date(m.get("modified"), "/updated")
	if v := m.get("version"); !v.empty() {
		if v.kind == '0' && regexp.MustCompile(`^[0-9]+$`).MatchString(v.str) {
			im.use(v)
			im.n.Version = v.str
		} else {
			im.noPlace(v, "expected a whole number, found %s", v.describe())
		}
	}
	im.noPlace(m.get("_id"), "the TILT document's own identifier in its database, not part of the notice")
	im.noPlace(m.get("_hash"), "the digest of the TILT document, not part of the notice")
	im.noPlace(m.get("status"), "whether the TILT document is in force; the model does not record it")
	return nil
}

var dateRE = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})(T.*)?$`)

// date reads an ISO 8601 date or date-time; a time of day has no place.
func (im *importer) date(n *node, noticePtr string) notice.Date {
	s, ok := str(n)
	if !ok {
		if !n.empty() {
			im.noPlace(n, "expected a date, found %s", n.describe())
		}
		return notice.Date{}
	}
	m := dateRE.FindStringSubmatch(s)
	if m == nil {
		if d, err := notice.ParseDate(s); err == nil {
			im.use(n)
			return d
		}
		im.noPlace(n, "%q is not a date of the form YYYY-MM-DD", s)
		return notice.Date{}
	}
	d, err := notice.ParseDate(m[1])
	if err != nil {
		im.noPlace(n, "%q is not a date: %v", s, err)
		return notice.Date{}
	}
	im.use(n)
	if m[2] != "" {
		im.changed(n, noticePtr, "the time of day %q has no place: the model's dates are calendar dates", strings.TrimPrefix(m[2], "T"))
	}
	return d
}

var countryRE = regexp.MustCompile(`^[A-Z]{2}$`)

func (im *importer) country(n *node) string {
	s, ok := str(n)
	if n.empty() {
		return ""
	}
	if !ok || !countryRE.MatchString(s) || s == unknownCountry {
		im.noPlace(n, "%s is not an ISO 3166-1 alpha-2 country code", quoteOr(n))
		return ""
	}
	im.use(n)
	return s
}

func (im *importer) email(n *node) string {
	s, ok := str(n)
	if n.empty() {
		return ""
	}
	if ok && s == unknownEmail {
		markDone(n)
		im.r.add(Placeholder, n.ptr, "", "%q: the stand-in for an unknown address says nothing", s)
		return ""
	}
	if a, err := mail.ParseAddress(s); !ok || err != nil || a.Address != s || a.Name != "" {
		im.noPlace(n, "%s is not an e-mail address", quoteOr(n))
		return ""
	}
	im.use(n)
	return s
}

func (im *importer) url(n *node) (string, bool) {
	s, ok := str(n)
	if !ok {
		im.noPlace(n, "expected a URL, found %s", n.describe())
		return "", false
	}
	if u, safe := notice.SafeURL(s); !safe || !(strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://")) {
		im.noPlace(n, "%q is not an http or https URL", s)
		return "", false
	}
	im.use(n)
	return s, true
}

func quoteOr(n *node) string {
	if n.kind == '"' {
		return strconv.Quote(n.str)
	}
	return n.describe()
}

// lines reads an address, one line per line of the string.
func (im *importer) lines(n *node) []notice.Name {
	s, ok := im.text(n)
	if !ok {
		return nil
	}
	var out []notice.Name
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, im.nm(l))
		}
	}
	return out
}

// party reads the fields TILT gives a controller, DPO or authority.
func (im *importer) party(n *node) notice.Party {
	var p notice.Party
	if s, ok := im.text(n.get("name")); ok {
		p.Name = im.nm(s)
	}
	if s, ok := im.text(n.get("division")); ok {
		p.Unit = im.nm(s)
	}
	p.Address = im.lines(n.get("address"))
	p.Country = im.country(n.get("country"))
	p.Email = im.email(n.get("email"))
	if s, ok := im.text(n.get("phone")); ok {
		p.Phone = s
	}
	for _, k := range []string{"url", "contact_form"} {
		if u := n.get(k); !u.empty() {
			if s, ok := im.url(u); ok && p.URL == "" {
				p.URL = s
			} else if ok {
				im.noPlace(u, "a second web address; the model holds one")
			}
		}
	}
	return p
}

func (im *importer) controller() {
	c := im.root.get("controller")
	if c.empty() {
		return
	}
	p := im.party(c)
	if r := c.get("representative"); !r.empty() {
		if _, named := str(r.get("name")); named {
			im.n.ContactPersons = []notice.Party{im.party(r)}
		} else {
			// A representative without a name: its contact details are the controller's.
			if len(p.Address) > 0 {
				im.noPlace(r.get("address"), "the controller's address is given in /controller/address; the model holds one")
			}
			if p.URL != "" {
				im.noPlace(r.get("contact_form"), "the controller's web address is given; the model holds one")
			}
			q := im.party(r)
			p.Email, p.Phone, p.URL = q.Email, q.Phone, or(p.URL, q.URL)
			if len(p.Address) == 0 {
				p.Address = q.Address
			}
		}
	}
	im.noPlace(c.get("sector"), "the controller's economic sector (a NACE code) has no place in the model")
	im.n.Controller = &p
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func (im *importer) dpo() {
	d := im.root.get("dataProtectionOfficer")
	if d.empty() {
		return
	}
	p := im.party(d)
	if p.Name.IsZero() && len(p.Address) == 0 && p.Email == "" && p.Phone == "" && p.URL == "" && p.Country == "" {
		return
	}
	im.n.DPO = &notice.DPO{Party: p}
}

// finish checks the notice by encoding and decoding it, as a user's
// program would read it.
func (im *importer) finish() (*notice.Notice, error) {
	if im.n.Title.IsZero() {
		if im.n.Controller != nil && !im.n.Controller.Name.IsZero() {
			s, _, _ := im.n.Controller.Name.In(im.lang)
			im.n.Title = im.t(s)
			im.r.add(Changed, "/meta/name", "/title", "the document has no name; the controller's name is the notice's title")
		} else {
			im.n.Title = im.t("TILT")
			im.r.add(Changed, "/meta/name", "/title", "the document names neither itself nor its controller; the notice is titled \"TILT\"")
		}
	}
	if len(im.n.Activities) == 0 {
		s, _, _ := im.n.Title.In(im.lang)
		im.n.Activities = []notice.Activity{{ID: "processing", Name: im.t(s)}}
		im.r.add(Changed, "/dataDisclosed", "/activities/0", "the document discloses no data; one activity named by the notice's title stands for its processing")
	}
	b, err := notice.EncodeJSON(&im.n)
	if err != nil {
		return nil, fmt.Errorf("tilt: encoding the imported notice: %w", err)
	}
	n, err := notice.DecodeFormat(b, notice.JSON)
	if err != nil {
		return nil, fmt.Errorf("tilt: the imported notice does not decode (a bug of the importer): %w", err)
	}
	if ps := n.Check(); len(ps) > 0 {
		return nil, fmt.Errorf("tilt: the imported notice is not consistent (a bug of the importer): %v", ps[0])
	}
	return n, nil
}
