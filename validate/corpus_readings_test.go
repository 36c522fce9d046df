package validate_test

import "github.com/seloste/seloste/validate"

// The readings of the corpus notices' findings (testdata/corpus/*.yaml, each
// encoded from a notice of the shared corpus, which LOSSES.md names): every
// finding the validator gives, read against the source notice as a data
// protection lawyer reads it, with the reason it stands. TestCorpusReport
// fails on a finding with no reading, so a new finding is read before it is
// reported, and on a reading no finding answers, so none goes stale.

// A reading is the reason one finding, or every finding of one rule in a
// notice, stands.
type reading struct {
	notice string // the file's number, "01" to "10"
	rule   string
	path   string // "" for every finding of the rule in the notice
	note   string
}

var corpusReadings = []reading{
	// 01 Helsinki-profiili: a first layer whose one activity the formal
	// notice (a PDF it links) describes in full; only what it says is read.
	{"01", validate.RuleDateMissing, "", "The page carries no date."},
	{"01", validate.RuleReferenceURL, "/activities/0/recipients/items/0/describedIn",
		"The services' own notices and terms of use are named (\"kyseisen palvelun tietosuojaselosteessa ja käyttöehdoissa\") without an address; advice, as each is at hand in its service."},
	{"01", validate.RuleReferenceURL, "/activities/0/retention/0/describedIn",
		"Five years \"kunnallisten asiakirjojen säilytysajan mukaisesti\": the municipal retention schedule is cited with no address; the five years themselves are stated."},

	// 02 Varke, valvontatietorekisteri.
	{"02", validate.RuleDateMissing, "", "The notice carries no date."},
	{"02", validate.RulePhoneInternational, "", "The switchboard and registry numbers are in national form; +358 lets a reader abroad call."},
	{"02", validate.RuleDPOMissing, "", "No data protection officer is named or said to be absent. Varke, whose \"lakisääteisenä tehtävänä on valvoa\", is a public authority that must designate one (Art 37(1)(a)), which would make this an error; the source does not say the words, so the encoding states no publicAuthority and the validator can only warn."},
	{"02", validate.RuleBasisLawOnly, "", "The basis is given only as Acts 50/2013 § 18 and 147/2015 § 6, with no point of Art 6(1) (the corpus README's point); the statutory supervisory task suggests (e), which would make the right to object apply that the notice denies."},
	{"02", validate.RuleRequirementMissing, "", "The data come from the data subjects themselves too (\"saadaan rekisteröidyltä itseltään\"); whether providing them is required, and what follows if not, is not said."},
	{"02", validate.RuleRetentionReference, "", "\"säilytysajat pohjautuvat Varken tiedonohjaussuunnitelmaan\": the periods only by reference to the records management plan."},
	{"02", validate.RuleReferenceURL, "", "The records management plan is not linked; advice beside ART13-RETENTION-06."},
	{"02", validate.RuleRightDenied, "", "\"Henkilötietojen käsittelyä ei myöskään voi pyytää rajoittamaan, koska tietoja käsitellään lain nojalla\": Art 18 knows no such exception, and no restriction under Art 23 is cited."},

	// 03 OKM, Oiva.
	{"03", validate.RuleDateMissing, "", "The notice carries no date."},
	{"03", validate.RulePhoneInternational, "", "The switchboard number is in national form."},
	{"03", validate.RuleCategoriesMissing, "", "Data also come from the data subjects' contact persons and public sources (\"kan också fås ... från offentliga källor\"): Art 14(1)(d) asks the categories, and none is listed."},
	{"03", validate.RuleBasisLawOnly, "", "The basis is given only as decrees 262/2003, 310/2010 and 434/2018, with no point of Art 6(1); objection and portability, left out of the rights, turn on that point."},
	{"03", validate.RuleRequirementMissing, "", "The notice is given \"när personuppgifter samlas in\" from the applicant; whether providing them is required is not said."},
	{"03", validate.RuleExerciseRights, "", "How to exercise the rights is not said; the registry's address at the top is the only route. Advice."},

	// 04 Helsingborg, Mitt Helsingborg.
	{"04", validate.RuleDateMissing, "", "The notice carries no date."},
	{"04", validate.RuleControllerContact, "", "The city gives no contact details of its own: the switchboard number and the e-mail address are given for its data protection officer, whose contact details are another item (Art 13(1)(b))."},
	{"04", validate.RulePhoneInternational, "", "The switchboard number is in national form; +46."},
	{"04", validate.RuleCategoryWithoutBasis, "", "The only basis stated is a contract, for \"teknisk information enligt ovan\"; the data from Skatteverket, the profile data and the usage data have none (the encoding reads \"teknisk information\" as the category of that name)."},
	{"04", validate.RuleTransfersMissing, "", "Nothing is said of transfers; \"where applicable\", a warning."},
	{"04", validate.RuleReferenceURL, "/activities/0/retention/0/describedIn", "The committees' records management plans are cited with no address."},
	{"04", validate.RuleReferenceURL, "/activities/1/describedIn", "Each e-service shows its own notice when it starts; no address is possible, and the finding is advice only."},
	{"04", validate.RuleAutomatedMissing, "", "Nothing is said of automated decision-making."},
	{"04", validate.RuleRightMissing, "", "The technical data rest on a contract, so portability applies (Art 20(1)(a)); it is the one right of Art 13(2)(b) the notice leaves out."},

	// 05 Team One Developers.
	{"05", validate.RuleDateMissing, "", "The notice carries no date."},
	{"05", validate.RuleUnsupportedLanguage, "", "German: the catalog has Finnish, Swedish and English; the notice's own words are kept, headings would come from a supported language."},
	{"05", validate.RuleLawForBasis, "", "The general list names Art 6(1)(c) (\"Erfüllung einer rechtlichen Verpflichtung\") with no law; the commercial and tax retention duties later are cited only in words."},
	{"05", validate.RuleRecipientsMissing, "", "For the website's logs, the cookies and the whitepaper no recipient is said (a hosting provider is named only for the bookings)."},
	{"05", validate.RuleTransfersMissing, "", "Nothing is said of transfers for these activities, whose recipients, where named, are in the EEA."},
	{"05", validate.RuleRetentionFrom, "", "Seven days, two months, six or ten years: the event they run from is not said. Advice."},
	{"05", validate.RuleAutomatedMissing, "", "The rights section explains the Art 22 right in general, but no activity says whether such decisions are made."},
	{"05", validate.RuleConsentAndInterests, "/activities/1/legalBases/2/basis", "Analysis cookies are set only with consent, and the same purposes are then said to be the legitimate interest \"soweit sie nach Art. 6 Abs. 1 lit. f DSGVO erfolgt\": the contradiction the corpus README names."},
	{"05", validate.RuleConsentAndInterests, "/activities/9/legalBases/1/basis", "Conversion cookies on consent, which \"kann zudem auf Art. 6 Abs. 1 lit. f DSGVO gestützt sein\"."},
	{"05", validate.RuleRecipientsWords, "", "\"Eine Weitergabe dieser Daten erfolgt nicht ohne Ihre Einwilligung\", in words only, while the HubSpot section forwards the contact form's data to HubSpot."},
	{"05", validate.RuleSafeguardsCopy, "", "Standard contractual clauses are named (Google Analytics; HubSpot \"z. B.\") with no word on how to obtain a copy."},
	{"05", validate.RuleInterestsMissing, "", "HubSpot and the whitepaper state no basis of their own; the general list they fall back on invokes the pursuit \"eines berechtigten Interesses unseres Unternehmens oder eines Dritten\" without saying which."},
	{"05", validate.RuleRequirementMissing, "/activities/4/requirement", "The contact form's data, forwarded to HubSpot: whether providing them is required is not said, and the bases HubSpot falls back on are not consent alone."},
	{"05", validate.RuleRequirementMissing, "/activities/5/requirement", "The booking data are those \"erforderlich\" for the contract: said as the scope of the processing, not as whether the customer must provide them or what follows if not."},
	{"05", validate.RuleReferenceURL, "", "Stripe's own privacy notice is referred to with no address."},
	{"05", validate.RuleTransferDestination, "", "\"Soweit ... in Staaten außerhalb des Europäischen Wirtschaftsraums\", \"Soweit eine Übermittlung in Drittstaaten erfolgt\": no country, so neither the existence nor the absence of an adequacy decision is told."},
	{"05", validate.RuleTransferGround, "", "Stripe's transfers rest on \"geeigneter Garantien gemäß Art. 44 ff. DSGVO\": no safeguard is named."},
	{"05", validate.RuleRequirementConsequences, "", "The whitepaper's data are its \"Gegenleistung\" (a contractual requirement); what follows from not providing them is left to inference."},
	{"05", validate.RuleSourcesMissing, "", "Of Google Tag Manager the notice says nothing it processes, nor from where; the validator takes the data as collected from the visitor."},
	{"05", validate.RuleRecipientOutsideEEA, "", "Google LLC, Mountain View, receives the conversion data, and the section says nothing of that transfer."},
	{"05", validate.RuleRightDenied, "", "\"Daher besteht für den Nutzer keine Widerspruchsmöglichkeit\" for the logs, which rest on legitimate interests: Art 21(1) gives the right; the controller may show compelling grounds, but the right exists."},

	// 06 MOOC.fi.
	{"06", validate.RuleDateMissing, "", "The notice carries no date."},
	{"06", validate.RuleRequirementCoverage, "", "The only statement of Art 13(2)(e) is the voluntary consent to e-mail; for the registration data, the course data and the data Google Analytics gathers nothing is said."},
	{"06", validate.RuleLawForBasis, "", "Art 6(1)(e) and the truncated \"(GDPR Article 6.1\" are named with no law (the university's tasks are laid down by law)."},
	{"06", validate.RuleTransferDestination, "", "No third country is named for any transfer (\"outside the EU and EEA\", foreign universities, the marketing tools)."},
	{"06", validate.RuleTransferGround, "", "\"in accordance with the requirements of the data-protection regulations\" and \"With the student’s permission\" name no ground of Chapter V; a permission would be Art 49(1)(a) only with the risks told."},
	{"06", validate.RuleSafeguardsCopy, "", "The Commission's standard contractual clauses for HubSpot and the others, with no word on a copy."},
	{"06", validate.RuleReferenceURL, "", "The university's document administration scheme is not linked."},
	{"06", validate.RuleAutomatedOutside22, "", "Automatic assessment is described with its logic (the teacher's tests); its significance and consequences for the student are not, beyond asking for a correction."},

	// 07 CoronaMelder.
	{"07", validate.RuleUnsupportedLanguage, "", "Dutch: the catalog has Finnish, Swedish and English."},
	{"07", validate.RuleControllerContact, "", "The Minister of VWS is named with no contact detail; the only link is to the DPO's page."},
	{"07", validate.RuleTransfersMissing, "", "Nothing is said of transfers outside the EEA (the EFGS joins \"andere Europese landen\")."},
	{"07", validate.RuleRetentionFrom, "", "Fourteen days on the phone and at most seven days for IP addresses: the event is not said (the server's fourteen days run from the upload and are not reported). Advice."},
	{"07", validate.RuleAutomatedMissing, "", "Nothing is said of automated decision-making for the EFGS exchange or the GGD's contact tracing."},
	{"07", validate.RuleAutomatedMissing, "/activities/0/automatedDecisions", "The app decides automatically, \"op basis van een aantal weegfactoren\", whether a contact was risky and notifies the user; the notice never says whether Art 22 applies."},
	{"07", validate.RuleJointArrangement, "", "VWS and the other countries' designated authorities are joint controllers of the EFGS; the essence of their arrangement is not given (Art 26(2)), only a link to the list of countries."},
	{"07", validate.RuleSourcesMissing, "", "Where the GGD gets the validation code and the first day of illness is not said."},
	{"07", validate.RuleRecipientsMissing, "", "The GGD's recipients are not said."},
	{"07", validate.RuleRetentionMissing, "", "How long the GGD keeps the validation codes and first days of illness is not said."},
	{"07", validate.RuleRightMissing, "", "The basis is a public task (Art 6(1)(e)), so the right to object applies (Art 21(1)); Art 11(2), which the notice invokes, limits Arts 15 to 20 only, and objection is never mentioned."},

	// 08 Mobistudy, Synergi.
	{"08", validate.RuleDateMissing, "", "The notice carries no date."},
	{"08", validate.RuleControllerContact, "", "Malmö universitet gives no contact detail of its own; its researcher's address is redacted in the corpus ([EMAIL]) and the DPO's is the DPO's."},
	{"08", validate.RuleSpecialCondition, "", "Health data (long-term illnesses, general health, heart rate, gait) with no condition of Art 9(2): the corpus README's point."},
	{"08", validate.RulePublicAuthorityInterests, "", "A Swedish state university, whose documents are \"dokument som produceras av myndigheter\", rests its research on legitimate interests, which Art 6(1) second subparagraph withholds from public authorities in their tasks."},
	{"08", validate.RuleRequirementMissing, "", "Taking part is voluntary in fact (one may leave the study at any time), but the notice does not say whether providing the data is required."},
	{"08", validate.RuleTransfersMissing, "", "Data are kept in Sweden and Germany; transfers outside the EEA are not mentioned."},
	{"08", validate.RuleRetentionFrom, "", "\"Arkiverad data lagras minst 10 år\": from archiving, presumably. Advice."},
	{"08", validate.RuleAutomatedMissing, "", "Nothing is said of automated decision-making."},
	{"08", validate.RuleRightMissing, "", "On legitimate interests and for research, the right to object applies (Art 21(1), (6)); \"be om att behandlingen ... stoppas eller begränsas\" is not the right to object brought to attention clearly and separately (Art 21(4))."},
	{"08", validate.RulePortability, "", "Downloading one's data in a machine-readable format is offered while the stated basis is legitimate interests (Art 20(1)(a)): it points at the basis, which the study's separate consent contradicts."},

	// 09 TUM, PEER.
	{"09", validate.RuleDateMissing, "", "The notice carries no date."},
	{"09", validate.RuleUnsupportedLanguage, "", "German: the catalog has Finnish, Swedish and English."},
	{"09", validate.RulePhoneInternational, "", "089 numbers in national form; +49."},
	{"09", validate.RuleRetentionCoverage, "", "Only the uploaded image's deletion is stated; how long TUM keeps the grade, school type, state and the essays is not."},
	{"09", validate.RuleSourcesMissing, "", "What PEER collects is listed, not from whom (evidently the user); the validator takes it as collected from the data subject."},
	{"09", validate.RuleReferenceURL, "", "OpenAI's \"API Data Usage Policies\" are cited with no address."},
	{"09", validate.RuleTransfersMissing, "", "The website: nothing is said of transfers; its host, the LRZ, is in Garching."},
	{"09", validate.RuleTransfersMissing, "/activities/0/transfers", "Mathpix, Inc. and OpenAI OpCo, LLC receive the images and essays, and nothing is said of transfers; they are US companies (the corpus README), but the notice does not say where they are, so the validator can only warn."},
	{"09", validate.RuleAutomatedMissing, "", "The website: nothing is said of automated decision-making (the logs are analysed automatically for attacks, which decides nothing about a person)."},
	{"09", validate.RuleAutomatedMissing, "/activities/0/automatedDecisions", "PEER: nothing is said of automated decision-making (the feedback is generated automatically, without legal effect)."},
	{"09", validate.RuleLegalBasisMissing, "", "The website's logs: no legal basis is stated."},

	// 10 DiSSCover, Naturalis.
	{"10", validate.RuleDateMissing, "", "The notice carries no date."},
	{"10", validate.RuleSourceCoverage, "", "Sources are given for the identity data only (identity providers, ORCID); of the usage and membership data none is said."},
	{"10", validate.RuleTransferDestination, "", "\"Outside the EU / EEA\": no country is named."},
	{"10", validate.RuleTransferGround, "", "\"only takes place under the conditions contained in Chapter V\" names no ground."},
	{"10", validate.RuleRetentionFrom, "", "Logs deleted or anonymised \"after, at most, 18 months\": from when? Advice."},
	{"10", validate.RuleAutomatedMissing, "", "Nothing is said of automated decision-making."},
	{"10", validate.RuleWithdrawConsent, "", "The notice relies on an \"approval\" it treats as consent and does not say it can be withdrawn (Art 7(3)); that it is \"considered to have been given by entering in a contract\" makes it no valid consent at all, which no rule reads."},
}

