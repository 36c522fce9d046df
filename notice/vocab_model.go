package notice

import "reflect"

// The closed lists below are the model's own: not codes the Regulation
// defines, but the ways real notices qualify what they say. Like the GDPR
// vocabularies, each is a [Vocabulary] in [Vocabularies], so that the schema,
// the catalog and the renderers derive from one list.

// RetentionQualifier says how exact a retention period is (Art 13(2)(a)).
type RetentionQualifier string

// The retention qualifiers.
const (
	RetentionExact       RetentionQualifier = "exact"
	RetentionMinimum     RetentionQualifier = "minimum"
	RetentionMaximum     RetentionQualifier = "maximum"
	RetentionApproximate RetentionQualifier = "approximate"
)

// RetentionQualifierVocabulary lists the codes of [RetentionQualifier].
var RetentionQualifierVocabulary = Vocabulary{
	Name: "retentionQualifier", Title: "How exact a retention period is (Art 13(2)(a))", Article: "Art 13(2)(a)",
	Terms: []Term{
		{"exact", "Art 13(2)(a)", "dpv:StorageDuration", "the data are kept for the period stated"},
		{"minimum", "Art 13(2)(a)", "dpv:StorageDuration", "the data are kept at least for the period stated (\"at least\")"},
		{"maximum", "Art 13(2)(a)", "dpv:StorageDuration", "the data are kept at most for the period stated (\"at most\", \"within\")"},
		{"approximate", "Art 13(2)(a)", "dpv:StorageDuration", "the data are kept for about the period stated (\"about\", \"typically\")"},
	},
}

// OpenEndKind says how a notice states a retention with no end (Art 13(2)(a)).
type OpenEndKind string

// The kinds of open-ended retention.
const (
	UntilFurtherNotice OpenEndKind = "untilFurtherNotice"
	Indefinitely       OpenEndKind = "indefinitely"
	Permanently        OpenEndKind = "permanently"
	UntilRemoved       OpenEndKind = "untilRemoved"
)

// OpenEndKindVocabulary lists the codes of [OpenEndKind].
var OpenEndKindVocabulary = Vocabulary{
	Name: "openEnd", Title: "Retention with no end stated (Art 13(2)(a))", Article: "Art 13(2)(a)",
	Terms: []Term{
		{"untilFurtherNotice", "Art 13(2)(a)", "dpv:IndeterminateDuration", "kept until further notice (\"toistaiseksi\", \"tills vidare\")"},
		{"indefinitely", "Art 13(2)(a)", "dpv:EndlessDuration", "kept indefinitely, with no end foreseen"},
		{"permanently", "Art 13(2)(a)", "dpv:EndlessDuration", "kept permanently, typically by a decision under archives law (Art 89(1))"},
		{"untilRemoved", "Art 13(2)(a)", "dpv:IndeterminateDuration", "kept until removed on request or by the controller, with no automatic deletion"},
	},
}

// DecisionGround is the exception of Art 22(2) under which a decision based
// solely on automated processing with legal or similarly significant effects
// may be made.
type DecisionGround string

// The exceptions of Art 22(2)(a)-(c).
const (
	DecisionContract        DecisionGround = "contract"
	DecisionLaw             DecisionGround = "law"
	DecisionExplicitConsent DecisionGround = "explicitConsent"
)

// DecisionGroundVocabulary lists the codes of [DecisionGround].
var DecisionGroundVocabulary = Vocabulary{
	Name: "decisionGround", Title: "Exception for automated individual decisions (Art 22(2))", Article: "Art 22(2)",
	Terms: []Term{
		{"contract", "Art 22(2)(a)", "", "necessary for entering into, or performance of, a contract between the data subject and a data controller"},
		{"law", "Art 22(2)(b)", "", "authorised by Union or Member State law which also lays down suitable measures to safeguard the data subject's rights and freedoms and legitimate interests"},
		{"explicitConsent", "Art 22(2)(c)", "", "based on the data subject's explicit consent"},
	},
}

// Negation is something a notice says is not done (Art 12(1)).
type Negation string

// The negative statements.
const (
	NoSpecialCategories Negation = "noSpecialCategories"
	NoCriminalData      Negation = "noCriminalData"
	NotSold             Negation = "notSold"
	NoDirectMarketing   Negation = "noDirectMarketing"
	NoProfiling         Negation = "noProfiling"
	NoChildren          Negation = "noChildren"
	NoFurtherProcessing Negation = "noFurtherProcessing"
)

