package notice

// A Scope names what a statement covers: purposes, data categories and
// groups of data subjects, by their IDs. An empty scope covers the whole
// activity. A scope on an item the notice states once for all activities
// covers, in each activity, the purposes, data and groups with those IDs
// (Art 13(1)(c): "the purposes ... as well as the legal basis", and the
// other items of Arts 13 and 14 read per purpose or per category).
type Scope struct {
	// Purposes are the IDs of the purposes covered (Art 13(1)(c), 14(1)(c)).
	Purposes []string `json:"purposes,omitempty" jsonschema:"uniqueItems=true"`
	// DataCategories are the IDs of the data categories covered (Art 14(1)(d)).
	DataCategories []string `json:"dataCategories,omitempty" jsonschema:"uniqueItems=true"`
	// DataSubjects are the IDs of the groups of data subjects covered (Art 12(1); recorded under Art 30(1)(c)).
	DataSubjects []string `json:"dataSubjects,omitempty" jsonschema:"uniqueItems=true"`
}

// IsZero reports whether s names nothing, and so covers the whole activity.
func (s Scope) IsZero() bool {
	return len(s.Purposes) == 0 && len(s.DataCategories) == 0 && len(s.DataSubjects) == 0
}

// A Reference points to another notice or document that gives an item, such
// as "the education provider's privacy notice" or the controller's records
// management plan. An item described elsewhere is not silence (Art 12(1),
// 13(1), 14(1); EDPB WP260 rev.01 paras 35-38 on layered notices).
type Reference struct {
	// Title names the other notice or document (Art 12(1)).
	Title Text `json:"title,omitempty"`
	// URL is where it can be read (Art 12(1)).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
}

// A StorageLocation is where the data are kept: a service, its operator and
// its country, which a reader and the validator can set beside the
// transfers (Art 13(1)(e)-(f), 32; not itself an item of Arts 13-14).
type StorageLocation struct {
	// Description says where, in the notice's words ("Azure, Ireland region; backups in the same region") (Art 13(1)(f)).
	Description Text `json:"description,omitempty"`
	// Operator names who runs the storage (Art 13(1)(e)).
	Operator Name `json:"operator,omitempty"`
	// Countries are the ISO 3166-1 alpha-2 codes of the countries where the data are kept (Art 13(1)(f)).
	Countries []string `json:"countries,omitempty" jsonschema:"uniqueItems=true"`
	// Location says inside or outside the EEA, where no country is named (Art 13(1)(f)).
	Location Location `json:"location,omitempty"`
	// Scope names the data or purposes kept here; empty means all (Art 13(1)(f)).
	Scope Scope `json:"scope,omitzero"`
}

// A Purpose is one purpose of processing (Art 13(1)(c)).
type Purpose struct {
	// ID identifies the purpose within its activity, for scopes (Art 13(1)(c), 14(1)(c)).
	ID string `json:"id,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$"`
	// Description says the purpose in words (Art 13(1)(c), 14(1)(c)).
	Description Text `json:"description"`
	// Items list the parts of the purpose, where the notice enumerates them (Art 13(1)(c), 14(1)(c)).
	Items []Text `json:"items,omitempty"`
	// DirectMarketing is true when the purpose is direct marketing, to which the
	// data subject may always object (Art 21(2)-(3)).
	DirectMarketing bool `json:"directMarketing,omitzero"`
	// Research is true when the purpose is scientific or historical research
	// or statistics under Art 89(1) (Art 21(6), 9(2)(j), 17(3)(d)).
	Research bool `json:"research,omitzero"`
	// Archiving is true when the purpose is archiving in the public interest under Art 89(1) (Art 9(2)(j), 17(3)(d)).
	Archiving bool `json:"archiving,omitzero"`
	// Possible is true when the notice says the data may be used for the purpose, not that they are (Art 13(1)(c)).
	Possible bool `json:"possible,omitzero"`
	// Condition says when the purpose applies, where the notice makes it conditional (Art 13(1)(c)).
	Condition Text `json:"condition,omitempty"`
	// OptOut says how the data subject can opt out of this use of the data (Art 21(2)-(3), 7(3)).
	OptOut Text `json:"optOut,omitempty"`
}

