package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// referenceNotice returns the reference notice with its Finnish title
// replaced by title.
func referenceNotice(t testing.TB, title string) []byte {
	t.Helper()
	src, err := os.ReadFile("../../testdata/validate/reference.yaml")
	require.NoError(t, err)
	out := bytes.Replace(src, []byte("fi: Esimerkki Oy:n tietosuojaseloste"), []byte("fi: "+title), 1)
	require.NotEqual(t, src, out)
	return out
}

func write(t testing.TB, path string, data []byte) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, data, 0o644))
}

// startPreview serves a preview of paths on a test server, as "seloste
// serve" does on 127.0.0.1.
func startPreview(t *testing.T, paths ...string) (*preview, *httptest.Server) {
	t.Helper()
	p, err := newPreview(&env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: io.Discard}, paths)
	require.NoError(t, err)
	srv := httptest.NewUnstartedServer(hostGuard(allowedHosts("127.0.0.1:0", ""), p))
	srv.Config.RegisterOnShutdown(p.stop)
	srv.Start()
	t.Cleanup(func() {
		p.stop()
		srv.Close()
		p.close()
	})
	return p, srv
}

func get(t testing.TB, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + path)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(b)
}

func TestServeAnswersOnlyItsHostNames(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	tests := []struct {
		addr, extra, host string
		want              int
	}{
		{"127.0.0.1:8080", "", "127.0.0.1:8080", 200},
		{"127.0.0.1:8080", "", "localhost:8080", 200},
		{"127.0.0.1:8080", "", "LocalHost.:8080", 200},
		{"127.0.0.1:8080", "", "[::1]:8080", 200},
		{"127.0.0.1:8080", "", "localhost", 200},
		{"127.0.0.1:8080", "", "evil.example:8080", 421},
		{"127.0.0.1:8080", "", "evil.example", 421},
		{"127.0.0.1:8080", "", "127.0.0.1.evil.example", 421},
		{"127.0.0.1:8080", "", "127.0.0.2:8080", 421},
		{"127.0.0.1:8080", "", "", 421},
		{"0.0.0.0:8080", "", "0.0.0.0:8080", 421},
		{"0.0.0.0:8080", "preview.lan, other.lan", "preview.lan:8080", 200},
		{"0.0.0.0:8080", "preview.lan, other.lan", "other.lan", 200},
		{"docs-box:8080", "", "docs-box:8080", 200},
		{"[::]:8080", "", "evil.example", 421},
	}
	for _, tt := range tests {
		h := hostGuard(allowedHosts(tt.addr, tt.extra), ok)
		r := httptest.NewRequest("GET", "/", nil)
		r.Host = tt.host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		assert.Equal(t, tt.want, w.Code, "-addr %s -host %q, Host %q", tt.addr, tt.extra, tt.host)
	}

	// Through a real connection: a request naming another host is refused.
	_, srv := startPreview(t, "../../testdata/validate/reference.yaml")
	req, err := http.NewRequest("GET", srv.URL+"/", nil)
	require.NoError(t, err)
	req.Host = "rebound.example"
	resp, err := srv.Client().Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMisdirectedRequest, resp.StatusCode)
}

// TestServeReadsOnlyTheFilesGiven puts symbolic links where the files given
// were, and into a directory given, and moves the directory itself: what a
// link points to outside is never served.
func TestServeReadsOnlyTheFilesGiven(t *testing.T) {
	base := t.TempDir()
	secret := filepath.Join(base, "outside", "secret.yaml")
	write(t, secret, referenceNotice(t, "SECRET-TITLE"))
	write(t, filepath.Join(base, "outside", "more", "also.yaml"), referenceNotice(t, "SECRET-TITLE"))
	dir := filepath.Join(base, "notices")
	write(t, filepath.Join(dir, "a.yaml"), referenceNotice(t, "Alpha"))
	single := filepath.Join(base, "single", "f.yaml")
	write(t, single, referenceNotice(t, "Foxtrot"))

	p, srv := startPreview(t, dir, single)
	_, body := get(t, srv, "/")
	require.Contains(t, body, "Alpha")
	require.Contains(t, body, "Foxtrot")

	// Links swapped in after start.
	require.NoError(t, os.Remove(filepath.Join(dir, "a.yaml")))
	require.NoError(t, os.Symlink(secret, filepath.Join(dir, "a.yaml")))
	require.NoError(t, os.Remove(single))
	require.NoError(t, os.Symlink(secret, single))
	require.NoError(t, os.Symlink(filepath.Join(base, "outside", "more"), filepath.Join(dir, "sub")))
	require.NoError(t, os.Symlink(secret, filepath.Join(dir, "new-link.yaml")))
	for _, path := range []string{"/", "/n/a/", "/n/a/notice?format=html", "/n/a/source", "/n/f/", "/n/f/notice?format=json", "/n/f/source"} {
		code, body := get(t, srv, path)
		assert.NotContains(t, body, "SECRET-TITLE", "%s (%d)", path, code)
	}
	_, body = get(t, srv, "/n/f/")
	assert.Contains(t, body, "not a regular file")
	p.refresh()
	for _, path := range []string{"/", "/n/a/", "/n/also/", "/n/new-link/", "/n/secret/"} {
		_, body := get(t, srv, path)
		assert.NotContains(t, body, "SECRET-TITLE", path)
	}
	code, _ := get(t, srv, "/n/new-link/")
	assert.Equal(t, 404, code, "a link added to the directory is not a notice of it")

	// The directory given is moved away and a link put in its place: the
	// preview keeps reading the directory it opened.
	write(t, filepath.Join(dir, "b.yaml"), referenceNotice(t, "Bravo"))
	require.NoError(t, os.Rename(dir, dir+".moved"))
	require.NoError(t, os.Symlink(filepath.Join(base, "outside"), dir))
	p.refresh()
	_, body = get(t, srv, "/")
	assert.NotContains(t, body, "SECRET-TITLE")
	assert.Contains(t, body, "Bravo")
}