// NegationVocabulary lists the codes of [Negation].
var NegationVocabulary = Vocabulary{
	Name: "negation", Title: "What the notice says is not done", Article: "Art 12(1)",
	Terms: []Term{
		{"noSpecialCategories", "Art 9(1)", "dpv:SpecialCategoryPersonalData", "no special categories of personal data are processed"},
		{"noCriminalData", "Art 10", "pd:Criminal", "no personal data relating to criminal convictions and offences are processed"},
		{"notSold", "Art 12(1)", "dpv:SellDataToThirdParties", "the personal data are not sold"},
		{"noDirectMarketing", "Art 21(2)", "dpv:DirectMarketing", "the personal data are not used for direct marketing"},
		{"noProfiling", "Art 4(4)", "dpv:Profiling", "the personal data are not used for profiling"},
		{"noChildren", "Art 8", "dpv:Child", "no personal data of children are knowingly processed"},
		{"noFurtherProcessing", "Art 5(1)(b)", "", "the data are used only for the purposes stated"},
	},
}

// StorageTechnology is the kind of storage of, or access to, information on
// the user's device (Directive 2002/58/EC Art 5(3)).
type StorageTechnology string

// The storage technologies.
const (
	TechCookie         StorageTechnology = "cookie"
	TechLocalStorage   StorageTechnology = "localStorage"
	TechSessionStorage StorageTechnology = "sessionStorage"
	TechPixel          StorageTechnology = "pixel"
	TechOther          StorageTechnology = "other"
)

// StorageTechnologyVocabulary lists the codes of [StorageTechnology].
var StorageTechnologyVocabulary = Vocabulary{
	Name: "storageTechnology", Title: "Storage of or access to information on the user's device", Article: "Directive 2002/58/EC Art 5(3)",
	Terms: []Term{
		{"cookie", "Directive 2002/58/EC Art 5(3)", "", "an HTTP cookie"},
		{"localStorage", "Directive 2002/58/EC Art 5(3)", "", "the browser's local storage"},
		{"sessionStorage", "Directive 2002/58/EC Art 5(3)", "", "the browser's session storage"},
		{"pixel", "Directive 2002/58/EC Art 5(3)", "", "a tracking pixel or web beacon"},
		{"other", "Directive 2002/58/EC Art 5(3)", "", "another technology that stores or reads information on the device"},
	},
}

// IdentifierScheme is the scheme of an organisation's registration number
// (Art 13(1)(a): the identity of the controller).
type IdentifierScheme string

// The identifier schemes; each but "other" has its own check ([Identifier.Check]).
const (
	SchemeFIBusinessID         IdentifierScheme = "fiBusinessId"
	SchemeSEOrganisationNumber IdentifierScheme = "seOrganisationNumber"
	SchemeNOOrganisationNumber IdentifierScheme = "noOrganisationNumber"
	SchemeVAT                  IdentifierScheme = "vatNumber"
	SchemeLEI                  IdentifierScheme = "lei"
	SchemeOther                IdentifierScheme = "other"
)

// IdentifierSchemeVocabulary lists the codes of [IdentifierScheme].
var IdentifierSchemeVocabulary = Vocabulary{
	Name: "identifierScheme", Title: "Scheme of an organisation identifier", Article: "Art 13(1)(a)",
	Terms: []Term{
		{"fiBusinessId", "Art 13(1)(a)", "", "Finnish business ID (Y-tunnus), NNNNNNN-N with a modulus 11 check digit"},
		{"seOrganisationNumber", "Art 13(1)(a)", "", "Swedish organisation number (organisationsnummer), NNNNNN-NNNN with a Luhn check digit"},
		{"noOrganisationNumber", "Art 13(1)(a)", "", "Norwegian organisation number (organisasjonsnummer), nine digits with a modulus 11 check digit"},
		{"vatNumber", "Art 13(1)(a)", "", "VAT identification number of a Member State, with its two-letter prefix (EL for Greece, XI for Northern Ireland)"},
		{"lei", "Art 13(1)(a)", "", "Legal Entity Identifier (ISO 17442), 20 characters with ISO 7064 MOD 97-10 check digits"},
		{"other", "Art 13(1)(a)", "", "another scheme, named in schemeName"},
	},
}

// UnmarshalText accepts only the codes of [RetentionQualifierVocabulary].
func (q *RetentionQualifier) UnmarshalText(p []byte) error {
	return unmarshalCode(&RetentionQualifierVocabulary, p, (*string)(q))
}

// UnmarshalText accepts only the codes of [OpenEndKindVocabulary].
func (k *OpenEndKind) UnmarshalText(p []byte) error {
	return unmarshalCode(&OpenEndKindVocabulary, p, (*string)(k))
}

// Article returns the article that defines g, such as "Art 22(2)(a)".
func (g DecisionGround) Article() string { return termOf(&DecisionGroundVocabulary, string(g)).Article }

// UnmarshalText accepts only the codes of [DecisionGroundVocabulary].
func (g *DecisionGround) UnmarshalText(p []byte) error {
	return unmarshalCode(&DecisionGroundVocabulary, p, (*string)(g))
}

// Article returns the article behind n, such as "Art 9(1)".
func (n Negation) Article() string { return termOf(&NegationVocabulary, string(n)).Article }

