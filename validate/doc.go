// Package validate checks a privacy notice for completeness and consistency:
// does it give everything Articles 13 and 14 of Regulation (EU) 2016/679
// require, and does what it says hold together? The answer is a list of
// findings, each naming its rule, its severity, the JSON Pointer of the place
// in the notice and the article it rests on, with a message in Finnish,
// Swedish and English.
//
// # Validating a notice
//
// Decode a notice with [notice.Decode] (or build one in Go) and call
// [Validate]. It returns every finding, never only the first, in the order of
// the document:
//
//	n, err := notice.Decode(data)
//	if err != nil { … }
//	for _, f := range validate.Validate(n) {
//		fmt.Println(f.Severity, f.Rule, f.Path, f.Message(language.Finnish))
//	}
//
// A [Finding] keeps its message as data, the rule ID and its arguments, until
// it is printed: [Finding.Message] says it in any supported language, with the
// article cited in that language's style ("13 artiklan 2 kohdan a alakohta",
// "artikel 13.2 a", "Article 13(2)(a)"); [Finding.Error] says it in English;
// a Finding encodes to JSON as {rule, severity, path, article, message}, the
// message in English. To place findings in the source, decode with
// [notice.DecodeLocated] and ask its [notice.Locator] for each Path's line
// and column (or region); [notice.Locate] places a single one.
//
// # Severities
//
// Severity follows the regulation. An [Error] is an item the regulation
// requires that is missing or wrong; a [Warning], an item the regulation asks
// "where applicable" or "if any" on which the notice is silent (the data
// protection officer, recipients, transfers), or a notice that is likely wrong
// or does not hold together (a right promised where it does not apply, a legal
// basis without its law); [Info], advice and good practice (a telephone number
// in international form). [Findings.Err] bridges findings to error safely: it
// returns a nil error, not a typed nil, when no finding is an error.
//
// # Reports
//
// [Findings.Grouped] merges the findings of one rule on the same item of
// several activities into one [Group], for a text report that says each
// once and lists the activities; JSON and SARIF reports keep one result per
// place.
//
// # In a test
//
// [Complete] is the one call for a test. It fails with every missing item,
// each on its own line and named by article:
//
//	require.NoError(t, validate.Complete(n))
//
// # Rules
//
// Every rule has a stable ID (ART13-CONTROLLER-01, FORM-EMAIL-01), a severity,
// the article it rests on, an example and a discussion; [Rules] lists them and
// docs/rules.md, generated from the same table, documents them. The rules
// cover every item of Art 13(1)-(2) and 14(1)-(2), read per purpose and per
// data category where the notice scopes its statements; the consistency
// conditions of Arts 6(1), 6(3), 7(3), 8(1), 9(2), 10, 12(2), 14(5), 20, 21,
// 22(2)-(4), 26(2), 37(1)(a), 44, 45, 46(2)(c) and 49 (with a dated list of
// adequacy decisions, [notice.AdequacyListDate]); and the form of values:
// email addresses, URLs (http, https, mailto and tel only), telephone numbers,
// identifiers by scheme, country codes, dates, durations, language tags, and
// every free text in every required language. Which rights apply to an
// activity is [notice.ApplicableRights]' decision, the one the renderers use.
// Advice fits the notice's country: the law a legal basis rests on, the
// calling code of a telephone number, the supervisory authority.
//
// # How a notice is read
//
// Article 13 or 14 is decided per activity, from the kinds of its sources:
// dataSubject and generated mean Art 13, otherSource and publicSource Art 14,
// both kinds both articles. An activity that names no source is taken to
// collect its data from the data subject (Art 13); rule ART14-SOURCES-01 says
// so. A finding on an activity under Art 14 only cites the Art 14 point.
//
// An activity under Art 14 only that claims the exemption of Art 14(5)(c) or
// (d), naming the law, is not asked for the information items of Art
// 14(1)-(2), which that paragraph says "shall not apply"; its lawfulness
// (Arts 6, 9, 10) and the form of its values are still checked. Points (a)
// and (b) relieve nothing: the model cannot say which items the data subject
// already has, and under (b) the published notice is the information made
// public.
//
// A notice that says nothing of an item is not the same as one that says it
// does not apply: an item given with notApplicable satisfies its requirement,
// an absent item is reported, and an item with both notApplicable and content
// is a warning. An item described in another notice (describedIn) is not
// silence either, nor is an activity another notice describes in full (the
// first layer of a layered notice): what it leaves out, or says too vaguely
// to act on, is the other notice's to give; what it says is checked.
//
// The model says many facts in more than one way, and every way counts: a
// storage period by a length, a date, the event that ends the keeping or
// criteria; legitimate interests on the activity or on each basis; an act by
// number, name or abbreviation (found with [notice.FindStatute]); contact
// details directly or in contact points; a right stated as limited by law on
// the right or in a limitation of several rights.
//
// An activity's items are its own when it gives them, else the notice's
// ([notice.Notice.EffectiveActivity]).
//
// Whether a controller is a public authority, which must designate a data
// protection officer, may not rest its tasks on legitimate interests and may
// not use Art 49(1)(a)-(c) in the exercise of its public powers, is what the
// notice states (controller.publicAuthority), or what [Options].PublicAuthority
// says; only where the notice states nothing is the controller taken to be
// one when any activity rests on Art 6(1)(e).
//
// # Options
//
// [Options] selects the checks that apply: the languages every text must be
// given in, whether the controller is a public authority, rules to skip. The
// zero value works, and [Validate] uses it.
//
// # Concurrency
//
// The rule table, the adequacy list and the message catalog are read-only
// after initialisation. Validate does not modify the notice; it may be called
// from several goroutines at once, on the same notice or different ones.
package validate
