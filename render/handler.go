package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/maphash"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// HandlerOptions configure [Handler]. The zero value serves pages without
// the default stylesheet, plain text wrapped at 80 columns, and falls back to
// the original language where a translation is missing.
type HandlerOptions struct {
	// Stylesheet includes the default stylesheet ([Stylesheet]) in HTML
	// pages and fragments.
	Stylesheet bool
	// Width is the column at which plain text is wrapped; 0 means 80.
	Width int
	// IDPrefix is put before every id of the HTML output.
	IDPrefix string
	// Strict makes Handler return an error, instead of a handler, when some
	// text of the notice has no translation in one of its languages.
	Strict bool
}

// Handler returns an http.Handler that serves the notice n in each of its
// languages (and their regional variants, such as sv-SE) and in each format,
// full or short. Every rendering is made once, when Handler is called, and
// never per request: the notice is built once for each language and layer
// and written in each format from that, and renderings that come out the
// same (sv and sv-SE of a notice without dates) share their bytes. The
// handler reads them without locking, is safe for concurrent use, and does
// not look at n again.
//
// A request is answered without parsing its headers again when the same
// query, Accept and Accept-Language were seen lately: the handler keeps the
// outcome of the last negotiations in a small cache of fixed size.
//
// The handler answers GET and HEAD at whatever path it is mounted; other
// methods get 405 Method Not Allowed. To serve several notices, mount one
// handler for each:
//
//	mux.Handle("GET /privacy/", h)
//	mux.Handle("GET /kiva/privacy/", kiva)
//
// # Language
//
// The language is the ?lang= query parameter if it names one, else the best
// match for the Accept-Language header, among the notice's declared
// languages that seloste supports ([i18n.Supported]; a regional variant such
// as sv-SE, which writes dates the Swedish way, is kept), as [i18n.Matcher]
// chooses. When nothing matches, the notice's original language is served.
// A notice none of whose languages the catalog has (German, Dutch) is
// served in every language of i18n.Supported, its own text shown in its
// language, and when nothing matches in the first of them (Finnish).
// A language the header refuses with q=0 ("fi;q=0", or "*;q=0" for those it
// does not name) is never chosen by the header or as the fallback; when it
// refuses every language of the notice, the answer is 406 Not Acceptable.
// A ?lang= value is the visitor's explicit choice and goes first.
//
// The response's Content-Language names the languages the rendering is
// actually in: the language served, then each language some of the
// notice's own text is shown in because the notice has no text in the
// language served ("sv, fi" for a Swedish page with a Finnish paragraph
// that has no translation; "fi, de" for the Finnish page of a German
// notice, whose language the catalog lacks). JSON names every language of
// the notice.
//
// # Format
//
// The format is the ?format= query parameter, one of html (a whole page),
// fragment (an HTML fragment to embed), markdown (or md), text (or txt) and
// json (the canonical JSON of the notice, [notice.EncodeJSON], for every
// language), else the best match for the Accept header among text/html,
// text/markdown, text/plain and application/json, in that order of
// preference where the client's weights tie. A request without an Accept
// header gets the HTML page. An Accept header that admits none of the four
// types gets 406 Not Acceptable, listing them; an unknown ?format= or
// ?layer= value gets 400 Bad Request.
//
// # Layer
//
// ?layer=short serves the first layer of a layered notice ([Short]);
// ?layer=full or none the full notice. The short layer links to the full
// one at the handler's own address: a relative link that keeps the language
// and, for Markdown and plain text, the format (?layer=full&lang=sv,
// ?layer=full&lang=sv&format=markdown). Resolved against the URL the short
// layer was served from, it reaches this handler wherever it is mounted.
//
// # Caching
//
// Every response carries Vary: Accept, Accept-Language and a strong ETag
// made of the notice's content hash ([notice.Notice.Hash]), the language,
// format and layer, and a digest of the bytes served. A request whose
// If-None-Match holds that tag gets 304 Not Modified.
func Handler(n *notice.Notice, opts HandlerOptions) (http.Handler, error) {
	if n == nil {
		return nil, fmt.Errorf("render: nil notice")
	}
	hash, err := n.Hash()
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	h := &handler{hash: strings.TrimPrefix(hash, "sha256:")[:16], entries: map[key]*entry{}}
	h.cache.seed = maphash.MakeSeed()
	// The declared languages seloste supports, original first, and with
	// them their regional variants (sv-SE).
	var offered, served []language.Tag
	for _, t := range n.Languages {
		// A declared language is offered as the supported language it is
		// written in: fi-FI as fi; de not at all.
		b := i18n.Base(t)
		if lb, _ := b.Base(); lb != baseOf(t) || slices.Contains(offered, b) {
			continue
		}
		offered = append(offered, b)
	}
	if len(offered) == 0 {
		offered = slices.Clone(i18n.Supported)
	}
	served = slices.Clone(offered)
	for _, v := range i18n.Variants() {
		if slices.Contains(offered, i18n.Base(v)) {
			served = append(served, v)
		}
	}
	h.matcher = i18n.NewMatcher(served)
	var langs []string
	for _, t := range n.Languages {
		langs = append(langs, t.String())
	}
	allLangs := strings.Join(langs, ", ")
	var names []string
	for _, t := range offered {
		names = append(names, t.String())
	}
	h.notAcceptableLang = "406 not acceptable: this resource is available in " + strings.Join(names, ", ")

	bodies := map[[sha256.Size]byte][]byte{} // one copy of each distinct rendering
	add := func(k key, body []byte, contentLang string) {
		sum := sha256.Sum256(body)
		if b, ok := bodies[sum]; ok {
			body = b
		} else {
			body = bytes.Clone(body) // kept for the handler's life: no spare capacity
			bodies[sum] = body
		}
		h.entries[k] = newEntry(k, body, sum, h.hash, contentLang)
	}
	js, err := notice.EncodeJSON(n)
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	add(key{format: JSON}, js, allLangs)
	var buf bytes.Buffer
	for _, t := range served {
		for _, l := range []Layer{Full, Short} {
			// One tree for the HTML formats, and one for each of the others,
			// whose short layers link to the full notice in their own format.
			for _, family := range [][]Format{{Page, HTML}, {Markdown}, {Text}} {
				o := Options{Lang: t, Format: family[0], Layer: l,
					Stylesheet: opts.Stylesheet, Width: opts.Width, IDPrefix: opts.IDPrefix, Strict: opts.Strict,
					FullNoticeURL: fullLayerURL(key{t, family[0], l})}
				d, err := build(n, o)
				if err != nil {
					return nil, err
				}
				for _, f := range family {
					o.Format = f
					buf.Reset()
					if err := write(&buf, d, o); err != nil {
						return nil, err
					}
					add(key{t, f, l}, buf.Bytes(), d.contentLanguage())
				}
			}
		}
	}
	return h, nil
}

