package validate_test

import (
	"fmt"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/validate"
)

// customerRegister is a small notice that forgets two things: how long the
// data are kept, and the right to lodge a complaint.
const customerRegister = `
schemaVersion: "1"
languages: [fi]
title: Asiakasrekisterin tietosuojaseloste
updated: 2024-05-01
controller:
  name: Esimerkki Oy
  businessId: 0245896-3
  email: tietosuoja@esimerkki.fi
dpo:
  notApplicable: Yhtiö ei ole velvollinen nimittämään tietosuojavastaavaa.
activities:
  - id: customers
    name: Asiakasrekisteri
    purposes:
      - description: Asiakassuhteen hoito
    legalBases:
      - basis: contract
    sources:
      items:
        - kind: dataSubject
          description: Asiakas itse
    requirement:
      kind: contractual
      consequences: Ilman yhteystietoja sopimusta ei voida tehdä.
    recipients:
      notApplicable: Tietoja ei luovuteta.
    transfers:
      notApplicable: Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.
    automatedDecisions:
      notApplicable: Tietoja ei käytetä automaattiseen päätöksentekoon.
rights:
  items:
    - right: access
    - right: rectification
    - right: erasure
    - right: restriction
    - right: portability
  howToExercise: Lähetä pyyntö osoitteeseen tietosuoja@esimerkki.fi.
supervisoryAuthority:
  name: Tietosuojavaltuutetun toimisto
  url: https://tietosuoja.fi
`

func ExampleValidate() {
	n, err := notice.Decode([]byte(customerRegister))
	if err != nil {
		panic(err)
	}
	for _, f := range validate.Validate(n) {
		fmt.Println(f.Severity, f.Rule, f.Path, f.Article)
	}
	// Output:
	// error ART13-RETENTION-01 /activities/0/retention Art 13(2)(a)
	// error ART13-COMPLAINT-01 /rights/items Art 13(2)(d)
}

// Findings are data until printed: each says its message in any supported
// language, with the article cited in that language's style.
func ExampleFindings_fi() {
	n, err := notice.Decode([]byte(customerRegister))
	if err != nil {
		panic(err)
	}
	for _, f := range validate.Validate(n) {
		fmt.Printf("%s: %s\n", f.Path, f.Message(language.Finnish))
	}
	// Output:
	// /activities/0/retention: Käsittelytoimen kohdalla ei kerrota henkilötietojen säilytysaikaa (13 artiklan 2 kohdan a alakohta). Anna säilytysaika kohdassa retention tai, jos aikaa ei voida määrittää, ne kriteerit, joiden perusteella se määritetään.
	// /rights/items: Tietosuojaselosteessa ei mainita oikeutta tehdä valitus valvontaviranomaiselle (13 artiklan 2 kohdan d alakohta). Lisää oikeus complaint kohtaan rights.items ja nimeä valvontaviranomainen kohdassa supervisoryAuthorities.
}

// Complete is the one call for a test: require.NoError(t,
// validate.Complete(n)) fails with every missing item, each named by article.
func ExampleComplete() {
	n, err := notice.Decode([]byte(customerRegister))
	if err != nil {
		panic(err)
	}
	if err := validate.Complete(n); err != nil {
		fmt.Println(err)
	}
	// Output:
	// /activities/0/retention: ART13-RETENTION-01: The activity does not say how long the personal data are stored (Article 13(2)(a)). Give the storage period under retention or, if no period can be fixed, the criteria used to determine it.
	// /rights/items: ART13-COMPLAINT-01: The notice does not mention the right to lodge a complaint with a supervisory authority (Article 13(2)(d)). Add the right complaint to rights.items, and name the supervisory authority under supervisoryAuthorities.
}

// Err bridges findings to error safely: it is nil, not a typed nil, when
// nothing is an error, so warnings and information never fail a check.
func ExampleFindings_Err() {
	n, err := notice.Decode([]byte(customerRegister))
	if err != nil {
		panic(err)
	}
	fs := validate.Options{Skip: []string{validate.RuleRetentionMissing, validate.RuleComplaintMissing}}.Validate(n)
	fmt.Println(len(fs), fs.Err() == nil)
	// Output:
	// 0 true
}
