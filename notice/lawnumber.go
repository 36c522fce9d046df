package notice

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
)

// The patterns a statute's number must match in each jurisdiction whose
// numbering scheme the library knows, as regular expressions in the syntax
// that Go's regexp and JSON Schema share. [CheckStatuteNumber] applies them;
// a schema generator can put them in a schema as they are.
const (
	// StatuteNumberPatternEU matches an act of the Union: year/number for a
	// regulation since 2015 ("2016/679"), year/number/suffix for a
	// directive or decision ("2002/58/EC", "2010/87/EU", "95/46/EC" is
	// written "1995/46/EC"), and "No number/year" for a regulation before
	// 2015 ("No 45/2001"). The "(EU)" or "(EC)" before the number is not part
	// of it.
	StatuteNumberPatternEU = `^([0-9]{4}/[1-9][0-9]{0,3}(/(EC|EU|EEC|Euratom|CFSP|JHA))?|No [1-9][0-9]{0,3}/[0-9]{4})$`
	// StatuteNumberPatternFI matches the Finnish statute number: the number
	// of the act in its year's Statute Book (Suomen säädöskokoelma,
	// Finlands författningssamling), a slash and the year ("1050/2018").
	StatuteNumberPatternFI = `^[1-9][0-9]{0,3}/[0-9]{4}$`
	// StatuteNumberPatternSE matches the Swedish SFS number: the year, a
	// colon and the number in that year's Svensk författningssamling
	// ("2018:218", "1949:105"), without the "SFS" before it.
	StatuteNumberPatternSE = `^[0-9]{4}:[1-9][0-9]{0,3}$`
	// StatuteNumberPatternAT matches an Austrian federal act by its Federal
	// Law Gazette reference: "BGBl. I Nr. 120/2002" (part I, II or III, since
	// 1997) or "BGBl. Nr. 609/1977" (before 1997).
	StatuteNumberPatternAT = `^BGBl\. ((I|II|III) )?Nr\. [1-9][0-9]{0,3}/[0-9]{4}$`
	// StatuteNumberPatternDE matches a German federal act by where it was
	// promulgated: the Federal Law Gazette part, year and first page up to
	// 2022 ("BGBl. I 2017 S. 2097"), the year, part and number of the
	// electronic gazette since 2023 ("BGBl. 2024 I Nr. 149"), the
	// classification number of the adjusted collection, part III
	// ("BGBl. III 4100-1"), or the Reich Law Gazette year and page
	// ("RGBl. 1897 S. 219"). The abbreviation (BDSG, HGB) is
	// [Statute].Abbreviation, not the number.
	StatuteNumberPatternDE = `^(BGBl\. (I|II) [0-9]{4} S\. [1-9][0-9]*|BGBl\. [0-9]{4} (I|II) Nr\. [1-9][0-9]*|BGBl\. III [0-9]+(-[0-9]+)*|RGBl\. [0-9]{4} S\. [1-9][0-9]*)$`
	// StatuteNumberPatternDEBY matches an act of the Free State of Bavaria
	// (ISO 3166-2 DE-BY) by its Law and Ordinance Gazette year and first
	// page ("GVBl. 2018 S. 230").
	StatuteNumberPatternDEBY = `^GVBl\. [0-9]{4} S\. [1-9][0-9]*$`
	// StatuteNumberPatternNL matches a Dutch act by its identifier in the
	// Basiswettenbestand, the key of wetten.overheid.nl ("BWBR0024705").
	StatuteNumberPatternNL = `^BWBR[0-9]{7}$`
)

// ErrStatuteNumber is the sentinel a [*StatuteNumberError] matches with
// errors.Is.
var ErrStatuteNumber = errors.New("notice: not a statute number of its jurisdiction's form")

// A StatuteNumberError says that a statute number is not of its
// jurisdiction's form, and what form was expected.
type StatuteNumberError struct {
	// Jurisdiction is the jurisdiction checked, such as "FI".
	Jurisdiction string
	// Number is the number as given; "" when it was empty.
	Number string
	// Form describes the form expected, such as `number/year, such as "1050/2018"`.
	Form string
}

