package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
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
// never per request; the handler reads them without locking, is safe for
// concurrent use, and does not look at n again.
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
// A language the header refuses with q=0 ("fi;q=0", or "*;q=0" for those it
// does not name) is never chosen by the header or as the fallback; when it
// refuses every language of the notice, the answer is 406 Not Acceptable.
// A ?lang= value is the visitor's explicit choice and goes first. The
// response's Content-Language names the language served.
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
// anything else the full notice. The short layer links to the full one by
// the notice's URL, or, in HTML, by an anchor to the full notice on the same
// page.
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
	h := &handler{n: n, opts: opts, hash: strings.TrimPrefix(hash, "sha256:")[:16], cache: map[key]*entry{}}
	for _, t := range n.Languages {
		// A declared language is offered as the supported language it is
		// written in: fi-FI as fi; de not at all.
		b := i18n.Base(t)
		if lb, _ := b.Base(); lb != baseOf(t) || slices.Contains(h.offered, b) {
			continue
		}
		h.offered = append(h.offered, b)
	}
	if len(h.offered) == 0 {
		h.offered = slices.Clone(i18n.Supported)
	}
	h.served = slices.Clone(h.offered)
	for _, v := range i18n.Variants() {
		if slices.Contains(h.offered, i18n.Base(v)) {
			h.served = append(h.served, v)
		}
	}
	h.matcher = i18n.NewMatcher(h.served)
	var langs []string
	for _, t := range n.Languages {
		langs = append(langs, t.String())
	}
	h.allLangs = strings.Join(langs, ", ")
	var offered []string
	for _, t := range h.offered {
		offered = append(offered, t.String())
	}
	h.langList = strings.Join(offered, ", ")

	keys := []key{{format: JSON}}
	for _, t := range h.served {
		for _, f := range []Format{Page, HTML, Markdown, Text} {
			for _, l := range []Layer{Full, Short} {
				keys = append(keys, key{t, f, l})
			}
		}
	}
	for _, k := range keys {
		e, err := h.makeEntry(k)
		if err != nil {
			return nil, err
		}
		h.cache[k] = e
	}
	return h, nil
}

type handler struct {
	n        *notice.Notice
	opts     HandlerOptions
	hash     string
	offered  []language.Tag // the declared languages seloste supports, original first
	served   []language.Tag // offered and their regional variants (sv-SE)
	matcher  *i18n.Matcher
	allLangs string         // the declared languages, for the JSON's Content-Language
	langList string         // the offered languages, for a 406
	cache    map[key]*entry // every rendering, made by Handler; read-only afterwards
}

type key struct {
	lang   language.Tag
	format Format
	layer  Layer
}

// entry is one rendering, ready to serve.
type entry struct {
	body        []byte
	etag        string
	contentType string
	lang        string
	length      string
}

var contentTypes = map[Format]string{
	Page:     "text/html; charset=utf-8",
	HTML:     "text/html; charset=utf-8",
	Markdown: "text/markdown; charset=utf-8; variant=CommonMark",
	Text:     "text/plain; charset=utf-8",
	JSON:     "application/json",
}

// makeEntry renders k.
func (h *handler) makeEntry(k key) (*entry, error) {
	body, err := render(h.n, Options{Lang: k.lang, Format: k.format, Layer: k.layer,
		Stylesheet: h.opts.Stylesheet, Width: h.opts.Width, IDPrefix: h.opts.IDPrefix, Strict: h.opts.Strict})
	if err != nil {
		return nil, err
	}
	body = bytes.Clone(body) // kept for the handler's life: no spare capacity
	sum := sha256.Sum256(body)
	e := &entry{body: body, contentType: contentTypes[k.format], length: strconv.Itoa(len(body))}
	if k.format == JSON {
		e.lang = h.allLangs
		e.etag = `"` + h.hash + "-json-" + hex.EncodeToString(sum[:4]) + `"`
	} else {
		e.lang = k.lang.String()
		e.etag = `"` + h.hash + "-" + e.lang + "-" + k.format.String() + "-" + k.layer.String() + "-" + hex.EncodeToString(sum[:4]) + `"`
	}
	return e, nil
}

