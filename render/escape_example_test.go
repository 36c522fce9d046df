package render_test

import (
	"fmt"

	"github.com/seloste/seloste/render"
)

// A name from a notice put in Markdown of one's own: it stays text, and no
// reader makes a heading, a link or an autolink of it. (An invisible word
// joiner, U+2060, follows "https:" in the output.)
func ExampleEscapeMarkdown() {
	name := "# [Win](https://evil.example) *now*"
	fmt.Println("### Activity “" + render.EscapeMarkdown(name) + "”")
	// Output:
	// ### Activity “\# \[Win\](https:⁠//evil.example) \*now\*”
}
