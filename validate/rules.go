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
	RuleInterestsMissing         = "ART13-INTERESTS-01"
	RuleInterestsWithoutBasis    = "ART13-INTERESTS-02"
	RuleRecipientsMissing        = "ART13-RECIPIENTS-01"
	RuleTransfersMissing         = "ART13-TRANSFERS-01"
	RuleTransferDestination      = "ART13-TRANSFERS-02"
	RuleTransferContradiction    = "ART13-TRANSFERS-03"
	RuleSafeguardsCopy           = "ART13-SAFEGUARDS-01"
	RuleRetentionMissing         = "ART13-RETENTION-01"
	RuleRetentionEmpty           = "ART13-RETENTION-02"
	RuleRetentionFrom            = "ART13-RETENTION-03"
	RuleRightsMissing            = "ART13-RIGHTS-01"
	RuleRightMissing             = "ART13-RIGHTS-02"
	RuleWithdrawConsent          = "ART13-WITHDRAW-01"
	RuleComplaintMissing         = "ART13-COMPLAINT-01"
	RuleSupervisoryAuthority     = "ART13-COMPLAINT-02"
	RuleRequirementMissing       = "ART13-REQUIREMENT-01"
	RuleRequirementConsequences  = "ART13-REQUIREMENT-02"
	RuleAutomatedMissing         = "ART13-AUTOMATED-01"
	RuleAutomatedLogic           = "ART13-AUTOMATED-02"
	RuleAutomatedConsequences    = "ART13-AUTOMATED-03"
	RuleCategoriesMissing        = "ART14-CATEGORIES-01"
	RuleSourcesMissing           = "ART14-SOURCES-01"
	RuleExemptionNotArt14        = "ART14-EXEMPTION-01"
	RuleLawForBasis              = "ART6-LAW-01"
	RulePublicAuthorityInterests = "ART6-PUBLICAUTHORITY-01"
	RuleSpecialCondition         = "ART9-CONDITION-01"
	RuleConditionWithoutData     = "ART9-CONDITION-02"
	RuleLawForCondition          = "ART9-LAW-01"
	RuleCriminalBasis            = "ART10-BASIS-01"
	RulePortability              = "ART20-PORTABILITY-01"
	RuleObject                   = "ART21-OBJECT-01"
	RuleJointParties             = "ART26-PARTIES-01"
	RuleJointArrangement         = "ART26-ARRANGEMENT-01"
	RuleJointRecipient           = "ART26-ARRANGEMENT-02"
	RulePublicAuthorityDPO       = "ART37-DPO-01"
	RuleTransferToEEA            = "ART44-EEA-01"
	RuleNoAdequacy               = "ART45-ADEQUACY-01"
	RulePartialAdequacy          = "ART45-ADEQUACY-02"
	RuleNotApplicableAndItems    = "ITEM-NOTAPPLICABLE-01"
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
The identity of the controller is its name: the legal person (a city, a
university, a company), not a unit or a person within it. Give the unit in
unit and the person to contact under contactPersons.`,
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
		ID: RuleDPOMissing, Severity: Error, Article: "Art 13(1)(b)",
		Example: `
controller:
  name: Esimerkki Oy
