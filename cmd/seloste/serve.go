package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/seloste/seloste/examples"
)

type serveOpts struct{ addr, hosts string }

func serveFlags(out io.Writer) (*flag.FlagSet, *serveOpts) {
	o := &serveOpts{}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "`address` to listen on")
	fs.StringVar(&o.hosts, "host", "", "comma-separated host `names` to answer besides the loopback names (localhost, 127.0.0.1, ::1) and the host of -addr")
	return fs, o
}

var serveCommand = &command{
	name:    "serve",
	flagSet: flagsOf(serveFlags),
	usage:   "serve [-addr 127.0.0.1:8080] [-host name,...] [path ...]",
	summary: "serve a preview of notices, with their findings, on a local address",
	help: `Serve starts a preview server for authors of notices. Its index lists the
notices: the bundled examples when no path is given; the files given; every
.yaml, .yml and .json file below a directory given, including files added
while it runs. Each notice is shown in every language and layer, rendered by
render.Handler, with the validator's findings beside it; each finding links
to its place in the rendering and to its line in the file. When a file
changes on disk, the pages that show it reload by themselves. The notice
itself is also served at /n/NAME/notice, negotiating language and format as
render.Handler documents.

Serve reads only the files it was given: a symbolic link put in place of one
of them, or below a directory given, is not followed. It answers only
requests whose Host is one of the loopback names or a name it was bound to
(-addr, -host), so that a web page cannot reach it through a name of its own
(DNS rebinding).

Serve stops cleanly on interrupt (Ctrl-C).`,
	run: runServe,
}

// pollInterval is how often serve looks for changed and new files.
const pollInterval = 500 * time.Millisecond

func runServe(ctx context.Context, e *env, args []string) int {
	fs, o := serveFlags(e.stderr)
	if !parse(e, fs, args) {
		return exitUsage
	}
	p, err := newPreview(e, fs.Args())
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	defer p.close()
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	go p.watch(ctx, pollInterval)
	fmt.Fprintf(e.stdout, "seloste: serving %d notices on http://%s/\n", len(p.list()), ln.Addr())
	if err := serveUntil(ctx, ln, hostGuard(allowedHosts(o.addr, o.hosts), p), p.stop); err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	return exitOK
}

// serveUntil serves h on ln until ctx is done, then shuts down, giving
// requests in flight five seconds to finish; onShutdown ends the streams
// that would not.
func serveUntil(ctx context.Context, ln net.Listener, h http.Handler, onShutdown func()) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	srv.RegisterOnShutdown(onShutdown)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// allowedHosts returns the host names serve answers: the loopback names, the
// host of addr unless it is every address, and the extra names.
func allowedHosts(addr, extra string) map[string]bool {
	hosts := map[string]bool{"localhost": true, "127.0.0.1": true, "::1": true}
	if h, _, err := net.SplitHostPort(addr); err == nil && h != "" {
		if ip := net.ParseIP(h); ip == nil || !ip.IsUnspecified() {
			hosts[strings.ToLower(h)] = true
		}
	}
	for h := range strings.SplitSeq(extra, ",") {
		if h = strings.ToLower(strings.TrimSpace(h)); h != "" {
			hosts[h] = true
		}
	}
	return hosts
}

// hostGuard answers 421 Misdirected Request to a request whose Host is not
// one of hosts: a page of another site that has pointed a name of its own
// at this address (DNS rebinding) reads nothing.
func hostGuard(hosts map[string]bool, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		host = strings.TrimSuffix(strings.ToLower(strings.Trim(host, "[]")), ".")
		if !hosts[host] {
			http.Error(w, "seloste serve answers only the host names it is bound to; start it with -host to add one", http.StatusMisdirectedRequest)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// preview is the preview server: an index, a page per notice, the notice
// itself, its source, and a stream of change events.
type preview struct {
	e    *env
	mux  *http.ServeMux
	hub  hub
	done chan struct{} // closed when the server shuts down
	once sync.Once

	mu    sync.RWMutex
	docs  []*doc          // in the order of the index
	byKey map[string]*doc // by where they come from
	names map[string]bool // URL names taken
	dirs  []dirSource     // directories given, looked at again for new files
	roots []*os.Root      // to close
}

// A dirSource is a directory given to serve, opened as an os.Root so that
// nothing below it leads outside it.
type dirSource struct {
	display string
	root    *os.Root
}

func newPreview(e *env, paths []string) (*preview, error) {
	p := &preview{e: e, mux: http.NewServeMux(), done: make(chan struct{}), byKey: map[string]*doc{}, names: map[string]bool{}}
	if len(paths) == 0 {
		for _, name := range examples.Names() {
			data, err := examples.Source(name)
			p.add("example:"+name, &doc{display: "examples/notices/" + name + ".yaml", in: input{name: "examples/notices/" + name + ".yaml", data: data, err: err, bundled: true}})
		}
	}
	for _, path := range paths {
		if path == "-" {
			data, err := readLimited(e.stdin)
			p.add("stdin", &doc{display: "-", in: input{name: "-", data: data, err: err}})
			continue
		}
		if err := p.addPath(path); err != nil {
			p.close()
			return nil, err
		}
	}
	p.refresh()
	if len(p.list()) == 0 {
		p.close()
		return nil, errors.New("no notices to serve")
	}
	p.mux.HandleFunc("GET /{$}", p.index)
	p.mux.HandleFunc("GET /events", p.events)
	p.mux.HandleFunc("GET /n/{name}/{$}", p.page)
	p.mux.HandleFunc("GET /n/{name}/notice", p.notice)
	p.mux.HandleFunc("GET /n/{name}/source", p.source)
	return p, nil
}

// addPath adds a file given, or a directory whose files refresh adds. A
// file's symbolic links are resolved now, once; its directory is opened as
// an os.Root, and the file is read from it by name, never through a link.
func (p *preview) addPath(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%s: %v", path, describe(err))
	}
	if info.IsDir() {
		root, err := os.OpenRoot(path)
		if err != nil {
			return fmt.Errorf("%s: %v", path, describe(err))
		}
		p.roots = append(p.roots, root)
		p.dirs = append(p.dirs, dirSource{display: path, root: root})
		return nil
	}
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return fmt.Errorf("%s: %v", path, describe(err))
	}
	root, err := os.OpenRoot(filepath.Dir(real))
	if err != nil {
		return fmt.Errorf("%s: %v", path, describe(err))
	}
	p.roots = append(p.roots, root)
	p.add("file:"+real, &doc{display: path, root: root, rel: filepath.Base(real)})
	return nil
}

