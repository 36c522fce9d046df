package render

import (
	"hash/maphash"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
)

// Content negotiation for [Handler]: which rendering a request asks for,
// by its query (?format=, ?layer=, ?lang=) and its Accept and
// Accept-Language headers, and a small cache of the outcomes, so that the
// requests of one browser, which send the same headers every time, are
// answered without parsing them again.

// result is the outcome of a negotiation: the rendering to serve, or the
// status and message of an error (400 for a bad query, 406 when nothing
// offered is acceptable).
type result struct {
	entry   *entry
	status  int
	message string
}

// negotiation is one cached outcome, with the inputs it was made from.
type negotiation struct {
	query, accept, acceptLanguage string
	result
}

// cacheSlots is the number of outcomes a handler keeps, and maxCached the
// longest inputs (query and both headers together, in bytes) it keeps one
// for: at most 256 KB of request text held, whatever the traffic.
const (
	cacheSlots = 256
	maxCached  = 1024
)

// negotiations is a cache of fixed size, indexed by a hash of the inputs;
// a new outcome replaces whatever held its slot. Slots are read and written
// atomically, so that requests share it without a lock, and an entry is
// never changed once stored.
type negotiations struct {
	seed  maphash.Seed
	slots [cacheSlots]atomic.Pointer[negotiation]
}

// negotiate returns the outcome for a request's raw query and its Accept
// and Accept-Language headers, from the cache when it holds them.
func (h *handler) negotiate(query, accept, acceptLanguage string) result {
	if len(query)+len(accept)+len(acceptLanguage) > maxCached {
		return h.decide(query, accept, acceptLanguage)
	}
	var mh maphash.Hash
	mh.SetSeed(h.cache.seed)
	mh.WriteString(query)
	mh.WriteByte(0)
	mh.WriteString(accept)
	mh.WriteByte(0)
	mh.WriteString(acceptLanguage)
	slot := &h.cache.slots[mh.Sum64()%cacheSlots]
	if c := slot.Load(); c != nil && c.query == query && c.accept == accept && c.acceptLanguage == acceptLanguage {
		return c.result
	}
	res := h.decide(query, accept, acceptLanguage)
	slot.Store(&negotiation{query: query, accept: accept, acceptLanguage: acceptLanguage, result: res})
	return res
}

// decide negotiates as [Handler] documents: the query first, then the
// headers.
func (h *handler) decide(query, accept, acceptLanguage string) result {
	q, _ := url.ParseQuery(query) // a malformed pair is skipped, as URL.Query does
	var f Format
	if v := q.Get("format"); v != "" {
		var ok bool
		if f, ok = formatParams[strings.ToLower(v)]; !ok {
			return result{status: http.StatusBadRequest,
				message: "400 bad request: unknown format " + strconv.Quote(v) + "; use html, fragment, markdown, text or json"}
		}
	} else {
		var ok bool
		if f, ok = negotiateFormat(accept); !ok {
			return result{status: http.StatusNotAcceptable,
				message: "406 not acceptable: this resource is available as text/html, text/markdown, text/plain and application/json"}
		}
	}
	layer := Full
	switch v := q.Get("layer"); strings.ToLower(v) {
	case "", "full":
	case "short":
		layer = Short
	default:
		return result{status: http.StatusBadRequest, message: "400 bad request: unknown layer " + strconv.Quote(v) + "; use full or short"}
	}
	k := key{format: JSON}
	if f != JSON {
		lang, _, ok := h.matcher.Match(q.Get("lang"), acceptLanguage)
		if !ok {
			return result{status: http.StatusNotAcceptable, message: h.notAcceptableLang}
		}
		k = key{lang, f, layer}
	}
	return result{entry: h.entries[k], status: http.StatusOK}
}

var formatParams = map[string]Format{
	"html": Page, "page": Page, "fragment": HTML,
	"markdown": Markdown, "md": Markdown,
	"text": Text, "txt": Text, "plain": Text,
	"json": JSON,
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