// UnmarshalText accepts only the codes of [NegationVocabulary].
func (n *Negation) UnmarshalText(p []byte) error {
	return unmarshalCode(&NegationVocabulary, p, (*string)(n))
}

// UnmarshalText accepts only the codes of [StorageTechnologyVocabulary].
func (t *StorageTechnology) UnmarshalText(p []byte) error {
	return unmarshalCode(&StorageTechnologyVocabulary, p, (*string)(t))
}

// UnmarshalText accepts only the codes of [IdentifierSchemeVocabulary].
func (s *IdentifierScheme) UnmarshalText(p []byte) error {
	return unmarshalCode(&IdentifierSchemeVocabulary, p, (*string)(s))
}

// Location says whether a recipient or a storage place is inside the EEA or
// outside it, where the notice says so without naming a country (Art 13(1)(f), 44).
type Location string

// The locations.
const (
	InsideEEA    Location = "eea"
	ThirdCountry Location = "thirdCountry"
)

// LocationVocabulary lists the codes of [Location].
var LocationVocabulary = Vocabulary{
	Name: "location", Title: "Inside or outside the EEA (Art 13(1)(f), 44)", Article: "Art 13(1)(f)",
	Terms: []Term{
		{"eea", "Art 44", "", "inside the European Economic Area"},
		{"thirdCountry", "Art 44", "dpv:ThirdCountry", "outside the European Economic Area: a third country"},
	},
}

// UnmarshalText accepts only the codes of [LocationVocabulary].
func (l *Location) UnmarshalText(p []byte) error {
	return unmarshalCode(&LocationVocabulary, p, (*string)(l))
}

// Disposal says what happens to personal data when they are no longer kept
// (Art 13(2)(a), 5(1)(e)).
type Disposal string

// The kinds of disposal.
const (
	DisposalErase            Disposal = "erase"
	DisposalAnonymise        Disposal = "anonymise"
	DisposalEraseOrAnonymise Disposal = "eraseOrAnonymise"
	DisposalArchive          Disposal = "archive"
	DisposalRestrict         Disposal = "restrict"
)

// DisposalVocabulary lists the codes of [Disposal].
var DisposalVocabulary = Vocabulary{
	Name: "disposal", Title: "What happens to the data at the end (Art 13(2)(a), 5(1)(e))", Article: "Art 5(1)(e)",
	Terms: []Term{
		{"erase", "Art 5(1)(e)", "dpv:Erase", "the data are erased"},
		{"anonymise", "Art 5(1)(e)", "dpv:Anonymise", "the data are anonymised"},
		{"eraseOrAnonymise", "Art 5(1)(e)", "", "the data are erased or anonymised"},
		{"archive", "Art 89(1)", "", "the data are archived"},
		{"restrict", "Art 18", "", "the processing of the data is restricted (they are blocked, not erased)"},
	},
}

// UnmarshalText accepts only the codes of [DisposalVocabulary].
func (d *Disposal) UnmarshalText(p []byte) error {
	return unmarshalCode(&DisposalVocabulary, p, (*string)(d))
}

// codeTypes maps each code type of the model to its vocabulary.
var codeTypes = map[reflect.Type]*Vocabulary{
	reflect.TypeFor[LegalBasis]():         &LegalBasisVocabulary,
	reflect.TypeFor[SpecialCategory]():    &SpecialCategoryVocabulary,
	reflect.TypeFor[SpecialCondition]():   &SpecialConditionVocabulary,
	reflect.TypeFor[CriminalBasis]():      &CriminalBasisVocabulary,
	reflect.TypeFor[Right]():              &RightVocabulary,
	reflect.TypeFor[TransferMechanism]():  &TransferMechanismVocabulary,
	reflect.TypeFor[RecipientRole]():      &RecipientRoleVocabulary,
	reflect.TypeFor[Requirement]():        &RequirementVocabulary,
	reflect.TypeFor[Exemption]():          &ExemptionVocabulary,
	reflect.TypeFor[SourceKind]():         &SourceKindVocabulary,
	reflect.TypeFor[DecisionGround]():     &DecisionGroundVocabulary,
	reflect.TypeFor[RetentionQualifier](): &RetentionQualifierVocabulary,
	reflect.TypeFor[OpenEndKind]():        &OpenEndKindVocabulary,
	reflect.TypeFor[Negation]():           &NegationVocabulary,
	reflect.TypeFor[StorageTechnology]():  &StorageTechnologyVocabulary,
	reflect.TypeFor[IdentifierScheme]():   &IdentifierSchemeVocabulary,
	reflect.TypeFor[Location]():           &LocationVocabulary,
	reflect.TypeFor[Disposal]():           &DisposalVocabulary,
}

// VocabularyOf returns the vocabulary whose codes values of type t hold,
// such as [LegalBasisVocabulary] for reflect.TypeFor[LegalBasis](), and
// whether t is a code type.
func VocabularyOf(t reflect.Type) (*Vocabulary, bool) {
	v, ok := codeTypes[t]
	return v, ok
}