// A LegalBasisClaim is one Art 6(1) legal basis, with the law it rests on
// where Art 6(3) requires one (points (c) and (e)) and the purposes, data or
// groups it covers.
type LegalBasisClaim struct {
	// Basis is the Art 6(1) code; absent where the notice names only the law
	// the processing rests on, not the point of Art 6(1) (Art 13(1)(c), 6(1)).
	Basis LegalBasis `json:"basis,omitempty"`
	// Scope names the purposes, data or groups this basis covers; empty means all (Art 13(1)(c)).
	Scope Scope `json:"scope,omitzero"`
	// Possible is true when the notice says processing may rest on this basis ("in some cases", "kann zudem") (Art 13(1)(c)).
	Possible bool `json:"possible,omitzero"`
	// Condition says when this basis applies, in the notice's words ("for the part of light authentication") (Art 13(1)(c)).
	Condition Text `json:"condition,omitempty"`
	// Interests are the legitimate interests pursued under this basis, where
	// the basis is Art 6(1)(f) and the interests differ by basis (Art 13(1)(d), 14(2)(b)).
	Interests Text `json:"interests,omitempty"`
	// Laws are the Union or Member State law the basis rests on (Art 6(3)).
	Laws []LawRef `json:"laws,omitempty"`
	// Description is the notice's own words on this basis (Art 13(1)(c)).
	Description Text `json:"description,omitempty"`
	// Withdrawal says how consent is withdrawn, in the notice's own words,
	// where the basis is consent (Art 7(3), 13(2)(c), 14(2)(d)).
	Withdrawal Text `json:"withdrawal,omitempty"`
}

// A SpecialConditionClaim is one Art 9(2) condition an activity rests on.
type SpecialConditionClaim struct {
	// Condition is the Art 9(2) code.
	Condition SpecialCondition `json:"condition"`
	// Scope names the purposes, data or groups this condition covers; empty means all (Art 9(2)).
	Scope Scope `json:"scope,omitzero"`
	// Laws are the law the condition rests on, where it requires one (Art 9(2)(b), (g)-(j)).
	Laws []LawRef `json:"laws,omitempty"`
	// Description is the notice's own words on this condition (Art 9(2)).
	Description Text `json:"description,omitempty"`
	// Withdrawal says how explicit consent is withdrawn, where the condition is explicit consent (Art 7(3), 13(2)(c)).
	Withdrawal Text `json:"withdrawal,omitempty"`
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
	// ID identifies the group within the activity, for scopes and DataCategory.Subjects (Art 12(1); recorded under Art 30(1)(c)).
	ID string `json:"id,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$"`
	// Name names the group (Art 12(1); recorded under Art 30(1)(c)).
	Name Text `json:"name"`
	// Description says more of who belongs to it (Art 12(1); recorded under Art 30(1)(c)).
	Description Text `json:"description,omitempty"`
	// Children is true when the group consists of or includes children (Art 8, 12(1), recital 58).
	Children bool `json:"children,omitzero"`
}

