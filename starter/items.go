package starter

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// Words of the examples that are no item's name, in the catalog's
// languages: the event of the README's retention period, and the
// requesters of an authority's documents as the bundled vipu.yaml names
// them.
var (
	endOfCustomerRelationship = map[language.Tag]string{
		language.Finnish: "asiakassuhteen päättyminen",
		language.Swedish: "kundrelationens slut",
		language.English: "the end of the customer relationship",
	}
	requestersOfDocuments = map[language.Tag]string{
		language.Finnish: "Viranomaisen asiakirjoihin sisältyviä tietoja pyytävä",
		language.Swedish: "Den som begär uppgifter i myndighetens handlingar",
		language.English: "Anyone requesting information contained in the authority's documents",
	}
)

// notice writes the whole document: the notice's own fields, the parties,
// one activity with its items, then the rights and the authorities, in the
// order of the schema, so that notice.FormatYAML changes nothing.
func (w *writer) notice() {
	w.line(0, "# yaml-language-server: $schema="+notice.SchemaURL)
	w.comment(0, `A privacy notice to start from, written by seloste init: the information
		that Articles 13 and 14 of Regulation (EU) 2016/679 oblige a controller to give.
		Every value that starts with "TODO:" is a placeholder: replace it with the
		notice's own words in each language, or remove the item where it does not
		apply. An item that is a code (legal bases, rights, sources, ...) is left
		out, with an example to uncomment. "seloste validate" names every
		placeholder and every missing item, with the article that asks for it.`)
	w.line(0, `schemaVersion: "`+notice.SchemaVersion+`"`)
	w.comment(0, `The notice's languages (Art 12(1)): the first is the original, the
		others translations.`)
	tags := make([]string, len(w.langs))
	for i, t := range w.langs {
		tags[i] = t.String()
	}
	w.line(0, "languages: ["+strings.Join(tags, ", ")+"]")
	if len(tags) > 1 {
		w.comment(0, `The languages whose text is a translation for information only, the
			original prevailing (Art 12(1)):`)
		w.example(0, "unofficialTranslations: ["+strings.Join(tags[1:], ", ")+"]")
	}
	w.blank()
	w.comment(0, "The notice's title ("+art("title")+").")
	w.text(0, "title", "document.privacyNotice")
	w.comment(0, `The date of the last change, YYYY-MM-DD (`+art("updated")+`); prepared,
		published and effective are the dates the notice was drawn up, published
		and takes effect:`)
	w.example(0, "updated: 2026-01-31")
	w.blank()
	w.controller()
	w.blank()
	w.dpo()
	w.blank()
	w.activity()
	w.blank()
	w.rights()
}

// controller writes the controller, and the parties beside it as comments.
func (w *writer) controller() {
	w.comment(0, `The identity and the contact details of the controller (`+art("controller")+`):
		the natural or legal person, public authority, agency or other body which
		determines the purposes and means of the processing (Art 4(7)). A name is
		the same in every language unless an official translation is given
		({fi: ..., sv: ...}). Give at least one contact detail: address, email,
		phone or url.`)
	w.line(0, "controller:")
	w.name(2, "name", "heading.controller", "label.name")
	w.comment(2, "Registration numbers, each in its scheme: "+codes(&notice.IdentifierSchemeVocabulary)+".")
	w.example(2, `identifiers: [{scheme: fiBusinessId, value: "1234567-1"}]`)
	if w.public {
		w.comment(2, `A public authority or body: it must designate a data protection officer
			(Art 37(1)(a)) and cannot rest processing in the performance of its tasks
			on legitimate interests (Art 6(1), second subparagraph).`)
		w.line(2, "publicAuthority: true")
	} else {
		w.comment(2, `Not a public authority or body; true would make a data protection officer
			mandatory (Art 37(1)(a)).`)
		w.line(2, "publicAuthority: false")
	}
	w.comment(2, `The country of establishment, an ISO 3166-1 alpha-2 code; a controller not
		established in the Union names its representative (Art 27).`)
	w.example(2, "country: FI")
	w.line(2, "address:")
	w.name(4, "-", "heading.controller", "label.address")
	w.example(2,
		"email: tietosuoja@example.fi",
		`phone: "+358 9 123 4567"`,
		"url: https://example.fi")
	w.blank()
	w.comment(0, `Joint controllers, which jointly determine the purposes and means of the
		processing, and the essence of their arrangement (`+art("jointControllers")+`):`)
	w.example(0, append([]string{
		"jointControllers:",
		"  parties: [{name: Other Controller Ltd}]"},
		w.placeholders("  arrangement", "heading.jointArrangement")...)...)
	w.comment(0, `The controller's representative in the Union, where the controller is not
		established in the Union (`+art("representative")+`):`)
	w.example(0,
		"representative:",
		"  party: {name: Example Representative SA, email: representative@example.eu}")
	w.comment(0, `Persons to contact in matters of the processing (`+art("contactPersons")+`); they
		are not representatives under Art 27:`)
	w.example(0,
		"contactPersons:",
		"  - {name: Maija Meikäläinen, email: maija.meikalainen@example.fi}")
}

