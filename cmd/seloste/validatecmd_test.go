package main

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/validate"
)

// threeSilent is a notice of three activities, none of which says how long
// its data are kept; the first also names its recipients only in words.
const threeSilent = `schemaVersion: "2"
languages: [en]
title: Three registers
updated: 2024-05-01
controller: {name: Example Ltd, country: FI, email: privacy@example.com}
dpo: {notApplicable: No officer is required.}
supervisoryAuthorities: [{code: FI}]
rights:
  items: [{right: access}, {right: rectification}, {right: erasure}, {right: restriction}, {right: portability}, {right: complaint}]
  howToExercise: Write to privacy@example.com.
recipients: {notApplicable: The data are not disclosed.}
transfers: {notApplicable: The data stay in the EEA.}
automatedDecisions: {notApplicable: None.}
sources: {items: [{kind: dataSubject, description: The customer}]}
requirement: {items: [{kind: contractPrerequisite, consequences: No contract without them.}]}
activities:
  - id: orders
    name: Orders
    purposes: [{description: Delivering orders}]
    legalBases: [{basis: contract}]
    recipients: {description: Carriers.}
  - id: invoices
    name: Invoices
    purposes: [{description: Invoicing}]
    legalBases: [{basis: contract}]
  - id: returns
    name: Returns
    purposes: [{description: Handling returns}]
    legalBases: [{basis: contract}]
`

// TestValidateTextGroupsActivities checks that the text output says a
// finding that repeats across activities once, at its first place, with the
// activities' ids, in the reader's language;
// that a finding of one activity stays a line of its own; and that JSON and
// SARIF keep one result per finding.
func TestValidateTextGroupsActivities(t *testing.T) {
	r := validateOne(input{name: "three.yaml", data: []byte(threeSilent)}, validate.Options{})
	require.Empty(t, r.problems)
	rules := map[string]int{}
	for _, f := range r.findings {
		rules[f.Rule]++
	}
	require.Equal(t, map[string]int{validate.RuleRetentionMissing: 3, validate.RuleRecipientsWords: 1}, rules,
		"the notice is built to give exactly these findings")

	text := func(lang language.Tag) []string {
		var out, errOut bytes.Buffer
		writeText(&env{stdout: &out, stderr: &errOut}, []result{r}, lang)
		assert.Empty(t, errOut.String())
		return strings.Split(strings.TrimSpace(out.String()), "\n")
	}
	lines := text(language.English)
	require.Len(t, lines, 2, "three findings of one rule on one item are one line, and the other finding its own: %q", lines)
	var retention, recipients string
	for _, l := range lines {
		switch {
		case strings.Contains(l, validate.RuleRetentionMissing):
			retention = l
		case strings.Contains(l, validate.RuleRecipientsWords):
			recipients = l
		}
	}
	first := r.findings[0]
	for _, f := range r.findings {
		if f.Rule == validate.RuleRetentionMissing {
			first = f
			break
		}
	}
	assert.True(t, strings.HasPrefix(retention, "three.yaml:"+strconv.Itoa(first.StartLine)+":"+strconv.Itoa(first.StartColumn)+": error ART13-RETENTION-01 "),
		"the group is placed at its first finding: %s", retention)
	assert.True(t, strings.HasSuffix(retention, " [activities: orders, invoices, returns]"), retention)
	assert.NotContains(t, recipients, "[", "a finding of one activity lists no activities: %s", recipients)
	assert.Contains(t, text(language.Finnish)[0]+text(language.Finnish)[1], "[käsittelytoimet: orders, invoices, returns]")

	var js bytes.Buffer
	require.NoError(t, writeJSON(&js, []result{r}, language.English))
	var rep jsonReport
	require.NoError(t, json.Unmarshal(js.Bytes(), &rep))
	require.Len(t, rep.Files, 1)
	assert.Len(t, rep.Files[0].Findings, 4, "JSON keeps one result per finding")

	var sa bytes.Buffer
	require.NoError(t, writeSARIF(&sa, []result{r}, language.English, ""))
	var log struct {
		Runs []struct {
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal(sa.Bytes(), &log))
	require.Len(t, log.Runs, 1)
	assert.Len(t, log.Runs[0].Results, 4, "SARIF keeps one result per finding")
}

// TestActivityList checks that an activity id that would act on a terminal
// is written out visibly, and that an activity the list does not know is
// named by its path.
func TestActivityList(t *testing.T) {
	got := activityList(i18n.For(language.English), []string{"a\x1b[2Jb", "c"}, []int{0, 1, 4})
	assert.Equal(t, ` [activities: a\u001b[2Jb, c, /activities/4]`, got)
	assert.Empty(t, activityList(i18n.For(language.English), []string{"a"}, []int{0}), "one activity: nothing to list")
}
