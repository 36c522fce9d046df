// Package render writes a privacy notice for people to read: as HTML, as
// Markdown or as plain text, in Finnish, Swedish or English, in full or as the
// short first layer of a layered notice; and [Handler] serves it over HTTP in
// the visitor's language.
//
// # Rendering a notice
//
// [Render] writes one notice in one language and format. The zero [Options]
// give the full notice as an HTML fragment in the notice's original
// language:
//
//	n, err := examples.Load("kiva-koulu")
//	...
//	err = render.Render(w, n, render.Options{})                      // HTML fragment, Finnish
//	err = render.Render(w, n, render.Options{
//		Lang:   language.Swedish,
//		Format: render.Markdown,
//	})
//	err = render.Render(w, n, render.Options{Format: render.Text, Width: 72})
//
// A fragment is an <article> to embed in a page; [Page] is a whole HTML5
// document. [Options.HeadingOffset] fits the fragment under a page's own
// headings, [Options.IDPrefix] keeps its ids apart from the page's, and
// [Options.Stylesheet] adds the small default stylesheet ([Stylesheet]).
//
// # What the reader sees
//
// The rendering says exactly what the notice says: no less, and no more.
// The sections follow Articles 13 and 14 in the order of Finnish notices:
// the controller (with its identifiers by scheme and its labelled contact
// points), its representative, the contact persons, the data protection
// officer and the joint controllers (with the time their role holds); the
// activity with its purposes and legal bases, data subjects, personal data
// (special categories marked), sources, recipients by role (planned ones
// and their dates, the processors they engage), transfers (possible,
// conditional or not repetitive, with their ground under Chapter V, or the
// candidate grounds the notice names, joined by "or"), retention periods as
// exact as the notice gives them ("at most 3 years", "until further
// notice", "deleted by 2028", reviewed every five years), automated
// decision-making with its Art 22(2) ground and safeguards, further
// processing and exemptions; security; codes of conduct; the rights, and
// the right to lodge a complaint; cookies; the change log. What the
// notice says is not done ("the data are not sold") is said in the
// section it concerns; a reference to another notice is a link; a
// statement that covers some purposes, data or groups names them ("for
// the analytics: consent"). What the notice says only may be (a possible
// purpose, basis, source, recipient or kind of data) is said as such, and
// so are its conditions ("where the order is paid by invoice"), the ways
// to opt out, where the data are stored, what keeps data longer ("unless
// ...") and what happens to them at the end, a recipient's contract under
// Art 28(3) and its own retention, the limits the notice sets on several
// rights at once, what the notice does not cover, the notices that
// complement it and the data protection law it applies. The notice's own sections go where their
// After places them. A notice with several activities (KiVa Koulu has
// ten) gives what they share once, under "Kaikkia käsittelytoimia
// koskevat tiedot", naming the activities an item applies to where others
// state their own, and then each activity with the items that are its own.
//
// Headings are the official terms of the i18n catalog, and every GDPR code is
// said in its official term in the reader's language, with the article that
// defines it written in that language's citation style ("6 artiklan 1 kohdan
// a alakohta", "artikel 6.1 a", "Article 6(1)(a)"). A notice in the Finnish
// register tradition (its title or an activity's name speaks of a register,
// or it calls itself a "seloste") gets that tradition's headings ("Rekisterin
// nimi"); any other the neutral wording of the Regulation ("processing
// activity", "security of processing"). Law is cited in the style of its
// jurisdiction, with the act's current name from [notice.Statutes]
// ("tietosuojalain (1050/2018) 4 §:n 2 kohta", "2 kap. 3 § dataskyddslagen
// (2018:218)", "§ 3 UG", "Article 6(1)(e) of Regulation (EU) 2016/679"); a
// name the notice gives the act itself is shown beside its number.
//
// Which rights apply to an activity is decided by [notice.ApplicableRights],
// the decision the validator uses too. The rights the notice states are
// shown in its own words, with its limits and the reasons it gives where a
// right does not apply. Where the Regulation's own words are added, they are
// quoted as the Regulation's, with the article, never as the controller's
// promise: the right to object, set apart in a block of its own as Art 21(4)
// requires, with the text of Art 21(1), 21(2) or 21(6) exactly where that
// paragraph gives the right (points (e) and (f) of Art 6(1), direct
// marketing, research), naming the activities it concerns; the withdrawal of
// consent of Art 7(3) where there is consent to withdraw, after the notice's
// own words on how to withdraw it; and the provision that limits a right
// (Art 17(3)(b)) where the notice does not state the limit itself. An item
// the notice declares not applicable is shown as the notice's reason; an
// item the notice leaves out is not shown at all.
//
// # Notice text is untrusted
//
// Everything a notice says in its own words is treated as untrusted input,
// in every format:
//
//   - HTML is made by html/template, which escapes the text in every
//     context; no notice text ever becomes template.HTML.
//   - Markdown escapes every character of the text that CommonMark could read
//     as syntax, so that a purpose reading "# x" or "[a](javascript:...)" is
//     shown as those characters; spaces at the start of a line are dropped,
//     and an invisible word joiner (U+2060) keeps GitHub's autolinks from
//     making a link of a URL, a www. address or an e-mail address in the
//     text. A link's target is written so that a reader follows exactly the
//     URL the check below accepted.
//   - Control characters and the Unicode bidirectional embedding, override
//     and isolate characters are shown as escapes ("\x1b", "\u202e") in
//     every format, so that text can neither reorder or hide what follows
//     it nor send a sequence to a terminal, and the reader sees that they
//     were there.
//   - A URL becomes a link only if it is http or https with a host, mailto:
//     or tel:, and one check decides that for every format; any other URL
//     (javascript:, data:, relative) is shown as text.
//
// The catalog's own wording and the templates are trusted.
//
// # Languages and missing translations
//
// [Options.Lang] is one of [i18n.Supported] or a regional variant the
// catalog models, such as sv-SE (dates written 2023-08-22). A text the
// notice does not have in that language falls back to the original
// language, and is marked in every format with its language ("[fi]" before
// it; in HTML also its own lang attribute); the top of the document says
// what the mark means. Names (of people, bodies, places, acts) are the same
// in every language and never marked. A rendering in a language the notice
// does not declare says so at its top. With [Options.Strict], a missing
// translation is instead an error that wraps [ErrMissingTranslation] and
// names each text by its JSON Pointer. When the language is one of the
// notice's unofficial translations, the output says so and names the
// original language.
//
// A notice whose language the catalog does not have (German, Dutch) cannot
// be rendered in it: [Render] returns an error wrapping
// [ErrUnsupportedLanguage], unless [Options.Fallback] names a supported
// language to render in instead, in which case the rendering says at its
// top that it is a fallback. [Languages] lists the languages a notice
// renders in with its own text.
//
// # The layered notice
//
// [Short] renders the first layer that the EDPB transparency guidelines
// recommend, from the same notice: who the controller is, with all its
// contact details (and the data protection officer's), the purposes and
// legal bases of each activity, transfers outside the EU/EEA or the notice's
// word that there are none, the rights in a line with how to exercise them
// and the right to object set apart, where to complain, and a link to the
// full notice. Each item is the one that applies to each activity, its own
// or the notice's ([notice.Notice.EffectiveActivity]). A right the notice
// says does not apply is not in the line: it is named apart as not
// applying, with the purposes or activities it does not apply to where the
// notice says it for only some, as the full layer gives it with the
// notice's reason. The link goes to [Options.FullNoticeURL], else to the
// notice's own URL; with neither there is no link. For both layers on one
// page, link the short one to the full one's article:
//
//	render.Render(w, n, render.Options{Layer: render.Short, IDPrefix: "p-", FullNoticeURL: "#p-privacy-notice"})
//	render.Render(w, n, render.Options{IDPrefix: "p-", HeadingOffset: 1})
//
// The full layer gives the notice's URL, version and dates under its title.
//
// # Serving a notice
//
// [Handler] serves one notice, negotiating the language (?lang=, then
// Accept-Language) and the format (?format=, then Accept), with ?layer=short
// for the first layer. It renders everything once, up front, and answers
// with Content-Language, Vary and a strong ETag, and 304 Not Modified to a
// matching If-None-Match. Mount one handler per notice:
//
//	h, err := render.Handler(n, render.HandlerOptions{Stylesheet: true})
//	if err != nil {
//		log.Fatal(err)
//	}
//	mux.Handle("GET /tietosuoja", h)
//
// # Styling
//
// The HTML uses semantic elements (article, section, h1-h6, ul, dl, address,
// nav) and class names that begin with "seloste-", listed at [Stylesheet].
// Every heading has an id and, beside it, a visible link to itself
// ("#", named for screen readers after the heading); the full layer opens
// with a table of contents of its sections and their subsections; and
// [Options.NumberSections] numbers them. The fragment's stylesheet is scoped
// to the article, so it can be embedded in a site's own template; a [Page]
// adds a system font, a centred column, a dark scheme and print rules, and
// reflows to 320 CSS pixels without scrolling sideways. CI checks every
// bundled notice's pages in headless Chromium with axe-core, at 320 CSS
// pixels and in print.
//
// # Concurrency and determinism
//
// The templates are parsed once, when the package is initialised, and the
// catalog is read-only; [Render] and the handler are safe for concurrent use
// by multiple goroutines, and neither modifies the notice. The same notice
// and options always give the same bytes.
package render
