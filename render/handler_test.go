package render

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
)

func kivaHandler(t testing.TB) (http.Handler, *notice.Notice) {
	t.Helper()
	n, err := examples.Load("kiva-koulu")
	require.NoError(t, err)
	h, err := Handler(n, HandlerOptions{})
	require.NoError(t, err)
	return h, n
}

func get(h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestHandlerNegotiation(t *testing.T) {
	h, n := kivaHandler(t)
	json, err := notice.EncodeJSON(n)
	require.NoError(t, err)
	page := func(lang string) []byte {
		b, err := render(n, Options{Lang: language.MustParse(lang), Format: Page})
		require.NoError(t, err)
		return b
	}
	for _, tc := range []struct {
		name, target string
		header       []string
		status       int
		ctype, lang  string
		reason       string
	}{
		{"default", "/", nil, 200, "text/html; charset=utf-8", "fi",
			"no preferences: the HTML page in the original language"},
		{"lang param", "/?lang=sv", nil, 200, "text/html; charset=utf-8", "sv", "?lang= chooses the language"},
		{"lang param wins", "/?lang=en", []string{"Accept-Language", "sv"}, 200, "text/html; charset=utf-8", "en",
			"?lang= goes before Accept-Language"},
		{"accept-language", "/", []string{"Accept-Language", "en-GB,en;q=0.9,fi;q=0.5"}, 200, "text/html; charset=utf-8", "en",
			"the best match of Accept-Language"},
		{"accept-language q", "/", []string{"Accept-Language", "fi;q=0.2, sv;q=0.8"}, 200, "text/html; charset=utf-8", "sv",
			"weights count, not order"},
		{"sv-FI", "/", []string{"Accept-Language", "sv-FI"}, 200, "text/html; charset=utf-8", "sv",
			"Finland-Swedish is sv"},
		{"sv-SE", "/", []string{"Accept-Language", "sv-SE"}, 200, "text/html; charset=utf-8", "sv-SE",
			"Sweden-Swedish is a variant i18n models (its dates)"},
		{"unsupported language", "/", []string{"Accept-Language", "de-DE,de;q=0.9"}, 200, "text/html; charset=utf-8", "fi",
			"nothing matches: the original"},
		{"bad lang param", "/?lang=%%%", []string{"Accept-Language", "en"}, 200, "text/html; charset=utf-8", "en",
			"a malformed ?lang= is ignored"},
		{"format param", "/?format=md", nil, 200, "text/markdown; charset=utf-8; variant=CommonMark", "fi", "?format=md"},
		{"format fragment", "/?format=fragment", nil, 200, "text/html; charset=utf-8", "fi", "?format=fragment"},
		{"format param wins", "/?format=text", []string{"Accept", "text/html"}, 200, "text/plain; charset=utf-8", "fi",
			"?format= goes before Accept"},
		{"accept markdown", "/", []string{"Accept", "text/markdown"}, 200, "text/markdown; charset=utf-8; variant=CommonMark", "fi", "Accept: text/markdown"},
		{"accept plain", "/", []string{"Accept", "text/plain"}, 200, "text/plain; charset=utf-8", "fi", "Accept: text/plain"},
		{"accept json", "/", []string{"Accept", "application/json"}, 200, "application/json", "fi, sv, en",
			"JSON holds every language"},
		{"browser", "/", []string{"Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}, 200, "text/html; charset=utf-8", "fi",
			"what browsers send"},
		{"wildcard", "/", []string{"Accept", "*/*"}, 200, "text/html; charset=utf-8", "fi", "*/*: the first offer"},
		{"text wildcard", "/", []string{"Accept", "text/*"}, 200, "text/html; charset=utf-8", "fi", "text/*: the first text offer"},
		{"weights", "/", []string{"Accept", "text/html;q=0.1, text/plain"}, 200, "text/plain; charset=utf-8", "fi", "the client's weights win"},
		{"refused", "/", []string{"Accept", "text/html;q=0, */*"}, 200, "text/markdown; charset=utf-8; variant=CommonMark", "fi",
			"q=0 refuses a type"},
		{"not acceptable", "/", []string{"Accept", "image/png"}, 406, "", "", "nothing acceptable: 406"},
		{"bad format", "/?format=pdf", nil, 400, "", "", "an unknown ?format= is a client error"},
		{"bad layer", "/?layer=medium", nil, 400, "", "", "an unknown ?layer= is a client error"},
		{"short", "/?layer=short&format=text&lang=en", nil, 200, "text/plain; charset=utf-8", "en", "?layer=short"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := get(h, "GET", tc.target, tc.header...)
			require.Equal(t, tc.status, w.Code, tc.reason)
			assert.Equal(t, "Accept, Accept-Language", w.Header().Get("Vary"), tc.reason)
			if tc.status != 200 {
				return
			}
			assert.Equal(t, tc.ctype, w.Header().Get("Content-Type"), tc.reason)
			assert.Equal(t, tc.lang, w.Header().Get("Content-Language"), tc.reason)
			assert.Equal(t, fmt.Sprint(w.Body.Len()), w.Header().Get("Content-Length"))
			assert.Equal(t, "nosniff", w.Header().Get("X-Content-Type-Options"))
			etag := w.Header().Get("ETag")
			assert.Regexp(t, `^"[0-9a-f]{16}-[a-zA-Z-]+-[a-z]+-[a-z]+-[0-9a-f]{8}"$|^"[0-9a-f]{16}-json-[0-9a-f]{8}"$`, etag, "a strong ETag")
		})
	}
	assert.Equal(t, json, get(h, "GET", "/?format=json").Body.Bytes(), "JSON is notice.EncodeJSON")
	assert.Equal(t, page("sv"), get(h, "GET", "/?lang=sv").Body.Bytes(), "the page is Render's")
	assert.Contains(t, get(h, "GET", "/?format=text", "Accept-Language", "sv-SE").Body.String(), "Dataskyddsmeddelande")
	assert.Contains(t, get(h, "GET", "/?format=text&layer=short").Body.String(), "Tietosuojaselosteen tiivistelmä")
}

func TestHandlerETags(t *testing.T) {
	h, _ := kivaHandler(t)
	fresh, _ := kivaHandler(t)
	seen := map[string]string{}
	for _, target := range []string{"/?lang=fi", "/?lang=sv", "/?lang=en", "/?format=md", "/?format=text", "/?format=json",
		"/?layer=short", "/?format=fragment", "/?format=fragment&layer=short"} {
		w := get(h, "GET", target)
		require.Equal(t, 200, w.Code)
		etag := w.Header().Get("ETag")
		if prev, dup := seen[etag]; dup {
			t.Errorf("%s and %s share the ETag %s", prev, target, etag)
		}
		seen[etag] = target

		again := get(fresh, "GET", target)
		assert.Equal(t, etag, again.Header().Get("ETag"), "a handler built anew for the same notice gives the same ETag")

		for _, inm := range []string{etag, "W/" + etag, `"other", ` + etag, "*"} {
			nm := get(h, "GET", target, "If-None-Match", inm)
			assert.Equal(t, http.StatusNotModified, nm.Code, "If-None-Match: %s", inm)
			assert.Empty(t, nm.Body.Bytes())
			assert.Equal(t, etag, nm.Header().Get("ETag"))
			assert.Equal(t, "Accept, Accept-Language", nm.Header().Get("Vary"))
		}
		stale := get(h, "GET", target, "If-None-Match", `"stale"`)
		assert.Equal(t, 200, stale.Code)
	}

	// The ETag follows the notice's content.
	n, err := examples.Load("kiva-koulu")
	require.NoError(t, err)
	n.Title[language.Finnish] = "Muutettu otsikko"
	h2, err := Handler(n, HandlerOptions{})
	require.NoError(t, err)
	assert.NotEqual(t, get(h, "GET", "/").Header().Get("ETag"), get(h2, "GET", "/").Header().Get("ETag"))
}

func TestHandlerMethods(t *testing.T) {
	h, _ := kivaHandler(t)
	g := get(h, "GET", "/?format=text")
	hd := get(h, "HEAD", "/?format=text")
	assert.Equal(t, 200, hd.Code)
	assert.Empty(t, hd.Body.Bytes(), "HEAD has no body")
	assert.Equal(t, g.Header().Get("Content-Length"), hd.Header().Get("Content-Length"))
	assert.Equal(t, g.Header().Get("ETag"), hd.Header().Get("ETag"))
	assert.Equal(t, http.StatusNotModified, get(h, "HEAD", "/?format=text", "If-None-Match", g.Header().Get("ETag")).Code)

	for _, m := range []string{"POST", "PUT", "DELETE", "OPTIONS"} {
		w := get(h, m, "/")
		assert.Equal(t, http.StatusMethodNotAllowed, w.Code, m)
		assert.Equal(t, "GET, HEAD", w.Header().Get("Allow"), m)
	}
}

func TestHandlerErrors(t *testing.T) {
	_, err := Handler(nil, HandlerOptions{})
	assert.Error(t, err)

	n, err := examples.Load("vipu")
	require.NoError(t, err)
	delete(n.Activities[0].Name, language.Swedish)
	_, err = Handler(n, HandlerOptions{Strict: true})
	assert.ErrorIs(t, err, ErrMissingTranslation, "Strict: a missing translation fails the handler")
	_, err = Handler(n, HandlerOptions{})
	assert.NoError(t, err, "otherwise it falls back")
}

// TestHandlerOfferedLanguages checks a notice in one language: every request
// gets that language, which is its original.
func TestHandlerOfferedLanguages(t *testing.T) {
	n, err := examples.Load("vipu")
	require.NoError(t, err)
	n.Languages = []language.Tag{language.English}
	h, err := Handler(n, HandlerOptions{})
	require.NoError(t, err)
	for _, al := range []string{"", "fi", "sv-SE", "de"} {
		assert.Equal(t, "en", get(h, "GET", "/", "Accept-Language", al).Header().Get("Content-Language"), al)
	}
}

// TestHandlerConcurrent serves many requests at once, through and around
// the negotiation cache; run with -race.
func TestHandlerConcurrent(t *testing.T) {
	h, n := kivaHandler(t)
	sv, svSE := language.Swedish, language.MustParse("sv-SE")
	targets := []struct {
		target, al string
		opts       Options // what the handler should serve
	}{
		{"/", "", Options{Lang: language.Finnish, Format: Page}},
		{"/?lang=sv", "", Options{Lang: sv, Format: Page}},
		{"/?format=md", "en", Options{Lang: language.English, Format: Markdown}},
		{"/?format=json", "", Options{Format: JSON}},
		{"/?layer=short", "sv-SE", Options{Lang: svSE, Format: Page, Layer: Short, FullNoticeURL: "?layer=full&lang=sv-SE"}},
		{"/?format=text", "sv-SE", Options{Lang: svSE, Format: Text}},
		{"/?format=fragment", "en", Options{Lang: language.English, Format: HTML}},
	}
	want := map[int][]byte{}
	for i, tc := range targets {
		var buf bytes.Buffer
		require.NoError(t, Render(&buf, n, tc.opts))
		want[i] = buf.Bytes()
	}
	var wg sync.WaitGroup
	errs := make(chan string, 1000)
	for g := range 16 {
		wg.Go(func() {
			for i := range 50 {
				k := (g + i) % len(targets)
				// A suffix that changes nothing but the cache's slot, so
				// that goroutines replace each other's cached outcomes.
				al := targets[k].al + fmt.Sprintf(", x-%d;q=0.1", (g*50+i)%(3*cacheSlots))
				w := get(h, "GET", targets[k].target, "Accept-Language", al)
				if w.Code != 200 || !bytes.Equal(w.Body.Bytes(), want[k]) {
					errs <- fmt.Sprintf("%s: status %d or body differs", targets[k].target, w.Code)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestParseAccept(t *testing.T) {
	assert.Equal(t, []mediaRange{{"text", "html", 1}, {"text", "plain", 0.5}}, parseAccept("text/html, text/plain;q=0.5"))
	assert.Equal(t, []mediaRange{{"text", "plain", 0}}, parseAccept("text/plain;q=2, garbage, /x"), "a bad weight counts as 0")
	f, ok := negotiateFormat("")
	assert.True(t, ok)
	assert.Equal(t, Page, f)
	_, ok = negotiateFormat("application/pdf, text/*;q=0")
	assert.False(t, ok)
	assert.True(t, strings.HasPrefix(contentTypes[Markdown], "text/markdown"))
}

// TestHandlerRefusedLanguage: a language the visitor refuses with q=0 is
// never served, and refusing every language of the notice gets 406.
func TestHandlerRefusedLanguage(t *testing.T) {
	n := load(t, "vipu") // fi, sv, en
	h, err := Handler(n, HandlerOptions{})
	require.NoError(t, err)
	for _, tc := range []struct {
		acceptLanguage, query string
		status                int
		lang                  string
		reason                string
	}{
		{"fi;q=0", "", 200, "sv", "the original refused: the next declared language"},
		{"fi;q=0, *", "", 200, "sv", "anything but Finnish"},
		{"*;q=0.1, fi;q=0", "", 200, "sv", "the refusal counts wherever it stands"},
		{"sv-SE;q=0, fi;q=0, sv", "", 200, "sv", "Sweden-Swedish refused, Finland-Swedish asked for"},
		{"sv;q=0, fi;q=0", "", 200, "en", "two refused"},
		{"fi;q=0, sv;q=0, en;q=0", "", 406, "", "every language of the notice refused"},
		{"de, *;q=0", "", 406, "", "only German, which the notice does not have"},
		{"fi;q=0, sv;q=0, en;q=0", "lang=en", 200, "en", "?lang= is the visitor's explicit choice"},
	} {
		t.Run(tc.acceptLanguage+"&"+tc.query, func(t *testing.T) {
			w := get(h, "GET", "/?format=text&"+tc.query, "Accept-Language", tc.acceptLanguage)
			require.Equal(t, tc.status, w.Code, tc.reason)
			if tc.status == 200 {
				assert.Equal(t, tc.lang, w.Header().Get("Content-Language"), tc.reason)
			} else {
				assert.Contains(t, w.Body.String(), "fi, sv, en", "the 406 names the languages there are")
			}
		})
	}
}

// TestHandlerServesRender: every rendering the handler serves is the one
// Render makes with the same options, byte for byte, although the handler
// builds each language and layer once for several formats and shares equal
// renderings.
func TestHandlerServesRender(t *testing.T) {
	n := load(t, "kiva-koulu")
	opts := HandlerOptions{Stylesheet: true, Width: 60, IDPrefix: "k-"}
	h, err := Handler(n, opts)
	require.NoError(t, err)
	formats := map[string]Format{"html": Page, "fragment": HTML, "md": Markdown, "text": Text}
	for _, lang := range []string{"fi", "sv", "sv-SE", "en"} {
		for param, f := range formats {
			for _, layer := range []Layer{Full, Short} {
				target := fmt.Sprintf("/?lang=%s&format=%s&layer=%s", lang, param, layer)
				w := get(h, "GET", target)
				require.Equal(t, 200, w.Code, target)
				tag := language.MustParse(lang)
				want, err := render(n, Options{Lang: tag, Format: f, Layer: layer,
					Stylesheet: opts.Stylesheet, Width: opts.Width, IDPrefix: opts.IDPrefix,
					FullNoticeURL: fullLayerURL(key{tag, f, layer})})
				require.NoError(t, err)
				assert.Equal(t, string(want), w.Body.String(), target)
				assert.Equal(t, lang, w.Header().Get("Content-Language"), target)
			}
		}
	}
}

// TestHandlerNegotiationCache: a request whose query and headers the
// handler has seen is answered from its cache, without parsing anything
// (so without allocating); answers are the same with the cache full, with
// its slots replaced, and for inputs too long to keep.
func TestHandlerNegotiationCache(t *testing.T) {
	h, _ := kivaHandler(t)
	r := browser()
	w := newNetWriter()
	serve := func() {
		w.reset()
		h.ServeHTTP(w, r)
		w.finish()
	}
	serve()
	assert.Zero(t, testing.AllocsPerRun(100, serve), "a request seen before is answered without parsing")
	assert.Equal(t, "sv", w.h.Get("Content-Language"))

	// Many distinct requests, more than the cache holds, twice over: each
	// answer through the cache is the one negotiated afresh.
	hh := h.(*handler)
	langs := []string{"fi", "sv", "sv-SE", "en", "de", "fi;q=0", "sv;q=0, fi;q=0", "*;q=0"}
	accepts := []string{"text/html", "text/plain", "text/markdown", "application/json", "image/png", "*/*;q=0.5, text/plain"}
	queries := []string{"", "layer=short", "format=fragment", "lang=en", "format=pdf"}
	seen := map[result]bool{}
	for round := range 2 {
		for i := range 3 * cacheSlots {
			q, a := queries[i%len(queries)], accepts[i/len(queries)%len(accepts)]
			al := langs[i/7%len(langs)] + fmt.Sprintf(", x-%d;q=0.1", i%97)
			want := hh.decide(q, a, al)
			require.Equal(t, want, hh.negotiate(q, a, al), "round %d: ?%s, Accept %s, Accept-Language %s", round, q, a, al)
			seen[want] = true
		}
	}
	assert.Greater(t, len(seen), 20, "the requests ask for many different things")

	// Inputs too long to keep are answered all the same.
	long := "text/html;q=0.1, " + strings.Repeat("image/png, ", maxCached/10) + "text/plain"
	for range 2 {
		w := get(h, "GET", "/", "Accept", long, "Accept-Language", "en")
		assert.Equal(t, "text/plain; charset=utf-8", w.Header().Get("Content-Type"))
		assert.Equal(t, "en", w.Header().Get("Content-Language"))
	}

	// A header sent on two lines is one list.
	req := httptest.NewRequest("GET", "/", nil)
	req.Header["Accept-Language"] = []string{"de", "sv;q=0.5"}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	assert.Equal(t, "sv", rec.Header().Get("Content-Language"))
}

// TestHandlerContentLanguage: Content-Language names the languages a
// response is actually in: the language served, and each language some of
// the notice's own text is shown in because it has none in that language.
func TestHandlerContentLanguage(t *testing.T) {
	n := load(t, "vipu")
	delete(n.Activities[0].Name, language.Swedish)
	delete(n.Activities[0].Purposes[0].Description, language.Swedish)
	h, err := Handler(n, HandlerOptions{})
	require.NoError(t, err)
	for _, tc := range []struct {
		target, want, reason string
	}{
		{"/?lang=fi", "fi", "the original, complete"},
		{"/?lang=en", "en", "a complete translation"},
		{"/?lang=sv", "sv, fi", "the activity's name has no Swedish text: shown in Finnish"},
		{"/?lang=sv&format=text&layer=short", "sv, fi", "the short layer gives the purpose too"},
		{"/?lang=sv-SE&format=md", "sv-SE, fi", "a regional variant, as served"},
		{"/?format=json", "fi, sv, en", "JSON holds every language"},
	} {
		w := get(h, "GET", tc.target)
		require.Equal(t, 200, w.Code, tc.target)
		assert.Equal(t, tc.want, w.Header().Get("Content-Language"), "%s: %s", tc.target, tc.reason)
		assert.Equal(t, strings.Contains(tc.want, ", fi") && !strings.Contains(tc.target, "json"),
			strings.Contains(w.Body.String(), "fi]"), "%s: the body marks the Finnish text exactly when the header names it", tc.target)
	}

	// A notice in a language the catalog lacks: served in a supported
	// language, with its own text in German, and labelled so.
	src, err := os.ReadFile("../testdata/corpus/09-tum-peer.yaml")
	require.NoError(t, err)
	de, err := notice.Decode(src)
	require.NoError(t, err)
	h, err = Handler(de, HandlerOptions{})
	require.NoError(t, err)
	for _, al := range []string{"", "de", "en"} {
		w := get(h, "GET", "/", "Accept-Language", al)
		require.Equal(t, 200, w.Code)
		lang := w.Header().Get("Content-Language")
		assert.Regexp(t, `^(fi|sv|en), de$`, lang, "Accept-Language %q: never the catalog's language alone", al)
		assert.Contains(t, w.Body.String(), `lang="de"`)
	}
}
