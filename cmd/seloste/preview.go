package main

import (
	"bytes"
	"html/template"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/render"
	"github.com/seloste/seloste/validate"
)

// newNoticeHandler is the handler that serves a notice in the preview.
func newNoticeHandler(n *notice.Notice) (http.Handler, error) {
	return render.Handler(n, render.HandlerOptions{Stylesheet: true})
}

func (p *preview) notice(w http.ResponseWriter, r *http.Request) {
	d := p.lookup(r.PathValue("name"))
	if d == nil {
		http.NotFound(w, r)
		return
	}
	st := d.state()
	if st.handler == nil {
		http.Error(w, problemsText(d.display, st.problems), http.StatusUnprocessableEntity)
		return
	}
	h, err := st.handler()
	if err != nil {
		http.Error(w, validate.Visible(err.Error()), http.StatusUnprocessableEntity)
		return
	}
	h.ServeHTTP(w, r)
}

func problemsText(name string, ps []problem) string {
	var lines []string
	for _, p := range ps {
		lines = append(lines, problemLine(name, p))
	}
	return strings.Join(lines, "\n")
}

type indexRow struct {
	Name, Title, TitleLang, Source string
	Problems                       []string
	Errors, Warnings, Infos        int
}

func (p *preview) index(w http.ResponseWriter, r *http.Request) {
	var rows []indexRow
	for _, d := range p.list() {
		st := d.state()
		row := indexRow{Name: d.name, Source: validate.Visible(d.display)}
		for _, pr := range st.problems {
			row.Problems = append(row.Problems, problemLine(d.display, pr))
		}
		if st.n != nil {
			row.Title, row.TitleLang = originalTitle(st.n)
			for _, f := range st.findings {
				switch f.Severity {
				case validate.Error:
					row.Errors++
				case validate.Warning:
					row.Warnings++
				default:
					row.Infos++
				}
			}
		}
		rows = append(rows, row)
	}
	writePage(w, "index", rows)
}

func originalTitle(n *notice.Notice) (string, string) {
	t, tag, _ := n.Title.In(n.Original())
	return validate.Visible(t), tag.String()
}

func writePage(w http.ResponseWriter, name string, data any) {
	var buf bytes.Buffer
	if err := previewTemplates.ExecuteTemplate(&buf, name, data); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}

type pageFinding struct {
	Severity, Rule, Article, Path, Message string
	Line, Column                           int
	View, Anchor                           string // the rendering's address, and the id of the element that shows the place
}

type pageData struct {
	Name, Title, TitleLang, Source string
	Problems                       []pageFinding
	Langs                          []string
	Lang, Layer                    string
	View                           string // the rendering's address, without a fragment
	Findings                       []pageFinding
}

func (p *preview) page(w http.ResponseWriter, r *http.Request) {
	d := p.lookup(r.PathValue("name"))
	if d == nil {
		http.NotFound(w, r)
		return
	}
	st := d.state()
	pd := pageData{Name: d.name, Title: d.name, Source: validate.Visible(d.display), Layer: "full"}
	if r.URL.Query().Get("layer") == "short" {
		pd.Layer = "short"
	}
	for _, pr := range st.problems {
		pd.Problems = append(pd.Problems, pageFinding{Severity: "error", Rule: loadRule, Path: pr.Pointer, Message: validate.Visible(pr.Msg), Line: pr.Line, Column: pr.Column})
	}
	if st.n != nil {
		pd.Title, pd.TitleLang = originalTitle(st.n)
		for _, t := range st.n.Languages {
			pd.Langs = append(pd.Langs, i18n.Base(t).String())
		}
		pd.Lang = pd.Langs[0]
		if l := r.URL.Query().Get("lang"); l != "" {
			pd.Lang = i18n.Match(l).String()
		}
		pd.View = "notice?" + url.Values{"lang": {pd.Lang}, "layer": {pd.Layer}, "format": {"html"}}.Encode()
		tag := language.Make(pd.Lang)
		ids := d.renderingIDs(st, pd.Lang, pd.Layer)
		for _, f := range st.findings {
			line, col := st.loc.Locate(f.Path)
			pd.Findings = append(pd.Findings, pageFinding{
				Severity: f.Severity.String(), Rule: f.Rule, Article: i18n.For(tag).Article(f.Article),
				Path: f.Path, Message: f.Message(tag), Line: line, Column: col, View: pd.View, Anchor: anchorFor(st.n, f.Path, ids),
			})
		}
	}
	writePage(w, "page", pd)
}

var idAttr = regexp.MustCompile(`\sid="([^"]+)"`)

