package notice

import (
	"fmt"
	"strings"
)

// A Term describes one code of a closed vocabulary: the article of Regulation
// (EU) 2016/679 that defines it, the nearest concept of the W3C Data Privacy
// Vocabulary (DPV) 2.2, and a short English gloss used in the JSON Schema.
// The official term in each language is in the i18n catalog under the key
// Vocabulary.Name + "." + Code.
//
// DPV is a compact IRI with DPV 2.2's own prefixes: dpv (the core,
// https://w3id.org/dpv#), pd (personal data categories,
// https://w3id.org/dpv/pd#) and eu-gdpr (the GDPR extension,
// https://w3id.org/dpv/legal/eu/gdpr#). Every one is a term of DPV 2.2's
// term lists (a test of the DPV exporter checks it). Two are named by DPV
// otherwise than by the Regulation: eu-gdpr:A49-2 is DPV's concept for the
// compelling legitimate interests of the second subparagraph of Art 49(1),
// and pd:Race stands for racial or ethnic origin (DPV also has pd:EthnicOrigin).
type Term struct {
	Code    string // the code as written in a notice, e.g. "consent"
	Article string // e.g. "Art 6(1)(a)"
	DPV     string // e.g. "eu-gdpr:A6-1-a"; empty where DPV 2.2 has no concept
	Gloss   string // short English description for tool authors
}

// A Vocabulary is one closed list of codes, such as the Art 6(1) legal bases.
type Vocabulary struct {
	Name    string // e.g. "legalBasis": the catalog key prefix and schema name
	Title   string // e.g. "Legal basis (Art 6(1))"
	Article string // the article that defines the list as a whole
	Terms   []Term // every code of the list, in its defined order
}

// Codes returns the codes of v in their defined order.
func (v *Vocabulary) Codes() []string {
	out := make([]string, len(v.Terms))
	for i, t := range v.Terms {
		out[i] = t.Code
	}
	return out
}

// Lookup returns the term for code and whether it exists.
func (v *Vocabulary) Lookup(code string) (Term, bool) {
	for _, t := range v.Terms {
		if t.Code == code {
			return t, true
		}
	}
	return Term{}, false
}

// MessageKey returns the i18n catalog key for code: Name + "." + code.
func (v *Vocabulary) MessageKey(code string) string { return v.Name + "." + code }

// check returns nil when code is in v; otherwise an error that names the
// valid codes, suggests the nearest one, and says when the code belongs to
// another vocabulary (a legal basis given where an Art 9(2) condition is
// expected, say).
func (v *Vocabulary) check(code string) error {
	if _, ok := v.Lookup(code); ok {
		return nil
	}
	msg := fmt.Sprintf("unknown %s code %q", v.Name, code)
	if other, t, ok := lookupElsewhere(v, code); ok {
		msg += fmt.Sprintf(" (%q is a %s code, %s, not a %s code)", code, other.Name, t.Article, v.Name)
	} else if s, ok := aliases[strings.ToLower(code)]; ok && v.has(s) {
		msg += fmt.Sprintf("; did you mean %q?", s)
	} else if s := suggest(code, v.Codes()); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	}
	msg += "; valid codes: " + strings.Join(v.Codes(), ", ")
	return &codeError{msg: msg}
}

func (v *Vocabulary) has(code string) bool {
	_, ok := v.Lookup(code)
	return ok
}

// aliases map names people commonly write for a code (lower-cased) to the
// code, for the "did you mean" of an unknown code.
var aliases = map[string]string{
	"standardcontractualclauses": "standardClausesCommission",
	"scc":                        "standardClausesCommission",
	"sccs":                       "standardClausesCommission",
	"modelclauses":               "standardClausesCommission",
	"bcr":                        "bindingCorporateRules",
	"adequacy":                   "adequacyDecision",
	"publicinterest":             "publicTask",
	"officialauthority":          "publicTask",
	"legitimateinterest":         "legitimateInterests",
	"legalrequirement":           "legalObligation",
	"statute":                    "legalObligation",
	"law":                        "legalObligation",
	"forgotten":                  "erasure",
	"righttobeforgotten":         "erasure",
	"deletion":                   "erasure",
	"correction":                 "rectification",
	"objection":                  "object",
	"dataportability":            "portability",
	"health":                     "healthData",
	"religion":                   "religiousBeliefs",
}

