package docs_test

import (
	"fmt"
	"strings"

	"github.com/seloste/seloste/docs"
)

// The section of one rule, from its heading to the next.
func ExampleRules() {
	doc := docs.Rules()
	start := strings.Index(doc, "\n## ART13-DPO-01\n")
	end := strings.Index(doc[start+1:], "\n## ")
	section := doc[start+1 : start+1+end]
	fmt.Println(strings.SplitN(section, "\n", 4)[2])
	// Output:
	// - Severity: warning
}
