package notice_test

import (
	"fmt"
	"log"

	"github.com/seloste/seloste/notice"
)

// Formatting puts the fields in schema order and keeps the comments, blank
// lines and styles the author wrote.
func ExampleFormatYAML() {
	src := `# yaml-language-server: $schema=notice.schema.json
title: {en: Notice, fi: Seloste}   # the original first

schemaVersion: "2"
languages: [fi, en]
activities:
  - name: Asiakasrekisteri
    id: customers  # stable: renderings link to it
`
	out, err := notice.FormatYAML([]byte(src))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(string(out))
	// Output:
	// # yaml-language-server: $schema=notice.schema.json
	// schemaVersion: "2"
	// languages: [fi, en]
	//
	// title: {fi: Seloste, en: Notice}   # the original first
	// activities:
	//   - id: customers  # stable: renderings link to it
	//     name: Asiakasrekisteri
}