# dpo: absent`,
		Discussion: `
Art 13(1)(b) asks "the contact details of the data protection officer, where
applicable". A notice that says nothing of a data protection officer leaves the
reader unable to tell whether there is one; one that states why none is
designated (dpo.notApplicable) satisfies the rule. A public authority must
designate one (Art 37(1)(a)); see ART37-DPO-01. The rule fires once, at /dpo,
when some activity has neither its own nor the notice's dpo item.`,
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
		ID: RuleRecipientsMissing, Severity: Error, Article: "Art 13(1)(e)",
		Example: `
activities:
  - id: register
    # recipients: absent`,
		Discussion: `
Art 13(1)(e) asks "the recipients or categories of recipients of the personal
data, if any". Processors are recipients too. A notice that discloses nothing
says so with recipients.notApplicable; silence is not the same as "none".`,
	},
	// Art 13(1)(f), 14(1)(f): transfers.
	{
		ID: RuleTransfersMissing, Severity: Error, Article: "Art 13(1)(f)",
		Example: `
activities:
  - id: register
    # transfers: absent`,
		Discussion: `
Art 13(1)(f) asks, where applicable, whether the controller intends to transfer
the data to a third country or an international organisation and on what
ground. A notice without transfers says so with transfers.notApplicable
("no data are transferred outside the EU or the EEA"); silence leaves the
reader not knowing.`,
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
names which, with ISO 3166-1 codes in countries or the organisation's name.`,
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
URL or in words.`,
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
is not possible, the criteria used to determine it.`,
	},
	{
		ID: RuleRetentionEmpty, Severity: Error, Article: "Art 13(2)(a)",
		Example: `
retention:
  - data: Lokitiedot       # neither period nor criteria`,
		Discussion: `
A retention entry gives a period (an ISO 8601 duration such as P5Y), or the
criteria for the period in words where no period is fixed, or both.`,
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
Which rights must be named depends on the legal bases of the activities that
rely on the rights statement. Access, rectification and restriction apply
always. Erasure applies unless every basis is Art 6(1)(c) or (e)
(Art 17(3)(b)). The right to object applies under Art 6(1)(e) or (f)
(Art 21(1)); the right to data portability under Art 6(1)(a) or (b) (Art 20(1)).
One finding names each missing right.`,
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
Where processing is based on consent (Art 6(1)(a)) or explicit consent
(Art 9(2)(a)), the notice states the right to withdraw consent at any time,
without affecting the lawfulness of processing before the withdrawal.`,
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
		Example: `
rights:
  items: [{right: complaint}]
# supervisoryAuthority: absent`,
		Discussion: `
The regulation asks the right, not the authority's address; but a reader who
wants to complain needs to know where. In Finland the authority is the Office
of the Data Protection Ombudsman (tietosuoja.fi).`,
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
  description: Luottopäätös tehdään automaattisesti.
  # logic: absent`,
		Discussion: `
Where automated decision-making referred to in Art 22(1) and (4) is used, the
notice gives "meaningful information about the logic involved".`,
	},
	{
		ID: RuleAutomatedConsequences, Severity: Error, Article: "Art 13(2)(f)",
		Example: `
automatedDecisions:
  description: Luottopäätös tehdään automaattisesti.
  logic: Pisteytys maksuhistorian perusteella.
  # consequences: absent`,
		Discussion: `
Where automated decision-making is used, the notice gives "the significance and
the envisaged consequences of such processing for the data subject".`,
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
		ID: RuleSourcesMissing, Severity: Info, Article: "Art 14(2)(f)",
		Example: `
activities:
  - id: register
    # sources: absent: the validator assumes Art 13`,
		Discussion: `
Whether Art 13 or Art 14 applies depends on where the data come from: from the
data subject (dataSubject, generated: Art 13) or from elsewhere (otherSource,
publicSource: Art 14, which adds the categories of data and the source). An
activity that names no source is validated as collecting from the data
subject. Saying so makes that choice explicit, and a reader learns where the
data come from.`,
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
knows only the exemption of Art 13(4).`,
	},
	// Art 6: legal bases.
	{
		ID: RuleLawForBasis, Severity: Warning, Article: "Art 6(3)",
		Args: []string{"basis"},
		Example: `
legalBases:
  - basis: legalObligation     # which law?`,
		Discussion: `
The basis for processing under Art 6(1)(c) and (e) "shall be laid down by Union
law or Member State law" (Art 6(3)). A notice that names the law lets the reader
check it: give it under the basis's laws (statute 1050/2018, section 4, item 2).`,
	},
	{
		ID: RulePublicAuthorityInterests, Severity: Warning, Article: "Art 6(1)",
		Example: `
legalBases:
  - basis: publicTask
    laws: [{statute: "621/1999"}]
  - basis: legitimateInterests`,
		Discussion: `
Point (f) of Art 6(1) "shall not apply to processing carried out by public
authorities in the performance of their tasks" (Art 6(1), second
subparagraph). The controller is taken to be a public authority when
Options.PublicAuthority says so or, when it is nil, when any activity rests on
Art 6(1)(e). A public authority may rest processing outside its tasks (a web
shop, say) on legitimate interests: the rule is a warning.`,
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
The conditions of Art 9(2)(b) and (g)-(j) rest on Union or Member State law (or,
for (b), a collective agreement); name it under the condition's laws.`,
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
The right to data portability exists where processing is based on consent or
on a contract and carried out by automated means (Art 20(1)), and not for
processing necessary for a task in the public interest (Art 20(3)). A notice
that promises it where no activity relying on the rights statement rests on
Art 6(1)(a) or (b) promises a right the reader does not have. Activities that
name no legal basis are not judged.`,
	},
	{
		ID: RuleObject, Severity: Warning, Article: "Art 21(1)",
		Example: `
legalBases: [{basis: contract}]
rights:
  items: [{right: object}]`,
		Discussion: `
The right to object under Art 21(1) concerns processing based on Art 6(1)(e)
or (f) (and direct marketing, Art 21(2), which rests on those too). A notice
that promises it where no activity relying on the rights statement rests on
those points misleads the reader.`,
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
dpo:
  notApplicable: Tietosuojavastaavaa ei ole nimitetty.
activities:
  - legalBases: [{basis: publicTask}]`,
		Discussion: `
A public authority or body (courts acting in their judicial capacity aside) must
designate a data protection officer (Art 37(1)(a)); a notice that says none is
designated is wrong. The controller is taken to be a public authority when
Options.PublicAuthority says so or, when it is nil, when any activity rests on
Art 6(1)(e).`,
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
relies on one says, in the transfer's safeguards, why the recipient is covered.`,
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
		Args: []string{"value"},
		Example: `
controller:
  phone: 029 450 5000`,
		Discussion: `
A notice is read from abroad too: a number in international form (+358 29 450
5000) can be called from anywhere.`,
	},
	{
		ID: RuleBusinessID, Severity: Error, Article: "Art 12(1)",
		Args: []string{"value"},
		Example: `
controller:
  businessId: 0245896-4`,
		Discussion: `
A Finnish business ID (Y-tunnus) is seven digits, a hyphen and a check digit.
The check digit is computed from the first seven digits with the weights 7, 9,
10, 5, 8, 4 and 2: a remainder (mod 11) of 0 gives 0, a remainder of 1 is never
issued, and any other remainder r gives 11 - r.`,
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
A statute number is the number and the full year joined by a slash: 1050/2018
for a Finnish statute, 2016/679 for a Union regulation.`,
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
