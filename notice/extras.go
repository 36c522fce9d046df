package notice

// A NegativeStatement is something the notice says is not done, such as "no
// special categories of personal data are processed". Saying it is not the
// same as saying nothing (Art 12(1); the items of Arts 9, 10, 21(2), 4(4)).
type NegativeStatement struct {
	// Statement is the code of what is not done (Art 12(1)).
	Statement Negation `json:"statement"`
	// Description is the notice's own words (Art 12(1)).
	Description Text `json:"description,omitempty"`
	// Scope names the purposes, data or groups the statement covers; empty means all (Art 12(1)).
	Scope Scope `json:"scope,omitzero"`
}

// An Adherence is adherence to an approved code of conduct (Art 40) or certification
// (Art 42) the controller adheres to, or a sector code such as the REFEDS or
// GÉANT Data Protection Code of Conduct (Art 24(3), 40, 42).
type Adherence struct {
	// Certification is true for a certification mechanism, seal or mark (Art 42) rather than a code of conduct (Art 40).
	Certification bool `json:"certification,omitzero"`
	// Name is the code's or certification's name (Art 40, 42).
	Name Name `json:"name"`
	// Identifier is its identifier, such as a version URI or register number (Art 40(6), 42(8)).
	Identifier string `json:"identifier,omitempty"`
	// URL is where it can be read (Art 40, 42).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
	// Description is the notice's own words on it (Art 40, 42).
	Description Text `json:"description,omitempty"`
}

// A Cookie is one cookie or similar technology that stores or reads
// information on the user's device (Directive 2002/58/EC Art 5(3); Art
// 13(1)(c), (e), 13(2)(a)).
type Cookie struct {
	// Name is the cookie's or storage key's name, as set on the device;
	// absent where the notice describes a cookie without naming it (Directive 2002/58/EC Art 5(3)).
	Name string `json:"name,omitempty"`
	// Description says in words which cookie it is, where it has no name in the notice (Directive 2002/58/EC Art 5(3)).
	Description Text `json:"description,omitempty"`
	// Technology is what kind of storage or access it is; empty means a cookie (Directive 2002/58/EC Art 5(3)).
	Technology StorageTechnology `json:"technology,omitempty"`
	// Provider names who sets or reads it (Art 13(1)(e)).
	Provider Name `json:"provider,omitempty"`
	// ThirdParty is true when the provider is not the controller (Art 13(1)(e)).
	ThirdParty bool `json:"thirdParty,omitzero"`
	// Purpose says what it is used for (Art 13(1)(c)).
	Purpose Text `json:"purpose,omitempty"`
	// Scope names the purposes of the notice it serves (Art 13(1)(c)).
	Scope Scope `json:"scope,omitzero"`
	// Duration is how long it is kept, as an ISO 8601 duration (Art 13(2)(a)).
	Duration Duration `json:"duration,omitzero"`
	// Session is true when it is deleted at the end of the browser session (Art 13(2)(a)).
	Session bool `json:"session,omitzero"`
	// Consent is true when the user's consent is asked before it is set (Directive 2002/58/EC Art 5(3); Art 6(1)(a)).
	Consent bool `json:"consent,omitzero"`
	// Necessary is true when it is strictly necessary for the service the
	// user asked for, and so needs no consent (Directive 2002/58/EC Art 5(3), second sentence).
	Necessary bool `json:"necessary,omitzero"`
	// Refusal says how the user can refuse or remove it (Directive 2002/58/EC Art 5(3); Art 7(3)).
	Refusal Text `json:"refusal,omitempty"`
}

// A Change is one entry of the notice's change log: when, which version,
// what changed (Art 12(1); EDPB WP260 rev.01 para 29).
type Change struct {
	// Date is the date of the change, YYYY, YYYY-MM or YYYY-MM-DD (Art 12(1)).
	Date Date `json:"date,omitzero"`
	// Version is the version label after the change (Art 12(1)).
	Version string `json:"version,omitempty"`
	// Description says what changed (Art 12(1)).
	Description Text `json:"description"`
}

// A Section is a free section with a heading and a body, for what a notice
// says beyond the regulation's items, placed where the author puts it
// (beyond Arts 13-14; Art 12(1)).
type Section struct {
	// ID is a short identifier, unique in the notice, used for anchors and for another section's After (Art 12(1)).
	ID string `json:"id,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$"`
	// After places the section after an item of the notice, named by its
	// field name ("retention", "rights"), or after another section, named by
	// its ID; empty places it after the other items, in order (Art 12(1)).
	After string `json:"after,omitempty"`
	// Heading is the section's heading (Art 12(1)).
	Heading Text `json:"heading"`
	// Blocks are the section's body: paragraphs, lists and links, in order (Art 12(1)).
	Blocks []Block `json:"blocks,omitempty"`
}

// A Block is one part of a free section's body: exactly one of a paragraph,
// a list or a link (Art 12(1)).
type Block struct {
	// Paragraph is a paragraph of text; a blank line within it starts another (Art 12(1)).
	Paragraph Text `json:"paragraph,omitempty"`
	// List is a list of points (Art 12(1)).
	List []Text `json:"list,omitempty"`
	// Ordered is true when the list's points are numbered (Art 12(1)).
	Ordered bool `json:"ordered,omitzero"`
	// Link is a link with its text and target (Art 12(1)).
	Link *Link `json:"link,omitempty"`
}

// A Link is a link with its text and target (Art 12(1)).
type Link struct {
	// Text is the link's text; empty shows the URL (Art 12(1)).
	Text Text `json:"text,omitempty"`
	// URL is the target: an http, https, mailto or tel URL (Art 12(1)).
	URL string `json:"url" jsonschema:"format=uri"`
}
