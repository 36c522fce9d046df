package prose

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/nyaruka/phonenumbers"

	"github.com/seloste/seloste/notice"
)

// Contact facts: e-mail addresses (also written "(at)" or "[at]"), telephone
// numbers (checked with libphonenumber's metadata), web addresses, postal
// address lines, business IDs and the labels that say what each is.

var (
	emailRE = regexp.MustCompile(`(?i)\b[a-z0-9][a-z0-9._%+\-]*(?:@|\s?\(at\)\s?|\s?\[at\]\s?|\s?\{at\}\s?)[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.[a-z]{2,}\b`)
	atRE    = regexp.MustCompile(`(?i)\s?(?:\(at\)|\[at\]|\{at\})\s?`)
	urlRE   = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"'()\[\]]+[^\s<>"'()\[\].,;:!?]`)
	// phoneRE finds candidates: a + or a leading 0, then digits with the
	// separators numbers are written with. libphonenumber decides.
	phoneRE = regexp.MustCompile(`(?:\+|\b0)\d[\d ()/\-–.]{4,22}\d`)
	// businessIDRE is a Finnish business ID (Y-tunnus).
	businessIDRE = regexp.MustCompile(`\b\d{7}-\d\b`)
	// seOrgRE is a Swedish organisation number, read only after its label.
	seOrgRE = regexp.MustCompile(`(?i)(?:org\.?\s?nr|organisationsnummer|org\. ?nummer)\.?:?\s*(\d{6}-\d{4})`)

	postcodeLineRE = regexp.MustCompile(`^(?:FI-|SE-|S-|D-|NL-)?(?:\d{5}|\d{3} \d{2}|\d{4} ?[A-Z]{2})\s+\p{Lu}[\p{L}.\- ]*(?:\s\d{1,2})?$`)
	poBoxRE        = regexp.MustCompile(`(?i)^(?:PL|PB|PO Box|P\.O\. Box|Box|Postfach|Postbus|Postilokero)\s*\d[\d ]*(?:,\s*.*|\s+\p{Lu}[\p{L}.\- ]*)?$`)
	streetRE       = regexp.MustCompile(`^\(?(?:\d{1,5}\s)?\p{Lu}[\p{L}.\-]*(?:\s[\p{L}.\-]+){0,3}\s?\d{0,4}\s?[A-Za-z]?\)?$`)
	streetWordRE   = regexp.MustCompile(`(?i)(katu|tie|kuja|ranta|tori|polku|väylä|kaari|puistikko|gatan|vägen|gränd|torget|allén|straße|strasse|str\.|weg|platz|plein|laan|gracht|straat|street|road|avenue|\bst\b|parkway|house|lane|way|square)(\s|$|\))`)
	countryLineRE  = regexp.MustCompile(`(?i)^(the netherlands|netherlands|nederland|finland|suomi|sverige|sweden|deutschland|germany|irland|ireland|usa|united states|belgium|denmark|norway|norge)$`)
)

// emailsIn returns the e-mail addresses in s, each with "(at)" and the like
// written as "@" and a Markdown escape before "_" dropped.
func emailsIn(s string) []span {
	var out []span
	s = strings.ReplaceAll(s, `\_`, "_")
	for _, loc := range emailRE.FindAllStringIndex(s, -1) {
		raw := s[loc[0]:loc[1]]
		v := atRE.ReplaceAllString(raw, "@")
		v = strings.ReplaceAll(v, `\_`, "_")
		out = append(out, span{start: loc[0], end: loc[1], raw: raw, value: v})
	}
	return out
}

// urlsIn returns the web addresses in s; "www." gets "https://".
func urlsIn(s string) []span {
	var out []span
	for _, loc := range urlRE.FindAllStringIndex(s, -1) {
		raw := s[loc[0]:loc[1]]
		v := raw
		if strings.HasPrefix(strings.ToLower(v), "www.") {
			v = "https://" + v
		}
		if _, ok := notice.SafeURL(v); !ok {
			continue
		}
		out = append(out, span{start: loc[0], end: loc[1], raw: raw, value: v})
	}
	return out
}

