package starter_test

import (
	"fmt"
	"log"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/starter"
	"github.com/seloste/seloste/validate"
)

// A notice of a public authority in Finnish with an English translation,
// and every item still to fill as the validator names it, with its article:
// a placeholder, or an item that is a code and is missing.
func ExampleYAML() {
	yml, err := starter.YAML(starter.Options{
		Languages:       []language.Tag{language.Finnish, language.English},
		PublicAuthority: true,
	})
	if err != nil {
		log.Fatal(err)
	}
	n, err := notice.Decode(yml)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(n.Title)
	for _, f := range validate.Validate(n) {
		fmt.Println(strings.TrimSpace(f.Rule + " " + f.Article + " " + f.Path))
	}
	// Output:
	// map[en:TODO: Privacy notice fi:TODO: Tietosuojaseloste]
	// FORM-DATE-02 Art 12(1)
	// PLACEHOLDER-01 Art 12(1) /title
	// PLACEHOLDER-01 Art 13(1)(a) /controller/name
	// PLACEHOLDER-01 Art 13(1)(a) /controller/address/0
	// PLACEHOLDER-01 Art 13(1)(b) /dpo/address/0
	// PLACEHOLDER-01 Art 12(1) /activities/0/name
	// PLACEHOLDER-01 Art 13(1)(c) /activities/0/purposes/0/description
	// PLACEHOLDER-01 Art 12(1) /activities/0/dataSubjects/0/name
	// PLACEHOLDER-01 Art 14(1)(d) /activities/0/dataCategories/0/name
	// ART13-LEGALBASIS-01 Art 13(1)(c) /activities/0/legalBases
	// ART14-SOURCES-01 Art 14(2)(f) /activities/0/sources
	// ART13-REQUIREMENT-01 Art 13(2)(e) /activities/0/requirement
	// PLACEHOLDER-01 Art 13(1)(e) /activities/0/recipients/items/0/name
	// PLACEHOLDER-01 Art 13(1)(f) /activities/0/transfers/notApplicable
	// PLACEHOLDER-01 Art 13(2)(a) /activities/0/retention/0/criteria
	// PLACEHOLDER-01 Art 13(2)(f) /activities/0/automatedDecisions/notApplicable
	// ART13-COMPLAINT-01 Art 13(2)(d) /rights
	// ART13-RIGHTS-01 Art 13(2)(b) /rights
	// ART13-COMPLAINT-02 Art 13(2)(d) /supervisoryAuthorities
}