// codeError is returned by UnmarshalText of every vocabulary type. It wraps
// ErrUnknownCode.
type codeError struct{ msg string }

// Error returns the message naming the code and the valid ones.
func (e *codeError) Error() string { return e.msg }

// Unwrap returns ErrUnknownCode.
func (e *codeError) Unwrap() error { return ErrUnknownCode }

func lookupElsewhere(v *Vocabulary, code string) (*Vocabulary, Term, bool) {
	for _, o := range Vocabularies() {
		if o == v {
			continue
		}
		if t, ok := o.Lookup(code); ok {
			return o, t, true
		}
	}
	return nil, Term{}, false
}

// Vocabularies returns every closed vocabulary of the model, in a fixed
// order. The renderers, the validator, the JSON Schema and the README's
// vocabulary table are all derived from this list.
func Vocabularies() []*Vocabulary {
	return []*Vocabulary{
		&LegalBasisVocabulary,
		&SpecialCategoryVocabulary,
		&SpecialConditionVocabulary,
		&CriminalBasisVocabulary,
		&RightVocabulary,
		&TransferMechanismVocabulary,
		&RecipientRoleVocabulary,
		&RequirementVocabulary,
		&ExemptionVocabulary,
		&SourceKindVocabulary,
		&DecisionGroundVocabulary,
		&RetentionQualifierVocabulary,
		&OpenEndKindVocabulary,
		&NegationVocabulary,
		&StorageTechnologyVocabulary,
		&IdentifierSchemeVocabulary,
		&LocationVocabulary,
		&DisposalVocabulary,
	}
}

// LegalBasis is a lawful basis for processing under Art 6(1).
type LegalBasis string

// The six legal bases of Art 6(1)(a)-(f).
const (
	Consent             LegalBasis = "consent"
	Contract            LegalBasis = "contract"
	LegalObligation     LegalBasis = "legalObligation"
	VitalInterests      LegalBasis = "vitalInterests"
	PublicTask          LegalBasis = "publicTask"
	LegitimateInterests LegalBasis = "legitimateInterests"
)

// LegalBasisVocabulary lists the codes of [LegalBasis].
var LegalBasisVocabulary = Vocabulary{
	Name: "legalBasis", Title: "Legal basis (Art 6(1))", Article: "Art 6(1)",
	Terms: []Term{
		{"consent", "Art 6(1)(a)", "eu-gdpr:A6-1-a", "the data subject has given consent to the processing for one or more specific purposes"},
		{"contract", "Art 6(1)(b)", "eu-gdpr:A6-1-b", "necessary for the performance of a contract with the data subject or for steps prior to entering into one"},
		{"legalObligation", "Art 6(1)(c)", "eu-gdpr:A6-1-c", "necessary for compliance with a legal obligation to which the controller is subject"},
		{"vitalInterests", "Art 6(1)(d)", "eu-gdpr:A6-1-d", "necessary to protect the vital interests of the data subject or of another natural person"},
		{"publicTask", "Art 6(1)(e)", "eu-gdpr:A6-1-e", "necessary for a task carried out in the public interest or in the exercise of official authority vested in the controller"},
		{"legitimateInterests", "Art 6(1)(f)", "eu-gdpr:A6-1-f", "necessary for the legitimate interests pursued by the controller or by a third party"},
	},
}

// SpecialCategory is a special category of personal data under Art 9(1).
type SpecialCategory string

// The special categories of Art 9(1).
const (
	RacialEthnicOrigin   SpecialCategory = "racialEthnicOrigin"
	PoliticalOpinions    SpecialCategory = "politicalOpinions"
	ReligiousBeliefs     SpecialCategory = "religiousBeliefs"
	TradeUnionMembership SpecialCategory = "tradeUnionMembership"
	GeneticData          SpecialCategory = "geneticData"
	BiometricData        SpecialCategory = "biometricData"
	HealthData           SpecialCategory = "healthData"
	SexLifeOrientation   SpecialCategory = "sexLifeOrientation"
)

