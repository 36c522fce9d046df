package validate

// The rule IDs, one constant per rule, for callers that filter findings.
const (
	RuleControllerMissing        = "ART13-CONTROLLER-01"
	RuleControllerName           = "ART13-CONTROLLER-02"
	RuleControllerContact        = "ART13-CONTROLLER-03"
	RuleRepresentativeMissing    = "ART13-REPRESENTATIVE-01"
	RuleRepresentativeIncomplete = "ART13-REPRESENTATIVE-02"
	RuleDPOMissing               = "ART13-DPO-01"
	RuleDPOContact               = "ART13-DPO-02"
	RulePurposeMissing           = "ART13-PURPOSE-01"
	RuleLegalBasisMissing        = "ART13-LEGALBASIS-01"
	RulePurposeWithoutBasis      = "ART13-LEGALBASIS-02"
	RuleInterestsMissing         = "ART13-INTERESTS-01"
	RuleInterestsWithoutBasis    = "ART13-INTERESTS-02"
	RuleRecipientsMissing        = "ART13-RECIPIENTS-01"
	RuleRecipientsWords          = "ART13-RECIPIENTS-02"
	RuleTransfersMissing         = "ART13-TRANSFERS-01"
	RuleTransferDestination      = "ART13-TRANSFERS-02"
	RuleTransferContradiction    = "ART13-TRANSFERS-03"
	RuleTransfersWords           = "ART13-TRANSFERS-04"
	RuleTransferGround           = "ART13-TRANSFERS-05"
	RuleSafeguardsCopy           = "ART13-SAFEGUARDS-01"
	RuleRetentionMissing         = "ART13-RETENTION-01"
	RuleRetentionEmpty           = "ART13-RETENTION-02"
	RuleRetentionFrom            = "ART13-RETENTION-03"
	RuleRetentionOpen            = "ART13-RETENTION-04"
	RuleRetentionMinimum         = "ART13-RETENTION-05"
	RuleRetentionReference       = "ART13-RETENTION-06"
	RuleRetentionCoverage        = "ART13-RETENTION-07"
	RuleRightsMissing            = "ART13-RIGHTS-01"
	RuleRightMissing             = "ART13-RIGHTS-02"
	RuleRightDenied              = "ART13-RIGHTS-03"
	RuleLimitedRight             = "ART13-RIGHTS-04"
	RuleWithdrawConsent          = "ART13-WITHDRAW-01"
	RuleWithdrawHow              = "ART13-WITHDRAW-02"
	RuleComplaintMissing         = "ART13-COMPLAINT-01"
	RuleSupervisoryAuthority     = "ART13-COMPLAINT-02"
	RuleRequirementMissing       = "ART13-REQUIREMENT-01"
	RuleRequirementConsequences  = "ART13-REQUIREMENT-02"
	RuleAutomatedMissing         = "ART13-AUTOMATED-01"
	RuleAutomatedLogic           = "ART13-AUTOMATED-02"
	RuleAutomatedConsequences    = "ART13-AUTOMATED-03"
	RuleAutomatedOutside22       = "ART13-AUTOMATED-04"
	RuleCategoriesMissing        = "ART14-CATEGORIES-01"
	RuleSourcesMissing           = "ART14-SOURCES-01"
	RuleSourceCoverage           = "ART14-SOURCES-02"
	RuleExemptionNotArt14        = "ART14-EXEMPTION-01"
	RuleExemptionLaw             = "ART14-EXEMPTION-02"
	RuleExerciseRights           = "ART12-EXERCISE-01"
	RuleLawForBasis              = "ART6-LAW-01"
	RulePublicAuthorityInterests = "ART6-PUBLICAUTHORITY-01"
	RuleChildInterests           = "ART6-CHILD-01"
	RuleChildConsent             = "ART8-CONSENT-01"
	RuleSpecialCondition         = "ART9-CONDITION-01"
	RuleConditionWithoutData     = "ART9-CONDITION-02"
	RuleLawForCondition          = "ART9-LAW-01"
	RuleCriminalBasis            = "ART10-BASIS-01"
	RulePortability              = "ART20-PORTABILITY-01"
	RuleObject                   = "ART21-OBJECT-01"
	RuleJointParties             = "ART26-PARTIES-01"
	RuleJointArrangement         = "ART26-ARRANGEMENT-01"
	RuleJointRecipient           = "ART26-ARRANGEMENT-02"
	RuleDecisionGround           = "ART22-GROUND-01"
	RuleDecisionSafeguards       = "ART22-SAFEGUARDS-01"
	RuleDecisionSpecial          = "ART22-SPECIAL-01"
	RulePublicAuthorityDPO       = "ART37-DPO-01"
	RuleTransferToEEA            = "ART44-EEA-01"
	RuleNoAdequacy               = "ART45-ADEQUACY-01"
	RulePartialAdequacy          = "ART45-ADEQUACY-02"
	RuleNoAdequacyOrganisation   = "ART45-ADEQUACY-03"
	RuleRepealedClauses          = "ART46-SCC-01"
	RuleModelClauses             = "ART46-SCC-02"
	RuleCompellingInterests      = "ART49-INTERESTS-01"
	RuleConsentRisks             = "ART49-RISKS-01"
	RulePublicDerogation         = "ART49-PUBLIC-01"
	RuleNotApplicableAndItems    = "ITEM-NOTAPPLICABLE-01"
	RuleReferenceURL             = "ITEM-REFERENCE-01"
	RulePlaceholder              = "PLACEHOLDER-01"
	RuleRequired                 = "FORM-REQUIRED-01"
	RuleCode                     = "FORM-CODE-01"
	RuleEmail                    = "FORM-EMAIL-01"
	RuleURL                      = "FORM-URL-01"
	RulePhone                    = "FORM-PHONE-01"
	RulePhoneInternational       = "FORM-PHONE-02"
	RuleBusinessID               = "FORM-BUSINESSID-01"
	RuleCountry                  = "FORM-COUNTRY-01"
	RuleDateOrder                = "FORM-DATE-01"
	RuleDateMissing              = "FORM-DATE-02"
	RuleDuration                 = "FORM-DURATION-01"
	RuleLanguages                = "FORM-LANG-01"
	RuleUnofficialTranslation    = "FORM-LANG-02"
	RuleUndeclaredLanguage       = "FORM-LANG-03"
	RuleMissingTranslation       = "FORM-LANG-04"
	RuleUnsupportedLanguage      = "FORM-LANG-05"
	RuleID                       = "FORM-ID-01"
	RuleSubjectRef               = "FORM-ID-02"
	RuleLawEmpty                 = "FORM-LAW-01"
	RuleLawNumber                = "FORM-LAW-02"
	RuleLawUnknown               = "FORM-LAW-03"
)

