package diff

import (
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// TestItemArticlesInTheReportsLanguage names every item of a notice and of
// an activity as a report does, in Finnish and Swedish: the article must be
// cited in the language's own style, never left in the library's canonical
// English form ("Rekisteröidyn oikeudet (Art 13(2)(b)-(d))" was printed for
// the rights, and "Art 12(1); recorded under Art 30(1)(c)" for the groups of
// data subjects).
func TestItemArticlesInTheReportsLanguage(t *testing.T) {
	var items []string
	for _, typ := range []reflect.Type{reflect.TypeFor[notice.Notice](), reflect.TypeFor[notice.Activity]()} {
		for f := range typ.Fields() {
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name != "" && name != "-" && notice.ItemArticle(name) != "" {
				items = append(items, name)
			}
		}
	}
	assert.Contains(t, items, "rights")
	assert.Contains(t, items, "dataSubjects")
	for _, lang := range []language.Tag{language.Finnish, language.Swedish} {
		loc := i18n.For(lang)
		for _, item := range items {
			got := loc.Article(firstArticle(notice.ItemArticle(item)))
			assert.NotContains(t, got, "Art", "%s: %s: %q cited as %q", lang, item, notice.ItemArticle(item), got)
		}
	}
}