// SpecialCategoryVocabulary lists the codes of [SpecialCategory].
var SpecialCategoryVocabulary = Vocabulary{
	Name: "specialCategory", Title: "Special category of personal data (Art 9(1))", Article: "Art 9(1)",
	Terms: []Term{
		{"racialEthnicOrigin", "Art 9(1)", "pd:Race", "racial or ethnic origin"},
		{"politicalOpinions", "Art 9(1)", "pd:PoliticalOpinion", "political opinions"},
		{"religiousBeliefs", "Art 9(1)", "pd:Religion", "religious or philosophical beliefs"},
		{"tradeUnionMembership", "Art 9(1)", "pd:TradeUnionMembership", "trade union membership"},
		{"geneticData", "Art 9(1)", "pd:Genetic", "genetic data"},
		{"biometricData", "Art 9(1)", "pd:Biometric", "biometric data for the purpose of uniquely identifying a natural person"},
		{"healthData", "Art 9(1)", "pd:Health", "data concerning health"},
		{"sexLifeOrientation", "Art 9(1)", "pd:Sexual", "data concerning a natural person's sex life or sexual orientation"},
	},
}

// SpecialCondition is a condition of Art 9(2) under which special categories
// of personal data may be processed.
type SpecialCondition string

// The conditions of Art 9(2)(a)-(j).
const (
	ExplicitConsent             SpecialCondition = "explicitConsent"
	EmploymentSocialSecurity    SpecialCondition = "employmentSocialSecurity"
	VitalInterestsIncapable     SpecialCondition = "vitalInterestsIncapable"
	NotForProfitBody            SpecialCondition = "notForProfitBody"
	ManifestlyMadePublic        SpecialCondition = "manifestlyMadePublic"
	LegalClaims                 SpecialCondition = "legalClaims"
	SubstantialPublicInterest   SpecialCondition = "substantialPublicInterest"
	HealthOrSocialCare          SpecialCondition = "healthOrSocialCare"
	PublicHealth                SpecialCondition = "publicHealth"
	ArchivingResearchStatistics SpecialCondition = "archivingResearchStatistics"
)

// SpecialConditionVocabulary lists the codes of [SpecialCondition].
var SpecialConditionVocabulary = Vocabulary{
	Name: "specialCondition", Title: "Condition for special categories (Art 9(2))", Article: "Art 9(2)",
	Terms: []Term{
		{"explicitConsent", "Art 9(2)(a)", "eu-gdpr:A9-2-a", "the data subject has given explicit consent"},
		{"employmentSocialSecurity", "Art 9(2)(b)", "eu-gdpr:A9-2-b", "obligations and rights in employment, social security and social protection law"},
		{"vitalInterestsIncapable", "Art 9(2)(c)", "eu-gdpr:A9-2-c", "vital interests where the data subject is incapable of giving consent"},
		{"notForProfitBody", "Art 9(2)(d)", "eu-gdpr:A9-2-d", "legitimate activities of a not-for-profit body with a political, philosophical, religious or trade union aim"},
		{"manifestlyMadePublic", "Art 9(2)(e)", "eu-gdpr:A9-2-e", "data manifestly made public by the data subject"},
		{"legalClaims", "Art 9(2)(f)", "eu-gdpr:A9-2-f", "establishment, exercise or defence of legal claims, or courts acting in their judicial capacity"},
		{"substantialPublicInterest", "Art 9(2)(g)", "eu-gdpr:A9-2-g", "reasons of substantial public interest on the basis of Union or Member State law"},
		{"healthOrSocialCare", "Art 9(2)(h)", "eu-gdpr:A9-2-h", "preventive or occupational medicine, medical diagnosis, health or social care"},
		{"publicHealth", "Art 9(2)(i)", "eu-gdpr:A9-2-i", "reasons of public interest in the area of public health"},
		{"archivingResearchStatistics", "Art 9(2)(j)", "eu-gdpr:A9-2-j", "archiving in the public interest, scientific or historical research, or statistics under Art 89(1)"},
	},
}

// CriminalBasis is the ground under Art 10 for processing personal data
// relating to criminal convictions and offences.
type CriminalBasis string

// The two grounds of Art 10.
const (
	OfficialAuthorityControl CriminalBasis = "officialAuthorityControl"
	AuthorisedByLaw          CriminalBasis = "authorisedByLaw"
)