type handler struct {
	hash              string
	matcher           *i18n.Matcher  // over the languages served
	notAcceptableLang string         // the answer when every offered language is refused
	entries           map[key]*entry // every rendering, made by Handler; read-only afterwards
	cache             negotiations
}

type key struct {
	lang   language.Tag
	format Format
	layer  Layer
}

// entry is one rendering, ready to serve. Its header values are slices of
// their own, set into a response's header as they are: a slice of one with
// no spare capacity, so that a middleware that adds a value (to Vary, say)
// makes a new slice and leaves the entry's alone.
type entry struct {
	body        []byte
	etag        string
	etagValue   []string
	contentType []string
	lang        []string
	length      []string
}

func one(s string) []string { return []string{s}[:1:1] }

var contentTypes = map[Format]string{
	Page:     "text/html; charset=utf-8",
	HTML:     "text/html; charset=utf-8",
	Markdown: "text/markdown; charset=utf-8; variant=CommonMark",
	Text:     "text/plain; charset=utf-8",
	JSON:     "application/json",
}

// newEntry makes the entry for a rendering: its ETag names the notice's
// hash, the language, format and layer, and the digest of the body;
// contentLang is its Content-Language, the languages it is in.
func newEntry(k key, body []byte, sum [sha256.Size]byte, hash, contentLang string) *entry {
	etag := `"` + hash + "-json-" + hex.EncodeToString(sum[:4]) + `"`
	if k.format != JSON {
		etag = `"` + hash + "-" + k.lang.String() + "-" + k.format.String() + "-" + k.layer.String() + "-" + hex.EncodeToString(sum[:4]) + `"`
	}
	return &entry{body: body, etag: etag, etagValue: one(etag), contentType: one(contentTypes[k.format]),
		lang: one(contentLang), length: one(strconv.Itoa(len(body)))}
}

// fullLayerURL returns the link from the short layer of k to the full
// layer, relative to the handler's address: the same language and, for
// Markdown and text, the same format. An HTML fragment links to the page.
func fullLayerURL(k key) string {
	if k.layer != Short {
		return ""
	}
	u := "?layer=full&lang=" + k.lang.String()
	switch k.format {
	case Markdown, Text:
		u += "&format=" + k.format.String()
	}
	return u
}

var (
	varyValue    = one("Accept, Accept-Language")
	nosniffValue = one("nosniff")
)

// ServeHTTP negotiates and serves one cached rendering, as [Handler] documents.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	hdr := w.Header()
	hdr["Vary"] = varyValue
	res := h.negotiate(r.URL.RawQuery, headerValue(r.Header, "Accept"), headerValue(r.Header, "Accept-Language"))
	if res.status != http.StatusOK {
		http.Error(w, res.message, res.status)
		return
	}
	e := res.entry
	hdr["Etag"] = e.etagValue
	hdr["Content-Language"] = e.lang
	if inm, ok := r.Header["If-None-Match"]; ok && etagMatch(strings.Join(inm, ","), e.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	hdr["Content-Type"] = e.contentType
	hdr["Content-Length"] = e.length
	hdr["X-Content-Type-Options"] = nosniffValue
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(e.body)
	}
}

// headerValue returns the values of a request header field, joined with
// commas as RFC 9110 (section 5.3) allows when it is sent on several lines.
func headerValue(h http.Header, name string) string {
	switch v := h[name]; len(v) {
	case 0:
		return ""
	case 1:
		return v[0]
	default:
		return strings.Join(v, ", ")
	}
}

// etagMatch reports whether an If-None-Match header matches etag, by the
// weak comparison RFC 9110 prescribes for it.
func etagMatch(header, etag string) bool {
	header = strings.TrimSpace(header)
	if header == "" {
		return false
	}
	if header == "*" {
		return true
	}
	for t := range strings.SplitSeq(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag {
			return true
		}
	}
	return false
}

func baseOf(t language.Tag) language.Base {
	b, _ := t.Base()
	return b
}
