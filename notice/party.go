package notice

// A Party is a natural or legal person, public authority, agency or other
// body with contact details: a controller, joint controller, contact person,
// data protection officer, representative or supervisory authority (Art
// 13(1)(a)-(b), 4(7)).
type Party struct {
	// Name is the person's or body's name. A name is the same in every
	// language unless an official translation is given: a bare string is
	// never a missing translation (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Name Name `json:"name,omitempty"`
	// Role is the person's title or the unit's role, such as "Tietohallintojohtaja" (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Role Text `json:"role,omitempty"`
	// Unit is a department or unit within the organisation (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Unit Name `json:"unit,omitempty"`
	// Organisation names the body a person named in Name works for (Art 13(1)(a)-(b)).
	Organisation Name `json:"organisation,omitempty"`
	// Category is true when Name names a kind of body rather than one body,
	// such as "the municipal health service of your region"; Note or URL
	// then says how to find the one that concerns the data subject (Art 13(1)(a)-(b), 26).
	Category bool `json:"category,omitzero"`
	// Identifiers are the body's registration numbers, each in its scheme:
	// a Finnish business ID, a Swedish organisation number, a VAT number, an
	// LEI (Art 13(1)(a), 14(1)(a): the identity of the controller).
	Identifiers []Identifier `json:"identifiers,omitempty"`
	// PublicAuthority says whether the party is a public authority or body, as
	// the notice states it; absent means not stated (Art 6(1) second
	// subparagraph, 37(1)(a), 49(3)).
	PublicAuthority *bool `json:"publicAuthority,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the country of establishment (Art 13(1)(a)-(b), 14(1)(a)-(b), 3).
	Country string `json:"country,omitempty" jsonschema:"pattern=^[A-Z]{2}$"`
	ContactDetails
	// Note is further free text about the party or how to reach it (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Note Text `json:"note,omitempty"`
	Validity
}

// ContactDetails are the ways to reach a party: a postal address, the main
// e-mail address, telephone number and web address, and further labelled
// contact points (Art 13(1)(a)-(b), 14(1)(a)-(b)).
type ContactDetails struct {
	// Address is the postal or visiting address, one line per element; street
	// and place names are the same in every language unless an official
	// translation is given (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Address []Name `json:"address,omitempty"`
	// Email is the main e-mail address (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Email string `json:"email,omitempty" jsonschema:"format=email"`
	// Phone is the main telephone number, preferably in international form (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Phone string `json:"phone,omitempty"`
	// URL is the main web address (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
	// Contacts are further contact points, each with its label, such as the
	// registry office ("kirjaamo"), the switchboard ("vaihde") or a support
	// address (Art 13(1)(a)-(b), 14(1)(a)-(b), 12(2)).
	Contacts []ContactPoint `json:"contacts,omitempty"`
}

// A ContactPoint is one labelled way to reach a party: "Kirjaamo:
// kirjaamo@example.fi, 029 123 4567" (Art 13(1)(a)-(b), 12(2)).
type ContactPoint struct {
	// Label says what the contact point is, such as "Kirjaamo" or "Switchboard" (Art 13(1)(a)-(b), 12(2)).
	Label Text `json:"label,omitempty"`
	// Address is a postal address of this contact point, one line per element (Art 13(1)(a)-(b), 12(2)).
	Address []Name `json:"address,omitempty"`
	// Email is an e-mail address (Art 13(1)(a)-(b), 12(2)).
	Email string `json:"email,omitempty" jsonschema:"format=email"`
	// Phone is a telephone number, preferably in international form (Art 13(1)(a)-(b), 12(2)).
	Phone string `json:"phone,omitempty"`
	// URL is a web address, such as a contact form (Art 13(1)(a)-(b), 12(2)).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
	// Note is further text on this contact point, such as opening hours (Art 13(1)(a)-(b), 12(2)).
	Note Text `json:"note,omitempty"`
}

// Validity is the time during which a role holds: a joint controller "until
// February 2021", a processor from a date. Either end may be absent (Art
// 13(1)(a), (e); Art 26).
type Validity struct {
	// From is the date the role begins, YYYY, YYYY-MM or YYYY-MM-DD (Art 13(1)(a), (e)).
	From Date `json:"from,omitzero"`
	// Until is the date the role ends, YYYY, YYYY-MM or YYYY-MM-DD; not before From (Art 13(1)(a), (e)).
	Until Date `json:"until,omitzero"`
}

// An Identifier is one registration number of a body in its scheme, such as
// a Finnish business ID or an LEI (Art 13(1)(a): the identity of the
// controller).
type Identifier struct {
	// Scheme is the identifier's scheme; each is checked by its own rule (Art 13(1)(a)).
	Scheme IdentifierScheme `json:"scheme"`
	// SchemeName names the scheme where Scheme is "other", such as "Handelsregister HRB Stuttgart" (Art 13(1)(a)).
	SchemeName Name `json:"schemeName,omitempty"`
	// Value is the identifier as written in its scheme, such as "0245896-3" (Art 13(1)(a)).
	Value string `json:"value"`
}

// JointControllers names the joint controllers of Art 26 and states the
// essence of their arrangement (Art 26(2)).
type JointControllers struct {
	// Parties are the joint controllers other than the notice's controller (Art 26).
	Parties []JointController `json:"parties,omitempty"`
	// Arrangement is the essence of the arrangement between the joint controllers (Art 26(2)).
	Arrangement Text `json:"arrangement,omitempty"`
	// ContactPoint names the contact point for data subjects, if one is designated (Art 26(1)).
	ContactPoint Text `json:"contactPoint,omitempty"`
	// URL is where the arrangement or the other controller's notice can be read (Art 26).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
}

// A JointController is one joint controller, the part of the processing for
// which it is one, and its own data protection officer.
type JointController struct {
	Party
	// Scope is the part of the processing the party controls jointly, in words (Art 26).
	Scope Text `json:"scope,omitempty"`
	// DPO is the joint controller's own data protection officer (Art 13(1)(b), 26, 37(7)).
	DPO *DPO `json:"dpo,omitempty"`
}

// Representative is the Art 27 representative of a controller not
// established in the Union, or a statement that none is needed.
type Representative struct {
	// NotApplicable says why no representative is given, typically that the
	// controller is established in the Union (Art 27(2)).
	NotApplicable Text `json:"notApplicable,omitempty"`
	// Party is the representative (Art 13(1)(a), 27).
	Party *Party `json:"party,omitempty"`
}

// DPO is the data protection officer's contact details (Art 13(1)(b),
// 37(7)), or a statement why there is none.
type DPO struct {
	// NotApplicable says why no data protection officer is designated (Art 37(1)).
	NotApplicable Text `json:"notApplicable,omitempty"`
	Party
}

// A SupervisoryAuthority is an authority with which a complaint can be
// lodged (Art 13(2)(d), 77): one from the built-in table named by Code
// ([LookupAuthority]), one given in full, or the authority of the data
// subject's own Member State, named by Residence.
type SupervisoryAuthority struct {
	// Code names an authority of the built-in table, such as "FI" or "SE";
	// its name and web address then need not be written out (Art 13(2)(d), 51).
	Code string `json:"code,omitempty"`
	// Residence is true for "the supervisory authority of the Member State of
	// your habitual residence, place of work or place of the alleged
	// infringement" (Art 77(1)).
	Residence bool `json:"residence,omitzero"`
	Party
}