// CriminalBasisVocabulary lists the codes of [CriminalBasis].
var CriminalBasisVocabulary = Vocabulary{
	Name: "criminalBasis", Title: "Basis for criminal offence data (Art 10)", Article: "Art 10",
	Terms: []Term{
		{"officialAuthorityControl", "Art 10", "", "carried out under the control of official authority"},
		{"authorisedByLaw", "Art 10", "", "authorised by Union or Member State law providing for appropriate safeguards"},
	},
}

// Right is a right of the data subject that a notice informs of.
type Right string

// The rights of Arts 13-22, 7(3) and 77.
const (
	RightInformation       Right = "information"
	RightAccess            Right = "access"
	RightRectification     Right = "rectification"
	RightErasure           Right = "erasure"
	RightRestriction       Right = "restriction"
	RightPortability       Right = "portability"
	RightObject            Right = "object"
	RightAutomatedDecision Right = "automatedDecision"
	RightWithdrawConsent   Right = "withdrawConsent"
	RightComplaint         Right = "complaint"
	RightNotification      Right = "notification"
	RightJudicialRemedy    Right = "judicialRemedy"
)

// RightVocabulary lists the codes of [Right].
var RightVocabulary = Vocabulary{
	Name: "right", Title: "Right of the data subject", Article: "Arts 13-22, 7(3), 77, 79",
	Terms: []Term{
		{"information", "Arts 13-14", "eu-gdpr:A13", "right to be informed of the processing"},
		{"access", "Art 15", "eu-gdpr:A15", "right of access by the data subject"},
		{"rectification", "Art 16", "eu-gdpr:A16", "right to rectification"},
		{"erasure", "Art 17", "eu-gdpr:A17", "right to erasure ('right to be forgotten')"},
		{"restriction", "Art 18", "eu-gdpr:A18", "right to restriction of processing"},
		{"portability", "Art 20", "eu-gdpr:A20", "right to data portability"},
		{"object", "Art 21", "eu-gdpr:A21", "right to object"},
		{"automatedDecision", "Art 22", "eu-gdpr:A22", "right not to be subject to a decision based solely on automated processing"},
		{"withdrawConsent", "Art 7(3)", "eu-gdpr:A7-3", "right to withdraw consent at any time"},
		{"complaint", "Art 77", "eu-gdpr:A77", "right to lodge a complaint with a supervisory authority"},
		{"notification", "Art 19", "eu-gdpr:A19", "right to be told of the recipients informed of a rectification, erasure or restriction"},
		{"judicialRemedy", "Art 79", "eu-gdpr:A79", "right to an effective judicial remedy against a controller or processor"},
	},
}

// TransferMechanism is the ground of a transfer to a third country or an
// international organisation under Chapter V.
type TransferMechanism string

// The transfer grounds of Arts 45, 46(2), 46(3) and 49(1).
const (
	AdequacyDecision             TransferMechanism = "adequacyDecision"
	PublicAuthorityInstrument    TransferMechanism = "publicAuthorityInstrument"
	BindingCorporateRules        TransferMechanism = "bindingCorporateRules"
	StandardClausesCommission    TransferMechanism = "standardClausesCommission"
	StandardClausesAuthority     TransferMechanism = "standardClausesAuthority"
	CodeOfConduct                TransferMechanism = "codeOfConduct"
	Certification                TransferMechanism = "certification"
	AuthorisedContractualClauses TransferMechanism = "authorisedContractualClauses"
	AuthorisedAdministrative     TransferMechanism = "authorisedAdministrativeArrangement"
	DerogationConsent            TransferMechanism = "derogationExplicitConsent"
	DerogationContract           TransferMechanism = "derogationContract"
	DerogationContractInterest   TransferMechanism = "derogationContractInInterest"
	DerogationPublicInterest     TransferMechanism = "derogationPublicInterest"
	DerogationLegalClaims        TransferMechanism = "derogationLegalClaims"
	DerogationVitalInterests     TransferMechanism = "derogationVitalInterests"
	DerogationPublicRegister     TransferMechanism = "derogationPublicRegister"
	CompellingLegitimateInterest TransferMechanism = "compellingLegitimateInterests"
)

