package validate_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

func TestIsPlaceholder(t *testing.T) {
	for s, want := range map[string]bool{
		"TODO: Käsittelyn tarkoitukset": true,
		"  TODO: indented":              true,
		"TODO:":                         true,
		"TODO without a colon":          false,
		"Kirjoita TODO: myöhemmin":      false,
		"todo: lower case":              false,
		"":                              false,
	} {
		assert.Equal(t, want, validate.IsPlaceholder(s), "%q", s)
	}
}

// TestPlaceholdersNamed puts placeholders in the reference notice, in texts,
// names and other strings, and checks that each is reported once, at its
// place, citing the article of the item that holds it (the Art 14 point in
// an activity under Art 14 only).
func TestPlaceholdersNamed(t *testing.T) {
	n := reference(t)
	n.Title[fi] = "TODO: Tietosuojaseloste"
	n.Title[en] = "TODO: Privacy notice" // two languages of one text: one finding
	n.Controller.Name = notice.Name{fi: "TODO: Rekisterinpitäjä: Nimi"}
	n.Controller.Address[1] = notice.Name{fi: "TODO: Rekisterinpitäjä: Osoite"}
	n.Controller.Email = "TODO: tietosuoja@"
	n.Activities[0].Purposes[1].Description[en] = "TODO: Purpose"
	n.Activities[1].DataCategories[0].Name[fi] = "  TODO: Henkilötietoryhmät"
	want := map[string]string{
		"/title":                               "Art 12(1)",
		"/controller/name":                     "Art 13(1)(a)",
		"/controller/address/1":                "Art 13(1)(a)",
		"/controller/email":                    "Art 13(1)(a)",
		"/activities/0/purposes/1/description": "Art 13(1)(c)",
		"/activities/1/dataCategories/0/name":  "Art 14(1)(d)",
	}
	got := map[string]string{}
	for _, f := range validate.Validate(n) {
		if f.Rule == validate.RulePlaceholder {
			_, dup := got[f.Path]
			assert.False(t, dup, "one finding for %s", f.Path)
			got[f.Path] = f.Article
			assert.Equal(t, validate.Error, f.Severity)
		}
	}
	assert.Equal(t, want, got)
}

// BenchmarkPlaceholders measures what rule PLACEHOLDER-01 adds to a
// validation: each example notice validated with every rule, and with the
// rule skipped (its check is then not made on any value).
func BenchmarkPlaceholders(b *testing.B) {
	names, data := fixtures(b)
	for _, name := range names {
		n, err := notice.Decode(data[name])
		if err != nil {
			b.Fatal(name, err)
		}
		for _, o := range []struct {
			name string
			opts validate.Options
		}{
			{"all", validate.Options{}},
			{"skip", validate.Options{Skip: []string{validate.RulePlaceholder}}},
		} {
			b.Run(name+"/"+o.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					_ = o.opts.Validate(n)
				}
			})
		}
	}
}
