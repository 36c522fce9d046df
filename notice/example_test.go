package notice_test

import (
	"errors"
	"fmt"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

func ExampleDecode() {
	doc := []byte(`schemaVersion: "1"
languages: [fi, en]
title:
  fi: Asiakasrekisterin tietosuojaseloste
  en: Privacy notice of the customer register
activities:
  - id: customers
    name: Asiakasrekisteri
    legalBases:
      - basis: contract
`)
	n, err := notice.Decode(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	title, _, _ := n.Title.In(language.English)
	fmt.Println(title)
	basis := n.Activities[0].LegalBases[0].Basis
	fmt.Println(basis, basis.Article(), basis.DPV())
	// Output:
	// Privacy notice of the customer register
	// contract Art 6(1)(b) eu-gdpr:A6-1-b
}

func ExampleDecodeError() {
	doc := []byte(`schemaVersion: "1"
languages: [fi]
title: Tietosuojaseloste
activities:
  - id: customers
    name: Asiakasrekisteri
    legalBases:
      - basis: legitimateInterest
`)
	_, err := notice.Decode(doc)
	var de *notice.DecodeError
	if errors.As(err, &de) {
		fmt.Printf("%d:%d %s\n", de.Line, de.Column, de.Pointer)
		fmt.Println(errors.Is(err, notice.ErrUnknownCode))
	}
	// Output:
	// 8:16 /activities/0/legalBases/0/basis
	// true
}

func ExampleEncodeJSON() {
	n := &notice.Notice{
		SchemaVersion: notice.SchemaVersion,
		Languages:     []language.Tag{language.Finnish},
		Title:         notice.T(language.Finnish, "Tietosuojaseloste"),
		Activities: []notice.Activity{{
			ID:   "customers",
			Name: notice.T(language.Finnish, "Asiakasrekisteri"),
			Shared: notice.Shared{
				LegalBases: []notice.LegalBasisClaim{{Basis: notice.Contract}},
				Retention:  []notice.Retention{{Period: notice.Duration{Years: 5}}},
			},
		}},
	}
	out, err := notice.EncodeJSON(n)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(out))
	// Output:
	// {
	//   "schemaVersion": "2",
	//   "languages": [
	//     "fi"
	//   ],
	//   "title": {
	//     "fi": "Tietosuojaseloste"
	//   },
	//   "activities": [
	//     {
	//       "id": "customers",
	//       "name": {
	//         "fi": "Asiakasrekisteri"
	//       },
	//       "legalBases": [
	//         {
	//           "basis": "contract"
	//         }
	//       ],
	//       "retention": [
	//         {
	//           "period": "P5Y"
	//         }
	//       ]
	//     }
	//   ]
	// }
}

func ExampleText_In() {
	name := notice.Text{language.Finnish: "Asiakasrekisteri", language.Swedish: "Kundregister"}
	s, tag, _ := name.In(language.English, language.Finnish)
	fmt.Println(s, tag)
	// Output: Asiakasrekisteri fi
}

func ExampleParseDuration() {
	d, err := notice.ParseDuration("P1Y6M")
	fmt.Println(d.Years, d.Months, d, err)
	_, err = notice.ParseDuration("5 vuotta")
	fmt.Println(err)
	// Output:
	// 1 6 P1Y6M <nil>
	// "5 vuotta" is not an ISO 8601 duration of whole years, months, weeks, days, hours or minutes (such as P5Y, P1Y6M, P2W, P7D, PT24H, PT10M)
}