// TransferMechanismVocabulary lists the codes of [TransferMechanism].
var TransferMechanismVocabulary = Vocabulary{
	Name: "transferMechanism", Title: "Transfer mechanism (Arts 45-49)", Article: "Arts 45-49",
	Terms: []Term{
		{"adequacyDecision", "Art 45", "eu-gdpr:A45-3", "adequacy decision of the Commission"},
		{"publicAuthorityInstrument", "Art 46(2)(a)", "eu-gdpr:A46-2-a", "legally binding and enforceable instrument between public authorities or bodies"},
		{"bindingCorporateRules", "Art 46(2)(b)", "eu-gdpr:A46-2-b", "binding corporate rules (Art 47)"},
		{"standardClausesCommission", "Art 46(2)(c)", "eu-gdpr:A46-2-c", "standard data protection clauses adopted by the Commission"},
		{"standardClausesAuthority", "Art 46(2)(d)", "eu-gdpr:A46-2-d", "standard data protection clauses adopted by a supervisory authority and approved by the Commission"},
		{"codeOfConduct", "Art 46(2)(e)", "eu-gdpr:A46-2-e", "approved code of conduct with binding commitments"},
		{"certification", "Art 46(2)(f)", "eu-gdpr:A46-2-f", "approved certification mechanism with binding commitments"},
		{"authorisedContractualClauses", "Art 46(3)(a)", "eu-gdpr:A46-3-a", "contractual clauses authorised by the competent supervisory authority"},
		{"authorisedAdministrativeArrangement", "Art 46(3)(b)", "eu-gdpr:A46-3-b", "provisions in administrative arrangements between public authorities, authorised by the supervisory authority"},
		{"derogationExplicitConsent", "Art 49(1)(a)", "eu-gdpr:A49-1-a", "explicit consent to the proposed transfer after being informed of the risks"},
		{"derogationContract", "Art 49(1)(b)", "eu-gdpr:A49-1-b", "performance of a contract between the data subject and the controller, or pre-contractual measures"},
		{"derogationContractInInterest", "Art 49(1)(c)", "eu-gdpr:A49-1-c", "a contract concluded in the interest of the data subject"},
		{"derogationPublicInterest", "Art 49(1)(d)", "eu-gdpr:A49-1-d", "important reasons of public interest"},
		{"derogationLegalClaims", "Art 49(1)(e)", "eu-gdpr:A49-1-e", "establishment, exercise or defence of legal claims"},
		{"derogationVitalInterests", "Art 49(1)(f)", "eu-gdpr:A49-1-f", "vital interests where the data subject is incapable of giving consent"},
		{"derogationPublicRegister", "Art 49(1)(g)", "eu-gdpr:A49-1-g", "transfer from a register intended to provide information to the public"},
		{"compellingLegitimateInterests", "Art 49(1), second subparagraph", "eu-gdpr:A49-2", "compelling legitimate interests of the controller (occasional transfer)"},
	},
}

// RecipientRole is what a recipient of personal data is in relation to the
// controller (Arts 4(9), 4(8), 26, 13(1)(e)).
type RecipientRole string

// The recipient roles.
const (
	RoleProcessor       RecipientRole = "processor"
	RoleController      RecipientRole = "controller"
	RoleJointController RecipientRole = "jointController"
	RolePublicAuthority RecipientRole = "publicAuthority"
	RoleOther           RecipientRole = "other"
)

// RecipientRoleVocabulary lists the codes of [RecipientRole].
var RecipientRoleVocabulary = Vocabulary{
	Name: "recipientRole", Title: "Role of a recipient", Article: "Art 13(1)(e)",
	Terms: []Term{
		{"processor", "Art 4(8), 28", "dpv:DataProcessor", "a processor that processes the data on behalf of the controller"},
		{"controller", "Art 4(7)", "dpv:DataController", "a separate controller to which the data are disclosed"},
		{"jointController", "Art 26", "dpv:JointDataControllers", "a joint controller"},
		{"publicAuthority", "Art 4(9)", "dpv:GovernmentalOrganisation", "a public authority to which the data are disclosed"},
		{"other", "Art 4(9)", "dpv:Recipient", "another recipient"},
	},
}

// Requirement says whether providing the personal data is required, under
// Art 13(2)(e).
type Requirement string

// The kinds of requirement named in Art 13(2)(e).
const (
	Statutory            Requirement = "statutory"
	Contractual          Requirement = "contractual"
	ContractPrerequisite Requirement = "contractPrerequisite"
	NotRequired          Requirement = "notRequired"
)

