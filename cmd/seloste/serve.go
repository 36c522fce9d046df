package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/render"
	"github.com/seloste/seloste/validate"
)

type serveOpts struct{ addr string }

func serveFlags(out io.Writer) (*flag.FlagSet, *serveOpts) {
	o := &serveOpts{}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", "`address` to listen on")
	return fs, o
}

var serveCommand = &command{
	name:    "serve",
	flagSet: flagsOf(serveFlags),
	usage:   "serve [-addr 127.0.0.1:8080] [path ...]",
	summary: "serve a preview of notices, with their findings, on a local address",
	help: `Serve starts a preview server for authors of notices. Its index lists the
notices (the bundled examples when no path is given; a directory adds every
.yaml, .yml and .json file below it); each notice is shown in every language
and layer, rendered by render.Handler, with the validator's findings beside
it. A file is read again when it changes on disk, so an author can edit and
reload. The notice itself is also served at /n/NAME/notice, negotiating
language and format as render.Handler documents.

Serve stops cleanly on interrupt (Ctrl-C).`,
	run: runServe,
}

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
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	fmt.Fprintf(e.stdout, "seloste: serving %d notices on http://%s/\n", len(p.docs), ln.Addr())
	if err := serveUntil(ctx, ln, p); err != nil {
		e.errorf("%v", err)
		return exitUsage
	}
	return exitOK
}

