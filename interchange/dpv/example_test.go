package dpv_test

import (
	"encoding/json"
	"fmt"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/interchange/dpv"
)

func ExampleEncode() {
	n, err := examples.Load("vipu")
	if err != nil {
		fmt.Println(err)
		return
	}
	data, err := dpv.Encode(n)
	if err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Type      string           `json:"@type"`
		Processes []map[string]any `json:"dpv:hasProcess"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Type, len(doc.Processes), doc.Processes[0]["@type"])
	fmt.Println(dpv.Expand(n.Activities[0].LegalBases[0].Basis.DPV()))
	// Output:
	// dpv:PrivacyNotice 1 dpv:Process
	// https://w3id.org/dpv/legal/eu/gdpr#A6-1-c <nil>
}