// A corpusFix is a finding the validator gave before this reading that a
// lawyer would not sign: what was wrong, and whether the rule or the
// encoding was fixed. TestCorpusReport asserts that it is gone (or, for a
// finding whose severity was wrong, that it no longer has that severity).
type corpusFix struct {
	notice, rule, path string
	severity           validate.Severity
	wrong, fixedIn     string
}

var corpusFixes = []corpusFix{
	{"01", validate.RuleControllerContact, "/controller", validate.Error,
		"The page is a first layer: its one activity is described in full in the linked formal notice, which gives the city's contact details (WP260 rev.01 paras 35-38).",
		"rule: the notice's items are not reported as missing where every activity is described in full elsewhere"},
	{"03", validate.RuleRetentionEmpty, "/activities/0/retention/0", validate.Error,
		"\"tills ärendet är avgjort och besvärstiden för beslutet har gått ut\" is the event that ends the keeping: one of the criteria used to determine the period (Art 13(2)(a)).",
		"rule: untilEvent states the period (review bug 1)"},
	{"04", validate.RuleObject, "/rights/items/5", validate.Warning,
		"The contract covers the technical data only; the other data have no stated basis, which may well be a public task, so the right to object may apply.",
		"rule: rights excluded by the bases of an activity that leaves data without a basis are not judged"},
	{"05", validate.RuleInterestsMissing, "/activities/1/legitimateInterests", validate.Error,
		"The cookies' legitimate interests are stated on each basis (\"sicheren und funktionsfähigen Bereitstellung unserer Website\").",
		"rule: legalBases[].interests (review bug 2)"},
	{"05", validate.RuleInterestsMissing, "/activities/5/legitimateInterests", validate.Error,
		"The bookings' interest (\"effizienten Organisation interner Prozesse\") is stated on its basis.", "rule: legalBases[].interests (review bug 2)"},
	{"05", validate.RuleInterestsMissing, "/activities/9/legitimateInterests", validate.Error,
		"Google Ads' interest (\"Analyse des Nutzerverhaltens und der Optimierung unseres Webangebots\") is stated on its basis.", "rule: legalBases[].interests (review bug 2)"},
	{"05", validate.RuleRequirementMissing, "/activities/0/requirement", validate.Error,
		"Server logs arise from the use of the website; nobody provides them, so whether providing them is required is no question (Art 13(2)(e)).",
		"rule: an activity whose every source is generated is not asked"},
	{"05", validate.RuleRequirementMissing, "/activities/1/requirement/items/0/kind", validate.Error,
		"Cookies: data generated by the use of the website.", "rule: an activity whose every source is generated is not asked"},
	{"05", validate.RuleRequirementMissing, "/activities/2/requirement", validate.Error,
		"The contact form rests \"ausschließlich\" on consent, which is freely given or none: the basis tells that providing the data is no requirement.",
		"rule: an activity on consent alone is not asked"},
	{"05", validate.RuleRequirementMissing, "/activities/3/requirement", validate.Error,
		"Google Analytics: data generated by the use of the website.", "rule: an activity whose every source is generated is not asked"},
	{"05", validate.RuleRequirementMissing, "/activities/7/requirement", validate.Error,
		"Usercentrics: data generated by the visit.", "rule: an activity whose every source is generated is not asked"},
	{"05", validate.RuleRequirementMissing, "/activities/8/requirement", validate.Error,
		"Google Tag Manager is used \"Soweit Sie Ihre Einwilligung erteilt haben\": consent alone.", "rule: an activity on consent alone is not asked"},
	{"05", validate.RuleRequirementMissing, "/activities/9/requirement", validate.Error,
		"The conversion cookie: data generated by a click.", "rule: an activity whose every source is generated is not asked"},
	{"05", validate.RuleRetentionEmpty, "/activities/0/retention/0", validate.Error,
		"\"sobald sie für den Zweck, zu dem sie erhoben wurden, nicht mehr benötigt werden\": an event that ends the keeping.", "rule: untilEvent states the period (review bug 1)"},
	{"05", validate.RuleRetentionEmpty, "/activities/0/retention/1", validate.Error,
		"\"wenn die jeweilige Sitzung beendet ist\".", "rule: untilEvent states the period (review bug 1)"},
	{"05", validate.RuleRetentionEmpty, "/activities/2/retention/0", validate.Error,
		"Until deletion is asked, consent is withdrawn or the purpose ends.", "rule: untilEvent states the period (review bug 1)"},
	{"05", validate.RuleRetentionEmpty, "/activities/5/retention/0", validate.Error,
		"Until the purpose ends, unless retention duties stand against it.", "rule: untilEvent states the period (review bug 1)"},
	{"05", validate.RuleRetentionEmpty, "/activities/5/retention/3", validate.Error,
		"Communication data: until the purpose ends.", "rule: untilEvent states the period (review bug 1)"},
	{"05", validate.RuleRetentionEmpty, "/activities/5/retention/4", validate.Error,
		"Marketing data: until consent is withdrawn or objected to.", "rule: untilEvent states the period (review bug 1)"},
	{"05", validate.RuleRetentionEmpty, "/activities/7/retention/0", validate.Error,
		"Usercentrics: until deletion is asked, the cookie is deleted or the purpose ends.", "rule: untilEvent states the period (review bug 1)"},
	{"05", validate.RuleLawEmpty, "/activities/1/legalBases/0/laws/0", validate.Error,
		"\"§ 25 Abs. 2 TTDSG\" names its act by abbreviation (the TDDDG's former one).", "rule: notice.FindStatute (review bug 3)"},
	{"05", validate.RuleLawEmpty, "/activities/8/legalBases/0/laws/0", validate.Error,
		"\"§ 25 TTDSG\".", "rule: notice.FindStatute (review bug 3)"},
	{"05", validate.RuleLawEmpty, "/activities/9/legalBases/0/laws/0", validate.Error,
		"\"§ 25 TTDSG\".", "rule: notice.FindStatute (review bug 3)"},
	{"05", validate.RuleTransfersMissing, "/activities/9/transfers", validate.Warning,
		"Too weak: Google LLC in the US receives the data, so Art 13(1)(f) applies and its silence is an error, not a \"where applicable\" warning.",
		"rule: ART13-TRANSFERS-06 for a recipient outside the EEA"},
	{"05", validate.RuleConsentRisks, "/activities/3/transfers/items/1/risks", validate.Warning,
		"The risks of transfers to the US are stated once for Google Analytics; the occasional transfer of the full IP address goes to the same country.",
		"rule: risks stated for another transfer on consent to the same countries count"},
	{"06", validate.RuleControllerContact, "/controller", validate.Error,
		"Under \"Contact address for matters concerning the register\" the notice gives mooc@helsinki.fi: a contact point of the controller.", "rule: hasContact reads contacts (review bug 4)"},
	{"07", validate.RuleDPOContact, "/activities/2/dpo", validate.Error,
		"The GGD is a controller of a kind (the one of your region), found on ggd.nl by postcode; its officer's contact details are \"via de website van die GGD\", which is how a party of a kind is reached.",
		"rule: a party that names a kind of body is reached as its note says"},
	{"07", validate.RulePortability, "/rights/items/4", validate.Warning,
		"The notice promises no portability: it says Arts 15 to 20 do not apply where the user cannot be identified (Art 11(2)).",
		"rule: a right named in a limitation by law is not promised (review bug 8)"},
	{"08", validate.RuleRetentionEmpty, "/activities/0/retention/2", validate.Error,
		"\"så länge du har ett konto på appen\": an event that ends the keeping.", "rule: untilEvent states the period (review bug 1)"},
	{"09", validate.RuleRequirementMissing, "/activities/1/requirement", validate.Error,
		"Server logs that the browser sends with each request arise from the use of the site; nobody provides them.",
		"encoding: the logs' source is generated, as the model defines it, not dataSubject"},
	{"09", validate.RuleRetentionEmpty, "/activities/0/retention/0", validate.Error,
		"\"Nach der Umwandlung wird ... das hochgeladene Bild gelöscht\": an event that ends the keeping.", "rule: untilEvent states the period (review bug 1)"},
	{"10", validate.RuleObject, "/rights/items/4", validate.Warning,
		"The only basis stated holds where data are passed on to third parties; the basis of the login, monitoring and statistics is not stated, so whether the right to object applies is not known.",
		"rule: rights excluded by bases that all hold under a condition are not judged"},
	// Severity: a reference without an address is advice.
	{"01", validate.RuleReferenceURL, "/activities/0/recipients/items/0/describedIn", validate.Warning,
		"A document named by its title may be at hand where the reader is; a warning overstated it.", "rule: ITEM-REFERENCE-01 is information"},
	{"01", validate.RuleReferenceURL, "/activities/0/retention/0/describedIn", validate.Warning,
		"The period is stated; the schedule behind it is background.", "rule: ITEM-REFERENCE-01 is information"},
	{"02", validate.RuleReferenceURL, "/activities/0/retention/0/describedIn", validate.Warning,
		"The missing period is ART13-RETENTION-06's finding; the plan's missing address is advice beside it.", "rule: ITEM-REFERENCE-01 is information"},
	{"04", validate.RuleReferenceURL, "/activities/0/retention/0/describedIn", validate.Warning,
		"The criteria are stated; the committees' plans behind them are background.", "rule: ITEM-REFERENCE-01 is information"},
	{"04", validate.RuleReferenceURL, "/activities/1/describedIn", validate.Warning,
		"Each e-service shows its notice when it starts: the information is given at collection, where no address is possible.", "rule: ITEM-REFERENCE-01 is information"},
	{"05", validate.RuleReferenceURL, "/activities/5/recipients/items/1/describedIn", validate.Warning,
		"Stripe's own notice is the recipient's, not an item of this one.", "rule: ITEM-REFERENCE-01 is information"},
	{"06", validate.RuleReferenceURL, "/activities/0/retention/1/describedIn", validate.Warning,
		"The criteria are stated in words; the scheme behind them is background.", "rule: ITEM-REFERENCE-01 is information"},
	{"09", validate.RuleReferenceURL, "/activities/0/recipients/items/1/describedIn", validate.Warning,
		"OpenAI's own policies are the recipient's, not an item of this notice.", "rule: ITEM-REFERENCE-01 is information"},
}