// serveUntil serves h on ln until ctx is done, then shuts down, giving
// requests in flight five seconds to finish.
func serveUntil(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
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

// preview is the preview server: an index and a page per notice.
type preview struct {
	e    *env
	docs []*doc
	mux  *http.ServeMux
}

// doc is one notice of the preview, reloaded when its file changes.
type doc struct {
	name string // URL name
	in   input  // where it came from; path is in.name for files
	file bool   // in.name is a file on disk that may change

	mu       sync.Mutex
	modTime  time.Time
	size     int64
	n        *notice.Notice
	err      string // why the notice cannot be shown
	findings validate.Findings
	handler  http.Handler
}

func newPreview(e *env, paths []string) (*preview, error) {
	p := &preview{e: e, mux: http.NewServeMux()}
	seen := map[string]int{}
	for _, in := range collect(e, paths) {
		name := urlName(in.name)
		if seen[name]++; seen[name] > 1 {
			name = fmt.Sprintf("%s-%d", name, seen[name])
		}
		d := &doc{name: name, in: in, file: len(paths) > 0 && in.name != "-"}
		d.load()
		p.docs = append(p.docs, d)
	}
	if len(p.docs) == 0 {
		return nil, errors.New("no notices to serve")
	}
	p.mux.HandleFunc("GET /{$}", p.index)
	p.mux.HandleFunc("GET /n/{name}/{$}", p.page)
	p.mux.HandleFunc("GET /n/{name}/notice", p.notice)
	return p, nil
}

// ServeHTTP routes to the index, a notice's preview page or the notice itself.
func (p *preview) ServeHTTP(w http.ResponseWriter, r *http.Request) { p.mux.ServeHTTP(w, r) }

func urlName(path string) string {
	base := path[strings.LastIndexByte(path, '/')+1:]
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

// load reads the notice again if its file changed since the last load; it
// must be called with d.mu held or before d is shared.
func (d *doc) load() {
	if d.file {
		info, err := os.Stat(d.in.name)
		if err != nil {
			d.n, d.err, d.handler = nil, fmt.Sprintf("%s: %v", d.in.name, describe(err)), nil
			return
		}
		if d.n != nil || d.err != "" {
			if info.ModTime().Equal(d.modTime) && info.Size() == d.size {
				return
			}
		}
		d.modTime, d.size = info.ModTime(), info.Size()
		d.in = readFile(d.in.name, info)
	} else if d.n != nil || d.err != "" {
		return
	}
	d.n, d.err, d.findings, d.handler = nil, "", nil, nil
	if d.in.err != nil {
		d.err = fmt.Sprintf("%s: %v", d.in.name, d.in.err)
		return
	}
	n, err := decode(d.in)
	if err != nil {
		d.err = decodeError(d.in.name, err)
		return
	}
	h, err := render.Handler(n, render.HandlerOptions{Stylesheet: true})
	if err != nil {
		d.err = fmt.Sprintf("%s: %v", d.in.name, err)
		return
	}
	d.n, d.handler, d.findings = n, h, validate.Validate(n)
}

// current returns the doc's state after reloading it if needed.
func (d *doc) current() (n *notice.Notice, h http.Handler, fs validate.Findings, errMsg string, data []byte) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.load()
	return d.n, d.handler, d.findings, d.err, d.in.data
}

func (p *preview) lookup(name string) *doc {
	for _, d := range p.docs {
		if d.name == name {
			return d
		}
	}
	return nil
}

func (p *preview) notice(w http.ResponseWriter, r *http.Request) {
	d := p.lookup(r.PathValue("name"))
	if d == nil {
		http.NotFound(w, r)
		return
	}
	_, h, _, errMsg, _ := d.current()
	if h == nil {
		http.Error(w, errMsg, http.StatusUnprocessableEntity)
		return
	}
	h.ServeHTTP(w, r)
}

type indexRow struct {
	Name, Title, Source, Error string
	Errors, Warnings           int
}

func (p *preview) index(w http.ResponseWriter, r *http.Request) {
	var rows []indexRow
	for _, d := range p.docs {
		n, _, fs, errMsg, _ := d.current()
		row := indexRow{Name: d.name, Source: d.in.name, Error: errMsg}
		if n != nil {
			row.Title, _, _ = n.Title.In(n.Original())
			for _, f := range fs {
				switch f.Severity {
				case validate.Error:
					row.Errors++
				case validate.Warning:
					row.Warnings++
				}
			}
		}
		rows = append(rows, row)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := previewTemplates.ExecuteTemplate(w, "index", rows); err != nil {
		p.e.errorf("index: %v", err)
	}
}

type pageFinding struct {
	Severity, Rule, Article, Path, Message string
	Line, Column                           int
}

type pageData struct {
	Name, Title, Source, Error string
	Langs                      []string
	Lang, Layer                string
	Findings                   []pageFinding
}

func (p *preview) page(w http.ResponseWriter, r *http.Request) {
	d := p.lookup(r.PathValue("name"))
	if d == nil {
		http.NotFound(w, r)
		return
	}
	n, _, fs, errMsg, data := d.current()
	pd := pageData{Name: d.name, Source: d.in.name, Error: errMsg, Layer: "full"}
	if r.URL.Query().Get("layer") == "short" {
		pd.Layer = "short"
	}
	if n != nil {
		pd.Title, _, _ = n.Title.In(n.Original())
		for _, t := range n.Languages {
			pd.Langs = append(pd.Langs, i18n.Base(t).String())
		}
		pd.Lang = pd.Langs[0]
		if l := r.URL.Query().Get("lang"); l != "" {
			pd.Lang = i18n.Match(l).String()
		}
		tag := language.Make(pd.Lang)
		loc := notice.NewLocator(data)
		for _, f := range fs {
			line, col := loc.Locate(f.Path)
			pd.Findings = append(pd.Findings, pageFinding{
				Severity: f.Severity.String(), Rule: f.Rule, Article: i18n.For(tag).Article(f.Article),
				Path: f.Path, Message: f.Message(tag), Line: line, Column: col,
			})
		}
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := previewTemplates.ExecuteTemplate(w, "page", pd); err != nil {
		p.e.errorf("page: %v", err)
	}
}

var previewTemplates = template.Must(template.New("").Parse(`
{{define "head"}}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.}} · seloste preview</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b}
header{padding:.6rem 1rem;background:#123;color:#fff}header a{color:#fff}
main{display:flex;gap:1rem;padding:1rem;align-items:flex-start}
iframe{flex:3;min-height:85vh;border:1px solid #ccc;background:#fff}
aside{flex:2;max-height:85vh;overflow:auto}
.error{color:#a00}.warning{color:#a60}.info{color:#246}
nav a{margin-right:.6rem}nav a[aria-current]{font-weight:bold}
table{border-collapse:collapse}td,th{padding:.3rem .6rem;border-bottom:1px solid #ddd;text-align:left}
li{margin-bottom:.6rem}code{font-size:.9em}
</style></head><body>{{end}}
{{define "index"}}{{template "head" "Notices"}}
<header><h1>seloste preview</h1></header>
<main><table><thead><tr><th>Notice</th><th>Source</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>
{{range .}}<tr><td><a href="/n/{{.Name}}/">{{if .Title}}{{.Title}}{{else}}{{.Name}}{{end}}</a>{{with .Error}}<div class="error">{{.}}</div>{{end}}</td>
<td><code>{{.Source}}</code></td><td>{{.Errors}}</td><td>{{.Warnings}}</td></tr>
{{end}}</tbody></table></main></body></html>{{end}}
{{define "page"}}{{template "head" .Name}}
<header><a href="/">All notices</a> · <strong>{{if .Title}}{{.Title}}{{else}}{{.Name}}{{end}}</strong> <code>{{.Source}}</code></header>
{{if .Error}}<main><p class="error">{{.Error}}</p></main>{{else}}
<main><div style="flex:3;display:flex;flex-direction:column">
<nav>{{$p := .}}{{range .Langs}}<a href="?lang={{.}}&amp;layer={{$p.Layer}}"{{if eq . $p.Lang}} aria-current="page"{{end}}>{{.}}</a>{{end}}
 · <a href="?lang={{.Lang}}&amp;layer=full"{{if eq .Layer "full"}} aria-current="page"{{end}}>full</a><a href="?lang={{.Lang}}&amp;layer=short"{{if eq .Layer "short"}} aria-current="page"{{end}}>short</a>
 · <a href="notice?lang={{.Lang}}&amp;layer={{.Layer}}&amp;format=markdown">Markdown</a><a href="notice?lang={{.Lang}}&amp;layer={{.Layer}}&amp;format=text">text</a><a href="notice?format=json">JSON</a></nav>
<iframe title="The notice" src="notice?lang={{.Lang}}&amp;layer={{.Layer}}&amp;format=html"></iframe></div>
<aside><h2>Findings ({{len .Findings}})</h2><ol>
{{range .Findings}}<li><span class="{{.Severity}}">{{.Severity}}</span> <code>{{.Rule}}</code> ({{.Article}}) line {{.Line}}:{{.Column}} <code>{{.Path}}</code><br>{{.Message}}</li>
{{end}}</ol></aside></main>{{end}}</body></html>{{end}}
`))