// Error returns "notice: statute number NUMBER of JURISDICTION: expected
// FORM", or that the number is empty.
func (e *StatuteNumberError) Error() string {
	if e.Number == "" {
		return fmt.Sprintf("notice: statute number of %s is empty: expected %s", e.Jurisdiction, e.Form)
	}
	return fmt.Sprintf("notice: statute number %q of %s: expected %s", e.Number, e.Jurisdiction, e.Form)
}

// Is reports whether target is [ErrStatuteNumber].
func (e *StatuteNumberError) Is(target error) bool { return target == ErrStatuteNumber }

// A statuteScheme is one jurisdiction's numbering scheme.
type statuteScheme struct {
	jurisdiction string
	pattern      string
	re           *regexp.Regexp
	form         string // what the error says is expected
}

// statuteSchemes is read-only after initialisation, sorted by jurisdiction.
var statuteSchemes = []statuteScheme{
	{"AT", StatuteNumberPatternAT, nil, `a Federal Law Gazette reference, such as "BGBl. I Nr. 120/2002"`},
	{"DE", StatuteNumberPatternDE, nil, `a Federal Law Gazette reference, such as "BGBl. I 2017 S. 2097" or "BGBl. 2024 I Nr. 149"`},
	{"DE-BY", StatuteNumberPatternDEBY, nil, `a Bavarian Law and Ordinance Gazette reference, such as "GVBl. 2018 S. 230"`},
	{"EU", StatuteNumberPatternEU, nil, `year/number, such as "2016/679" or "2002/58/EC"`},
	{"FI", StatuteNumberPatternFI, nil, `number/year, such as "1050/2018"`},
	{"NL", StatuteNumberPatternNL, nil, `a BWB identifier, such as "BWBR0024705"`},
	{"SE", StatuteNumberPatternSE, nil, `an SFS number year:number, such as "2018:218"`},
}

func init() {
	for i := range statuteSchemes {
		statuteSchemes[i].re = regexp.MustCompile(statuteSchemes[i].pattern)
	}
}

func schemeOf(jurisdiction string) (statuteScheme, bool) {
	i, ok := slices.BinarySearchFunc(statuteSchemes, jurisdiction, func(s statuteScheme, j string) int {
		switch {
		case s.jurisdiction < j:
			return -1
		case s.jurisdiction > j:
			return 1
		}
		return 0
	})
	if !ok {
		return statuteScheme{}, false
	}
	return statuteSchemes[i], true
}

// StatuteNumberPattern returns the pattern that numbers of jurisdiction's
// acts match (one of the StatuteNumberPattern constants) and a description
// of the form for a message, or false where the library knows no scheme for
// jurisdiction. The jurisdiction is "EU", an ISO 3166-1 alpha-2 code ("FI")
// or an ISO 3166-2 code ("DE-BY"), upper case, matched exactly.
func StatuteNumberPattern(jurisdiction string) (pattern, form string, ok bool) {
	s, ok := schemeOf(jurisdiction)
	return s.pattern, s.form, ok
}

// StatuteNumberJurisdictions returns the jurisdictions that have a pattern,
// sorted: "AT", "DE", "DE-BY", "EU", "FI", "NL", "SE".
func StatuteNumberJurisdictions() []string {
	out := make([]string, len(statuteSchemes))
	for i, s := range statuteSchemes {
		out[i] = s.jurisdiction
	}
	return out
}

// CheckStatuteNumber reports whether number is an act's number in
// jurisdiction's scheme (see the StatuteNumberPattern constants). An empty
// number is an error in every jurisdiction; a jurisdiction with no known
// scheme accepts any other number. The error is a [*StatuteNumberError],
// which matches [ErrStatuteNumber] and names the form expected:
//
//	notice: statute number "1050-2018" of FI: expected number/year, such as "1050/2018"
func CheckStatuteNumber(jurisdiction, number string) error {
	s, known := schemeOf(jurisdiction)
	if number == "" {
		form := "a non-empty number"
		if known {
			form = s.form
		}
		return &StatuteNumberError{Jurisdiction: jurisdiction, Form: form}
	}
	if !known || s.re.MatchString(number) {
		return nil
	}
	return &StatuteNumberError{Jurisdiction: jurisdiction, Number: number, Form: s.form}
}