// dpo writes the data protection officer.
func (w *writer) dpo() {
	if w.public {
		w.comment(0, `The contact details of the data protection officer (`+art("dpo")+`). A public
			authority or body must designate one (Art 37(1)(a)), except for courts
			acting in their judicial capacity.`)
	} else {
		w.comment(0, `The contact details of the data protection officer (`+art("dpo")+`). Where
			none is designated (Art 37(1) does not require one of every controller),
			give instead notApplicable with the reason, in each language.`)
	}
	w.line(0, "dpo:")
	if !w.public {
		w.example(2, w.placeholders("notApplicable", "heading.dpo")...)
	}
	w.line(2, "address:")
	w.name(4, "-", "heading.dpo")
	w.example(2, "email: tietosuojavastaava@example.fi")
}

// activity writes the one activity the notice starts with.
func (w *writer) activity() {
	w.comment(0, `The processing activities ("registers") the notice covers (`+art("activities")+`).
		The items of an activity from legalBases to automatedDecisions, and the
		controller, dpo, rights and supervisoryAuthorities, can be given once on the
		notice instead: an activity that does not give one takes the notice's.`)
	w.line(0, "activities:")
	w.line(2, "- id: register")
	w.comment(4, "The name of the activity or register ("+art("name")+").")
	w.text(4, "name", "heading.registerName")
	w.comment(4, `Where another notice describes this activity in full, name it
		(`+art("describedIn")+`):`)
	w.example(4, append([]string{"describedIn:"},
		append(w.placeholders("  title", "label.describedIn"), "  url: https://example.com/privacy")...)...)
	w.blank()
	w.comment(4, `The purposes of the processing (`+art("purposes")+`), one entry each. Mark a
		purpose that is direct marketing (directMarketing: true, Art 21(2)) or
		research or statistics (research: true, Art 89(1)).`)
	w.line(4, "purposes:")
	w.text(6, "- description", "label.purpose")
	w.comment(4, `Special categories of personal data (Art 9(1)) need a condition of Art 9(2)
		beside the legal basis: `+codes(&notice.SpecialConditionVocabulary)+`. Personal
		data relating to criminal convictions and offences need a ground of Art 10:
		`+codes(&notice.CriminalBasisVocabulary)+`.`)
	w.example(4,
		"specialCategoryConditions:",
		"  - condition: explicitConsent",
		"criminalDataBasis:",
		"  basis: authorisedByLaw",
		`  laws: [{jurisdiction: FI, statute: "1050/2018"}]`)
	w.blank()
	w.comment(4, "The categories of data subjects ("+art("dataSubjects")+").")
	w.line(4, "dataSubjects:")
	w.text(6, "- name", "heading.dataSubjects")
	w.comment(4, `The categories of personal data concerned (`+art("dataCategories")+`). Mark the
		special categories of Art 9(1) (special: [healthData]) and data relating to
		criminal convictions and offences (criminal: true).`)
	w.line(4, "dataCategories:")
	w.text(6, "- name", "heading.personalData")
	w.blank()
	w.legalBases()
	w.blank()
	w.comment(4, `Where the personal data come from (`+art("sources")+`), each source by its
		kind: `+codes(&notice.SourceKindVocabulary)+`. Data from any source other than the
		data subject make Art 14 apply.`)
	w.example(4, append([]string{
		"sources:",
		"  items:",
		"    - kind: dataSubject"},
		w.placeholders("      description", "heading.sources")...)...)
	w.comment(4, `Whether providing the personal data is a statutory or contractual
		requirement, or a requirement necessary to enter into a contract, whether
		the data subject is obliged to provide them and the possible consequences
		of failure to provide them (`+art("requirement")+`): `+codes(&notice.RequirementVocabulary)+`.`)
	w.example(4, append([]string{
		"requirement:",
		"  items:",
		"    - kind: contractPrerequisite"},
		w.placeholders("      consequences", "label.failureConsequences")...)...)
	w.blank()
	w.recipients()
	w.blank()
	w.transfers()
	w.blank()
	w.comment(4, `The period for which the personal data will be stored, or if that is not
		possible, the criteria used to determine that period (`+art("retention")+`).
		A period is an ISO 8601 duration (P5Y) counted from an event; one entry
		per kind of data where periods differ.`)
	w.line(4, "retention:")
	w.example(6, append([]string{"- period: P5Y"}, w.words("  from", endOfCustomerRelationship)...)...)
	w.text(6, "- criteria", "label.criteria")
	w.blank()
	w.comment(4, `The existence of automated decision-making, including profiling, with
		meaningful information about the logic involved and the significance and
		the envisaged consequences for the data subject (`+art("automatedDecisions")+`).
		Where there is none, say so under notApplicable.`)
	w.line(4, "automatedDecisions:")
	w.text(6, "notApplicable", "heading.automatedDecisions")
	w.example(6, w.placeholders("description", "heading.automatedDecisions")...)
	w.example(6, w.placeholders("logic", "label.logic")...)
	w.example(6, w.placeholders("consequences", "label.consequences")...)
	w.comment(4, `What is not done, said where a reader might expect it (`+art("negativeStatements")+`):
		`+codes(&notice.NegationVocabulary)+`.`)
	w.example(4, "negativeStatements: [{statement: notSold}]")
	w.comment(4, `Where the data are kept, where a reader should know it beside the
		recipients and transfers (`+art("storage")+`):`)
	w.example(4, append(append([]string{"storage:"},
		w.words("  - description", map[language.Tag]string{language.English: validate.Placeholder + " where the data are kept"})...),
		"    countries: [FI]")...)
	w.comment(4, `Further processing for a purpose other than that for which the personal
		data were collected (`+art("furtherProcessing")+`), and the grounds of Art 14(5) on
		which information is not given: `+codes(&notice.ExemptionVocabulary)+`.`)
	w.example(4, append([]string{"furtherProcessing:"}, w.placeholders("  - description", "heading.furtherProcessing")...)...)
	w.example(4, append(append([]string{
		"exemptions:",
		"  - exemption: laidDownByLaw"},
		w.placeholders("    reason", "label.reason")...),
		`    laws: [{jurisdiction: FI, statute: "1050/2018"}]`)...)
}

