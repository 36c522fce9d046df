package schemagen_test

import (
	"encoding/json"
	"fmt"

	"github.com/seloste/seloste/notice/internal/schemagen"
)

func ExampleGenerate() {
	b, err := schemagen.Generate("../..")
	if err != nil {
		fmt.Println(err)
		return
	}
	var s struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
		Defs   map[string]struct {
			Properties map[string]struct {
				Description string `json:"description"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(b, &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Schema)
	fmt.Println(s.ID)
	fmt.Println(s.Defs["Activity"].Properties["id"].Description)
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// https://raw.githubusercontent.com/seloste/seloste/schema-v2/notice/notice.schema.json
	// ID is a short identifier, unique in the notice, used for anchors and references (Art 12(1)).
}
