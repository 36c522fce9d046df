package render_test

import (
	"bytes"
	"fmt"
	"log"
	"net/http"
	"os"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/render"
)

// Render a small notice as Markdown in Finnish, its original language.
func ExampleRender_markdown() {
	n, err := notice.Decode([]byte(`
schemaVersion: "2"
languages: [fi]
title: Asiakasrekisterin tietosuojaseloste
controller:
  name: Esimerkki Oy
  identifiers: [{scheme: fiBusinessId, value: 1234567-1}]
  email: tietosuoja@esimerkki.fi
activities:
  - id: customers
    name: Asiakasrekisteri
    purposes:
      - description: Asiakassuhteen hoitaminen ja laskutus.
    legalBases:
      - basis: contract
    retention:
      - period: P6Y
        from: tilikauden päättyminen
rights:
  items:
    - right: access
    - right: object
`))
	if err != nil {
		log.Fatal(err)
	}
	if err := render.Render(os.Stdout, n, render.Options{Format: render.Markdown}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// # Asiakasrekisterin tietosuojaseloste
	//
	// ## Rekisterinpitäjä
	//
	// * **Nimi:** Esimerkki Oy
	// * **Y-tunnus:** 1234567-1
	// * **Sähköposti:** [tietosuoja@esimerkki.fi](<mailto:tietosuoja@esimerkki.fi>)
	//
	// ## Rekisterin nimi
	//
	// Asiakasrekisteri
	//
	// ## Henkilötietojen käsittelyn tarkoitus ja oikeusperuste
	//
	// Asiakassuhteen hoitaminen ja laskutus.
	//
	// ### Käsittelyn oikeusperuste
	//
	// - **Sopimus** (6 artiklan 1 kohdan b alakohta)
	//
	// ## Henkilötietojen säilytysaika
	//
	// * **Säilytysaika:** 6 vuotta
	// * **Alkamisajankohta:** tilikauden päättyminen
	//
	// ## Rekisteröidyn oikeudet
	//
	// - **Rekisteröidyn oikeus saada pääsy tietoihin** (15 artikla)
	// - **Vastustamisoikeus** (21 artikla)
}

// Mount a handler that serves a notice in each of its languages, as an HTML
// page, Markdown, plain text or JSON, full or short.
func ExampleHandler() {
	n, err := examples.Load("kiva-koulu")
	if err != nil {
		log.Fatal(err)
	}
	h, err := render.Handler(n, render.HandlerOptions{Stylesheet: true})
	if err != nil {
		log.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /tietosuoja", h)
	// GET /tietosuoja?lang=sv&layer=short, or Accept-Language: sv,
	// or Accept: text/markdown.
	log.Fatal(http.ListenAndServe("localhost:8080", mux))
}

// A layered notice on one page: the short first layer, whose "read the full
// notice" link points at the full notice below it, by the id of the full
// notice's article.
func Example_layered() {
	n, err := examples.Load("vipu")
	if err != nil {
		log.Fatal(err)
	}
	var page bytes.Buffer
	for _, layer := range []render.Layer{render.Short, render.Full} {
		opts := render.Options{Lang: language.English, Layer: layer, HeadingOffset: 1, IDPrefix: "vipu-",
			FullNoticeURL: "#vipu-privacy-notice"}
		if err := render.Render(&page, n, opts); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Println(bytes.Contains(page.Bytes(), []byte(`<a href="#vipu-privacy-notice">Read the full privacy notice</a>`)))
	// Output: true
}