// legalBases writes the legal bases, and the legitimate interests, as
// comments: codes that cannot hold a placeholder.
func (w *writer) legalBases() {
	w.comment(4, `The legal basis for the processing (`+art("legalBases")+`), one entry per basis,
		by its code: `+codes(&notice.LegalBasisVocabulary)+`. The basis of points (c) and (e)
		is laid down by Union or Member State law, which laws names (Art 6(3)); a
		scope names the purposes a basis covers where it does not cover them all.`)
	if w.public {
		w.comment(4, `A public authority rests processing in the performance of its tasks on
			publicTask or legalObligation, with the law that lays down the task or the
			obligation (in Finland, section 4 of the Data Protection Act (1050/2018)
			supplements Art 6(1)(e), beside the act on the task). Legitimate interests
			are not available to it for processing in the performance of its tasks (Art
			6(1), second subparagraph).`)
		w.example(4, append([]string{
			"legalBases:",
			"  - basis: publicTask",
			"    laws:",
			`      - {jurisdiction: FI, statute: "1050/2018", sections: ["4"]}`,
			"  - basis: legalObligation",
			"    laws:"},
			w.placeholders("      - name", "label.lawReference")...)...)
	} else {
		w.example(4,
			"legalBases:",
			"  - basis: contract",
			"  - basis: legitimateInterests")
	}
	w.comment(4, `The legitimate interests pursued by the controller or by a third party,
		where a basis is legitimateInterests (`+art("legitimateInterests")+`):`)
	w.example(4, w.placeholders("legitimateInterests", "heading.legitimateInterests")...)
}

