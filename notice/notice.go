package notice

import (
	"golang.org/x/text/language"
)

// SchemaVersion is the version of the notice schema that this package writes.
// A notice names it in its schemaVersion field. [Decode] also reads documents
// of the earlier versions listed in [SchemaVersions], upgrading them as
// [Upgrade] does.
const SchemaVersion = "2"

// SchemaVersions are the schema versions [Decode] reads, oldest first; the
// last is [SchemaVersion].
var SchemaVersions = []string{"1", "2"}

// A Notice is one privacy notice: the information that Articles 13 and 14 of
// Regulation (EU) 2016/679 oblige a controller to give. It holds one or more
// processing activities. What several activities share (the controller, the
// data protection officer, legal bases, recipients, transfers, retention,
// rights, the supervisory authorities, ...) can be said once on the notice:
// every activity that does not say it itself inherits it ([Notice.EffectiveActivity]).
//
// A Notice is a plain value: build it in Go or decode it with [Decode], and
// treat it as read-only once built; it is then safe for concurrent use.
type Notice struct {
	// SchemaVersion names the schema the notice was written against: "2", or
	// "1" for a document that Decode upgrades (Art 12(1)).
	SchemaVersion string `json:"schemaVersion" jsonschema:"enum=2"`
	// Languages are the notice's languages as BCP 47 tags; the first is the
	// language of the original text, the others are translations (Art 12(1):
	// information in a concise, intelligible form, using clear and plain language).
	Languages Tags `json:"languages" jsonschema:"minItems=1"`
	// UnofficialTranslations lists the languages whose text is a translation
	// made for information only; the original language prevails (Art 12(1)).
	UnofficialTranslations Tags `json:"unofficialTranslations,omitempty"`
	// Title is the notice's own title, such as "ViLLE-palvelun tietosuojaseloste";
	// absent where the notice has none (Art 12(1)).
	Title Text `json:"title,omitempty"`
	// Introduction is free text shown before the first section (Art 12(1)).
	Introduction Text `json:"introduction,omitempty"`
	// Version is the controller's own version label (Art 12(1)).
	Version string `json:"version,omitempty"`
	// Prepared is the date the notice was drawn up ("laadittu") (Art 12(1)).
	Prepared Date `json:"prepared,omitzero"`
	// Updated is the date of the last change ("päivitetty", "viimeisin muutos") (Art 12(1)).
	Updated Date `json:"updated,omitzero"`
	// Published is the date the notice was published (Art 12(1)).
	Published Date `json:"published,omitzero"`
	// Effective is the date from which the notice applies; not before Published (Art 12(1)).
	Effective Date `json:"effective,omitzero"`
	// URL is the canonical address of the notice (Art 12(1)).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
	// NotCovered says what the notice does not cover, such as another service's processing (Art 12(1)).
	NotCovered Text `json:"notCovered,omitempty"`
	// RelatedNotices are other notices that complement this one, such as the
	// full notice behind a short one, or the notice of a service it uses (Art 12(1); EDPB WP260 rev.01 paras 35-38).
	RelatedNotices []Reference `json:"relatedNotices,omitempty"`
	// ChangePolicy says how changes to the notice are announced (Art 12(1); EDPB WP260 rev.01 paras 29-32).
	ChangePolicy Text `json:"changePolicy,omitempty"`
	// ApplicableLaws are the national data protection laws the controller
	// applies beside the Regulation, such as a state data protection act (Art 6(2)-(3), 23).
	ApplicableLaws []LawRef `json:"applicableLaws,omitempty"`

	// Controller is the controller's identity and contact details (Art 13(1)(a), 14(1)(a)).
	Controller *Party `json:"controller,omitempty"`
	// JointControllers names joint controllers and the essence of their
	// arrangement (Art 26(2)).
	JointControllers *JointControllers `json:"jointControllers,omitempty"`
	// Representative is the controller's representative in the Union, required
	// where the controller is not established in the Union (Art 13(1)(a), 27).
	Representative *Representative `json:"representative,omitempty"`
	// ContactPersons are the persons to contact in matters of the processing
	// ("yhteyshenkilö rekisteriä koskevissa asioissa"); they are not Art 27
	// representatives (Art 13(1)(a), 12(2)).
	ContactPersons []Party `json:"contactPersons,omitempty"`
	// DPO is the contact details of the data protection officer (Art 13(1)(b), 14(1)(b), 37(7)).
	DPO *DPO `json:"dpo,omitempty"`

	// Shared are the items of Arts 13 and 14 that the activities share: each
	// activity that does not state an item itself inherits it from here
	// ([Notice.EffectiveActivity]) (Arts 13(1)(c)-(f), 13(2)(a), (e), (f), 14(2)(f)).
	Shared

	// Activities are the processing activities ("registers") the notice covers (Art 13(1)(c), 14(1)(c)).
	Activities []Activity `json:"activities" jsonschema:"minItems=1"`

	// Rights informs of the data subject's rights (Art 13(2)(b)-(d), 14(2)(c)-(e)).
	Rights *Rights `json:"rights,omitempty"`
	// SupervisoryAuthorities are the authorities with which a complaint can be
	// lodged: the competent one, and where the notice says so the authority of
	// the data subject's own Member State (Art 13(2)(d), 77(1)).
	SupervisoryAuthorities []SupervisoryAuthority `json:"supervisoryAuthorities,omitempty"`
	// Security describes the technical and organisational security measures (Art 32, 24).
	Security *Security `json:"security,omitempty"`
	// CodesOfConduct are the approved codes of conduct and certifications the
	// controller adheres to (Art 40, 42; sector codes such as the GÉANT Data
	// Protection Code of Conduct) (Art 24(3)).
	CodesOfConduct []Adherence `json:"codesOfConduct,omitempty"`
	// Cookies are the cookies and similar technologies that store or read
	// information on the user's device (Directive 2002/58/EC Art 5(3); Art 13(1)(c)).
	Cookies []Cookie `json:"cookies,omitempty"`
	// Changes are the notice's change log, newest or oldest first as the
	// notice gives it (Art 12(1); EDPB WP260 rev.01 para 29).
	Changes []Change `json:"changes,omitempty"`
	// Sections are further sections the notice gives beyond the regulation,
	// each placed where its After says or, without one, after the notice's
	// other items, in order (beyond Arts 13-14; Art 12(1)).
	Sections []Section `json:"sections,omitempty"`
}