// A span is a fact found in a string: where it is, as written, and its value.
type span struct {
	start, end int
	raw        string
	value      string
	sure       bool // for a telephone number: valid, not only possible
}

// phoneRegions are the regions a number written without its country code
// is read in, by the notice's language.
func phoneRegions(country string) []string {
	switch country {
	case "SE":
		return []string{"SE", "FI"}
	case "DE":
		return []string{"DE"}
	case "NL":
		return []string{"NL"}
	}
	return []string{"FI", "SE"}
}

// phonesIn returns the telephone numbers in s, as written (trimmed), that
// libphonenumber finds possible in one of regions.
func phonesIn(s string, regions []string) []span {
	var out []span
	for _, loc := range phoneRE.FindAllStringIndex(s, -1) {
		raw := strings.TrimRight(s[loc[0]:loc[1]], " -–.(")
		if strings.Count(raw, "(") != strings.Count(raw, ")") {
			raw = strings.TrimRight(strings.Split(raw, "(")[0], " ")
		}
		digits := 0
		for _, r := range raw {
			if r >= '0' && r <= '9' {
				digits++
			}
		}
		if digits < 6 || digits > 15 {
			continue
		}
		// Not a statute number (1050/2018), a date (22.8.2023) or a
		// postcode and place.
		if strings.Count(raw, "/") == 1 && len(strings.SplitN(raw, "/", 2)[1]) == 4 && !strings.HasPrefix(raw, "0") {
			continue
		}
		if strings.Count(raw, ".") >= 2 && len(raw) <= 10 {
			continue
		}
		for _, region := range regions {
			num, err := phonenumbers.Parse(raw, region)
			if err != nil || !phonenumbers.IsPossibleNumber(num) {
				continue
			}
			out = append(out, span{start: loc[0], end: loc[0] + len(raw), raw: raw, value: raw, sure: phonenumbers.IsValidNumber(num)})
			break
		}
	}
	return out
}

// internationalPhone returns a number in international form, or "" when
// libphonenumber cannot read it in region.
func internationalPhone(raw, region string) string {
	num, err := phonenumbers.Parse(raw, region)
	if err != nil || !phonenumbers.IsValidNumber(num) {
		return ""
	}
	return phonenumbers.Format(num, phonenumbers.INTERNATIONAL)
}

// businessIDsIn returns the Finnish business IDs in s that pass their check,
// and the Swedish organisation numbers written after their label.
func businessIDsIn(s string) []notice.Identifier {
	var out []notice.Identifier
	for _, v := range businessIDRE.FindAllString(s, -1) {
		id := notice.Identifier{Scheme: notice.SchemeFIBusinessID, Value: v}
		if id.Check() == nil {
			out = append(out, id)
		}
	}
	for _, m := range seOrgRE.FindAllStringSubmatch(s, -1) {
		id := notice.Identifier{Scheme: notice.SchemeSEOrganisationNumber, Value: m[1]}
		if id.Check() == nil {
			out = append(out, id)
		}
	}
	return out
}

// isAddressPart reports whether s, one line or one comma-separated part of
// a contact block, is an element of a postal address: a postcode and
// place, a post-office box, a street and number, or a country.
func isAddressPart(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || len([]rune(s)) > 60 {
		return false
	}
	if postcodeLineRE.MatchString(s) || poBoxRE.MatchString(s) || countryLineRE.MatchString(s) {
		return true
	}
	if streetRE.MatchString(s) && streetWordRE.MatchString(s) && strings.IndexFunc(s, unicode.IsDigit) >= 0 {
		return true
	}
	// "Dublin 4", "Garching b. München" after a street: a place, taken
	// by the caller from its neighbours.
	return false
}

// isFactLine reports whether a line holds nothing but contact facts: an
// e-mail address, a telephone number, a web address or an address line,
// with their labels.
func isFactLine(s string) bool {
	rest := stripFacts(s)
	return rest != s && len(strings.Fields(rest)) <= 2 || isAddressPart(s)
}