// TestServeNoticesNewFilesAndTellsThePages runs the watcher: a file added to
// a directory given joins the index, and the event stream names what
// changed.
func TestServeNoticesNewFilesAndTellsThePages(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.yaml"), referenceNotice(t, "Alpha"))
	p, srv := startPreview(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go p.watch(ctx, 10*time.Millisecond)

	resp, err := srv.Client().Get(srv.URL + "/events")
	require.NoError(t, err)
	defer resp.Body.Close()
	assert.Equal(t, "text/event-stream", resp.Header.Get("Content-Type"))
	events := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if data, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				events <- data
			} else if sc.Text() == "data:" {
				events <- ""
			}
		}
		close(events)
	}()
	next := func(want string) {
		t.Helper()
		timeout := time.After(10 * time.Second)
		for {
			select {
			case got, ok := <-events:
				require.True(t, ok, "the stream stays open")
				if got == want {
					return
				}
			case <-timeout:
				t.Fatalf("no event %q", want)
			}
		}
	}

	write(t, filepath.Join(dir, "sub", "b.yaml"), referenceNotice(t, "Bravo"))
	next("")
	_, body := get(t, srv, "/")
	assert.Contains(t, body, `href="/n/b/"`)
	assert.Contains(t, body, "Bravo")

	time.Sleep(20 * time.Millisecond) // a new modification time
	write(t, filepath.Join(dir, "a.yaml"), referenceNotice(t, "Alpha two"))
	next("a")
	_, body = get(t, srv, "/n/a/")
	assert.Contains(t, body, "Alpha two")
	assert.Contains(t, body, `new EventSource("/events")`)

	require.NoError(t, os.Remove(filepath.Join(dir, "sub", "b.yaml")))
	next("")
	code, _ := get(t, srv, "/n/b/")
	assert.Equal(t, 404, code)

	// Shutting down ends the stream.
	p.stop()
	select {
	case _, open := <-events:
		for open {
			_, open = <-events
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the event stream did not end at shutdown")
	}
}

// TestServeWhileFilesChange edits, replaces, breaks, adds and removes files
// while several clients request every page; run with -race.
func TestServeWhileFilesChange(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.yaml"), referenceNotice(t, "Alpha"))
	p, srv := startPreview(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go p.watch(ctx, time.Millisecond)

	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Go(func() {
		defer close(stop)
		for i := range 60 {
			path := filepath.Join(dir, "a.yaml")
			switch i % 4 {
			case 0: // in place
				write(t, path, referenceNotice(t, fmt.Sprintf("Alpha %d", i)))
			case 1: // replaced, as editors save
				tmp := filepath.Join(dir, ".a.tmp")
				write(t, tmp, referenceNotice(t, fmt.Sprintf("Alpha %d", i)))
				require.NoError(t, os.Rename(tmp, path))
			case 2: // broken
				write(t, path, []byte("schemaVersion: [\n"))
			case 3: // another file comes or goes
				other := filepath.Join(dir, fmt.Sprintf("n%d.yaml", i%8))
				if _, err := os.Stat(other); err == nil {
					require.NoError(t, os.Remove(other))
				} else {
					write(t, other, referenceNotice(t, "Other"))
				}
			}
			time.Sleep(2 * time.Millisecond)
		}
		write(t, filepath.Join(dir, "a.yaml"), referenceNotice(t, "Alpha final"))
	})
	pages := []string{"/", "/n/a/", "/n/a/?lang=en&layer=short", "/n/a/notice?format=html", "/n/a/notice?format=json", "/n/a/source", "/n/n3/"}
	for c := range 4 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				code, _ := get(t, srv, pages[(i+c)%len(pages)])
				assert.Contains(t, []int{200, 404, 422}, code)
			}
		})
	}
	wg.Wait()
	require.Eventually(t, func() bool {
		_, body := get(t, srv, "/n/a/")
		return strings.Contains(body, "Alpha final")
	}, 10*time.Second, 5*time.Millisecond)
}

// parseHTML parses a page, failing the test on a parse error.
func parseHTML(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	require.NoError(t, err)
	return doc
}

