package validate

import (
	"reflect"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/i18n"
	"github.com/seloste/seloste/notice"
)

// Placeholder starts every value that a notice to start from holds in place
// of the controller's own words: `seloste init` (package starter) writes
// "TODO: " and the name of the item, in each language of the notice. Rule
// PLACEHOLDER-01 reports every text, name or other string of a notice that
// still starts with it, so that no placeholder is published.
const Placeholder = "TODO:"

// IsPlaceholder reports whether s is a placeholder still to fill in: it
// starts with [Placeholder], after any leading white space.
func IsPlaceholder(s string) bool {
	return strings.HasPrefix(strings.TrimLeft(s, " \t\r\n"), Placeholder)
}

// checkPlaceholder reports v, a value of the notice at p met by the walk of
// checkValues, when it is a placeholder (rule PLACEHOLDER-01): a text or
// name once, whichever of its languages holds it, and any other string such
// as an e-mail address or a web address. The finding cites the article of
// the item that holds the value. It runs in that walk, not a walk of its
// own, which would cost as much again as the rest of a validation; a
// validation that skips the rule makes no check at all.
func (c *checker) checkPlaceholder(v reflect.Value, p *pointer) {
	if c.skip[RulePlaceholder] {
		return
	}
	var found bool
	switch t := v.Type(); {
	case t == textType:
		found = textPlaceholder(v.Interface().(notice.Text))
	case t == nameType:
		found = textPlaceholder(notice.Text(v.Interface().(notice.Name)))
	case t.Kind() == reflect.String:
		found = IsPlaceholder(v.String())
	}
	if found {
		ptr := p.String()
		c.add(RulePlaceholder, ptr, c.placeholderArticle(ptr))
	}
}

func textPlaceholder(t notice.Text) bool {
	for _, s := range t {
		if IsPlaceholder(s) {
			return true
		}
	}
	return false
}

// placeholderArticle returns the article of the item that holds the value
// at ptr: the one the validator's own rules cite for it, else the first
// citation of the item's description in the schema (notice.ItemArticle),
// its Art 14 counterpart where the activity is under Art 14 only; "" (the
// rule's own, Art 12(1)) for a value outside the items of the Regulation.
func (c *checker) placeholderArticle(ptr string) string {
	if a := c.itemArticle(ptr); a != "" {
		return a
	}
	toks := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	name, xs := toks[0], c.acts
	if name == "activities" && len(toks) >= 3 {
		i, err := strconv.Atoi(toks[1])
		if err != nil || i < 0 || i >= len(c.acts) {
			return ""
		}
		name, xs = toks[2], []act{c.acts[i]}
	}
	first, _, _ := strings.Cut(notice.ItemArticle(name), ",")
	first, _, _ = strings.Cut(first, ";")
	first = strings.TrimSpace(first)
	if first == "" || i18n.For(language.English).Article(first) == first {
		return "" // no item, or a citation the library cannot write
	}
	if a14 := art14Of(first); a14 != "" && len(xs) > 0 {
		art13 := false
		for _, x := range xs {
			art13 = art13 || x.art13
		}
		if !art13 {
			return a14
		}
	}
	return first
}