// stripFacts returns s with its e-mail addresses, web addresses and
// telephone numbers removed.
func stripFacts(s string) string {
	for _, re := range []*regexp.Regexp{emailRE, urlRE} {
		s = re.ReplaceAllString(s, " ")
	}
	for _, p := range phonesIn(s, []string{"FI", "SE", "DE", "NL"}) {
		s = strings.Replace(s, p.raw, " ", 1)
	}
	return strings.TrimSpace(s)
}

// A labelKind is what a contact label names.
type labelKind uint8

const (
	labelNone     labelKind = iota
	labelPostal             // the postal address
	labelVisiting           // a visiting address: a contact point
	labelPhone              // the main telephone number or switchboard
	labelPoint              // a further contact point: registry, fax
	labelEmail
	labelWeb
	labelID
)

// contactLabels are the labels of contact details in fi, sv, en (and the
// German and Dutch ones the corpus uses), lower case without the colon.
var contactLabels = map[string]labelKind{
	"postiosoite": labelPostal, "postadress": labelPostal, "postal address": labelPostal, "postanschrift": labelPostal, "postadres": labelPostal, "osoite": labelPostal, "adress": labelPostal, "address": labelPostal,
	"käyntiosoite": labelVisiting, "besöksadress": labelVisiting, "visiting address": labelVisiting, "registratorskontorets besöksadress": labelVisiting, "adresse": labelVisiting, "bezoekadres": labelVisiting,
	"puhelin": labelPhone, "puh": labelPhone, "p": labelPhone, "tel": labelPhone, "tfn": labelPhone, "telefon": labelPhone, "telefoon": labelPhone, "phone": labelPhone, "telephone": labelPhone, "puhelinvaihde": labelPhone, "vaihde": labelPhone, "växel": labelPhone, "switchboard": labelPhone, "keskus": labelPhone,
	"kirjaamo": labelPoint, "registratur": labelPoint, "registry": labelPoint, "registraturen": labelPoint, "faksi": labelPoint, "fax": labelPoint, "telefax": labelPoint,
	"sähköposti": labelEmail, "sähköpostiosoite": labelEmail, "s-posti": labelEmail, "e-mail": labelEmail, "email": labelEmail, "e-post": labelEmail, "e-postadress": labelEmail, "mejl": labelEmail, "e-mailadres": labelEmail,
	"verkkosivut": labelWeb, "verkkosivu": labelWeb, "www": labelWeb, "webbplats": labelWeb, "website": labelWeb, "web": labelWeb, "internet": labelWeb,
	"y-tunnus": labelID, "fo-nummer": labelID, "business id": labelID, "organisationsnummer": labelID, "org.nr": labelID,
}

var labelRE = regexp.MustCompile(`^([\p{L}][\p{L} .\-]{0,40}?)\.?\s*:\s*(.+)$`)

// splitLabel splits "Puhelinvaihde: 029 566 6700" into its label and value
// when the label is one the table knows.
func splitLabel(s string) (label string, kind labelKind, value string) {
	if m := labelRE.FindStringSubmatch(s); m != nil {
		if k, ok := contactLabels[strings.ToLower(strings.TrimSpace(m[1]))]; ok {
			return strings.TrimSpace(m[1]), k, strings.TrimSpace(m[2])
		}
	}
	// "puh. +358 2 434 3111", "p. 0295 335 314", "Puhelin +358 29 533 1000",
	// "Tfn 0295 16001 (växel)", "Faksi +358 ..."
	word, rest, ok := strings.Cut(s, " ")
	if ok {
		w := strings.ToLower(strings.TrimRight(word, ".:"))
		if k, known := contactLabels[w]; known && (k == labelPhone || k == labelPoint || k == labelEmail || k == labelWeb) {
			return strings.TrimRight(word, ":"), k, strings.TrimSpace(rest)
		}
	}
	return "", labelNone, s
}

// trailingLabelRE is a label after a number: "0295 332 700 (keskus)".
var trailingLabelRE = regexp.MustCompile(`\s*\((keskus|vaihde|växel|switchboard|vx|kirjaamo|registratur)\)\s*$`)
