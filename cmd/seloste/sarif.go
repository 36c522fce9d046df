package main

import (
	"io"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report"
	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/validate"
)

const informationURI = "https://github.com/seloste/seloste"

// writeSARIF writes the findings as a SARIF 2.1.0 log, each result on its line
// and column of the notice, with every rule described once.
func writeSARIF(w io.Writer, results []result, lang language.Tag) error {
	rep := report.NewV210Report()
	run := sarif.NewRunWithInformationURI("seloste", informationURI)
	run.Tool.Driver.WithVersion(versionString())
	for _, r := range validate.Rules() {
		run.AddRule(r.ID).
			WithDescription(r.Summary(lang)).
			WithHelpURI(informationURI + "/blob/main/docs/rules.md#" + strings.ToLower(r.ID)).
			WithProperties(sarif.NewPropertyBag().Add("article", r.Article).Add("severity", r.Severity.String()))
	}
	for _, r := range results {
		for _, f := range r.findings {
			region := sarif.NewRegion().WithStartLine(max(1, f.Line)).WithStartColumn(max(1, f.Column))
			loc := sarif.NewPhysicalLocation().
				WithArtifactLocation(sarif.NewSimpleArtifactLocation(r.in.name)).
				WithRegion(region)
			res := run.CreateResultForRule(f.Rule).
				WithLevel(sarifLevel(f.Severity)).
				WithMessage(sarif.NewTextMessage(oneLine(f.Message(lang)))).
				AddLocation(sarif.NewLocationWithPhysicalLocation(loc))
			res.WithProperties(sarif.NewPropertyBag().Add("article", f.Article).Add("jsonPointer", f.Path))
		}
	}
	rep.AddRun(run)
	return rep.PrettyWrite(w)
}

func sarifLevel(s validate.Severity) string {
	switch s {
	case validate.Error:
		return "error"
	case validate.Warning:
		return "warning"
	}
	return "note"
}