// A DataCategory is one category of personal data concerned (Art 14(1)(d)).
type DataCategory struct {
	// ID identifies the category within the activity, for scopes (Art 14(1)(d)).
	ID string `json:"id,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$"`
	// Name names the category, such as "Oppilaan perustiedot" (Art 14(1)(d)).
	Name Text `json:"name"`
	// Items list the data in the category (Art 14(1)(d)).
	Items []Text `json:"items,omitempty"`
	// Description says more of the data (Art 14(1)(d)).
	Description Text `json:"description,omitempty"`
	// Subjects are the IDs of the DataSubjectGroups the data concern; empty means all (Art 14(1)(d)).
	Subjects []string `json:"subjects,omitempty" jsonschema:"uniqueItems=true"`
	// Special lists the Art 9(1) special categories the data include.
	Special []SpecialCategory `json:"special,omitempty" jsonschema:"uniqueItems=true"`
	// Criminal is true when the data relate to criminal convictions and offences (Art 10).
	Criminal bool `json:"criminal,omitzero"`
	// NationalID is true when the data include a national identification
	// number (Art 87; in Finland, henkilötunnus under the Data Protection Act 29 §).
	NationalID bool `json:"nationalId,omitzero"`
	// Pseudonymised is true when the data are pseudonymised (Art 4(5), 11, 25(1), 32(1)(a)).
	Pseudonymised bool `json:"pseudonymised,omitzero"`
	// Purposes are the IDs of the purposes that need these data; empty means all (Art 13(1)(c), 14(1)(d)).
	Purposes []string `json:"purposes,omitempty" jsonschema:"uniqueItems=true"`
	// Possible is true when the notice says the data may be processed, not that they are (Art 14(1)(d)).
	Possible bool `json:"possible,omitzero"`
	// Condition says when the data are processed, where the notice makes it conditional (Art 14(1)(d)).
	Condition Text `json:"condition,omitempty"`
}

// Sources says where the personal data come from (Art 14(2)(f)).
type Sources struct {
	// NotApplicable says why no source is given (Art 14(2)(f)).
	NotApplicable Text `json:"notApplicable,omitempty"`
	// Items are the sources (Art 14(2)(f)).
	Items []Source `json:"items,omitempty"`
	// Description is the notice's own words on the sources (Art 14(2)(f)).
	Description Text `json:"description,omitempty"`
	// DescribedIn points to another notice that names the sources (Art 14(2)(f), 12(1)).
	DescribedIn *Reference `json:"describedIn,omitempty"`
}

// A Source is one source of personal data (Art 14(2)(f)).
type Source struct {
	// Kind is where the data come from; it decides between Art 13 and 14.
	Kind SourceKind `json:"kind"`
	// Description names the source (Art 14(2)(f)).
	Description Text `json:"description"`
	// Scope names the data or groups that come from this source; empty means all (Art 14(2)(f)).
	Scope Scope `json:"scope,omitzero"`
	// Laws are the law under which the data are obtained (Art 14(2)(f)).
	Laws []LawRef `json:"laws,omitempty"`
	// Possible is true when the notice says the data may come from this source (Art 14(2)(f)).
	Possible bool `json:"possible,omitzero"`
	// Condition says when the data come from this source, where the notice makes it conditional (Art 14(2)(f)).
	Condition Text `json:"condition,omitempty"`
}

// Requirements say whether providing the personal data is a statutory or
// contractual requirement, whether the data subject is obliged to provide
// them and what follows from not providing them (Art 13(2)(e)); several
// statements when the answer differs by data ("location data are voluntary").
type Requirements struct {
	// NotApplicable says why the item does not apply (Art 13(2)(e) concerns data
	// collected from the data subject only).
	NotApplicable Text `json:"notApplicable,omitempty"`
	// Items are the statements, each covering its scope (Art 13(2)(e)).
	Items []RequirementInfo `json:"items,omitempty"`
	// Description is the notice's own general words on the requirement (Art 13(2)(e)).
	Description Text `json:"description,omitempty"`
	// DescribedIn points to another notice that gives the item (Art 13(2)(e), 12(1)).
	DescribedIn *Reference `json:"describedIn,omitempty"`
}