// recipients writes the recipients: one placeholder category.
func (w *writer) recipients() {
	w.comment(4, `The recipients or categories of recipients of the personal data
		(`+art("recipients")+`), each by its name or, with category: true, the name of the
		category, and its role: `+codes(&notice.RecipientRoleVocabulary)+`. Processors
		are recipients too (Art 4(9)). Where there are none, replace items with
		notApplicable and the reason.`)
	w.line(4, "recipients:")
	w.line(6, "items:")
	w.text(8, "- name", "heading.recipients")
	w.line(10, "category: true")
	w.example(10, "role: processor")
	if w.public {
		w.comment(8, `Personal data in official documents held by a public authority may be
			disclosed in accordance with Union or Member State law on public access to
			official documents (Art 86); in Finland, the Act on the Openness of
			Government Activities (621/1999):`)
		w.example(8, append(w.words("- name", requestersOfDocuments),
			"  category: true",
			"  role: other",
			`  laws: [{jurisdiction: FI, statute: "621/1999"}]`)...)
	}
}

// transfers writes the transfers: a placeholder where none are made.
func (w *writer) transfers() {
	w.comment(4, `Transfers of personal data to third countries or international
		organisations (`+art("transfers")+`), each with its ground under Chapter V:
		`+codes(&notice.TransferMechanismVocabulary)+`; for safeguards, how to obtain a copy of
		them (copyAt). Where there are none, say so under notApplicable.`)
	if w.public {
		w.comment(4, `Points (a) to (c) of Art 49(1) and its second subparagraph do not apply to
			activities carried out by public authorities in the exercise of their public
			powers (Art 49(3)).`)
	}
	w.line(4, "transfers:")
	w.text(6, "notApplicable", "heading.transfers")
	w.example(6, append([]string{
		"items:",
		"  - recipient: Example Cloud Inc.",
		"    countries: [US]",
		"    mechanisms: [standardClausesCommission]"},
		w.words("    copyAt", map[language.Tag]string{language.English: "https://example.fi/safeguards"})...)...)
}

// rights writes the rights, the supervisory authorities and what follows
// them, as comments: codes that cannot hold a placeholder.
func (w *writer) rights() {
	w.comment(0, `The rights of the data subject (`+art("rights")+`): `+codes(&notice.RightVocabulary)+`.
		Which rights apply follows from the legal bases: "seloste validate" names
		each one the notice must state. The right to withdraw consent belongs here
		where processing rests on consent (Art 13(2)(c)), and the right to lodge a
		complaint with a supervisory authority always (Art 13(2)(d)). Say how to
		exercise them (Art 12(2)).`)
	w.example(0, append([]string{
		"rights:",
		"  items:",
		"    - right: access",
		"    - right: rectification",
		"    - right: complaint"},
		w.placeholders("  howToExercise", "heading.exercisingRights")...)...)
	w.comment(0, `The supervisory authorities with which a complaint can be lodged
		(`+art("supervisoryAuthorities")+`), by the code of the built-in table: the country
		code of an EEA authority, such as FI for the Data Protection Ombudsman.`)
	w.example(0,
		"supervisoryAuthorities:",
		"  - code: FI")
	w.comment(0, `The technical and organisational security measures (`+art("security")+`), and
		the cookies and similar technologies the service uses (Directive 2002/58/EC
		Art 5(3)):`)
	w.example(0, append([]string{"security:"}, w.placeholders("  description", "heading.security")...)...)
	w.example(0,
		"cookies:",
		"  - {name: session, session: true, necessary: true}")
}
