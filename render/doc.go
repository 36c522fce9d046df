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
// The sections follow Articles 13 and 14 in the order of Finnish notices:
// the controller, its representative, the contact persons, the data
// protection officer and the joint controllers; the register with its
// purposes and legal bases, data subjects, personal data (special categories
// marked), sources, recipients by role, transfers with their mechanism and
// safeguards, retention periods, automated decision-making, further
// processing and exemptions; security; the rights, and the right to lodge a
// complaint with the supervisory authority; then the notice's own sections.
// A notice with several activities (KiVa Koulu has ten) gives what they share
// once, under "Kaikkia käsittelytoimia koskevat tiedot", and then each
// activity in turn with the items that are its own.
//
// Headings are the official terms of the i18n catalog, and every GDPR code is
// said in its official term in the reader's language, with the article that
// defines it written in that language's citation style ("6 artiklan 1 kohdan
// a alakohta", "artikel 6.1 a", "Article 6(1)(a)"). National law is cited
// the same way, with the statute's current name from [notice.Statutes]
// ("tietosuojalain (1050/2018) 4 §:n 2 kohta"); a name the notice gives
// itself follows in parentheses. When the rights include the right to object,
// it is also set apart in a block of its own with the words of Art 21(1), as
// Art 21(4) requires ("presented clearly and separately from any other
// information"). An item the notice declares not applicable is shown as the
// notice's reason; an item the notice leaves out is not shown at all.
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
// [Options.Lang] is matched against [i18n.Supported]; a regional variant the
// catalog models, such as sv-SE (dates written 2023-08-22), is kept. A text
// the notice does not have in that language falls back to the original
// language, and in HTML the element that holds it carries its own lang
// attribute. With [Options.Strict], a missing translation is instead an
// error that wraps [ErrMissingTranslation] and names each text by its JSON
// Pointer. When the language is one of the notice's unofficial translations,
// the output says so and names the original language.
//
// # The layered notice
//
// [Short] renders the first layer that the EDPB transparency guidelines
// recommend, from the same notice: who the controller is, with all its
// contact details (and the data protection officer's), the purposes and
// legal bases of each activity, transfers outside the EU/EEA or the notice's
// word that there are none, the rights in a line with how to exercise them
// and the right to object set apart, where to complain, and a link to the
// full notice. The link goes to [Options.FullNoticeURL], else to the
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