// RequirementInfo is one statement of Art 13(2)(e): what kind of requirement
// providing the data is, for the data it covers.
type RequirementInfo struct {
	// Kind is the kind of requirement (Art 13(2)(e)).
	Kind Requirement `json:"kind,omitempty"`
	// Scope names the data, purposes or groups this statement covers; empty means all (Art 13(2)(e)).
	Scope Scope `json:"scope,omitzero"`
	// Obliged is true when the data subject is obliged to provide the data (Art 13(2)(e)).
	Obliged bool `json:"obliged,omitzero"`
	// Consequences are the possible consequences of failing to provide the data (Art 13(2)(e)).
	Consequences Text `json:"consequences,omitempty"`
	// Laws are the law that makes providing the data a requirement (Art 13(2)(e)).
	Laws []LawRef `json:"laws,omitempty"`
	// Condition says when the statement holds, where the notice makes it
	// conditional ("for some membership types") (Art 13(2)(e)).
	Condition Text `json:"condition,omitempty"`
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
	// Laws are the law under which disclosures are made in general, such as
	// a law on public access to documents (Art 13(1)(e), 6(1)(c), 86).
	Laws []LawRef `json:"laws,omitempty"`
	// DescribedIn points to another notice that names the recipients (Art 13(1)(e), 12(1)).
	DescribedIn *Reference `json:"describedIn,omitempty"`
}

// A Recipient is one recipient or category of recipients (Art 4(9)).
type Recipient struct {
	// ID identifies the recipient within its list, for a transfer's recipients (Art 13(1)(e)).
	ID string `json:"id,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$"`
	// Name names the recipient, or the category when Category is true. A
	// recipient's own name needs no translation; a category's does (Art 13(1)(e), 14(1)(e)).
	Name Name `json:"name"`
	// Category is true when Name names a category of recipients rather than one recipient (Art 13(1)(e), 14(1)(e)).
	Category bool `json:"category,omitzero"`
	// Role is what the recipient is in relation to the controller; absent when the notice does not say (Art 13(1)(e), 14(1)(e)).
	Role RecipientRole `json:"role,omitempty"`
	// Identifiers are the recipient's registration numbers (Art 13(1)(e), 14(1)(e)).
	Identifiers []Identifier `json:"identifiers,omitempty"`
	// Country is the ISO 3166-1 alpha-2 code of the recipient's country, if known (Art 13(1)(e), 14(1)(e)).
	Country string `json:"country,omitempty" jsonschema:"pattern=^[A-Z]{2}$"`
	ContactDetails
	// Purpose is what the recipient receives the data for, or what it does with them (Art 13(1)(e), 14(1)(e)).
	Purpose Text `json:"purpose,omitempty"`
	// Data says which data the recipient receives, in words (Art 13(1)(e), 14(1)(e)).
	Data Text `json:"data,omitempty"`
	// Scope names the purposes, data or groups whose data the recipient receives; empty means all (Art 13(1)(e), 14(1)(e)).
	Scope Scope `json:"scope,omitzero"`
	// Regular is true for a regular disclosure ("säännönmukainen luovutus") (Art 13(1)(e), 14(1)(e)).
	Regular bool `json:"regular,omitzero"`
	// Planned is true for a recipient not yet in effect, one the controller
	// plans to use (Art 13(1)(e), 14(1)(e)).
	Planned bool `json:"planned,omitzero"`
	// Possible is true when the notice says the data may be disclosed to the recipient (Art 13(1)(e), 14(1)(e)).
	Possible bool `json:"possible,omitzero"`
	// Condition says when the data are disclosed, where the notice makes it
	// conditional ("with the student's permission") (Art 13(1)(e), 14(1)(e)).
	Condition Text `json:"condition,omitempty"`
	// Location says whether the recipient is inside or outside the EEA, where
	// the notice says so without naming a country (Art 13(1)(e)-(f)).
	Location Location `json:"location,omitempty"`
	// Via names the channel through which the data reach the recipient, such as a national data pool (Art 13(1)(e)).
	Via Name `json:"via,omitempty"`
	// Agreement says what binds a processor: the contract or other legal act of Art 28(3) (Art 28(3); 13(1)(e)).
	Agreement Text `json:"agreement,omitempty"`
	// Retention is how long the recipient keeps the data, where the notice says so (Art 13(2)(a), 13(1)(e)).
	Retention []Retention `json:"retention,omitempty"`
	// OptOut says how the data subject can keep the data from this recipient (Art 21, 7(3)).
	OptOut Text `json:"optOut,omitempty"`
	// Description is the notice's own further words on the recipient (Art 13(1)(e), 14(1)(e)).
	Description Text `json:"description,omitempty"`
	// DescribedIn points to the recipient's own notice or terms (Art 13(1)(e), 12(1)).
	DescribedIn *Reference `json:"describedIn,omitempty"`
	// Laws are the law under which the data are disclosed (Art 13(1)(e), 14(1)(e)).
	Laws []LawRef `json:"laws,omitempty"`
	// Subprocessors are the processors this recipient engages in turn (Art 28(2), (4); 13(1)(e)).
	Subprocessors []Recipient `json:"subprocessors,omitempty"`
	Validity
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
	// DescribedIn points to another notice that gives the transfers (Art 13(1)(f), 12(1)).
	DescribedIn *Reference `json:"describedIn,omitempty"`
}