// add gives d a URL name of its own and puts it in the index; p.mu must be
// held or p not yet shared.
func (p *preview) add(key string, d *doc) {
	base := urlName(d.display)
	d.name = base
	for i := 2; p.names[d.name]; i++ {
		d.name = fmt.Sprintf("%s-%d", base, i)
	}
	p.names[d.name] = true
	p.byKey[key] = d
	p.docs = append(p.docs, d)
}

// refresh looks for files added to or removed from the directories given
// and reports whether the index changed.
func (p *preview) refresh() bool {
	type found struct {
		key string
		d   *doc
	}
	var now []found
	for _, dir := range p.dirs {
		_ = fs.WalkDir(dir.root.FS(), ".", func(rel string, de fs.DirEntry, err error) error {
			if err != nil {
				if de != nil && de.IsDir() && rel != "." {
					return fs.SkipDir
				}
				return nil
			}
			// Only regular files: WalkDir does not follow a symbolic link,
			// and one is not a notice of the directory.
			if de.Type().IsRegular() && isNotice(de.Name()) {
				rel = filepath.FromSlash(rel)
				now = append(now, found{"dir:" + dir.display + "\x00" + rel, &doc{display: filepath.Join(dir.display, rel), root: dir.root, rel: rel}})
			}
			return nil
		})
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	changed := false
	present := map[string]bool{}
	for _, f := range now {
		present[f.key] = true
		if p.byKey[f.key] == nil {
			p.add(f.key, f.d)
			changed = true
		}
	}
	for key, d := range p.byKey {
		if strings.HasPrefix(key, "dir:") && !present[key] {
			delete(p.byKey, key)
			delete(p.names, d.name)
			p.docs = slices.DeleteFunc(p.docs, func(x *doc) bool { return x == d })
			changed = true
		}
	}
	if changed {
		slices.SortStableFunc(p.docs, func(a, b *doc) int { return strings.Compare(a.display, b.display) })
	}
	return changed
}

// list returns the notices of the index.
func (p *preview) list() []*doc {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return slices.Clone(p.docs)
}

func (p *preview) lookup(name string) *doc {
	p.mu.RLock()
	defer p.mu.RUnlock()
	for _, d := range p.docs {
		if d.name == name {
			return d
		}
	}
	return nil
}

// watch looks at the files every interval until ctx is done or the server
// stops, and tells the pages that show a changed one, and the index when
// files come or go.
func (p *preview) watch(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-p.done:
			return
		case <-t.C:
		}
		if p.refresh() {
			p.hub.publish("")
		}
		for _, d := range p.list() {
			if d.state().version != d.announced() {
				p.hub.publish(d.name)
			}
		}
	}
}

// stop ends the event streams; the server calls it when it shuts down.
func (p *preview) stop() { p.once.Do(func() { close(p.done) }) }

func (p *preview) close() {
	p.stop()
	for _, r := range p.roots {
		r.Close()
	}
}

// ServeHTTP routes to the index, a notice's page, the notice, its source
// and the event stream.
func (p *preview) ServeHTTP(w http.ResponseWriter, r *http.Request) { p.mux.ServeHTTP(w, r) }

func urlName(path string) string {
	base := filepath.Base(filepath.ToSlash(path))
	base = base[strings.LastIndexByte(base, '/')+1:]
	for _, ext := range []string{".yaml", ".yml", ".json"} {
		base = strings.TrimSuffix(base, ext)
	}
	var b strings.Builder
	for _, r := range strings.ToLower(base) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "notice"
	}
	return b.String()
}
