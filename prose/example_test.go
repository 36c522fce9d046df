package prose_test

import (
	"fmt"
	"log"
	"os"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/prose"
)

var fi = language.Finnish

func Example() {
	src := []byte(`TIETOSUOJASELOSTE

1. REKISTERINPITÄJÄ

Esimerkki Oy
PL 1, 00100 Helsinki
asiakas(at)esimerkki.fi

2. REKISTERINPITÄJÄN EDUSTAJA

Toimitusjohtaja

3. KÄSITTELYN OIKEUSPERUSTE

Käsittely perustuu oikeutettuun etuun.

4. TIETOJEN SÄILYTYSAIKA

Tietoja säilytetään viisi vuotta asiakkuuden päättymisen jälkeen.

5. MUUTA

Palvelussa on kissoja.
`)
	res, err := prose.Import(src, prose.Options{Source: "seloste.txt"})
	if err != nil {
		log.Fatal(err)
	}
	n := res.Notice
	fmt.Println(n.Controller.Name[fi], n.Controller.Email, n.Controller.Address[0][fi], n.Controller.Address[1][fi])
	fmt.Println(n.ContactPersons[0].Role[fi]+":", n.ContactPersons[0].Name[fi])
	fmt.Println(n.Activities[0].LegalBases[0].Basis)
	r := n.Activities[0].Retention[0]
	fmt.Println(r.Period, r.From[fi])
	for _, e := range res.Report.Unplaced() {
		fmt.Printf("line %d: %s -> %s\n", e.Line, e.Text, e.Pointer)
	}
	if err := res.Report.WriteText(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// Esimerkki Oy asiakas@esimerkki.fi PL 1 00100 Helsinki
	// REKISTERINPITÄJÄN EDUSTAJA: Toimitusjohtaja
	// legitimateInterests
	// P5Y asiakkuuden päättymisen
	// line 23: Palvelussa on kissoja. -> /activities/0/description
	// seloste.txt: text, language fi (detected)
	//
	// sections:
	//   seloste.txt:1: "TIETOSUOJASELOSTE" -> title (heading, sure)
	//   seloste.txt:3: "1. REKISTERINPITÄJÄ" -> controller (heading, sure)
	//   seloste.txt:9: "2. REKISTERINPITÄJÄN EDUSTAJA" -> controllerOfficial (heading, sure)
	//   seloste.txt:13: "3. KÄSITTELYN OIKEUSPERUSTE" -> legalBases (heading, sure)
	//   seloste.txt:17: "4. TIETOJEN SÄILYTYSAIKA" -> retention (heading, sure)
	//   seloste.txt:21: "5. MUUTA" -> content (content, guess)
	//
	// 6 values placed for sure, 6 likely, 1 guessed, 1 texts unplaced
	//
	// guessed (check these):
	//   seloste.txt: /activities/0/name: the source names no processing: the notice's title serves as its name
	//
	// unplaced (kept as written; move what belongs to an item):
	//   seloste.txt:23: /activities/0/description: no item fits this text: kept in the activity's description
	//       "Palvelussa on kissoja."
}
