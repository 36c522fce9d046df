package render

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/notice"
)

// scopedBases is a notice whose legal bases each cover part of the
// processing, as real notices give them: consent for one purpose, a
// statutory basis the notice names by no point of Article 6(1) and no law
// for another, a basis the processing only possibly rests on, and no basis
// for the visitor statistics.
const scopedBases = `
schemaVersion: "2"
languages: [en]
title: Profile service
controller: {name: Example City, country: FI}
activities:
  - id: profile
    name: Profile
    purposes:
      - id: strong
        description: Strong identification
      - id: light
        description: Light identification
      - id: stats
        description: Visitor statistics
    legalBases:
      - basis: consent
        scope: {purposes: [light]}
      - scope: {purposes: [strong]}
        description: Strong identification rests on a statutory basis.
      - basis: contract
        possible: true
        scope: {purposes: [light]}
`

// dataBases is a notice whose one basis covers some of the data only.
const dataBases = `
schemaVersion: "2"
languages: [en]
title: App
controller: {name: Example City, country: SE}
activities:
  - id: app
    name: App
    purposes:
      - description: The e-services of the app
    dataCategories:
      - id: technical
        name: Technical data
      - id: identity
        name: Identity data
    legalBases:
      - basis: contract
        scope: {dataCategories: [technical]}
`

// section returns the lines of out from the line that starts with head up
// to the next line that starts with a digit (the next heading).
func sectionOf(out, head string) string {
	i := strings.Index(out, head)
	if i < 0 {
		return ""
	}
	rest := out[i+len(head):]
	for _, l := range strings.SplitAfter(rest, "\n") {
		if len(l) > 0 && l[0] >= '1' && l[0] <= '9' {
			return rest[:strings.Index(rest, l)]
		}
	}
	return rest
}

// A basis is shown beside the purposes it covers, in both layers: never
// pooled under every purpose, never as an empty label, never without the
// notice's "possibly".
func TestBasesAsTheNoticeTiesThem(t *testing.T) {
	n, err := notice.Decode([]byte(scopedBases))
	require.NoError(t, err)
	for _, layer := range []Layer{Full, Short} {
		out := renderString(t, n, Options{Layer: layer, Format: Text, Width: 200})
		purposes := sectionOf(out, "Purpose")
		require.NotEmpty(t, purposes, "layer %v:\n%s", layer, out)
		// Each purpose item up to the next.
		items := strings.Split(purposes, "\n- ")
		find := func(name string) string {
			for _, it := range items {
				if strings.Contains(it, name) {
					return it
				}
			}
			return ""
		}
		strong, light, stats := find("Strong identification\n"), find("Light identification"), find("Visitor statistics")
		assert.Contains(t, strong, "Legal basis: Strong identification rests on a statutory basis.", "layer %v", layer)
		assert.NotContains(t, strong, "Consent", "layer %v: consent is the basis of light identification only", layer)
		assert.Contains(t, light, "Consent", "layer %v", layer)
		assert.Contains(t, light, "Contract (possibly)", "layer %v: the notice says possibly", layer)
		assert.NotContains(t, stats, "Legal basis", "layer %v: the notice gives no basis for the statistics", layer)
		assert.NotRegexp(t, `Legal basis:\s*\n`, out, "layer %v: an empty basis", layer)
	}
}

// The first layer says what a basis given for some data covers.
func TestShortBasisForSomeData(t *testing.T) {
	n, err := notice.Decode([]byte(dataBases))
	require.NoError(t, err)
	out := renderString(t, n, Options{Layer: Short, Format: Text, Width: 200})
	assert.Contains(t, out, "Legal basis: Contract (Technical data)")
	assert.NotRegexp(t, `Legal basis: Contract\s*\n`, out)
}

// The first layer says how to exercise the rights where the notice says it
// only by referring to another page.
func TestShortRightsReferToThePage(t *testing.T) {
	n, err := notice.Decode([]byte(dataBases + `
rights:
  items:
    - right: access
  describedIn:
    title: Your rights and how to use them
    url: https://example.se/rights
`))
	require.NoError(t, err)
	out := renderString(t, n, Options{Layer: Short, Format: Text, Width: 200})
	assert.Contains(t, sectionOf(out, "Rights of the data subject"), "Your rights and how to use them")
	assert.Contains(t, out, "https://example.se/rights")
}

// The first layer never names a right the notice limits without its limit:
// a limit on one right, and one for several rights at once (Art 11(2)).
func TestShortRightsKeepTheirLimits(t *testing.T) {
	n, err := notice.Decode([]byte(dataBases + `
rights:
  items:
    - right: access
    - right: erasure
      limitation: Only incorrect or outdated data.
  limitations:
    - rights: [access, erasure]
      description: Article 11 applies; we cannot identify you.
`))
	require.NoError(t, err)
	out := sectionOf(renderString(t, n, Options{Layer: Short, Format: Text, Width: 200}), "Rights of the data subject")
	assert.Contains(t, out, "Right to erasure (‘right to be forgotten’): Only incorrect or outdated data.")
	assert.Contains(t, out, "Right of access by the data subject and right to erasure (‘right to be forgotten’): Article 11 applies")
}

// The first layer says a basis for every purpose once, for all of them,
// and beside a purpose only the bases that name it.
func TestShortBasisForAllPurposesOnce(t *testing.T) {
	n, err := notice.Decode([]byte(scopedBases + `      - basis: publicTask
`))
	require.NoError(t, err)
	out := renderString(t, n, Options{Layer: Short, Format: Text, Width: 200})
	assert.Equal(t, 1, strings.Count(out, "Task carried out in the public interest"), out)
	assert.Contains(t, out, "Legal basis for all the purposes: Task carried out in the public interest")
}
