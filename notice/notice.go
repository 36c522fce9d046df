package notice

import (
	"golang.org/x/text/language"
)

// SchemaVersion is the version of the notice schema that this package reads
// and writes. A notice names it in its schemaVersion field.
const SchemaVersion = "1"

// A Notice is one privacy notice: the information that Articles 13 and 14 of
// Regulation (EU) 2016/679 oblige a controller to give. It holds one or more
// processing activities; the controller, data protection officer, rights and
// supervisory authority are set once on the notice and may be overridden per
// activity.
//
// A Notice is a plain value: build it in Go or decode it with [Decode], and
// treat it as read-only once built; it is then safe for concurrent use.
type Notice struct {
	// SchemaVersion names the schema the notice was written against; it must be "1" (Art 12(1)).
	SchemaVersion string `json:"schemaVersion" jsonschema:"enum=1"`
	// Languages are the notice's languages as BCP 47 tags; the first is the
	// language of the original text, the others are translations (Art 12(1):
	// information in a concise, intelligible form, using clear and plain language).
	Languages []language.Tag `json:"languages" jsonschema:"minItems=1"`
	// UnofficialTranslations lists the languages whose text is a translation
	// made for information only; the original language prevails (Art 12(1)).
	UnofficialTranslations []language.Tag `json:"unofficialTranslations,omitempty"`
	// Title is the notice's own title, such as "ViLLE-palvelun tietosuojaseloste" (Art 12(1)).
	Title Text `json:"title"`
	// Introduction is free text shown before the first section (Art 12(1)).
	Introduction Text `json:"introduction,omitempty"`
	// Version is the controller's own version label (Art 12(1)).
	Version string `json:"version,omitempty"`
	// Prepared is the date the notice was drawn up ("laadittu") (Art 12(1)).
	Prepared Date `json:"prepared,omitempty"`
	// Updated is the date of the last change ("päivitetty", "viimeisin muutos") (Art 12(1)).
	Updated Date `json:"updated,omitempty"`
	// Published is the date the notice was published (Art 12(1)).
	Published Date `json:"published,omitempty"`
	// Effective is the date from which the notice applies; not before Published (Art 12(1)).
	Effective Date `json:"effective,omitempty"`
	// URL is the canonical address of the notice (Art 12(1)).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`

	// Controller is the controller's identity and contact details (Art 13(1)(a), 14(1)(a)).
	Controller *Party `json:"controller,omitempty"`
	// JointControllers names joint controllers and the essence of their
	// arrangement (Art 26(2)).
	JointControllers *JointControllers `json:"jointControllers,omitempty"`
	// Representative is the controller's representative in the Union, required
	// where the controller is not established in the Union (Art 13(1)(a), 27).
	Representative *Representative `json:"representative,omitempty"`
	// ContactPersons are the persons to contact in matters of the register
	// ("yhteyshenkilö rekisteriä koskevissa asioissa"); they are not Art 27
	// representatives.
	ContactPersons []Party `json:"contactPersons,omitempty"`
	// DPO is the contact details of the data protection officer (Art 13(1)(b), 14(1)(b), 37(7)).
	DPO *DPO `json:"dpo,omitempty"`

	// Activities are the processing activities ("registers") the notice covers (Art 13(1)(c), 14(1)(c)).
	Activities []Activity `json:"activities" jsonschema:"minItems=1"`

	// Rights informs of the data subject's rights (Art 13(2)(b)-(d), 14(2)(c)-(e)).
	Rights *Rights `json:"rights,omitempty"`
	// SupervisoryAuthority is the authority with which a complaint can be lodged (Art 13(2)(d), 77).
	SupervisoryAuthority *Party `json:"supervisoryAuthority,omitempty"`
	// Security describes the technical and organisational security measures (Art 32, 24).
	Security *Security `json:"security,omitempty"`
	// Sections are further sections the notice gives beyond the regulation
	// (cookies, say), in order (beyond Arts 13-14).
	Sections []Section `json:"sections,omitempty"`
}