// A Transfer is one transfer to a third country or international
// organisation, with its ground under Chapter V as the notice states it (Art
// 13(1)(f)). A ground the notice does not state is left empty, for the
// validator to flag.
type Transfer struct {
	// Recipient names the recipient of the transfer, where the notice names one (Art 13(1)(f), 14(1)(f)).
	Recipient Name `json:"recipient,omitempty"`
	// Recipients are the IDs of the recipients (in the same recipients item) whose data are transferred (Art 13(1)(e)-(f)).
	Recipients []string `json:"recipients,omitempty" jsonschema:"uniqueItems=true"`
	// Countries are the ISO 3166-1 alpha-2 codes of the third countries (Art 13(1)(f), 14(1)(f)).
	Countries []string `json:"countries,omitempty" jsonschema:"uniqueItems=true"`
	// InternationalOrganisation names the international organisation, if the transfer is to one (Art 13(1)(f), 14(1)(f)).
	InternationalOrganisation Name `json:"internationalOrganisation,omitempty"`
	// Mechanisms are the grounds of the transfer under Chapter V (adequacy
	// decision, Art 46 safeguards, Art 49 derogations); more than one means
	// the notice names candidates ("SCCs or an adequacy decision"), unless
	// Cumulative says they apply together (Art 13(1)(f), 44-49).
	Mechanisms []TransferMechanism `json:"mechanisms,omitempty" jsonschema:"uniqueItems=true"`
	// Cumulative is true when the mechanisms apply together (standard
	// clauses and, in addition, explicit consent) (Art 13(1)(f), 46, 49).
	Cumulative bool `json:"cumulative,omitzero"`
	// AdequacyCoverage says which part of a partial adequacy decision covers
	// the recipient, such as certification under the EU-US Data Privacy
	// Framework (Art 45(1), 45(3)).
	AdequacyCoverage Text `json:"adequacyCoverage,omitempty"`
	// Possible is true when the notice says the transfer may take place, not that it does ("may be transferred") (Art 13(1)(f)).
	Possible bool `json:"possible,omitzero"`
	// Condition says when the transfer takes place, where the notice makes it
	// conditional ("if it becomes necessary to answer an inquiry") (Art 13(1)(f)).
	Condition Text `json:"condition,omitempty"`
	// Occasional is true when the notice says the transfer is not regular (Art 49(1) second subparagraph; recital 113).
	Occasional bool `json:"occasional,omitzero"`
	// Safeguards describes the appropriate or suitable safeguards (Art 13(1)(f)).
	Safeguards Text `json:"safeguards,omitempty"`
	// CopyAt says how to obtain a copy of the safeguards or where they have been
	// made available (Art 13(1)(f)): a URL or words.
	CopyAt Text `json:"copyAt,omitempty"`
	// Interests are the compelling legitimate interests pursued, where the
	// ground is Art 49(1) second subparagraph (Art 49(1) second subparagraph, last sentence).
	Interests Text `json:"interests,omitempty"`
	// Risks are the possible risks of the transfer the data subject is told
	// of, where the ground is explicit consent (Art 49(1)(a)).
	Risks Text `json:"risks,omitempty"`
	// Data says which data are transferred, in words (Art 13(1)(f), 14(1)(f)).
	Data Text `json:"data,omitempty"`
	// Scope names the purposes, data or groups whose data are transferred; empty means all (Art 13(1)(f), 14(1)(f)).
	Scope Scope `json:"scope,omitzero"`
	// Description is the notice's own words on this transfer (Art 13(1)(f), 14(1)(f)).
	Description Text `json:"description,omitempty"`
}