// RequirementVocabulary lists the codes of [Requirement].
var RequirementVocabulary = Vocabulary{
	Name: "requirement", Title: "Statutory or contractual requirement (Art 13(2)(e))", Article: "Art 13(2)(e)",
	Terms: []Term{
		{"statutory", "Art 13(2)(e)", "dpv:LegalObligation", "providing the data is a statutory requirement"},
		{"contractual", "Art 13(2)(e)", "dpv:Contract", "providing the data is a contractual requirement"},
		{"contractPrerequisite", "Art 13(2)(e)", "dpv:EnterIntoContract", "providing the data is a requirement necessary to enter into a contract"},
		{"notRequired", "Art 13(2)(e)", "dpv:Optional", "providing the data is voluntary"},
	},
}

// Exemption is a ground of Art 14(5) on which an activity need not give the
// Art 14 information.
type Exemption string

// The exemptions of Art 14(5)(a)-(d).
const (
	AlreadyInformed        Exemption = "alreadyInformed"
	DisproportionateEffort Exemption = "disproportionateEffort"
	LaidDownByLaw          Exemption = "laidDownByLaw"
	ProfessionalSecrecy    Exemption = "professionalSecrecy"
)

// ExemptionVocabulary lists the codes of [Exemption].
var ExemptionVocabulary = Vocabulary{
	Name: "exemption", Title: "Exemption from Art 14 information (Art 14(5))", Article: "Art 14(5)",
	Terms: []Term{
		{"alreadyInformed", "Art 14(5)(a)", "eu-gdpr:JustificationA14EntityAlreadyInformed", "the data subject already has the information"},
		{"disproportionateEffort", "Art 14(5)(b)", "eu-gdpr:JustificationA14DisproportionateEffort", "providing the information is impossible or would involve a disproportionate effort"},
		{"laidDownByLaw", "Art 14(5)(c)", "eu-gdpr:JustificationA14LegallyExempted", "obtaining or disclosure is expressly laid down by Union or Member State law"},
		{"professionalSecrecy", "Art 14(5)(d)", "eu-gdpr:JustificationA14ConfidentialityCompromised", "the data must remain confidential subject to an obligation of professional secrecy"},
	},
}

// SourceKind says where personal data come from. Data collected from the data
// subject fall under Art 13; data from any other source under Art 14.
type SourceKind string

// The kinds of source.
const (
	SourceDataSubject SourceKind = "dataSubject"
	SourceGenerated   SourceKind = "generated"
	SourceOther       SourceKind = "otherSource"
	SourcePublic      SourceKind = "publicSource"
)

// SourceKindVocabulary lists the codes of [SourceKind].
var SourceKindVocabulary = Vocabulary{
	Name: "sourceKind", Title: "Kind of source of personal data (Arts 13, 14(2)(f))", Article: "Art 14(2)(f)",
	Terms: []Term{
		{"dataSubject", "Art 13", "dpv:DataSubjectDataSource", "collected from the data subject"},
		{"generated", "Art 13", "dpv:DataControllerDataSource", "arising from the data subject's use of the service or from the controller's own work with the data subject"},
		{"otherSource", "Art 14(2)(f)", "dpv:ThirdPartyDataSource", "obtained from another source than the data subject"},
		{"publicSource", "Art 14(2)(f)", "dpv:PublicDataSource", "obtained from a publicly accessible source"},
	},
}

// IsArt14 reports whether data from a source of kind k make Art 14 apply.
func (k SourceKind) IsArt14() bool { return k == SourceOther || k == SourcePublic }

func termOf(v *Vocabulary, code string) Term {
	t, _ := v.Lookup(code)
	return t
}

// Article returns the article that defines b, such as "Art 6(1)(a)".
func (b LegalBasis) Article() string { return termOf(&LegalBasisVocabulary, string(b)).Article }

// DPV returns the W3C DPV identifier of b.
func (b LegalBasis) DPV() string { return termOf(&LegalBasisVocabulary, string(b)).DPV }

// UnmarshalText accepts only the codes of [LegalBasisVocabulary].
func (b *LegalBasis) UnmarshalText(p []byte) error {
	return unmarshalCode(&LegalBasisVocabulary, p, (*string)(b))
}

