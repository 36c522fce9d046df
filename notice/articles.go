package notice

import (
	"encoding/json"
	"regexp"
	"strings"
	"sync"
)

// ItemArticle returns the article of the Regulation that requires an item of
// a notice or an activity, named by its field name ("recipients" gives
// "Art 13(1)(e), 14(1)(e)"), as the item's doc comment, and so its
// description in [JSONSchema], cites it; "" for a name that is no such item.
// It is the one table of items and articles: it is read from the schema.
func ItemArticle(item string) string {
	itemArticlesOnce()
	return itemArticles[item]
}

var (
	itemArticles     map[string]string
	itemArticlesOnce = sync.OnceFunc(func() {
		var s struct {
			Defs map[string]struct {
				Properties map[string]struct {
					Description string `json:"description"`
				} `json:"properties"`
			} `json:"$defs"`
		}
		if err := json.Unmarshal(JSONSchema, &s); err != nil {
			panic("notice: the embedded schema: " + err.Error())
		}
		itemArticles = map[string]string{}
		for _, def := range []string{"Activity", "Notice"} { // the notice's description wins
			for name, p := range s.Defs[def].Properties {
				if m := articleRE.FindAllStringSubmatch(p.Description, -1); m != nil {
					// A citation may be followed by a gloss, "(Art 12(1):
					// information in a concise ... form)": the gloss is no
					// part of the article.
					a, _, _ := strings.Cut(m[len(m)-1][1], ":")
					itemArticles[name] = strings.TrimSpace(a)
				}
			}
		}
	})
	// articleRE finds a parenthesised citation that starts with "Art" or "Arts".
	articleRE = regexp.MustCompile(`\((Arts? [^()]*(?:\([^()]*\)[^()]*)*)\)`)
)