// Retention is how long one kind of data is kept (Art 13(2)(a), 14(2)(a)):
// a period from an event, with how exact the period is; a date by which the
// data are deleted; an open end with its reason; or the criteria used to
// determine the period.
type Retention struct {
	// Data says what is kept, in words; empty with an empty Scope means all the activity's data (Art 13(2)(a), 14(2)(a)).
	Data Text `json:"data,omitempty"`
	// Scope names the data categories, purposes or groups this entry covers (Art 13(2)(a), 14(2)(a)).
	Scope Scope `json:"scope,omitzero"`
	// Period is an ISO 8601 duration, such as "P5Y" or "P1Y6M" (Art 13(2)(a), 14(2)(a)).
	Period Duration `json:"period,omitzero"`
	// Qualifier says how exact Period is: exact (the default), a minimum ("at
	// least"), a maximum ("at most", "within") or approximate ("about",
	// "typically") (Art 13(2)(a), 14(2)(a)).
	Qualifier RetentionQualifier `json:"qualifier,omitempty"`
	// From is the event the period runs from, such as "the user's last login" (Art 13(2)(a), 14(2)(a)).
	From Text `json:"from,omitempty"`
	// Until is the date by which the data are deleted ("by 2028 at the latest"), YYYY, YYYY-MM or YYYY-MM-DD (Art 13(2)(a), 14(2)(a)).
	Until Date `json:"until,omitzero"`
	// UntilEvent is the event that ends the keeping, where the period is not
	// a length ("as long as the account is active", "until the decision is
	// final") (Art 13(2)(a), 14(2)(a)).
	UntilEvent Text `json:"untilEvent,omitempty"`
	// Unless says what may keep the data longer ("unless statutory retention duties require otherwise") (Art 13(2)(a), 17(3)).
	Unless Text `json:"unless,omitempty"`
	// Disposal says what happens to the data at the end: erased, anonymised, either, or archived (Art 13(2)(a), 5(1)(e)).
	Disposal Disposal `json:"disposal,omitempty"`
	// OpenEnded says the data are kept with no end stated ("until further
	// notice", "indefinitely", "permanently"), and why (Art 13(2)(a), 14(2)(a)).
	OpenEnded *OpenEnd `json:"openEnded,omitempty"`
	// Review is how often the need to keep the data is reviewed ("reviewed every five years") (Art 13(2)(a), 5(1)(e)).
	Review Duration `json:"review,omitzero"`
	// Criteria are the criteria used to determine the period where no period is fixed (Art 13(2)(a), 14(2)(a)).
	Criteria Text `json:"criteria,omitempty"`
	// Laws are the law that sets the period (Art 13(2)(a), 14(2)(a)).
	Laws []LawRef `json:"laws,omitempty"`
	// DescribedIn points to a document that sets the period, such as the
	// controller's records management plan (Art 13(2)(a), 12(1)).
	DescribedIn *Reference `json:"describedIn,omitempty"`
}

// OpenEnd is a retention with no end stated, and the notice's reason for it
// (Art 13(2)(a)).
type OpenEnd struct {
	// Kind is how the notice states the open end (Art 13(2)(a)).
	Kind OpenEndKind `json:"kind"`
	// Reason is the notice's reason, such as a decision under archives law (Art 13(2)(a)).
	Reason Text `json:"reason,omitempty"`
}