var formatParams = map[string]Format{
	"html": Page, "page": Page, "fragment": HTML,
	"markdown": Markdown, "md": Markdown,
	"text": Text, "txt": Text, "plain": Text,
	"json": JSON,
}

// ServeHTTP negotiates and serves one cached rendering, as [Handler] documents.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
		return
	}
	hdr := w.Header()
	hdr.Set("Vary", "Accept, Accept-Language")
	q := r.URL.Query()

	var f Format
	if v := q.Get("format"); v != "" {
		var ok bool
		if f, ok = formatParams[strings.ToLower(v)]; !ok {
			http.Error(w, "400 bad request: unknown format "+strconv.Quote(v)+"; use html, fragment, markdown, text or json", http.StatusBadRequest)
			return
		}
	} else {
		var ok bool
		if f, ok = negotiateFormat(r.Header.Get("Accept")); !ok {
			http.Error(w, "406 not acceptable: this resource is available as text/html, text/markdown, text/plain and application/json", http.StatusNotAcceptable)
			return
		}
	}
	layer := Full
	switch v := q.Get("layer"); strings.ToLower(v) {
	case "", "full":
	case "short":
		layer = Short
	default:
		http.Error(w, "400 bad request: unknown layer "+strconv.Quote(v)+"; use full or short", http.StatusBadRequest)
		return
	}
	k := key{format: JSON}
	if f != JSON {
		lang, ok := h.language(q.Get("lang"), r.Header.Get("Accept-Language"))
		if !ok {
			http.Error(w, "406 not acceptable: this resource is available in "+h.langList, http.StatusNotAcceptable)
			return
		}
		k = key{lang, f, layer}
	}
	e := h.cache[k]
	hdr.Set("ETag", e.etag)
	hdr.Set("Content-Language", e.lang)
	if etagMatch(r.Header.Get("If-None-Match"), e.etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	hdr.Set("Content-Type", e.contentType)
	hdr.Set("Content-Length", e.length)
	hdr.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(e.body)
	}
}

// language returns the language to serve for a ?lang= value and an
// Accept-Language header, the parameter first: one of the served languages,
// or the first the header does not refuse when nothing matches; false when
// the header refuses them all.
func (h *handler) language(param, accept string) (language.Tag, bool) {
	t, _, ok := h.matcher.Match(param, accept)
	return t, ok
}

// negotiateFormat chooses the format for an Accept header.
func negotiateFormat(accept string) (Format, bool) {
	if strings.TrimSpace(accept) == "" {
		return Page, true
	}
	ranges := parseAccept(accept)
	offers := []struct {
		typ, sub string
		f        Format
	}{{"text", "html", Page}, {"text", "markdown", Markdown}, {"text", "plain", Text}, {"application", "json", JSON}}
	best, bestQ := Format(-1), 0.0
	for _, o := range offers {
		q, spec := 0.0, -1
		for _, m := range ranges {
			s := -1
			switch {
			case m.typ == o.typ && m.sub == o.sub:
				s = 2
			case m.typ == o.typ && m.sub == "*":
				s = 1
			case m.typ == "*" && m.sub == "*":
				s = 0
			}
			if s > spec {
				spec, q = s, m.q
			}
		}
		if q > bestQ {
			best, bestQ = o.f, q
		}
	}
	return best, best >= 0
}

type mediaRange struct {
	typ, sub string
	q        float64
}

// parseAccept parses an Accept header; malformed ranges are skipped.
func parseAccept(h string) []mediaRange {
	var out []mediaRange
	for part := range strings.SplitSeq(h, ",") {
		fields := strings.Split(part, ";")
		typ, sub, ok := strings.Cut(strings.ToLower(strings.TrimSpace(fields[0])), "/")
		if !ok || typ == "" || sub == "" {
			continue
		}
		m := mediaRange{typ: typ, sub: sub, q: 1}
		for _, p := range fields[1:] {
			name, val, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(name), "q") {
				if q, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil && q >= 0 && q <= 1 {
					m.q = q
				} else {
					m.q = 0
				}
			}
		}
		out = append(out, m)
	}
	return out
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