func walkHTML(n *html.Node, fn func(*html.Node)) {
	fn(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkHTML(c, fn)
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// TestPreviewPagesLinkEachFinding reads the page of every bundled example:
// one h1, the findings in a region reachable by keyboard, and every finding
// a link to its line in the file and, where the rendering shows its place, to
// the element that does, which exists in the rendering the frame shows.
func TestPreviewPagesLinkEachFinding(t *testing.T) {
	_, srv := startPreview(t)
	for _, name := range examples.Names() {
		t.Run(name, func(t *testing.T) {
			src, err := examples.Source(name)
			require.NoError(t, err)
			n, err := notice.Decode(src)
			require.NoError(t, err)
			fs := validate.Validate(n)
			loc := notice.NewLocator(src)
			for _, layer := range []string{"full", "short"} {
				code, page := get(t, srv, "/n/"+name+"/?layer="+layer)
				require.Equal(t, 200, code)
				doc := parseHTML(t, page)
				var h1 int
				var region *html.Node
				var frame string
				walkHTML(doc, func(x *html.Node) {
					switch {
					case x.Type == html.ElementNode && x.Data == "h1":
						h1++
					case x.Type == html.ElementNode && x.Data == "section":
						region = x
					case x.Type == html.ElementNode && x.Data == "iframe":
						frame, _ = attr(x, "src")
						name, _ := attr(x, "name")
						assert.Equal(t, "rendering", name)
						title, _ := attr(x, "title")
						assert.NotEmpty(t, title)
					}
				})
				assert.Equal(t, 1, h1, "one page heading")
				require.NotNil(t, region)
				tab, _ := attr(region, "tabindex")
				assert.Equal(t, "0", tab, "the scrolling list of findings takes the keyboard focus")
				require.NotEmpty(t, frame)
				_, rendering := get(t, srv, "/n/"+name+"/"+frame)
				var items []*html.Node
				walkHTML(region, func(x *html.Node) {
					if x.Type == html.ElementNode && x.Data == "li" {
						items = append(items, x)
					}
				})
				require.Len(t, items, len(fs), "one item per finding")
				toActivity := 0
				for i, li := range items {
					var hrefs []string
					walkHTML(li, func(x *html.Node) {
						if x.Type == html.ElementNode && x.Data == "a" {
							href, _ := attr(x, "href")
							hrefs = append(hrefs, href)
						}
					})
					line, _ := loc.Locate(fs[i].Path)
					assert.Contains(t, hrefs, fmt.Sprintf("source#L%d", line), "%s at %s links to its line", fs[i].Rule, fs[i].Path)
					for _, h := range hrefs {
						if before, id, ok := strings.Cut(h, "#"); ok && strings.HasPrefix(before, "notice?") {
							assert.Equal(t, frame, before, "the link opens the rendering the frame shows")
							assert.Contains(t, rendering, ` id="`+id+`"`, "%s at %s: the rendering has the element", fs[i].Rule, fs[i].Path)
							if strings.HasPrefix(fs[i].Path, "/activities/") && id != "privacy-notice" && id != "activities" {
								toActivity++
							}
						}
					}
				}
				if layer == "full" && strings.Contains(fmt.Sprint(fs), "/activities/") {
					assert.Positive(t, toActivity, "findings about an activity link to the activity or its section")
				}
			}
			_, source := get(t, srv, "/n/"+name+"/source")
			lines := strings.Count(strings.TrimSuffix(string(src), "\n"), "\n") + 1
			assert.Contains(t, source, fmt.Sprintf(`<li id="L%d">`, lines))
			assert.NotContains(t, source, fmt.Sprintf(`<li id="L%d">`, lines+1))
		})
	}
}

// TestPreviewShowsHostileTextVisibly serves a notice and a file name full of
// terminal escapes and bidirectional controls: no page carries one.
func TestPreviewShowsHostileTextVisibly(t *testing.T) {
	dir := t.TempDir()
	hostile := "schemaVersion: \"1\"\nlanguages: [fi]\ntitle: \"T\\e]0;x\\a\\u202eevil\"\n" +
		"controller: {name: C, email: \"a\\e[31m@b.fi\", country: \"\\u2067FI\"}\n" +
		"activities:\n  - id: \"\\e[2Ja\"\n    name: N\n"
	write(t, filepath.Join(dir, "h\u202e.yaml"), []byte(hostile))
	write(t, filepath.Join(dir, "broken.yaml"), []byte("schemaVersion: \"1\"\nlanguages: [fi]\ntitle: T\nactivities: [{id: a, name: N, legalBases: [{basis: \"\\e[5m\"}]}]\n"))
	p, srv := startPreview(t, dir)
	var pages []string
	for _, d := range p.list() {
		pages = append(pages, "/n/"+d.name+"/", "/n/"+d.name+"/source")
	}
	require.Len(t, pages, 4)
	for _, path := range append(pages, "/") {
		_, body := get(t, srv, path)
		for _, r := range body {
			if r != '\n' && r != '\t' {
				assert.False(t, unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r), "%s holds %U", path, r)
			}
		}
	}
	_, body := get(t, srv, pages[0])
	assert.Contains(t, body+get2(t, srv, pages[2]), `\u001b`)
}

func get2(t *testing.T, srv *httptest.Server, path string) string {
	_, body := get(t, srv, path)
	return body
}
