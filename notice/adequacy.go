package notice

import (
	"slices"
	"strings"
	"time"
)

// AdequacyListDate is the date on which the list of adequacy decisions
// ([Adequacies]) was last checked against its sources. A decision adopted,
// renewed, suspended or repealed after this date needs the list updated; the
// list is data, not logic.
const AdequacyListDate = "2026-11-29"

// An Adequacy is one adequacy decision of the Commission under Art 45(3), or
// one adopted under Directive 95/46/EC and kept in force by Art 45(9): for a
// third country (Country) or for an international organisation
// (Organisation), never both.
//
// Dates are the zero [Date] where no source confirmed them. Verified is true
// only where the decision's number and date were confirmed from the Official
// Journal or a verbatim reproduction of it; Source says what was checked and
// Note what remains open.
type Adequacy struct {
	// Country is the ISO 3166-1 alpha-2 code of the third country; "" for an
	// international organisation.
	Country string
	// Organisation is a short identifier of the international organisation,
	// such as "EPO"; "" for a country. [LookupAdequacyOrganisation] matches
	// it or Name.
	Organisation string
	// Name is the country's or organisation's English name.
	Name string
	// Decision is the decision's number as its title in the Official Journal
	// gives it, such as "2000/518/EC" or "(EU) 2021/1772"; "" where the
	// number has not been confirmed (Note says why).
	Decision string
	// CELEX is the decision's CELEX number on EUR-Lex, such as
	// "32000D0518"; "" with Decision.
	CELEX string
	// Adopted is the date of the decision.
	Adopted Date
	// Published is the date of the Official Journal that published it.
	Published Date
	// Expires is the date until which a decision with a sunset clause is
	// valid; the zero Date where it has none.
	Expires Date
	// Partial is true when the decision covers only part of the country's
	// recipients; Scope says which.
	Partial bool
	// Scope says what a partial decision covers; "" for a whole country or
	// organisation.
	Scope string
	// Source names what was checked for this entry.
	Source string
	// Note says what is still unconfirmed or pending, if anything.
	Note string
	// Verified is true where the number and the date were confirmed from the
	// Official Journal or a verbatim reproduction of it.
	Verified bool
}

func date(y int, m time.Month, d int) Date { return NewDate(y, m, d) }

// The sources each entry names.
const (
	srcOJTitles = "the decision's title in the Official Journal (EUR-Lex, or a reproduction of the OJ text), checked for the number"
	srcDPV      = "the W3C Data Privacy Vocabulary's list of EU adequacy decisions (legal-eu, v2.3) for the CELEX number"
	srcReview   = "the project's legal review (2026), section 4"
	srcLawFirms = "a secondary list of adequacy decisions with their dates (legal-skills-open, adequacy-assessment)"
)