// renderingIDs returns the element ids of the notice's HTML rendering in a
// language and layer, as the preview's frame shows it.
func (d *doc) renderingIDs(st docState, lang, layer string) map[string]bool {
	key := [2]string{lang, layer}
	d.mu.Lock()
	defer d.mu.Unlock()
	if ids, ok := d.idsByView[key]; ok && d.cur.version == st.version {
		return ids
	}
	opts := render.Options{Lang: language.Make(lang), Format: render.HTML, Stylesheet: true}
	if layer == "short" {
		opts.Layer = render.Short
	}
	ids := map[string]bool{}
	var buf bytes.Buffer
	if render.Render(&buf, st.n, opts) == nil {
		for _, m := range idAttr.FindAllSubmatch(buf.Bytes(), -1) {
			ids[string(m[1])] = true
		}
	}
	if d.cur.version == st.version {
		if d.idsByView == nil {
			d.idsByView = map[[2]string]map[string]bool{}
		}
		d.idsByView[key] = ids
	}
	return ids
}

// sectionOf names, by field, the section of the rendering that shows it:
// the class render gives the section, from which it makes the section's id.
var sectionOf = map[string]string{
	"controller": "controller", "representative": "representative", "contactPersons": "contact-persons",
	"dpo": "dpo", "jointControllers": "joint-controllers", "rights": "rights",
	"supervisoryAuthority": "supervisory-authority", "security": "security",
	"purposes": "purposes", "legalBases": "legal-basis", "legitimateInterests": "legitimate-interests",
	"specialCategoryConditions": "special-conditions", "criminalDataBasis": "criminal-basis",
	"dataSubjects": "data-subjects", "dataCategories": "personal-data", "sources": "sources",
	"requirement": "requirement", "recipients": "recipients", "transfers": "transfers",
	"retention": "retention", "automatedDecisions": "automated-decisions",
	"furtherProcessing": "further-processing", "exemptions": "exemptions",
}

// anchorFor returns the id of the element of the rendering that shows the
// place at ptr, or of the nearest section that holds it: render makes an
// activity's id from "activity" and the activity's id, and a section's from
// its class within the activity or the notice (in the short layer, within
// "summary"); a notice of one activity shows the activity's sections as the
// notice's. It returns "" when the rendering has none of them.
func anchorFor(n *notice.Notice, ptr string, ids map[string]bool) string {
	toks := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	var cands []string
	if toks[0] == "activities" && len(toks) > 1 {
		if i, err := strconv.Atoi(toks[1]); err == nil && i >= 0 && i < len(n.Activities) {
			act := "activity-" + slug(n.Activities[i].ID)
			s, ok := sectionOf[""]
			if len(toks) > 2 {
				s, ok = sectionOf[toks[2]]
			}
			if ok {
				cands = append(cands, act+"-"+s)
			}
			cands = append(cands, act)
			if ok { // a notice of one activity shows its sections unscoped
				cands = append(cands, s)
			}
			cands = append(cands, "register")
		}
		cands = append(cands, "activities")
	} else if s, ok := sectionOf[toks[0]]; ok {
		cands = append(cands, s)
		if s == "supervisory-authority" {
			cands = append(cands, "complaint")
		}
	}
	cands = append(cands, "privacy-notice")
	for _, c := range cands {
		for _, id := range []string{c, "summary-" + c, c + "-summary"} {
			if ids[id] {
				return id
			}
		}
	}
	return ""
}

// slug is a part of an id as render writes it: lower case, with anything
// but ASCII letters and digits turned into single hyphens.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}

type sourceLine struct {
	N    int
	Text string
}

type sourceData struct {
	Name, Source string
	Lines        []sourceLine
}

// source shows the notice's file with its lines numbered, each line an
// anchor (#L12) that the findings link to.
func (p *preview) source(w http.ResponseWriter, r *http.Request) {
	d := p.lookup(r.PathValue("name"))
	if d == nil {
		http.NotFound(w, r)
		return
	}
	st := d.state()
	sd := sourceData{Name: d.name, Source: validate.Visible(d.display)}
	text := strings.TrimSuffix(string(st.data), "\n")
	if text != "" {
		for i, l := range strings.Split(text, "\n") {
			sd.Lines = append(sd.Lines, sourceLine{N: i + 1, Text: validate.Visible(strings.TrimSuffix(l, "\r"))})
		}
	}
	writePage(w, "source", sd)
}