// A Party is a natural or legal person with contact details: a controller,
// contact person, data protection officer, representative or supervisory
// authority (Art 13(1)(a)-(b)).
type Party struct {
	// Name is the person's or organisation's name (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Name Text `json:"name,omitempty"`
	// Role is the person's title or the unit's role, such as "Tietohallintojohtaja" (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Role Text `json:"role,omitempty"`
	// Unit is a department or unit within the organisation (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Unit Text `json:"unit,omitempty"`
	// BusinessID is the Finnish business ID (Y-tunnus), such as "0245896-3" (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	BusinessID string `json:"businessId,omitempty" jsonschema:"pattern=^[0-9]{7}-[0-9]$"`
	// Address is the postal or visiting address, one line per element (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Address []Text `json:"address,omitempty"`
	// Email is an email address (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Email string `json:"email,omitempty" jsonschema:"format=email"`
	// Phone is a telephone number, preferably in international form (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Phone string `json:"phone,omitempty"`
	// URL is a web address (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
	// Country is the ISO 3166-1 alpha-2 code of the country of establishment (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Country string `json:"country,omitempty" jsonschema:"pattern=^[A-Z]{2}$"`
	// Note is further free text about the party or how to reach it (Art 13(1)(a)-(b), 14(1)(a)-(b)).
	Note Text `json:"note,omitempty"`
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

// A JointController is one joint controller and the part of the processing
// for which it is one.
type JointController struct {
	Party
	// Scope is the part of the processing the party controls jointly (Art 26).
	Scope Text `json:"scope,omitempty"`
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

// An Activity is one processing activity: a register, with its own purposes,
// legal bases, data, sources, recipients, transfers and retention. Its
// Controller, DPO, Rights and SupervisoryAuthority, when set, override the
// notice's.
type Activity struct {
	// ID is a short identifier, unique in the notice, used for anchors and references (Art 12(1)).
	ID string `json:"id" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$"`
	// Name is the name of the activity or register ("rekisterin nimi") (Art 12(1)).
	Name Text `json:"name"`
	// Description is free text on what the activity is (Art 12(1)).
	Description Text `json:"description,omitempty"`

	// Controller overrides the notice's controller for this activity (Art 13(1)(a)).
	Controller *Party `json:"controller,omitempty"`
	// DPO overrides the notice's data protection officer (Art 13(1)(b)).
	DPO *DPO `json:"dpo,omitempty"`

	// Purposes are the purposes of the processing (Art 13(1)(c), 14(1)(c)).
	Purposes []Purpose `json:"purposes,omitempty"`
	// LegalBases are the legal bases of the processing (Art 13(1)(c), 6(1)).
	LegalBases []LegalBasisClaim `json:"legalBases,omitempty"`
	// LegitimateInterests are the legitimate interests pursued where Art 6(1)(f)
	// is a basis (Art 13(1)(d), 14(2)(b)).
	LegitimateInterests Text `json:"legitimateInterests,omitempty"`
	// SpecialCategoryConditions are the Art 9(2) conditions for processing
	// special categories of personal data.
	SpecialCategoryConditions []SpecialConditionClaim `json:"specialCategoryConditions,omitempty"`
	// CriminalDataBasis is the Art 10 ground for data on criminal convictions and offences.
	CriminalDataBasis *CriminalBasisClaim `json:"criminalDataBasis,omitempty"`

	// DataSubjects are the categories of data subjects (Art 12(1); recorded under Art 30(1)(c)).
	DataSubjects []DataSubjectGroup `json:"dataSubjects,omitempty"`
	// DataCategories are the categories of personal data concerned (Art 14(1)(d)).
	DataCategories []DataCategory `json:"dataCategories,omitempty"`
	// Sources say where the personal data come from (Art 14(2)(f)); data from
	// any source other than the data subject make Art 14 apply.
	Sources *Sources `json:"sources,omitempty"`
	// Requirement says whether providing the data is a statutory or contractual
	// requirement and what follows from not providing it (Art 13(2)(e)).
	Requirement *RequirementInfo `json:"requirement,omitempty"`

	// Recipients are the recipients or categories of recipients (Art 13(1)(e), 14(1)(e)).
	Recipients *Recipients `json:"recipients,omitempty"`
	// Transfers are the transfers to third countries or international
	// organisations and their safeguards (Art 13(1)(f), 14(1)(f)).
	Transfers *Transfers `json:"transfers,omitempty"`
	// Retention is how long the data are kept, or the criteria for it (Art 13(2)(a), 14(2)(a)).
	Retention []Retention `json:"retention,omitempty"`
	// AutomatedDecisions informs of automated decision-making, including
	// profiling (Art 13(2)(f), 14(2)(g), 22).
	AutomatedDecisions *AutomatedDecisions `json:"automatedDecisions,omitempty"`
	// FurtherProcessing are purposes for which the data will be further
	// processed beyond those they were collected for (Art 13(3), 14(4)).
	FurtherProcessing []Purpose `json:"furtherProcessing,omitempty"`
	// Exemptions are the Art 14(5) grounds the activity claims.
	Exemptions []ExemptionClaim `json:"exemptions,omitempty"`

	// Rights overrides the notice's statement of rights (Art 13(2)(b)).
	Rights *Rights `json:"rights,omitempty"`
	// SupervisoryAuthority overrides the notice's supervisory authority (Art 13(2)(d)).
	SupervisoryAuthority *Party `json:"supervisoryAuthority,omitempty"`
	// Security overrides or adds to the notice's security measures (Art 32).
	Security *Security `json:"security,omitempty"`
	// Sections are further sections of this activity (beyond Arts 13-14).
	Sections []Section `json:"sections,omitempty"`
}

// A Purpose is one purpose of processing (Art 13(1)(c)).
type Purpose struct {
	// Description says the purpose in words (Art 13(1)(c), 14(1)(c)).
	Description Text `json:"description"`
	// Items list the parts of the purpose, where the notice enumerates them (Art 13(1)(c), 14(1)(c)).
	Items []Text `json:"items,omitempty"`
}

// A LegalBasisClaim is one Art 6(1) legal basis an activity rests on, with the
// law it rests on where Art 6(3) requires one (points (c) and (e)).
type LegalBasisClaim struct {
	// Basis is the Art 6(1) code.
	Basis LegalBasis `json:"basis"`
	// Laws are the Union or Member State law the basis rests on (Art 6(3)).
	Laws []LawRef `json:"laws,omitempty"`
	// Description is the notice's own words on this basis (Art 13(1)(c)).
	Description Text `json:"description,omitempty"`
}

// A SpecialConditionClaim is one Art 9(2) condition an activity rests on.
type SpecialConditionClaim struct {
	// Condition is the Art 9(2) code.
	Condition SpecialCondition `json:"condition"`
	// Laws are the law the condition rests on, where it requires one (Art 9(2)(b), (g)-(j)).
	Laws []LawRef `json:"laws,omitempty"`
	// Description is the notice's own words on this condition (Art 9(2)).
	Description Text `json:"description,omitempty"`
}

// A CriminalBasisClaim is the Art 10 ground for processing data on criminal
// convictions and offences.
type CriminalBasisClaim struct {
	// Basis is the Art 10 code.
	Basis CriminalBasis `json:"basis"`
	// Laws are the law that authorises the processing (Art 10).
	Laws []LawRef `json:"laws,omitempty"`
	// Description is the notice's own words (Art 10).
	Description Text `json:"description,omitempty"`
}

// A DataSubjectGroup is one category of data subjects, such as pupils or staff.
type DataSubjectGroup struct {
	// ID identifies the group within the activity, for DataCategory.Subjects (Art 12(1); recorded under Art 30(1)(c)).
	ID string `json:"id,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$"`
	// Name names the group (Art 12(1); recorded under Art 30(1)(c)).
	Name Text `json:"name"`
	// Description says more of who belongs to it (Art 12(1); recorded under Art 30(1)(c)).
	Description Text `json:"description,omitempty"`
	// Children is true when the group consists of or includes children (Art 8, recital 58).
	Children bool `json:"children,omitzero"`
}

// A DataCategory is one category of personal data concerned (Art 14(1)(d)).
type DataCategory struct {
	// Name names the category, such as "Oppilaan perustiedot" (Art 14(1)(d)).
	Name Text `json:"name"`
	// Items list the data in the category (Art 14(1)(d)).
	Items []Text `json:"items,omitempty"`
	// Description says more of the data (Art 14(1)(d)).
	Description Text `json:"description,omitempty"`
	// Subjects are the IDs of the DataSubjectGroups the data concern; empty means all (Art 14(1)(d)).
	Subjects []string `json:"subjects,omitempty"`
	// Special lists the Art 9(1) special categories the data include.
	Special []SpecialCategory `json:"special,omitempty"`
	// Criminal is true when the data relate to criminal convictions and offences (Art 10).
	Criminal bool `json:"criminal,omitzero"`
	// NationalID is true when the data include a national identification
	// number (Art 87; in Finland, henkilötunnus under the Data Protection Act 29 §).
	NationalID bool `json:"nationalId,omitzero"`
}

// Sources says where the personal data come from (Art 14(2)(f)).
type Sources struct {
	// NotApplicable says why no source is given (Art 14(2)(f)).
	NotApplicable Text `json:"notApplicable,omitempty"`
	// Items are the sources (Art 14(2)(f)).
	Items []Source `json:"items,omitempty"`
	// Description is the notice's own words on the sources (Art 14(2)(f)).
	Description Text `json:"description,omitempty"`
}

// A Source is one source of personal data (Art 14(2)(f)).
type Source struct {
	// Kind is where the data come from; it decides between Art 13 and 14.
	Kind SourceKind `json:"kind"`
	// Description names the source (Art 14(2)(f)).
	Description Text `json:"description"`
	// Laws are the law under which the data are obtained (Art 14(2)(f)).
	Laws []LawRef `json:"laws,omitempty"`
}

// RequirementInfo says whether providing the personal data is a statutory or
// contractual requirement, whether the data subject is obliged to provide
// them and what follows from not providing them (Art 13(2)(e)).
type RequirementInfo struct {
	// NotApplicable says why the item does not apply (Art 13(2)(e) concerns data
	// collected from the data subject only).
	NotApplicable Text `json:"notApplicable,omitempty"`
	// Kind is the kind of requirement (Art 13(2)(e)).
	Kind Requirement `json:"kind,omitempty"`
	// Obliged is true when the data subject is obliged to provide the data (Art 13(2)(e)).
	Obliged bool `json:"obliged,omitzero"`
	// Consequences are the possible consequences of failing to provide the data (Art 13(2)(e)).
	Consequences Text `json:"consequences,omitempty"`
	// Laws are the law that makes providing the data a requirement (Art 13(2)(e)).
	Laws []LawRef `json:"laws,omitempty"`
}

// Recipients are the recipients or categories of recipients of the personal
// data (Art 13(1)(e), 14(1)(e)), or a statement that there are none.
type Recipients struct {
	// NotApplicable says why there are no recipients (Art 13(1)(e), 14(1)(e)).
	NotApplicable Text `json:"notApplicable,omitempty"`
	// Items are the recipients (Art 13(1)(e), 14(1)(e)).
	Items []Recipient `json:"items,omitempty"`
	// Description is the notice's own words on recipients and disclosures (Art 13(1)(e), 14(1)(e)).
	Description Text `json:"description,omitempty"`
}

// A Recipient is one recipient or category of recipients (Art 4(9)).
type Recipient struct {
	// Name names the recipient, or the category when Category is true (Art 13(1)(e), 14(1)(e)).
	Name Text `json:"name"`
	// Category is true when Name names a category of recipients rather than one recipient (Art 13(1)(e), 14(1)(e)).
	Category bool `json:"category,omitzero"`
	// Role is what the recipient is in relation to the controller (Art 13(1)(e), 14(1)(e)).
	Role RecipientRole `json:"role"`
	// Purpose is what the recipient receives the data for, or what it does with them (Art 13(1)(e), 14(1)(e)).
	Purpose Text `json:"purpose,omitempty"`
	// Data says which data the recipient receives (Art 13(1)(e), 14(1)(e)).
	Data Text `json:"data,omitempty"`
	// Regular is true for a regular disclosure ("säännönmukainen luovutus") (Art 13(1)(e), 14(1)(e)).
	Regular bool `json:"regular,omitzero"`
	// Laws are the law under which the data are disclosed (Art 13(1)(e), 14(1)(e)).
	Laws []LawRef `json:"laws,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the recipient's country, if known (Art 13(1)(e), 14(1)(e)).
	Country string `json:"country,omitempty" jsonschema:"pattern=^[A-Z]{2}$"`
}

// Transfers are the transfers of personal data to third countries or
// international organisations (Art 13(1)(f), 14(1)(f)), or a statement that
// there are none.
type Transfers struct {
	// NotApplicable says why there are no transfers (Art 13(1)(f), 14(1)(f)).
	NotApplicable Text `json:"notApplicable,omitempty"`
	// Items are the transfers (Art 13(1)(f), 14(1)(f)).
	Items []Transfer `json:"items,omitempty"`
	// Description is the notice's own words on transfers (Art 13(1)(f), 14(1)(f)).
	Description Text `json:"description,omitempty"`
}

// A Transfer is one transfer to a third country or international
// organisation, with its ground under Chapter V (Art 13(1)(f)).
type Transfer struct {
	// Recipient names the recipient of the transfer (Art 13(1)(f), 14(1)(f)).
	Recipient Text `json:"recipient"`
	// Countries are the ISO 3166-1 alpha-2 codes of the third countries (Art 13(1)(f), 14(1)(f)).
	Countries []string `json:"countries,omitempty" jsonschema:"uniqueItems=true"`
	// InternationalOrganisation names the international organisation, if the transfer is to one (Art 13(1)(f), 14(1)(f)).
	InternationalOrganisation Text `json:"internationalOrganisation,omitempty"`
	// Mechanism is the ground of the transfer (adequacy decision, Art 46
	// safeguard or Art 49 derogation).
	Mechanism TransferMechanism `json:"mechanism"`
	// Safeguards describes the appropriate or suitable safeguards (Art 13(1)(f)).
	Safeguards Text `json:"safeguards,omitempty"`
	// CopyAt says how to obtain a copy of the safeguards or where they have been
	// made available (Art 13(1)(f)): a URL or words.
	CopyAt Text `json:"copyAt,omitempty"`
	// Data says which data are transferred (Art 13(1)(f), 14(1)(f)).
	Data Text `json:"data,omitempty"`
}

// Retention is how long one kind of data is kept (Art 13(2)(a), 14(2)(a)):
// a period from an event, or the criteria used to determine it.
type Retention struct {
	// Data says what is kept; empty means all the activity's data (Art 13(2)(a), 14(2)(a)).
	Data Text `json:"data,omitempty"`
	// Period is an ISO 8601 duration, such as "P5Y" or "P1Y6M" (Art 13(2)(a), 14(2)(a)).
	Period Duration `json:"period,omitempty"`
	// From is the event the period runs from, such as "the user's last login" (Art 13(2)(a), 14(2)(a)).
	From Text `json:"from,omitempty"`
	// Minimum is true when the period is a minimum ("at least") (Art 13(2)(a), 14(2)(a)).
	Minimum bool `json:"minimum,omitzero"`
	// Criteria are the criteria used to determine the period where no period is fixed (Art 13(2)(a), 14(2)(a)).
	Criteria Text `json:"criteria,omitempty"`
	// Laws are the law that sets the period (Art 13(2)(a), 14(2)(a)).
	Laws []LawRef `json:"laws,omitempty"`
}

// AutomatedDecisions informs of automated decision-making, including
// profiling (Art 13(2)(f), 14(2)(g), 22), or says that there is none.
type AutomatedDecisions struct {
	// NotApplicable says that no such decision-making takes place, in the notice's words (Art 13(2)(f), 14(2)(g)).
	NotApplicable Text `json:"notApplicable,omitempty"`
	// Profiling is true when the decision-making includes profiling (Art 4(4)).
	Profiling bool `json:"profiling,omitzero"`
	// Description says what is decided (Art 13(2)(f), 14(2)(g)).
	Description Text `json:"description,omitempty"`
	// Logic is meaningful information about the logic involved (Art 13(2)(f)).
	Logic Text `json:"logic,omitempty"`
	// Consequences are the significance and the envisaged consequences for the data subject (Art 13(2)(f), 14(2)(g)).
	Consequences Text `json:"consequences,omitempty"`
}

// An ExemptionClaim is one Art 14(5) ground on which an activity does not give
// some Art 14 information, with the reason.
type ExemptionClaim struct {
	// Exemption is the Art 14(5) code.
	Exemption Exemption `json:"exemption"`
	// Reason says why it applies (Art 14(5)).
	Reason Text `json:"reason"`
	// Laws are the law that lays down the obtaining or the secrecy (Art 14(5)(c)-(d)).
	Laws []LawRef `json:"laws,omitempty"`
}

// Rights informs of the data subject's rights (Art 13(2)(b)-(d),
// 14(2)(c)-(e)).
type Rights struct {
	// Items are the rights, each with the notice's own words (Art 13(2)(b), 14(2)(c)).
	Items []RightInfo `json:"items,omitempty"`
	// HowToExercise says how to exercise the rights: whom to contact, in what form (Art 12(2)).
	HowToExercise Text `json:"howToExercise,omitempty"`
	// Description is the notice's own general words on rights (Art 13(2)(b), 14(2)(c)).
	Description Text `json:"description,omitempty"`
}

// RightInfo is one right of the data subject.
type RightInfo struct {
	// Right is the code of the right (Art 13(2)(b), 14(2)(c)).
	Right Right `json:"right"`
	// Description is the notice's own words on the right, its conditions and limits (Art 13(2)(b), 14(2)(c)).
	Description Text `json:"description,omitempty"`
}

// Security describes the technical and organisational security measures
// (Art 32; the "rekisterin suojauksen periaatteet" of Finnish notices).
type Security struct {
	// Description says the measures in words (Art 32).
	Description Text `json:"description,omitempty"`
	// Measures list the measures (Art 32).
	Measures []Text `json:"measures,omitempty"`
	// URL is where a fuller description can be read (Art 32).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
}

// A Section is a free section with a heading and a body, for what a notice
// says beyond the regulation (cookies, say).
type Section struct {
	// ID is a short identifier, used for anchors (beyond Arts 13-14).
	ID string `json:"id,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$"`
	// Heading is the section's heading (beyond Arts 13-14).
	Heading Text `json:"heading"`
	// Body is the section's text; paragraphs are separated by a blank line (beyond Arts 13-14).
	Body Text `json:"body,omitempty"`
	// Items list points of the section (beyond Arts 13-14).
	Items []Text `json:"items,omitempty"`
	// URL is a link the section refers to (beyond Arts 13-14).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
}

// Original returns the language of the original text: the first declared
// language, or und when none is declared.
func (n *Notice) Original() language.Tag {
	if len(n.Languages) == 0 {
		return language.Und
	}
	return n.Languages[0]
}