// corpusUnseen are what a lawyer would add to each notice's findings and no
// rule reads: judgements on words, facts the notice gives only in prose, or
// facts the encoding could not state.
var corpusUnseen = map[string]string{
	"01": "The Finnish page keeps data five years where the Swedish and English pages of the same service say ten: a translation check across notices.",
	"02": "A fee for a second access request within a year (a pre-GDPR rule; Art 12(5) and 15(3) allow a fee only for manifestly unfounded or excessive requests or further copies). Erasure, objection and portability are denied because the processing is based on law; whether that holds turns on the point of Art 6(1) the notice does not name.",
	"03": "Objection and portability are not mentioned; whether they apply turns on the point of Art 6(1) the notice does not name (ART13-LEGALBASIS-04).",
	"04": "The city, a municipality, is not marked a public authority (the source does not say the words), so the public-authority rules (Art 6(1) second subparagraph, 37(1)(a), 49(3)) are not applied; none of them would fire on what the notice says.",
	"05": "The general list of bases, each under its own condition, is all HubSpot and the whitepaper have: no rule says that no basis is stated to apply. The whitepaper makes the e-mail subscription the price of the download (Art 7(4)). \"gelöscht oder gesperrt\": blocking is not a way of ending the keeping.",
	"06": "The English text calls processors \"external controllers\"; \"In some cases, based on contract or consent\" leaves which processing rests on which basis unsaid.",
	"07": "The first day of illness and a positive test are data concerning health (Art 9(1)); the notice does not say so, and the encoding marks no special category, so no Art 9(2) condition is asked.",
	"08": "Malmö universitet is called both the one in control and the one that processes; participation rests on a consent collected apart from this text, while the notice's basis is legitimate interests.",
	"09": "TUM, a public body (\"behördlichen Datenschutzbeauftragten\"), is not marked as one; Mathpix and OpenAI are US companies with no Chapter V ground stated, which the validator can tell only once the notice says where they are.",
	"10": "The one basis stated covers passing data on; the basis of the login service itself is not stated. An \"approval of the data subject\" \"considered to have been given by entering in a contract\" is neither a consent (Art 4(11)) nor a contract basis stated as such.",
}