// AutomatedDecisions informs of automated decision-making, including
// profiling (Art 13(2)(f), 14(2)(g), 22), or says that there is none.
type AutomatedDecisions struct {
	// NotApplicable says that no such decision-making takes place, in the notice's words (Art 13(2)(f), 14(2)(g)).
	NotApplicable Text `json:"notApplicable,omitempty"`
	// Profiling is true when the decision-making includes profiling (Art 4(4)).
	Profiling bool `json:"profiling,omitzero"`
	// LegalEffect is true when decisions are based solely on automated
	// processing and produce legal effects concerning the data subject or
	// similarly significantly affect him or her (Art 22(1)).
	LegalEffect bool `json:"legalEffect,omitzero"`
	// Ground is the exception of Art 22(2) under which such decisions are made (Art 22(2)).
	Ground DecisionGround `json:"ground,omitempty"`
	// Description says what is decided (Art 13(2)(f), 14(2)(g)).
	Description Text `json:"description,omitempty"`
	// Logic is meaningful information about the logic involved (Art 13(2)(f)).
	Logic Text `json:"logic,omitempty"`
	// Consequences are the significance and the envisaged consequences for the data subject (Art 13(2)(f), 14(2)(g)).
	Consequences Text `json:"consequences,omitempty"`
	// Safeguards are the measures of Art 22(3): at least the right to obtain
	// human intervention, to express one's point of view and to contest the decision (Art 22(3)).
	Safeguards Text `json:"safeguards,omitempty"`
	// Scope names the purposes, data or groups the decisions concern; empty means all (Art 13(2)(f)).
	Scope Scope `json:"scope,omitzero"`
	// DescribedIn points to another notice that gives the item (Art 13(2)(f), 12(1)).
	DescribedIn *Reference `json:"describedIn,omitempty"`
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
	// DescribedIn points to a page that describes the rights in full (Art 13(2)(b), 12(1)).
	DescribedIn *Reference `json:"describedIn,omitempty"`
	// Limitations are limitations stated for several rights at once (Art 11(2), 23).
	Limitations []RightsLimitation `json:"limitations,omitempty"`
}

// RightInfo is one right of the data subject as the notice states it: that
// it applies, with the notice's own words, or that it is limited or does not
// apply, and why.
type RightInfo struct {
	// Right is the code of the right (Art 13(2)(b), 14(2)(c)).
	Right Right `json:"right"`
	// Description is the notice's own words on the right, its conditions and limits (Art 13(2)(b), 14(2)(c)).
	Description Text `json:"description,omitempty"`
	// HowToExercise says how to exercise this right, where it differs from the general way (Art 12(2)).
	HowToExercise Text `json:"howToExercise,omitempty"`
	// Limitation says how the right is limited, such as "only for data you provided" (Art 12(1), 23).
	Limitation Text `json:"limitation,omitempty"`
	// NotApplicable says that the right does not apply to this processing, and
	// why ("because processing is based on law", Art 17(3)(b), 11(2), 20(1), 21(1)) (Art 13(2)(b)).
	NotApplicable Text `json:"notApplicable,omitempty"`
	// Laws are the provisions that limit or exclude the right, such as Art 11 or a national restriction under Art 23 (Art 23(1)).
	Laws []LawRef `json:"laws,omitempty"`
	// Scope names the purposes, data or groups this statement of the right covers; empty means all (Art 13(2)(b)).
	Scope Scope `json:"scope,omitzero"`
	// URL is where the right can be exercised, such as a self-service page (Art 12(2)).
	URL string `json:"url,omitempty" jsonschema:"format=uri"`
	// Fee says what the controller charges, where the notice says it charges
	// (Art 12(5): free of charge, save for manifestly unfounded or excessive
	// requests; Art 15(3): further copies).
	Fee Text `json:"fee,omitempty"`
}

// A RightsLimitation is one limitation that the notice states for several
// rights at once, such as Art 11 for Arts 15 to 20 (Art 11(2), 23).
type RightsLimitation struct {
	// Rights are the rights limited (Art 13(2)(b)).
	Rights []Right `json:"rights" jsonschema:"uniqueItems=true"`
	// Description says the limitation in the notice's words (Art 12(1), 23).
	Description Text `json:"description"`
	// Laws are the provisions that limit the rights (Art 11(2), 23(1)).
	Laws []LawRef `json:"laws,omitempty"`
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