// adequacies is the list as of AdequacyListDate, sorted: countries by code,
// then international organisations by identifier. Read-only; Adequacies
// returns a copy.
var adequacies = []Adequacy{
	{Country: "AD", Name: "Andorra", Decision: "2010/625/EU", CELEX: "32010D0625",
		Adopted: date(2010, time.October, 19), Published: date(2010, time.October, 21),
		Source: srcOJTitles + "; " + srcDPV + " (and the OJ date); " + srcLawFirms + " (the date of adoption)",
		Note:   "the date of adoption from a secondary source only"},
	{Country: "AR", Name: "Argentina", Decision: "2003/490/EC", CELEX: "32003D0490",
		Adopted: date(2003, time.June, 30), Published: date(2003, time.July, 5),
		Source: srcOJTitles + "; " + srcDPV + " (and the OJ date); " + srcLawFirms + " (the date of adoption)",
		Note:   "the date of adoption from a secondary source only"},
	{Country: "BR", Name: "Brazil", Decision: "(EU) 2026/179", CELEX: "32026D0179",
		Adopted: date(2026, time.January, 26), Published: date(2026, time.January, 28),
		Source:   srcReview + ": the number and date from the EEA database entry; the adoption date also from law-firm notes",
		Note:     "covers the public and private sectors; incorporation into the EEA Agreement was pending in 2026, which matters for Iceland, Liechtenstein and Norway",
		Verified: true},
	{Country: "CA", Name: "Canada", Decision: "2002/2/EC", CELEX: "32002D0002",
		Adopted: date(2001, time.December, 20), Published: date(2002, time.January, 4),
		Partial: true, Scope: "commercial organisations subject to PIPEDA",
		Source: srcOJTitles + "; " + srcDPV + " (and the OJ date); " + srcLawFirms + " (the date of adoption)",
		Note:   "the date of adoption from a secondary source only"},
	{Country: "CH", Name: "Switzerland", Decision: "2000/518/EC", CELEX: "32000D0518",
		Published: date(2000, time.August, 25),
		Source:    srcOJTitles + "; " + srcDPV + " (and the OJ date)",
		Note:      "the date of adoption not confirmed"},
	{Country: "FO", Name: "Faroe Islands", Decision: "2010/146/EU", CELEX: "32010D0146",
		Adopted: date(2010, time.March, 5), Published: date(2010, time.March, 9),
		Source: srcOJTitles + "; " + srcDPV + " (and the OJ date); " + srcLawFirms + " (the date of adoption)",
		Note:   "the date of adoption from a secondary source only"},
	// The 2021 decision (EU) 2021/1772 of 28 June 2021 had a sunset of 27 June
	// 2025, extended by six months; the Commission renewed it on 19 December
	// 2025. The renewing decision's number was not found in any source.
	{Country: "GB", Name: "United Kingdom",
		Adopted: date(2025, time.December, 19), Expires: date(2031, time.December, 27),
		Source: srcReview + ": the renewal date and expiry agree across five secondary sources",
		Note:   "renews (EU) 2021/1772; the renewing decision's number is to be confirmed on EUR-Lex (no source seen gives it); the renewal brings the former immigration-control exclusion into scope; Gibraltar is not covered"},
	{Country: "GG", Name: "Guernsey", Decision: "2003/821/EC", CELEX: "32003D0821",
		Adopted: date(2003, time.November, 21),
		Source:  srcOJTitles + "; " + srcDPV + "; " + srcLawFirms + " (the date of adoption)",
		Note:    "the date of adoption from a secondary source only; the OJ date not confirmed"},
	{Country: "IL", Name: "Israel", Decision: "2011/61/EU", CELEX: "32011D0061",
		Adopted: date(2011, time.January, 31), Published: date(2011, time.February, 1),
		Source: srcOJTitles + "; " + srcDPV + " (and the OJ date); " + srcLawFirms + " (the date of adoption)",
		Note:   "the date of adoption from a secondary source only"},
	{Country: "IM", Name: "Isle of Man", Decision: "2004/411/EC", CELEX: "32004D0411",
		Adopted: date(2004, time.April, 28), Published: date(2004, time.April, 30),
		Source: srcOJTitles + "; " + srcDPV + " (and the OJ date); " + srcLawFirms + " (the date of adoption)",
		Note:   "the date of adoption from a secondary source only"},
	{Country: "JE", Name: "Jersey", Decision: "2008/393/EC", CELEX: "32008D0393",
		Source: srcOJTitles + "; " + srcDPV,
		Note:   "the dates of adoption and publication not confirmed"},
	{Country: "JP", Name: "Japan", Decision: "(EU) 2019/419", CELEX: "32019D0419",
		Adopted: date(2019, time.January, 23),
		Partial: true, Scope: "the private sector (business operators handling personal information under the APPI, with the supplementary rules)",
		Source: srcOJTitles + "; " + srcDPV + " (its ELI and the date of adoption); " + srcLawFirms + " (the date of adoption)",
		Note:   "the date of adoption from secondary sources only; the OJ date not confirmed"},
	{Country: "KR", Name: "Republic of Korea", Decision: "(EU) 2022/254", CELEX: "32022D0254",
		Source: srcOJTitles,
		Note:   "the dates not confirmed; one secondary source reports a first periodic review concluded in July 2026 that kept the decision, unconfirmed"},
	{Country: "NZ", Name: "New Zealand", Decision: "2013/65/EU", CELEX: "32013D0065",
		Source: srcOJTitles + "; " + srcDPV,
		Note:   "the dates not confirmed"},
	// The General Court dismissed the action for annulment (Case T-553/23,
	// 3 September 2025); an appeal (C-703/25 P) was pending; both from
	// secondary sources.
	{Country: "US", Name: "United States", Decision: "(EU) 2023/1795", CELEX: "32023D1795",
		Adopted: date(2023, time.July, 10),
		Partial: true, Scope: "organisations certified under the EU-US Data Privacy Framework",
		Source: srcOJTitles + "; the date of adoption from the project's term sheet (section 8)",
		Note:   "in force; the annulment action T-553/23 was dismissed and the appeal C-703/25 P was pending (secondary sources)"},
	{Country: "UY", Name: "Uruguay", Decision: "2012/484/EU", CELEX: "32012D0484",
		Source: srcOJTitles + "; " + srcDPV,
		Note:   "the dates not confirmed"},
	// The first adequacy decision for an international organisation.
	{Organisation: "EPO", Name: "European Patent Organisation", Decision: "(EU) 2025/1382", CELEX: "32025D1382",
		Adopted: date(2025, time.July, 15), Published: date(2025, time.July, 18),
		Source:   srcReview + ": number, date and CELEX from a reproduction of the EUR-Lex text; the date also from the EPO's own news",
		Verified: true},
}