// Shared are the items that a [Notice] may state once for all its activities
// and an [Activity] may state for itself. An activity's own item replaces the
// notice's; there is no merging of lists.
type Shared struct {
	// LegalBases are the legal bases of the processing, each with the purposes,
	// data or groups it covers where it covers only some (Art 13(1)(c), 6(1)).
	LegalBases []LegalBasisClaim `json:"legalBases,omitempty"`
	// LegitimateInterests are the legitimate interests pursued where Art 6(1)(f)
	// is a basis (Art 13(1)(d), 14(2)(b)).
	LegitimateInterests Text `json:"legitimateInterests,omitempty"`
	// Sources say where the personal data come from (Art 14(2)(f)); data from
	// any source other than the data subject make Art 14 apply.
	Sources *Sources `json:"sources,omitempty"`
	// Requirement says whether providing the data is a statutory or contractual
	// requirement and what follows from not providing it (Art 13(2)(e)).
	Requirement *Requirements `json:"requirement,omitempty"`
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
	// NegativeStatements are what the notice says is not done: no special
	// categories of data, no criminal-offence data, not sold, no direct
	// marketing, no profiling (Arts 9, 10, 21(2), 4(4); Art 12(1)).
	NegativeStatements []NegativeStatement `json:"negativeStatements,omitempty"`
	// Storage says where the data are kept (Art 13(1)(e)-(f), 32).
	Storage []StorageLocation `json:"storage,omitempty"`
}

// An Activity is one processing activity: a register, with its own purposes,
// data and groups of data subjects. Its other items, when set, replace the
// notice's; when not set, the notice's apply ([Notice.EffectiveActivity]).
type Activity struct {
	// ID is a short identifier, unique in the notice, used for anchors and references (Art 12(1)).
	ID string `json:"id" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$"`
	// Name is the name of the activity or register ("rekisterin nimi") (Art 12(1)).
	Name Text `json:"name"`
	// Description is free text on what the activity is (Art 12(1)).
	Description Text `json:"description,omitempty"`
	// Validity is when the activity begins or ends, where the notice says so (Art 12(1), 13(1)(c)).
	Validity
	// DescribedIn points to another notice or document that describes this
	// activity in full, such as the service provider's own notice (Art 12(1), 13(1)).
	DescribedIn *Reference `json:"describedIn,omitempty"`

	// Controller replaces the notice's controller for this activity (Art 13(1)(a)).
	Controller *Party `json:"controller,omitempty"`
	// JointControllers replaces the notice's joint controllers for this activity (Art 26(2)).
	JointControllers *JointControllers `json:"jointControllers,omitempty"`
	// Representative replaces the notice's Art 27 representative (Art 13(1)(a), 27).
	Representative *Representative `json:"representative,omitempty"`
	// DPO replaces the notice's data protection officer (Art 13(1)(b)).
	DPO *DPO `json:"dpo,omitempty"`

	// Purposes are the purposes of the processing (Art 13(1)(c), 14(1)(c)).
	Purposes []Purpose `json:"purposes,omitempty"`
	// SpecialCategoryConditions are the Art 9(2) conditions for processing
	// special categories of personal data.
	SpecialCategoryConditions []SpecialConditionClaim `json:"specialCategoryConditions,omitempty"`
	// CriminalDataBasis is the Art 10 ground for data on criminal convictions and offences.
	CriminalDataBasis *CriminalBasisClaim `json:"criminalDataBasis,omitempty"`

	// DataSubjects are the categories of data subjects (Art 12(1); recorded under Art 30(1)(c)).
	DataSubjects []DataSubjectGroup `json:"dataSubjects,omitempty"`
	// DataCategories are the categories of personal data concerned (Art 14(1)(d)).
	DataCategories []DataCategory `json:"dataCategories,omitempty"`

	// Shared are the items this activity states itself, replacing the notice's
	// (Arts 13(1)(c)-(f), 13(2)(a), (e), (f), 14(2)(f)).
	Shared

	// FurtherProcessing are purposes for which the data will be further
	// processed beyond those they were collected for (Art 13(3), 14(4)).
	FurtherProcessing []Purpose `json:"furtherProcessing,omitempty"`
	// Exemptions are the Art 14(5) grounds the activity claims.
	Exemptions []ExemptionClaim `json:"exemptions,omitempty"`

	// Rights replaces the notice's statement of rights (Art 13(2)(b)).
	Rights *Rights `json:"rights,omitempty"`
	// SupervisoryAuthorities replace the notice's supervisory authorities (Art 13(2)(d)).
	SupervisoryAuthorities []SupervisoryAuthority `json:"supervisoryAuthorities,omitempty"`
	// Security replaces the notice's security measures (Art 32).
	Security *Security `json:"security,omitempty"`
	// Sections are further sections of this activity, placed as their After
	// says (beyond Arts 13-14; Art 12(1)).
	Sections []Section `json:"sections,omitempty"`
}

// Original returns the language of the original text: the first declared
// language, or und when none is declared.
func (n *Notice) Original() language.Tag {
	if len(n.Languages) == 0 {
		return language.Und
	}
	return n.Languages[0]
}
