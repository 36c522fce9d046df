package tilt_test

import (
	"fmt"
	"os"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/interchange/tilt"
	"github.com/seloste/seloste/notice"
)

func ExampleImport() {
	doc := []byte(`{
  "meta": {"name": "Green Bikes", "language": "en", "url": "https://example.com/privacy"},
  "controller": {"name": "Green Company AG", "country": "DE", "sector": "C"},
  "dataDisclosed": [{
    "_id": "email",
    "category": "E-mail address",
    "purposes": [{"purpose": "Newsletter", "description": null}],
    "legalBases": [{"reference": "GDPR-6-1-a"}, {"reference": "BDSG-26"}],
    "storage": [{"temporal": [{"description": "until you unsubscribe", "ttl": "P2Y"}], "aggregationFunction": "max"}]
  }]
}`)
	n, report, err := tilt.Import(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := n.Activities[0]
	fmt.Println(a.ID, a.LegalBases[0].Basis, a.LegalBases[0].Laws[0].Abbreviation, a.LegalBases[0].Laws[0].Sections, a.Retention[0].Period)
	report.WriteText(os.Stdout, false)
	// Output:
	// email consent BDSG [26] P2Y
	// language en: 13 mapped, 1 placeholders, 1 with no place, 0 changed, 0 filled
	// /controller/sector: no place: the controller's economic sector (a NACE code) has no place in the model
	// /dataDisclosed/0/purposes/0/description: placeholder: null
}

func ExampleExportLanguage() {
	n, err := examples.Load("vipu")
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := tilt.ExportLanguage(n, language.English, tilt.Options{Date: notice.NewDate(2026, 1, 2)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Language, len(d.JSON) > 0)
	for _, e := range d.Report.Entries {
		if e.Notice == "/jointControllers" {
			fmt.Printf("%s: %s: %s\n", e.Notice, e.Kind, e.Reason)
		}
	}
	// Output:
	// en true
	// /jointControllers: no place: TILT names one controller: joint controllers and their arrangement (Art 26) have no place
}
