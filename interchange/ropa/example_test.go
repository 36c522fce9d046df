package ropa_test

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/interchange/ropa"
)

func ExampleBuild() {
	n, err := examples.Load("vipu")
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := ropa.Build(n, language.Finnish)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Title)
	fmt.Println(r.Header[2])
	fmt.Println(strings.Split(r.Rows[0][1], "\n")[0])
	// Output:
	// Seloste käsittelytoimista
	// Käsittelyn tarkoitukset (30 artiklan 1 kohdan b alakohta)
	// Rekisterinpitäjä: Tuomioistuimet
}

func ExampleRecord_WriteCSV() {
	n, err := examples.Load("vipu")
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := ropa.Build(n, language.English)
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	if err := r.WriteCSV(&b); err != nil {
		fmt.Println(err)
		return
	}
	rows, err := ropa.ReadCSV(strings.NewReader(b.String()))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Fprintln(os.Stdout, len(rows), rows[0][0], "|", rows[1][0])
	// Output:
	// 2 Processing activity | Valtori's video conferencing service VIPU ("VIPU")
}