// rules is the rule table. It is read-only: Rules returns a copy.
var rules = []Rule{
	// Art 13(1)(a), 14(1)(a): the controller and its representative.
	{
		ID: RuleControllerMissing, Severity: Error, Article: "Art 13(1)(a)",
		Example: `
controller:          # absent, and no activity names its own
activities:
  - id: register
    name: Asiakasrekisteri`,
		Discussion: `
Art 13(1)(a) and 14(1)(a) ask first of all "the identity and the contact details of
the controller". The controller of an activity is the activity's own controller
when it has one, else the notice's. The rule fires once, at /controller, when
some activity has neither. A notice whose every activity names its own
controller needs none at the top.`,
	},
	{
		ID: RuleControllerName, Severity: Error, Article: "Art 13(1)(a)",
		Example: `
controller:
  email: kirjaamo@example.fi   # but no name`,
		Discussion: `
The identity of the controller is its name: the natural or legal person, public
authority, agency or other body that determines the purposes and means of the
processing (Art 4(7)): a city, a university, a state agency such as a school or
a court administration, a company; not a unit or an employee within it. Give
the unit in unit and the person to contact under contactPersons.`,
	},
	{
		ID: RuleControllerContact, Severity: Error, Article: "Art 13(1)(a)",
		Example: `
controller:
  name: Esimerkki Oy     # no address, email, phone or url`,
		Discussion: `
Art 13(1)(a) asks the controller's contact details as well as its identity. Any
one of a postal address, an email address, a telephone number or a web address
satisfies the rule; a notice usually gives several.`,
	},
	{
		ID: RuleRepresentativeMissing, Severity: Error, Article: "Art 13(1)(a)",
		Example: `
controller:
  name: Example Inc.
  country: US
# representative: absent`,
		Discussion: `
A controller not established in the Union must designate a representative in
the Union (Art 27(1)), and the notice names it (Art 13(1)(a)). The rule fires
when a controller's country is given and is not an EEA state, and the notice
has no representative item. Art 27(2) exempts occasional processing and public
authorities: a notice relying on that says so with representative.notApplicable,
which satisfies the rule. A controller without a country is not judged.`,
	},
	{
		ID: RuleRepresentativeIncomplete, Severity: Error, Article: "Art 13(1)(a)",
		Example: `
representative:
  party:
    name: EU Rep Ltd       # no contact details`,
		Discussion: `
A representative is given by its identity and contact details, like the
controller: the rule fires when representative.party lacks a name or every
contact detail (address, email, telephone, web address).`,
	},
	// Art 13(1)(b), 14(1)(b): the data protection officer.
	{
		ID: RuleDPOMissing, Severity: Warning, Article: "Art 13(1)(b)",
		Example: `
controller:
  name: Esimerkki Oy
# dpo: absent`,
		Discussion: `
Art 13(1)(b) asks "the contact details of the data protection officer, where
applicable". A controller outside Art 37(1) need not designate one, and need
not say so: silence is not a breach, so the rule is a warning. It fires once,
at /dpo, when some activity has neither its own nor the notice's dpo item and
its controller is not a public authority; saying why none is designated
(dpo.notApplicable) lets the reader tell the cases apart. A public authority
must designate one (Art 37(1)(a)): its silence is ART37-DPO-01, an error.`,
	},
	{
		ID: RuleDPOContact, Severity: Error, Article: "Art 13(1)(b)",
		Example: `
dpo:
  name: Tietosuojavastaava     # no email, phone, address or url`,
		Discussion: `
The regulation asks the data protection officer's contact details, not the
name (Art 37(7) makes them public). An email address, telephone number, postal
address or web address satisfies the rule.`,
	},
	// Art 13(1)(c), 14(1)(c): purposes and legal basis.
	{
		ID: RulePurposeMissing, Severity: Error, Article: "Art 13(1)(c)",
		Example: `
activities:
  - id: register
    name: Asiakasrekisteri
    # purposes: absent`,
		Discussion: `
Every processing activity states the purposes of the processing for which the
personal data are intended.`,
	},
	{
		ID: RuleLegalBasisMissing, Severity: Error, Article: "Art 13(1)(c)",
		Example: `
activities:
  - id: register
    purposes: [{description: Asiakassuhteen hoito}]
    # legalBases: absent`,
		Discussion: `
Every processing activity states its legal basis: one or more of the six
points of Art 6(1), as codes (consent, contract, legalObligation,
vitalInterests, publicTask, legitimateInterests).`,
	},
	{
		ID: RulePurposeWithoutBasis, Severity: Error, Article: "Art 13(1)(c)",
		Example: `
purposes:
  - id: service
    description: Palvelun tuottaminen
  - id: marketing
    description: Suoramarkkinointi
legalBases:
  - basis: contract
    scope: {purposes: [service]}   # and marketing?`,
		Discussion: `
Art 13(1)(c) asks "the purposes of the processing ... as well as the legal
basis for the processing": a basis for each purpose. Where every legal basis of
an activity names the purposes it covers (scope.purposes), a purpose that none
names has no legal basis stated; the finding is at the purpose. A basis with no
scope, or a scope of data or groups only, covers every purpose, and the rule
keeps silent.`,
	},
	{
		ID: RuleInterestsMissing, Severity: Error, Article: "Art 13(1)(d)",
		Example: `
legalBases:
  - basis: legitimateInterests
# legitimateInterests: absent`,
		Discussion: `
Where the processing is based on Art 6(1)(f), the notice states the legitimate
interests pursued by the controller or by a third party (Art 13(1)(d),
14(2)(b)). "Legitimate interest" alone names the basis, not the interest.`,
	},
	{
		ID: RuleInterestsWithoutBasis, Severity: Warning, Article: "Art 13(1)(d)",
		Example: `
legalBases:
  - basis: consent
legitimateInterests: Asiakassuhteen hoito`,
		Discussion: `
An activity that states legitimate interests but does not rest on Art 6(1)(f)
is likely missing that basis, or has put a purpose in the wrong field.`,
	},
	// Art 13(1)(e), 14(1)(e): recipients.
	{
		ID: RuleRecipientsMissing, Severity: Warning, Article: "Art 13(1)(e)",
		Example: `
activities:
  - id: register
    # recipients: absent`,
		Discussion: `
Art 13(1)(e) asks "the recipients or categories of recipients of the personal
data, if any". "If any": a notice silent on recipients is not in breach when
there are none, so the rule is a warning. Processors are recipients too, and
few activities have none; a notice that discloses nothing says so with
recipients.notApplicable, and one described in another notice says so with
recipients.describedIn.`,
	},
	{
		ID: RuleRecipientsWords, Severity: Warning, Article: "Art 13(1)(e)",
		Example: `
recipients:
  description: Tietoja ei luovuteta säännönmukaisesti muille tahoille.
  # items: absent`,
		Discussion: `
Recipients given only in words (recipients.description) name no recipient and
no category: the reader cannot tell whether there are processors, or to whom
data are disclosed. Name them under recipients.items, each with its role
(processor, controller, public authority), or say under
recipients.notApplicable that there are none. A warning, as the item is "if
any" (Art 13(1)(e)).`,
	},
	// Art 13(1)(f), 14(1)(f): transfers.
	{
		ID: RuleTransfersMissing, Severity: Warning, Article: "Art 13(1)(f)",
		Example: `
activities:
  - id: register
    # transfers: absent`,
		Discussion: `
Art 13(1)(f) asks, "where applicable", the fact that the controller intends to
transfer the data to a third country or an international organisation and on
what ground. Silence is not a breach where there is no transfer, so the rule is
a warning; but it leaves the reader not knowing. A notice without transfers
says so with transfers.notApplicable ("no data are transferred to third
countries or international organisations").`,
	},
	{
		ID: RuleTransferDestination, Severity: Error, Article: "Art 13(1)(f)",
		Example: `
transfers:
  items:
    - recipient: Microsoft
      mechanism: standardClausesCommission
      # countries and internationalOrganisation: absent`,
		Discussion: `
A transfer is to a third country or an international organisation; the notice
names which, with ISO 3166-1 codes in countries or the organisation's name in
internationalOrganisation. Art 13(1)(f) asks "the existence or absence of an
adequacy decision by the Commission", a fact of the destination: without it the
notice cannot give that fact, nor the reader check the ground.`,
	},
	{
		ID: RuleTransferContradiction, Severity: Warning, Article: "Art 13(1)(f)",
		Args: []string{"country"},
		Example: `
recipients:
  items:
    - name: Example Inc.
      role: processor
      country: US
transfers:
  notApplicable: Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.`,
		Discussion: `
A recipient whose country is outside the EEA receives a transfer; a notice that
says there are no transfers contradicts itself. Either the recipient's country
is wrong, or the transfer belongs under transfers with its ground.`,
	},
	{
		ID: RuleTransfersWords, Severity: Warning, Article: "Art 13(1)(f)",
		Example: `
transfers:
  description: Palveluntarjoaja voi käsitellä tietoja Yhdysvalloissa.
  # items and notApplicable: absent`,
		Discussion: `
Transfers told only in words (transfers.description) name no third country or
international organisation and no ground. If the words admit a transfer,
neither the existence or absence of an adequacy decision nor the safeguards
that Art 13(1)(f) asks can be told: describe each transfer under
transfers.items with its countries and its ground (mechanisms). If the words
say where the data are kept ("on a server in the EU"), say under
transfers.notApplicable that nothing is transferred. The validator cannot tell
the two apart (the KiVa Koulu notice has both), so the rule is a warning; a
reference to another notice (transfers.describedIn) is not silence.`,
	},
	{
		ID: RuleTransferGround, Severity: Error, Article: "Art 13(1)(f)",
		Example: `
transfers:
  items:
    - recipient: Example Inc.
      countries: [US]
      # mechanisms: absent`,
		Discussion: `
A transfer to a third country is lawful only on a ground of Chapter V: an
adequacy decision (Art 45), an appropriate safeguard (Art 46, 47) or a
derogation (Art 49). Art 13(1)(f) asks the existence or absence of an adequacy
decision and, for the others, a reference to the safeguards. Name the ground
under mechanisms; more than one code says the notice names candidates.`,
	},
	{
		ID: RuleSafeguardsCopy, Severity: Error, Article: "Art 13(1)(f)",
		Example: `
transfers:
  items:
    - recipient: Microsoft
      countries: [US]
      mechanism: standardClausesCommission
      # copyAt: absent`,
		Discussion: `
For a transfer on an Art 46 safeguard (standard contractual clauses, binding
corporate rules and the others) or the compelling legitimate interests of
Art 49(1), second subparagraph, Art 13(1)(f) asks a reference to the safeguards
"and the means by which to obtain a copy of them or where they have been made
available". The code names the safeguard; copyAt says where to get it, as a
URL or in words. Both are items of the article's letter, so the rule is an
error.`,
	},
	// Art 13(2)(a), 14(2)(a): retention.
	{
		ID: RuleRetentionMissing, Severity: Error, Article: "Art 13(2)(a)",
		Example: `
activities:
  - id: register
    # retention: absent`,
		Discussion: `
Every activity states the period for which the data will be stored or, if that
is not possible, the criteria used to determine it. An activity that another
notice describes in full (describedIn) is not reported.`,
	},
	{
		ID: RuleRetentionEmpty, Severity: Error, Article: "Art 13(2)(a)",
		Example: `
retention:
  - data: Lokitiedot       # neither period nor criteria`,
		Discussion: `
A retention entry gives a period (an ISO 8601 duration such as P5Y), a date
by which the data are deleted (until), the criteria for the period in words
where no period is fixed, or an open end (openEnded, see ART13-RETENTION-04).
An entry that only refers to a law or another document is ART13-RETENTION-06.`,
	},
	{
		ID: RuleRetentionFrom, Severity: Info, Article: "Art 13(2)(a)",
		Example: `
retention:
  - period: P2Y     # two years from what?`,
		Discussion: `
A period is only meaningful from an event: collection, the end of the customer
relationship, the user's last login. Where the event is obvious the rule can be
ignored; it is information only.`,
	},
	{
		ID: RuleRetentionOpen, Severity: Error, Article: "Art 13(2)(a)",
		Args: []string{"openEnd"},
		Example: `
retention:
  - openEnded: {kind: untilFurtherNotice}   # toistaiseksi
    # criteria: absent`,
		Discussion: `
"Until further notice" and "indefinitely" are neither "the period for which
the personal data will be stored" nor "the criteria used to determine that
period" (Art 13(2)(a)); the Art 29 Working Party's transparency guidelines
(WP260 rev.01) add that a generic statement that data are kept as long as
necessary is not enough. The rule fires for an open end of those kinds without
criteria. "Permanently", with its reason (a decision under archives law), is a
statement of the period and is not reported.`,
	},
	{
		ID: RuleRetentionMinimum, Severity: Warning, Article: "Art 13(2)(a)",
		Example: `
retention:
  - data: Lokitiedot
    period: P2Y
    qualifier: minimum     # at least two years: and then?`,
		Discussion: `
A minimum ("at least two years") says how long the data are kept at least, not
"the period for which the personal data will be stored" (Art 13(2)(a)). Give the
criteria that decide the end under criteria, or the maximum.`,
	},
	{
		ID: RuleRetentionReference, Severity: Warning, Article: "Art 13(2)(a)",
		Example: `
retention:
  - describedIn:
      title: Tiedonohjaussuunnitelma
    # period, until, criteria, openEnded: absent`,
		Discussion: `
An entry that gives the period only by a reference, to the law that sets it
(laws) or to another document such as the records management plan
(describedIn), is not silence, but the reader learns the period only by
finding and reading the other text. Give the period, or the criteria, here as
well. A warning: a layered notice may put detail in another layer (WP260
rev.01), provided the reader can reach it (see ITEM-REFERENCE-01).`,
	},
	{
		ID: RuleRetentionCoverage, Severity: Warning, Article: "Art 13(2)(a)",
		Example: `
dataCategories:
  - {id: contact, name: Yhteystiedot}
  - {id: logs, name: Lokitiedot}
retention:
  - scope: {dataCategories: [contact]}
    period: P5Y         # and the logs?`,
		Discussion: `
Where every retention entry of an activity names the data categories it covers
(scope.dataCategories), a category that none names has no retention stated.
The finding is at the category. An entry with no scope covers every category,
and then the rule keeps silent.`,
	},
	// Art 13(2)(b)-(d), 14(2)(c)-(e): rights and complaint.
	{
		ID: RuleRightsMissing, Severity: Error, Article: "Art 13(2)(b)",
		Example: `
# rights: absent, and no activity has its own`,
		Discussion: `
Art 13(2)(b) asks "the existence of the right to request from the controller
access to and rectification or erasure of personal data or restriction of
processing concerning the data subject or to object to processing as well as
the right to data portability". The rule fires when the rights that apply to an
activity (its own, else the notice's) are absent or name none of those rights.
Where some are named and others missing, ART13-RIGHTS-02 names each.`,
	},
	{
		ID: RuleRightMissing, Severity: Error, Article: "Art 13(2)(b)",
		Args: []string{"right"},
		Example: `
legalBases: [{basis: consent}]
rights:
  items:
    - right: access
    - right: rectification
    # erasure, restriction, portability: absent`,
		Discussion: `
Which rights apply is decided by notice.ApplicableRights from the legal
bases, conditions and purposes of each activity that relies on the rights
statement (the one place the renderers use too). A right of Art 13(2)(b) that
applies to one of them and that the statement neither names nor marks as not
applicable (notApplicable, with the reason) is reported, one finding per right:
access, rectification and restriction always; erasure, except where Art
17(3)(b) or (d) limits it (then ART13-RIGHTS-04, information); the right to
object under Art 6(1)(e) or (f) (Art 21(1)), for direct marketing whatever the
basis (Art 21(2)) and for research and statistics (Art 21(6)); the right to data
portability under consent or contract (Art 20(1)(a)). Where an activity states
no legal basis, the rights that depend on it are not demanded
(ART13-LEGALBASIS-01 reports the basis).`,
	},
	{
		ID: RuleRightDenied, Severity: Warning, Article: "Art 13(2)(b)",
		Args: []string{"right"},
		Example: `
legalBases: [{basis: contract}]
rights:
  items:
    - right: access
      notApplicable: Tietoja ei luovuteta rekisteröidylle.`,
		Discussion: `
A right the regulation gives for this processing (as notice.ApplicableRights
decides), marked as not applicable with no law that restricts it (Art 23(1)).
Name the restricting provision under the right's laws, or state the right. The
right to data portability is not judged: it depends on whether the processing
is carried out by automated means (Art 20(1)(b)), which the model does not
hold, so the notice's word is taken.`,
	},
	{
		ID: RuleLimitedRight, Severity: Info, Article: "Art 13(2)(b)",
		Args: []string{"right"},
		Example: `
legalBases: [{basis: legalObligation, laws: [{statute: "1050/2018"}]}]
rights:
  items: [{right: access}, {right: rectification}, {right: restriction}]
  # erasure: absent`,
		Discussion: `
Art 17(3)(b) and (d) limit the right to erasure "to the extent that processing
is necessary" for a legal obligation, a public task, or archiving, research or
statistics: the right remains where the data are no longer needed. The legal
review advises informing of the limited right rather than leaving it out
(notApplicable or limitation says how it is limited).`,
	},
	{
		ID: RuleWithdrawConsent, Severity: Error, Article: "Art 13(2)(c)",
		Example: `
legalBases: [{basis: consent}]
rights:
  items:
    - right: access
    # withdrawConsent: absent`,
		Discussion: `
Where processing rests on consent (Art 6(1)(a)), explicit consent
(Art 9(2)(a)), a transfer on explicit consent (Art 49(1)(a)) or an automated
decision on explicit consent (Art 22(2)(c)), as notice.ApplicableRights
decides, the notice states the right to withdraw consent at any time, without
affecting the lawfulness of processing before the withdrawal (Art 7(3)): as the
right withdrawConsent, or in the consent basis's own words (withdrawal).`,
	},
	{
		ID: RuleWithdrawHow, Severity: Info, Article: "Art 7(3)",
		Example: `
legalBases: [{basis: consent}]
rights:
  items:
    - right: withdrawConsent     # but how?`,
		Discussion: `
"It shall be as easy to withdraw as to give consent" (Art 7(3)). A notice that
names the right but not how to use it leaves the reader to find out: say how
under the consent basis's withdrawal or the right's howToExercise. The Art 29
Working Party's guidelines on consent (WP259 rev.01) discuss withdrawal.`,
	},
	{
		ID: RuleComplaintMissing, Severity: Error, Article: "Art 13(2)(d)",
		Example: `
rights:
  items:
    - right: access
    # complaint: absent`,
		Discussion: `
Every notice states the right to lodge a complaint with a supervisory
authority (Art 77), as the right code complaint.`,
	},
	{
		ID: RuleSupervisoryAuthority, Severity: Info, Article: "Art 13(2)(d)",
		Args: []string{"authority"},
		Example: `
rights:
  items: [{right: complaint}]
# supervisoryAuthority: absent`,
		Discussion: `
The regulation asks the right, not the authority's address; but a reader who
wants to complain needs to know where. The finding suggests the authority of
the controller's country from the built-in table (notice.LookupAuthority), to
be referred to by its code (supervisoryAuthorities: [{code: FI}]); in Finland
the Data Protection Ombudsman, whose agency is the Office of the Data
Protection Ombudsman. Courts acting in their judicial capacity are outside the
authority's competence (Art 55(3)): such a notice names the competent channel.`,
	},
	// Art 13(2)(e): statutory or contractual requirement.
	{
		ID: RuleRequirementMissing, Severity: Error, Article: "Art 13(2)(e)",
		Example: `
activities:
  - id: register
    sources: {items: [{kind: dataSubject, description: Asiakas itse}]}
    # requirement: absent`,
		Discussion: `
Where data are collected from the data subject (Art 13), the notice says
whether providing them is a statutory or contractual requirement, or a
requirement necessary to enter into a contract, and whether the data subject
is obliged to provide them (requirement.kind; notRequired for voluntary). The
rule does not apply to an activity whose data all come from other sources
(Art 14 has no such item). An activity with no sources is taken to collect
from the data subject.`,
	},
	{
		ID: RuleRequirementConsequences, Severity: Error, Article: "Art 13(2)(e)",
		Example: `
requirement:
  kind: contractual
  # consequences: absent`,
		Discussion: `
Where providing the data is required, the notice states "the possible
consequences of failure to provide such data": that the contract cannot be
concluded, that the service cannot be used.`,
	},
	// Art 13(2)(f), 14(2)(g): automated decision-making.
	{
		ID: RuleAutomatedMissing, Severity: Error, Article: "Art 13(2)(f)",
		Example: `
activities:
  - id: register
    # automatedDecisions: absent`,
		Discussion: `
Art 13(2)(f) asks "the existence of automated decision-making, including
profiling". A notice without any says so (automatedDecisions.notApplicable:
"Tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin").`,
	},
	{
		ID: RuleAutomatedLogic, Severity: Error, Article: "Art 13(2)(f)",
		Example: `
automatedDecisions:
  legalEffect: true
  ground: contract
  description: Luottopäätös tehdään automaattisesti.
  # logic: absent`,
		Discussion: `
Where automated decision-making referred to in Art 22(1) and (4) is used
(automatedDecisions.legalEffect: decisions based solely on automated
processing with legal or similarly significant effects), the notice gives
"meaningful information about the logic involved". Other profiling is
ART13-AUTOMATED-04.`,
	},
	{
		ID: RuleAutomatedConsequences, Severity: Error, Article: "Art 13(2)(f)",
		Example: `
automatedDecisions:
  legalEffect: true
  ground: contract
  description: Luottopäätös tehdään automaattisesti.
  logic: Pisteytys maksuhistorian perusteella.
  # consequences: absent`,
		Discussion: `
Where automated decision-making referred to in Art 22(1) and (4) is used
(legalEffect), the notice gives "the significance and the envisaged
consequences of such processing for the data subject".`,
	},
	{
		ID: RuleAutomatedOutside22, Severity: Warning, Article: "Art 13(2)(f)",
		Example: `
automatedDecisions:
  profiling: true
  description: Suosituksia muodostetaan käyttöhistorian perusteella.
  # logic, consequences: absent`,
		Discussion: `
Art 13(2)(f) asks the logic and the consequences "at least in those cases" of
Art 22(1) and (4). For profiling or decision-making outside them (no
legalEffect) the logic and consequences are good practice, recommended by the
Art 29 Working Party's guidelines on automated individual decision-making and
profiling (WP251 rev.01): a warning, one per missing part.`,
	},
	// Art 22: decisions based solely on automated processing.
	{
		ID: RuleDecisionGround, Severity: Error, Article: "Art 22(2)",
		Example: `
automatedDecisions:
  legalEffect: true
  description: Hakemus hylätään automaattisesti.
  # ground: absent`,
		Discussion: `
A decision based solely on automated processing with legal or similarly
significant effects is allowed only under an exception of Art 22(2): a
contract (a), Union or Member State law (b) or explicit consent (c). Like the
Art 9(2) condition, the notice names it (automatedDecisions.ground).`,
	},
	{
		ID: RuleDecisionSafeguards, Severity: Warning, Article: "Art 22(3)",
		Example: `
automatedDecisions:
  legalEffect: true
  ground: contract
  # safeguards: absent, and rights name no automatedDecision`,
		Discussion: `
Where such a decision rests on a contract or explicit consent, the controller
implements "at least the right to obtain human intervention on the part of the
controller, to express his or her point of view and to contest the decision"
(Art 22(3)); the reader can use them only if told. Say so under
automatedDecisions.safeguards, or name the right automatedDecision. A warning:
Art 13(2)(f) does not list the safeguards, but WP251 rev.01 recommends
informing of them.`,
	},
	{
		ID: RuleDecisionSpecial, Severity: Error, Article: "Art 22(4)",
		Example: `
dataCategories:
  - name: Terveystiedot
    special: [healthData]
specialCategoryConditions: [{condition: healthOrSocialCare}]
automatedDecisions:
  legalEffect: true
  ground: contract`,
		Discussion: `
Decisions under Art 22(2) "shall not be based on special categories of
personal data referred to in Article 9(1), unless point (a) or (g) of Article
9(2) applies" (Art 22(4)). The rule fires when the decisions' scope (or the
whole activity) holds a special category and the activity names neither
explicit consent nor substantial public interest.`,
	},
	// Art 14 only.
	{
		ID: RuleCategoriesMissing, Severity: Error, Article: "Art 14(1)(d)",
		Example: `
sources:
  items:
    - kind: otherSource
      description: Väestötietojärjestelmä
# dataCategories: absent`,
		Discussion: `
Where personal data have not been obtained from the data subject, the notice
states "the categories of personal data concerned". Art 14 applies to an
activity when any of its sources is otherSource or publicSource.`,
	},
	{
		ID: RuleSourcesMissing, Severity: Warning, Article: "Art 14(2)(f)",
		Example: `
activities:
  - id: register
    # sources: absent: the validator assumes Art 13`,
		Discussion: `
Whether Art 13 or Art 14 applies depends on where the data come from: from the
data subject (dataSubject, generated: Art 13) or from elsewhere (otherSource,
publicSource: Art 14, which adds the categories of data and the source). An
activity that names no source is validated as collecting from the data
subject, so every Art 14 item (the categories of data, the source) drops out
silently; the rule is a warning for that reason. Saying where the data come
from makes the choice explicit, and a reader learns it.`,
	},
	{
		ID: RuleSourceCoverage, Severity: Warning, Article: "Art 14(2)(f)",
		Example: `
dataCategories:
  - {id: identity, name: Tunnistetiedot}
  - {id: grades, name: Arvosanat}
sources:
  items:
    - kind: otherSource
      description: MPASS-kirjautuminen
      scope: {dataCategories: [identity]}     # and the grades?`,
		Discussion: `
Where data are not obtained from the data subject, the notice says "from which
source the personal data originate" (Art 14(2)(f)). Where every source names
the data categories it covers, a category that none names has no source
stated; the finding is at the category. A source with no scope covers every
category.`,
	},
	{
		ID: RuleExemptionNotArt14, Severity: Warning, Article: "Art 14(5)",
		Example: `
sources:
  items: [{kind: dataSubject, description: Asiakas itse}]
exemptions:
  - exemption: disproportionateEffort
    reason: ...`,
		Discussion: `
The exemptions of Art 14(5) concern data not obtained from the data subject;
an activity whose data all come from the data subject is under Art 13, which
knows only the exemption of Art 13(4): "where and insofar as the data subject
already has the information". An alreadyInformed claim is that exemption, and
is not reported.`,
	},
	{
		ID: RuleExemptionLaw, Severity: Error, Article: "Art 14(5)",
		Args: []string{"exemption"},
		Example: `
exemptions:
  - exemption: laidDownByLaw
    reason: Tiedot saadaan lain nojalla.
    # laws: absent`,
		Discussion: `
Art 14(5)(c) exempts where obtaining or disclosure "is expressly laid down by
Union or Member State law", and (d) where the data must remain confidential
under "an obligation of professional secrecy regulated by Union or Member State
law": both rest on a law, which the claim names under laws. Without it the
exemption is not established, and the validator checks the Art 14 items as if
there were none. The validator never relieves an activity for point (a) (it
cannot tell which items the data subject already has) nor (b) (the information
must still be made publicly available, which the published notice is).`,
	},
	// Art 12(2): facilitating the exercise of rights.
	{
		ID: RuleExerciseRights, Severity: Info, Article: "Art 12(2)",
		Example: `
rights:
  items: [{right: access}, {right: complaint}]
  # howToExercise: absent`,
		Discussion: `
"The controller shall facilitate the exercise of data subject rights under
Articles 15 to 22" (Art 12(2)). The controller's contact details (Art
13(1)(a)) already give the reader somewhere to turn, so this is advice: say
how to exercise the rights (whom to contact, how, what to include) under
rights.howToExercise or a right's howToExercise.`,
	},
	// Art 6: legal bases.
	{
		ID: RuleLawForBasis, Severity: Warning, Article: "Art 6(3)",
		Args: []string{"basis", "hint"},
		Example: `
legalBases:
  - basis: legalObligation     # which law?`,
		Discussion: `
The basis for processing under Art 6(1)(c) and (e) "shall be laid down by Union
law or Member State law" (Art 6(3)). A notice that names the law lets the reader
check it: give it under the basis's laws. For point (c) that is the act that
imposes the obligation (a sectoral act, such as an accounting or archives act).
For point (e) it is the act that lays down the task; in Finland the Data
Protection Act (1050/2018) section 4 supplements point (e) (item 2 for an
authority's tasks, item 3 for research and statistics), but it imposes no
legal obligation. The example the message gives follows the basis and the
controller's country: no Finnish act is suggested to a controller elsewhere.`,
	},
	{
		ID: RulePublicAuthorityInterests, Severity: Warning, Article: "Art 6(1), second subparagraph",
		Example: `
legalBases:
  - basis: publicTask
    laws: [{statute: "621/1999"}]
  - basis: legitimateInterests`,
		Discussion: `
Point (f) of Art 6(1) "shall not apply to processing carried out by public
authorities in the performance of their tasks" (Art 6(1), second
subparagraph). Whether the controller is a public authority is what the
notice states (controller.publicAuthority, or Options.PublicAuthority); only
where it states nothing is the controller taken to be one when any activity
rests on Art 6(1)(e). A public authority may rest processing outside its tasks
(a web shop, say) on legitimate interests: the rule is a warning.`,
	},
	{
		ID: RuleChildInterests, Severity: Warning, Article: "Art 6(1)(f)",
		Example: `
dataSubjects:
  - {id: pupils, name: Oppilaat, children: true}
legalBases:
  - basis: legitimateInterests`,
		Discussion: `
Legitimate interests do not prevail where "such interests are overridden by the
interests or fundamental rights and freedoms of the data subject which require
protection of personal data, in particular where the data subject is a child"
(Art 6(1)(f)). A notice that rests children's data on point (f) is likely to
rest on the wrong basis, or owes the reader how the children's interests were
weighed: a warning. The rule fires when a group marked children falls within
the basis's scope.`,
	},
	{
		ID: RuleChildConsent, Severity: Info, Article: "Art 8(1)",
		Example: `
dataSubjects:
  - {id: pupils, name: Oppilaat, children: true}
legalBases:
  - basis: consent       # given by whom?`,
		Discussion: `
For an information society service offered directly to a child, consent below
the age the Member State sets (between 13 and 16, Art 8(1)) is given or
authorised by the holder of parental responsibility. The model does not say
whether the service is one, so the rule is advice: where a consent basis covers
a group marked children and says nothing of it (description), say who gives
the consent.`,
	},
	// Art 9, 10: special categories and criminal data.
	{
		ID: RuleSpecialCondition, Severity: Error, Article: "Art 9(2)",
		Example: `
dataCategories:
  - name: Terveystiedot
    special: [healthData]
# specialCategoryConditions: absent`,
		Discussion: `
Processing of the special categories of Art 9(1) is prohibited unless one of
the conditions of Art 9(2) applies; the notice names it beside the Art 6 basis.`,
	},
	{
		ID: RuleConditionWithoutData, Severity: Warning, Article: "Art 9(2)",
		Example: `
specialCategoryConditions:
  - condition: explicitConsent
dataCategories:
  - name: Yhteystiedot       # no special category marked`,
		Discussion: `
An Art 9(2) condition without any data category marked special is likely a
data category that lacks its special list.`,
	},
	{
		ID: RuleLawForCondition, Severity: Warning, Article: "Art 9(2)",
		Args: []string{"condition"},
		Example: `
specialCategoryConditions:
  - condition: substantialPublicInterest     # on the basis of which law?`,
		Discussion: `
The conditions of Art 9(2)(b), (g), (i) and (j) rest on Union or Member State
law (or, for (b), a collective agreement); name it under the condition's laws.
Point (h) rests on law or on "a contract with a health professional" (Art
9(2)(h), 9(3)), so it is not demanded.`,
	},
	{
		ID: RuleCriminalBasis, Severity: Error, Article: "Art 10",
		Example: `
dataCategories:
  - name: Rikostaustaote
    criminal: true
# criminalDataBasis: absent`,
		Discussion: `
Personal data relating to criminal convictions and offences may be processed
only under the control of official authority or when authorised by Union or
Member State law (Art 10); the notice names which.`,
	},
	// Arts 20, 21: rights that exist only on some bases.
	{
		ID: RulePortability, Severity: Warning, Article: "Art 20(1)",
		Example: `
legalBases: [{basis: publicTask}]
rights:
  items: [{right: portability}]`,
		Discussion: `
The right to data portability exists where processing is based on consent
(Art 6(1)(a), 9(2)(a)) or on a contract (Art 6(1)(b)) and carried out by
automated means, and covers the data the data subject has provided (Art
20(1)); not for processing necessary for a task in the public interest (Art
20(3)). A notice that promises it where notice.ApplicableRights excludes it for
every activity relying on the rights statement promises a right the reader
does not have. Activities that name no legal basis are not judged; a right
marked notApplicable is not a promise.`,
	},
	{
		ID: RuleObject, Severity: Warning, Article: "Art 21(1)",
		Example: `
legalBases: [{basis: contract}]
rights:
  items: [{right: object}]`,
		Discussion: `
The right to object concerns processing based on Art 6(1)(e) or (f) (Art
21(1)), always processing for direct marketing, whatever its basis (Art 21(2)),
and processing for scientific or historical research or statistics (Art
21(6)). The rule fires only where notice.ApplicableRights excludes the right for
every activity relying on the rights statement: none rests on (e) or (f), and
no purpose is marked directMarketing or research. The message asks to mark
such a purpose before it asks to remove the right. Activities that name no
legal basis are not judged.`,
	},
	// Art 26: joint controllers.
	{
		ID: RuleJointParties, Severity: Error, Article: "Art 26(1)",
		Example: `
jointControllers:
  arrangement: ...
  # parties: absent`,
		Discussion: `
Joint controllers are controllers: each is named, as the controller is under
Art 13(1)(a). The rule fires when jointControllers names no party, or a party
without a name.`,
	},
	{
		ID: RuleJointArrangement, Severity: Error, Article: "Art 26(2)",
		Example: `
jointControllers:
  parties:
    - name: Opetushallitus
  # arrangement: absent`,
		Discussion: `
"The essence of the arrangement shall be made available to the data subject"
(Art 26(2)): who does what, in particular who answers requests to exercise
rights. A link to the other controller's notice (jointControllers.url) does not
state the essence.`,
	},
	{
		ID: RuleJointRecipient, Severity: Warning, Article: "Art 26(2)",
		Example: `
recipients:
  items:
    - name: Opetushallitus
      role: jointController
# jointControllers: absent`,
		Discussion: `
A recipient that is a joint controller makes Art 26 apply: the notice names the
joint controllers and the essence of their arrangement under jointControllers.`,
	},
	// Art 37: DPO of a public authority.
	{
		ID: RulePublicAuthorityDPO, Severity: Error, Article: "Art 37(1)(a)",
		Example: `
controller:
  name: Esimerkin kaupunki
  publicAuthority: true
dpo:
  notApplicable: Tietosuojavastaavaa ei ole nimitetty.`,
		Discussion: `
A public authority or body (courts acting in their judicial capacity aside) must
designate a data protection officer (Art 37(1)(a)), whose contact details the
notice gives (Art 13(1)(b)); a notice that says nothing of one, or says none
is designated, is wrong. Whether the controller is a public authority is what
the notice states (controller.publicAuthority, or Options.PublicAuthority);
only where it states nothing is the controller taken to be one when any
activity rests on Art 6(1)(e).`,
	},
	// Chapter V: transfers.
	{
		ID: RuleTransferToEEA, Severity: Warning, Article: "Art 44",
		Args: []string{"country"},
		Example: `
transfers:
  items:
    - recipient: Example AB
      countries: [SE]
      mechanism: standardClausesCommission`,
		Discussion: `
The EEA states (the EU Member States, Iceland, Liechtenstein and Norway) are not
third countries: data flowing there are not transferred under Chapter V, and
listing them as transfers confuses the reader.`,
	},
	{
		ID: RuleNoAdequacy, Severity: Error, Article: "Art 45(1)",
		Args: []string{"country"},
		Example: `
transfers:
  items:
    - recipient: Example Ltd
      countries: [IN]
      mechanism: adequacyDecision`,
		Discussion: `
A transfer on an adequacy decision names a country that has one. The validator
holds the Commission's list as dated data (see notice.AdequacyListDate and the list at
the end of this document); a decision adopted after that date needs the list
updated, not the notice.`,
	},
	{
		ID: RulePartialAdequacy, Severity: Warning, Article: "Art 45(1)",
		Args: []string{"country"},
		Example: `
transfers:
  items:
    - recipient: Example Inc.
      countries: [US]
      mechanism: adequacyDecision
      # safeguards: absent: is Example Inc. certified under the Data Privacy Framework?`,
		Discussion: `
Some adequacy decisions cover only part of a country: Canada (commercial
organisations under PIPEDA), Japan (the private sector) and the United States
(organisations certified under the EU-US Data Privacy Framework). A notice that
relies on one says, in the transfer's adequacyCoverage, why the recipient is
covered.`,
	},
	{
		ID: RuleNoAdequacyOrganisation, Severity: Warning, Article: "Art 45(1)",
		Args: []string{"organisation"},
		Example: `
transfers:
  items:
    - internationalOrganisation: World Health Organization
      mechanisms: [adequacyDecision]`,
		Discussion: `
Art 45(1) allows adequacy decisions for international organisations too; the
first is the European Patent Organisation's, (EU) 2025/1382. A transfer to an
organisation on an adequacy decision names one on the list (notice.Adequacies),
matched by its identifier or English name. A warning, not an error: an
organisation's name can be written many ways.`,
	},
	{
		ID: RuleRepealedClauses, Severity: Error, Article: "Art 46(2)(c)",
		Args: []string{"decision"},
		Example: `
transfers:
  items:
    - countries: [US]
      mechanisms: [standardClausesCommission]
      safeguards: Komission päätöksen 2010/87/EU mukaiset vakiolausekkeet`,
		Discussion: `
The Commission's standard contractual clauses of Decisions 2001/497/EC,
2004/915/EC and 2010/87/EU were repealed by Implementing Decision (EU)
2021/914; contracts on them ceased to provide safeguards on 27 December 2022.
The model holds the ground as a code (standardClausesCommission), so a notice
says which decision it relies on in the safeguards' text: the rule fires where
the safeguards, copyAt or description cite a repealed decision's number and not
2021/914.`,
	},
	{
		ID: RuleModelClauses, Severity: Warning, Article: "Art 46(2)(c)",
		Args: []string{"words"},
		Example: `
transfers:
  items:
    - countries: [US]
      mechanisms: [standardClausesCommission]
      safeguards: komission hyväksymät mallisopimuslausekkeet`,
		Discussion: `
"Model clauses" (fi "mallisopimuslausekkeet", sv "modellklausuler") is what the
clauses of the repealed decisions were called; the clauses of Decision (EU)
2021/914 are "standard contractual clauses" (fi "vakiosopimuslausekkeet"). A
notice that still uses the old name may rely on void safeguards: say which
decision the clauses are of. A warning, as words are not proof.`,
	},
	{
		ID: RuleCompellingInterests, Severity: Warning, Article: "Art 49(1), second subparagraph",
		Example: `
transfers:
  items:
    - countries: [CN]
      mechanisms: [compellingLegitimateInterests]
      # interests: absent`,
		Discussion: `
A transfer on the compelling legitimate interests of the controller is allowed
only if not repetitive, concerning a limited number of data subjects; the
controller "shall ... inform the data subject of the transfer and on the
compelling legitimate interests pursued" (Art 49(1), second subparagraph).
State them under the transfer's interests. A warning: the information may be
given apart from the notice.`,
	},
	{
		ID: RuleConsentRisks, Severity: Warning, Article: "Art 49(1)(a)",
		Example: `
transfers:
  items:
    - countries: [IN]
      mechanisms: [derogationExplicitConsent]
      # risks: absent`,
		Discussion: `
Explicit consent to a transfer counts only "after having been informed of the
possible risks of such transfers for the data subject due to the absence of an
adequacy decision and appropriate safeguards" (Art 49(1)(a)). State the risks
under the transfer's risks. A warning: they may be told when consent is asked.`,
	},
	{
		ID: RulePublicDerogation, Severity: Warning, Article: "Art 49(3)",
		Args: []string{"mechanism"},
		Example: `
controller:
  publicAuthority: true
transfers:
  items:
    - countries: [US]
      mechanisms: [derogationExplicitConsent]`,
		Discussion: `
Points (a), (b) and (c) of Art 49(1) and its second subparagraph "shall not
apply to activities carried out by public authorities in the exercise of their
public powers" (Art 49(3)). A public authority may use them outside those
powers, so the rule is a warning.`,
	},
	// Items that both say "not applicable" and give content.
	{
		ID: RuleNotApplicableAndItems, Severity: Warning, Article: "Art 12(1)",
		Example: `
recipients:
  notApplicable: Tietoja ei luovuteta.
  items:
    - name: Posti Oy
      role: processor`,
		Discussion: `
An item with notApplicable says the item does not apply; one that also gives
content contradicts itself, and a reader cannot tell which to believe. The
finding cites the article of the item (Art 13(1)(e) for recipients, and so on).`,
	},
	{
		ID: RuleReferenceURL, Severity: Warning, Article: "Art 12(1)",
		Example: `
retention:
  - describedIn:
      title: Tiedonohjaussuunnitelma    # where can it be read?`,
		Discussion: `
A describedIn reference to another notice or document is not silence: the
items it covers are not reported as missing. But information must be "easily
accessible" (Art 12(1)); a layered notice links its layers (WP260 rev.01). A
reference with no URL leaves the reader to find the document: give its url.
The finding cites the article of the item that holds the reference.`,
	},
	{
		ID: RulePlaceholder, Severity: Error, Article: "Art 12(1)",
		Example: `
title:
  fi: "TODO: Tietosuojaseloste"    # written by seloste init, still to replace
  en: Privacy notice of the customer register`,
		Discussion: `
seloste init (package starter) writes a notice to start from in which every
free-text item holds a placeholder: "TODO:" and the name of the item, in each
language of the notice. A placeholder is no information: Art 12(1) asks the
information "in a concise, transparent, intelligible and easily accessible
form, using clear and plain language". The rule reports every text, name or
other string that still starts with "TODO:" (validate.Placeholder), once
per text whichever of its languages holds it, at its place; the finding cites
the article of the item that holds it. Replace the placeholder with the
notice's own words in every language, or remove the item where it does not
apply. Items init cannot fill with a placeholder (codes such as legal bases
and rights) it leaves out, and the rules on those items name them.`,
	},
	// Form.
	{
		ID: RuleRequired, Severity: Error, Article: "Art 12(1)",
		Args: []string{"field"},
		Example: `
activities:
  - id: register
    purposes:
      - items: [Laskutus]     # description: absent`,
		Discussion: `
The fields the JSON Schema requires (those whose Go field has no omitempty) are
present. Decode already refuses a document without them; the rule catches
notices built in Go.`,
	},
	{
		ID: RuleCode, Severity: Error, Article: "Art 12(1)",
		Args: []string{"code", "vocabulary"},
		Example: `
notice.LegalBasisClaim{Basis: "concent"}   // built in Go`,
		Discussion: `
Every code is one of its closed vocabulary (notice.Vocabularies), and
schemaVersion is the one this library reads. Decode already refuses unknown
codes; the rule catches notices built in Go.`,
	},
	{
		ID: RuleEmail, Severity: Error, Article: "Art 12(1)",
		Args: []string{"value"},
		Example: `
controller:
  email: kirjaamo(at)raisio.fi`,
		Discussion: `
An email address is a bare addr-spec (name@example.fi), without a display
name or angle brackets, with a domain that has a dot. Web pages often write
"(at)" against spam harvesters; in a notice document the renderer decides how
to show the address, so write it plainly. The finding cites the article of the
party that holds the address.`,
	},
	{
		ID: RuleURL, Severity: Error, Article: "Art 12(1)",
		Args: []string{"value"},
		Example: `
security:
  url: javascript:alert(1)`,
		Discussion: `
A web address is absolute and its scheme is http, https, mailto or tel; these
are the only ones a renderer will link. Prefer https.`,
	},
	{
		ID: RulePhone, Severity: Error, Article: "Art 12(1)",
		Args: []string{"value"},
		Example: `
controller:
  phone: 0295 332 700 (keskus)`,
		Discussion: `
A telephone number is digits, optionally led by "+", grouped by spaces,
hyphens, dots or parentheses, with 5 to 15 digits. Words such as "(keskus)"
belong in the party's note.`,
	},
	{
		ID: RulePhoneInternational, Severity: Info, Article: "Art 12(1)",
		Args: []string{"value", "callingCode"},
		Example: `
controller:
  phone: 029 450 5000`,
		Discussion: `
A notice is read from abroad too: a number in international form (+358 29 450
5000) can be called from anywhere. The message names the country calling code
of the party's country, else of the controller's.`,
	},
	{
		ID: RuleBusinessID, Severity: Error, Article: "Art 12(1)",
		Args: []string{"value", "scheme"},
		Example: `
controller:
  identifiers: [{scheme: fiBusinessId, value: 0245896-4}]`,
		Discussion: `
An identifier is checked by its scheme (notice.Identifier.Check). A Finnish
business ID (Y-tunnus) is seven digits, a hyphen and a check digit computed
with the weights 7, 9, 10, 5, 8, 4 and 2 (mod 11); a Swedish organisation
number has ten digits with a Luhn check digit; a Norwegian one nine digits with
a modulus 11 check; an LEI 20 characters with ISO 7064 check digits; a VAT
number starts with its Member State's prefix. The message names the scheme.`,
	},
	{
		ID: RuleCountry, Severity: Error, Article: "Art 12(1)",
		Args: []string{"value"},
		Example: `
transfers:
  items:
    - countries: [USA]`,
		Discussion: `
Countries are ISO 3166-1 alpha-2 codes in capitals (FI, SE, US). Groupings such
as EU or EEA are not countries, and neither are the reserved codes: the United
Kingdom is GB, not UK.`,
	},
	{
		ID: RuleDateOrder, Severity: Error, Article: "Art 12(1)",
		Args: []string{"effective", "published"},
		Example: `
published: 2024-03-01
effective: 2024-02-01`,
		Discussion: `
A notice cannot apply before it is published: the effective date is not before
the publication date.`,
	},
	{
		ID: RuleDateMissing, Severity: Info, Article: "Art 12(1)",
		Example: `
title: Tietosuojaseloste
# prepared, updated, published, effective: all absent`,
		Discussion: `
A dated notice lets the reader see whether it is current and which version they
read. Give at least one of prepared, updated, published or effective.`,
	},
	{
		ID: RuleDuration, Severity: Error, Article: "Art 13(2)(a)",
		Example: `
notice.Retention{Period: notice.Duration{Years: -1}}   // built in Go`,
		Discussion: `
A retention period has no negative parts and no part above 1000. Decode
already refuses such periods; the rule catches notices built in Go.`,
	},
	{
		ID: RuleLanguages, Severity: Error, Article: "Art 12(1)",
		Args: []string{"tag"},
		Example: `
languages: [fi, sv, fi]`,
		Discussion: `
The declared languages are well-formed BCP 47 tags, each named once. A
language that validation is asked to require (Options.RequireLanguages) and
that the notice does not declare is reported here too.`,
	},
	{
		ID: RuleUnofficialTranslation, Severity: Error, Article: "Art 12(1)",
		Args: []string{"tag"},
		Example: `
languages: [fi, sv]
unofficialTranslations: [en]`,
		Discussion: `
An unofficial translation is one of the declared languages, and not the first,
which is the original.`,
	},
	{
		ID: RuleUndeclaredLanguage, Severity: Warning, Article: "Art 12(1)",
		Args: []string{"tag"},
		Example: `
languages: [fi]
title:
  fi: Tietosuojaseloste
  de: Datenschutzerklärung`,
		Discussion: `
A text in a language the notice does not declare is never shown. Declare the
language, or remove the text.`,
	},
	{
		ID: RuleMissingTranslation, Severity: Error, Article: "Art 12(1)",
		Args: []string{"tag"},
		Example: `
languages: [fi, sv]
title:
  fi: Tietosuojaseloste     # sv: absent`,
		Discussion: `
Every free text is given in every required language: by default every language
the notice declares (Options.RequireLanguages selects others, and an empty,
non-nil list requires none). A renderer falls back to the original for a
missing text, so the reader is not left without information, but the notice
does not deliver what it declares. One finding per text and missing language.`,
	},
	{
		ID: RuleUnsupportedLanguage, Severity: Warning, Article: "Art 12(1)",
		Args: []string{"tag", "supported"},
		Example: `
languages: [de]`,
		Discussion: `
The library's catalog holds headings, terms and messages in a few languages
(i18n.Supported). A notice in another language is rendered with the headings
and the GDPR terms of the closest supported one, so its reader gets a page in
two languages. The finding names the supported languages.`,
	},
	{
		ID: RuleID, Severity: Error, Article: "Art 12(1)",
		Args: []string{"id"},
		Example: `
activities:
  - id: register
  - id: register`,
		Discussion: `
Identifiers (of activities, of data subject groups within an activity, of
sections) match ^[a-z0-9][a-z0-9-]*$ and are unique where they are used:
activity IDs within the notice, group IDs within the activity, section IDs
within their list. They become anchors and references.`,
	},
	{
		ID: RuleSubjectRef, Severity: Error, Article: "Art 12(1)",
		Args: []string{"id"},
		Example: `
dataSubjects:
  - id: pupils
dataCategories:
  - name: Arvosanat
    subjects: [students]`,
		Discussion: `
A data category's subjects name data subject groups of the same activity by
their IDs.`,
	},
	{
		ID: RuleLawEmpty, Severity: Error, Article: "Art 12(1)",
		Example: `
laws:
  - section: ["4"]      # of which statute?`,
		Discussion: `
A law reference names its statute, by number (statute: "1050/2018") or by name
(name: "Perusopetuslaki") or both.`,
	},
	{
		ID: RuleLawNumber, Severity: Error, Article: "Art 12(1)",
		Args: []string{"value"},
		Example: `
laws:
  - statute: "1050 / 2018"`,
		Discussion: `
A statute number is written as its jurisdiction writes it: number/year in
Finland (1050/2018), year:number in Sweden (2018:218), year/number for a Union
act (2016/679); notice.CheckStatuteNumber knows each scheme. The jurisdiction is
the reference's own, else the controller's country.`,
	},
	{
		ID: RuleLawUnknown, Severity: Info, Article: "Art 12(1)",
		Args: []string{"value"},
		Example: `
laws:
  - statute: "523/1999"     # not in the built-in table, and no name`,
		Discussion: `
A renderer names a statute from the built-in table (notice.Statutes) in each
language; one that is not there is shown by number only unless the reference
gives its name.`,
	},
}