// Article returns the article that defines c.
func (c SpecialCategory) Article() string {
	return termOf(&SpecialCategoryVocabulary, string(c)).Article
}

// UnmarshalText accepts only the codes of [SpecialCategoryVocabulary].
func (c *SpecialCategory) UnmarshalText(p []byte) error {
	return unmarshalCode(&SpecialCategoryVocabulary, p, (*string)(c))
}

// Article returns the article that defines c, such as "Art 9(2)(a)".
func (c SpecialCondition) Article() string {
	return termOf(&SpecialConditionVocabulary, string(c)).Article
}

// UnmarshalText accepts only the codes of [SpecialConditionVocabulary].
func (c *SpecialCondition) UnmarshalText(p []byte) error {
	return unmarshalCode(&SpecialConditionVocabulary, p, (*string)(c))
}

// Article returns the article that defines c.
func (c CriminalBasis) Article() string { return termOf(&CriminalBasisVocabulary, string(c)).Article }

// UnmarshalText accepts only the codes of [CriminalBasisVocabulary].
func (c *CriminalBasis) UnmarshalText(p []byte) error {
	return unmarshalCode(&CriminalBasisVocabulary, p, (*string)(c))
}

// Article returns the article that defines r, such as "Art 15".
func (r Right) Article() string { return termOf(&RightVocabulary, string(r)).Article }

// UnmarshalText accepts only the codes of [RightVocabulary].
func (r *Right) UnmarshalText(p []byte) error {
	return unmarshalCode(&RightVocabulary, p, (*string)(r))
}

// Article returns the article that defines m, such as "Art 46(2)(c)".
func (m TransferMechanism) Article() string {
	return termOf(&TransferMechanismVocabulary, string(m)).Article
}

// IsSafeguard reports whether m is an Art 46 safeguard, for which Art 13(1)(f)
// asks the means to obtain a copy or where it has been made available.
func (m TransferMechanism) IsSafeguard() bool {
	return strings.HasPrefix(m.Article(), "Art 46") || m == CompellingLegitimateInterest
}

// UnmarshalText accepts only the codes of [TransferMechanismVocabulary].
func (m *TransferMechanism) UnmarshalText(p []byte) error {
	return unmarshalCode(&TransferMechanismVocabulary, p, (*string)(m))
}

// Article returns the article behind r.
func (r RecipientRole) Article() string { return termOf(&RecipientRoleVocabulary, string(r)).Article }

// UnmarshalText accepts only the codes of [RecipientRoleVocabulary].
func (r *RecipientRole) UnmarshalText(p []byte) error {
	return unmarshalCode(&RecipientRoleVocabulary, p, (*string)(r))
}

// UnmarshalText accepts only the codes of [RequirementVocabulary].
func (r *Requirement) UnmarshalText(p []byte) error {
	return unmarshalCode(&RequirementVocabulary, p, (*string)(r))
}

// Article returns the article that defines e, such as "Art 14(5)(b)".
func (e Exemption) Article() string { return termOf(&ExemptionVocabulary, string(e)).Article }

// UnmarshalText accepts only the codes of [ExemptionVocabulary].
func (e *Exemption) UnmarshalText(p []byte) error {
	return unmarshalCode(&ExemptionVocabulary, p, (*string)(e))
}

// UnmarshalText accepts only the codes of [SourceKindVocabulary].
func (k *SourceKind) UnmarshalText(p []byte) error {
	return unmarshalCode(&SourceKindVocabulary, p, (*string)(k))
}

func unmarshalCode(v *Vocabulary, p []byte, dst *string) error {
	code := string(p)
	if err := v.check(code); err != nil {
		return err
	}
	*dst = code
	return nil
}

// suggest returns the candidate nearest to s by edit distance, if it is
// within a third of the length of s (at least 2), or "".
func suggest(s string, candidates []string) string {
	best, bestD := "", -1
	for _, c := range candidates {
		d := levenshtein(strings.ToLower(s), strings.ToLower(c))
		if bestD < 0 || d < bestD {
			best, bestD = c, d
		}
	}
	limit := max(2, len(s)/3)
	if bestD < 0 || bestD > limit {
		return ""
	}
	return best
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
