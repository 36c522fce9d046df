package validate

import "slices"

// AdequacyListDate is the date of the list of adequacy decisions the
// validator holds: the Commission's review of 15 January 2024, which upheld
// the eleven decisions adopted before the GDPR, with the decisions adopted
// since. A decision adopted or withdrawn after this date needs the list
// updated; the list is data, not logic.
const AdequacyListDate = "2024-01-15"

// An AdequacyDecision is one country with an adequacy decision of the
// Commission under Art 45(3) (or one adopted under Directive 95/46/EC and kept
// in force by Art 45(9)).
type AdequacyDecision struct {
	// Country is the ISO 3166-1 alpha-2 code.
	Country string
	// Name is the country's English name.
	Name string
	// Decision is the Commission decision's number, as it appears in the
	// decision's title in the Official Journal, such as "2000/518/EC" or
	// "(EU) 2021/1772". "" means the number has not been confirmed against
	// such a source; the country's entry in the list still holds.
	Decision string
	// Partial is true when the decision covers only part of the country's
	// recipients; Scope says which.
	Partial bool
	// Scope says what a partial decision covers.
	Scope string
}

// adequacyList is the list as of AdequacyListDate: the countries and scopes
// of terminology.md §8. Each decision number was checked against the title of
// the decision as published in the Official Journal: on EUR-Lex itself
// (including consolidated versions and Implementing Decision (EU) 2016/2295,
// which amended the eleven decisions adopted under Directive 95/46/EC), or,
// where EUR-Lex was not at hand, on a reproduction of the Official Journal
// text (legislation.gov.uk's copy of EU law, a legal database). All fifteen
// matched. A number that cannot be confirmed so is left "". The list is
// read-only; AdequacyDecisions returns a copy.
var adequacyList = []AdequacyDecision{
	{"AD", "Andorra", "2010/625/EU", false, ""},
	{"AR", "Argentina", "2003/490/EC", false, ""},
	{"CA", "Canada", "2002/2/EC", true, "commercial organisations subject to PIPEDA"},
	{"CH", "Switzerland", "2000/518/EC", false, ""},
	{"FO", "Faroe Islands", "2010/146/EU", false, ""},
	{"GB", "United Kingdom", "(EU) 2021/1772", false, ""},
	{"GG", "Guernsey", "2003/821/EC", false, ""},
	{"IL", "Israel", "2011/61/EU", false, ""},
	{"IM", "Isle of Man", "2004/411/EC", false, ""},
	{"JE", "Jersey", "2008/393/EC", false, ""},
	{"JP", "Japan", "(EU) 2019/419", true, "the private sector"},
	{"KR", "Republic of Korea", "(EU) 2022/254", false, ""},
	{"NZ", "New Zealand", "2013/65/EU", false, ""},
	{"US", "United States", "(EU) 2023/1795", true, "organisations certified under the EU-US Data Privacy Framework"},
	{"UY", "Uruguay", "2012/484/EU", false, ""},
}

// AdequacyDecisions returns the countries with an adequacy decision, as of
// [AdequacyListDate], sorted by country code.
func AdequacyDecisions() []AdequacyDecision { return slices.Clone(adequacyList) }

func adequacyOf(country string) (AdequacyDecision, bool) {
	for _, a := range adequacyList {
		if a.Country == country {
			return a, true
		}
	}
	return AdequacyDecision{}, false
}

// eea lists the EEA states (the EU Member States, Iceland, Liechtenstein and
// Norway) by ISO 3166-1 code, with the parts of Member States that ISO codes
// separately but that belong to the Union: Åland (AX) and the French
// outermost regions (GF, GP, MQ, RE, YT, MF). None of them is a third country.
var eea = map[string]bool{
	"AT": true, "BE": true, "BG": true, "HR": true, "CY": true, "CZ": true,
	"DK": true, "EE": true, "FI": true, "FR": true, "DE": true, "GR": true,
	"HU": true, "IE": true, "IT": true, "LV": true, "LT": true, "LU": true,
	"MT": true, "NL": true, "PL": true, "PT": true, "RO": true, "SK": true,
	"SI": true, "ES": true, "SE": true,
	"IS": true, "LI": true, "NO": true,
	"AX": true, "GF": true, "GP": true, "MQ": true, "RE": true, "YT": true, "MF": true,
}
