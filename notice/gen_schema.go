//go:build ignore

// gen_schema writes notice.schema.json from the Go types; run it with go generate.
package main

import (
	"log"
	"os"

	"github.com/seloste/seloste/notice/internal/schemagen"
)

func main() {
	b, err := schemagen.Generate(".")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("notice.schema.json", b, 0o644); err != nil {
		log.Fatal(err)
	}
}