// Adequacies returns the adequacy decisions in force as of
// [AdequacyListDate]: the third countries sorted by code, then the
// international organisations. The slice is a copy.
func Adequacies() []Adequacy { return slices.Clone(adequacies) }

// LookupAdequacy returns the adequacy decision for a third country by its
// ISO 3166-1 alpha-2 code ("BR"), or false where the Commission has adopted
// none (as of [AdequacyListDate]). The code is matched exactly, upper case.
func LookupAdequacy(country string) (Adequacy, bool) {
	if country == "" {
		return Adequacy{}, false
	}
	for _, a := range adequacies {
		if a.Country == country {
			return a, true
		}
	}
	return Adequacy{}, false
}

// LookupAdequacyOrganisation returns the adequacy decision for an
// international organisation, by its identifier ("EPO") or its English name
// ("European Patent Organisation"), compared without regard to case and
// with runs of spaces taken as one; or false where there is none.
func LookupAdequacyOrganisation(name string) (Adequacy, bool) {
	key := strings.ToLower(strings.Join(strings.Fields(name), " "))
	if key == "" {
		return Adequacy{}, false
	}
	for _, a := range adequacies {
		if a.Organisation != "" && (strings.ToLower(a.Organisation) == key || strings.ToLower(a.Name) == key) {
			return a, true
		}
	}
	return Adequacy{}, false
}

// eea holds the EEA states (the EU Member States, Iceland, Liechtenstein and
// Norway) by ISO 3166-1 code, with the parts of Member States that ISO codes
// separately but that belong to the Union: Åland (AX) and the French
// outermost regions (GF, GP, MQ, RE, YT, MF). Read-only.
var eea = map[string]bool{
	"AT": true, "BE": true, "BG": true, "HR": true, "CY": true, "CZ": true,
	"DK": true, "EE": true, "FI": true, "FR": true, "DE": true, "GR": true,
	"HU": true, "IE": true, "IT": true, "LV": true, "LT": true, "LU": true,
	"MT": true, "NL": true, "PL": true, "PT": true, "RO": true, "SK": true,
	"SI": true, "ES": true, "SE": true,
	"IS": true, "LI": true, "NO": true,
	"AX": true, "GF": true, "GP": true, "MQ": true, "RE": true, "YT": true, "MF": true,
}

// IsEEA reports whether country, an ISO 3166-1 alpha-2 code, is in the
// European Economic Area: an EU Member State (or a part of one that ISO codes
// separately, such as Åland, AX), Iceland, Liechtenstein or Norway. A transfer
// there is not a transfer to a third country (Chapter V). Codes are matched
// exactly, upper case.
func IsEEA(country string) bool { return eea[country] }
