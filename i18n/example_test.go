package i18n_test

import (
	"fmt"
	"time"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
)

func ExampleMatch() {
	// A ?lang= value first, then the Accept-Language header.
	fmt.Println(i18n.Match("", "de-DE,de;q=0.9,sv;q=0.8"))
	fmt.Println(i18n.Match("sv-SE"))
	fmt.Println(i18n.Match("sv-FI"))
	fmt.Println(i18n.Match("en-US"))
	fmt.Println(i18n.Match("de"))
	// Output:
	// sv
	// sv-SE
	// sv
	// en
	// fi
}

func ExampleMatcher() {
	// A notice offered in Swedish and English; the visitor prefers Finnish,
	// refuses English and accepts anything else.
	m := i18n.NewMatcher([]language.Tag{language.Swedish, language.English})
	fmt.Println(m.Match("fi, en;q=0, *;q=0.5"))
	// Refusing both leaves nothing to serve: answer 406 Not Acceptable.
	fmt.Println(m.Match("sv;q=0, en;q=0"))
	// Output:
	// sv 0 true
	// und -1 false
}

func ExampleLocale_Period() {
	p := i18n.Period{Years: 1, Months: 6}
	for _, tag := range i18n.Supported {
		fmt.Println(i18n.For(tag).Period(p))
	}
	fmt.Println(i18n.For(language.Finnish).Period(i18n.Period{Years: 5}))
	// Output:
	// 1 vuosi ja 6 kuukautta
	// 1 år, 6 månader
	// 1 year, 6 months
	// 5 vuotta
}

func ExampleLocale_Date() {
	d := time.Date(2023, time.August, 22, 0, 0, 0, 0, time.UTC)
	for _, tag := range []string{"fi", "sv", "sv-SE", "en"} {
		fmt.Println(i18n.For(language.MustParse(tag)).Date(d))
	}
	// Output:
	// 22.8.2023
	// 22.8.2023
	// 2023-08-22
	// 22 August 2023
}

func ExampleLocale_Statute() {
	fi := i18n.For(language.Finnish)
	fmt.Println(fi.Statute(i18n.Citation{
		Name: "tietosuojalaki", CiteName: "tietosuojalain", Number: "1050/2018",
		Sections: []string{"4"}, Item: "2",
	}))
	sv := i18n.For(language.Swedish)
	fmt.Println(sv.Statute(i18n.Citation{
		Name: "dataskyddslag", CiteName: "dataskyddslagen", Number: "1050/2018",
		Sections: []string{"4"}, Item: "2",
	}))
	// A Swedish act in the style of Swedish law, an Austrian one in the
	// style of Austrian law, a Union act by its kind and number.
	fmt.Println(sv.Statute(i18n.Citation{
		Style: "SE", Name: "lag med kompletterande bestämmelser till EU:s dataskyddsförordning",
		CiteName: "dataskyddslagen", Number: "2018:218", Chapter: "2", Sections: []string{"3"},
	}))
	en := i18n.For(language.English)
	fmt.Println(en.Statute(i18n.Citation{
		Style: "AT", Name: "Universities Act 2002", Abbreviation: "UG", Sections: []string{"3"},
	}))
	fmt.Println(en.Statute(i18n.Citation{
		Style: "EU", Kind: "regulation", Number: "2016/679", Articles: []string{"6"}, Subsection: "1", Item: "e",
	}))
	// Output:
	// tietosuojalain (1050/2018) 4 §:n 2 kohta
	// 4 § 2 punkten i dataskyddslagen (1050/2018)
	// 2 kap. 3 § dataskyddslagen (2018:218)
	// § 3 UG (Universities Act 2002)
	// Article 6(1)(e) of Regulation (EU) 2016/679
}

func ExampleLocale_Article() {
	for _, tag := range i18n.Supported {
		fmt.Println(i18n.For(tag).Article("Art 6(1)(a)"))
	}
	// Output:
	// 6 artiklan 1 kohdan a alakohta
	// artikel 6.1 a
	// Article 6(1)(a)
}

func ExampleLocale_T() {
	sv := i18n.For(i18n.Match("sv"))
	fmt.Println(sv.T("heading.rights"))
	fmt.Println(sv.T("right.erasure"))
	fmt.Println(sv.T("duration.day", 30))
	fmt.Println(sv.T("no.such.key"), sv.Has("no.such.key"))
	// Output:
	// Den registrerades rättigheter
	// Rätt till radering (”rätten att bli bortglömd”)
	// 30 dagar
	// no.such.key false
}