var previewTemplates = template.Must(template.New("").Parse(`
{{define "head"}}<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.}} · seloste preview</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff;line-height:1.4}
header{padding:.6rem 1rem;background:#12324a;color:#fff}
header a{color:#fff}header h1{font-size:1.4rem;margin:.2rem 0}header p{margin:.2rem 0}
main{display:flex;flex-wrap:wrap;gap:1rem;padding:1rem;align-items:flex-start}
.view{flex:3 1 20rem;display:flex;flex-direction:column;min-width:0}
iframe{width:100%;min-height:80vh;border:1px solid #767676;background:#fff}
.findings{flex:2 1 16rem;max-height:85vh;overflow:auto;padding:0 .5rem}
.error{color:#a00000}.warning{color:#7a4500}.info{color:#1f4e79}
nav ul{list-style:none;margin:0 0 .5rem;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
nav a[aria-current]{font-weight:bold}
a:focus-visible,.findings:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}
table{border-collapse:collapse}td,th{padding:.3rem .6rem;border-bottom:1px solid #ccc;text-align:left;vertical-align:top;overflow-wrap:anywhere}
.findings li{margin-bottom:.8rem}.findings p{margin:.2rem 0}code{font-size:.9em;overflow-wrap:anywhere}
ol.source{font-family:ui-monospace,monospace;font-size:.85rem;white-space:pre-wrap;overflow-wrap:anywhere;padding-left:4.5em;margin:1rem}
ol.source li:target{background:#fff3b0}
</style></head><body>{{end}}

{{define "reload"}}<script>
new EventSource("/events").addEventListener("change", function (e) {
  if ({{.}} === "" || e.data === "" || e.data === {{.}}) { location.reload(); }
});
</script>{{end}}

{{define "index"}}{{template "head" "Notices"}}
<header><h1>seloste preview</h1><p>The notices served, with what the validator finds in each.</p></header>
<main aria-label="Notices"><table>
<thead><tr><th scope="col">Notice</th><th scope="col">Source</th><th scope="col">Findings</th></tr></thead><tbody>
{{range .}}<tr><td><a href="/n/{{.Name}}/">{{if .Title}}<span lang="{{.TitleLang}}">{{.Title}}</span>{{else}}{{.Name}}{{end}}</a></td>
<td><code>{{.Source}}</code></td><td>{{if .Problems}}{{range .Problems}}<div class="error">{{.}}</div>{{end}}{{else}}{{.Errors}} errors, {{.Warnings}} warnings, {{.Infos}} information{{end}}</td></tr>
{{end}}</tbody></table></main>
{{template "reload" ""}}
</body></html>{{end}}

{{define "finding"}}<li><span class="{{.Severity}}">{{.Severity}}</span> <code>{{.Rule}}</code>{{with .Article}} ({{.}}){{end}}
<p>{{.Message}}</p>
<p>{{if .Anchor}}<a href="{{.View}}#{{.Anchor}}" target="rendering">Show in the notice</a> · {{end}}{{if .Line}}<a href="source#L{{.Line}}">Line {{.Line}}, column {{.Column}}</a>{{end}}{{with .Path}} <code>{{.}}</code>{{end}}</p></li>
{{end}}

{{define "page"}}{{template "head" .Name}}
<header><p><a href="/">All notices</a></p><h1><span lang="{{.TitleLang}}">{{.Title}}</span></h1><p><a href="source"><code>{{.Source}}</code></a></p></header>
<main aria-label="Preview">{{if .Problems}}
<section class="findings" aria-labelledby="problems" tabindex="0"><h2 id="problems">The file cannot be read as a notice</h2><ol>
{{range .Problems}}<li><span class="error">error</span> <code>{{.Rule}}</code><p>{{.Message}}</p><p>{{if .Line}}<a href="source#L{{.Line}}">Line {{.Line}}, column {{.Column}}</a>{{end}}{{with .Path}} <code>{{.}}</code>{{end}}</p></li>
{{end}}</ol></section>{{else}}
<div class="view">
<nav aria-label="Language, layer and format"><ul>
{{$p := .}}{{range .Langs}}<li><a href="?lang={{.}}&amp;layer={{$p.Layer}}"{{if eq . $p.Lang}} aria-current="page"{{end}}>{{.}}</a></li>{{end}}
<li><a href="?lang={{.Lang}}&amp;layer=full"{{if eq .Layer "full"}} aria-current="page"{{end}}>full notice</a></li>
<li><a href="?lang={{.Lang}}&amp;layer=short"{{if eq .Layer "short"}} aria-current="page"{{end}}>short layer</a></li>
<li><a href="notice?lang={{.Lang}}&amp;layer={{.Layer}}&amp;format=markdown">Markdown</a></li>
<li><a href="notice?lang={{.Lang}}&amp;layer={{.Layer}}&amp;format=text">plain text</a></li>
<li><a href="notice?format=json">JSON</a></li></ul></nav>
<iframe name="rendering" title="The notice as rendered" src="{{.View}}"></iframe></div>
<section class="findings" aria-labelledby="findings" tabindex="0"><h2 id="findings">Findings ({{len .Findings}})</h2>
<ol lang="{{.Lang}}">{{range .Findings}}{{template "finding" .}}{{end}}</ol></section>{{end}}
</main>
{{template "reload" .Name}}
</body></html>{{end}}

{{define "source"}}{{template "head" (print "Source of " .Name)}}
<header><p><a href="/">All notices</a> · <a href="./">Preview</a></p><h1>Source of <code>{{.Source}}</code></h1></header>
<main aria-label="Source"><ol class="source" aria-label="Lines of the file">{{range .Lines}}<li id="L{{.N}}">{{.Text}}</li>{{end}}</ol></main>
{{template "reload" .Name}}
</body></html>{{end}}
`))
