package starter_test

import (
	"bytes"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
	"github.com/seloste/seloste/starter"
	"github.com/seloste/seloste/validate"
)

var (
	fi, sv, en = language.Finnish, language.Swedish, language.English
	german     = language.German
)

// cases are the options the tests write notices with: each kind of
// controller with one language, the three catalog languages in two orders,
// and a language the catalog does not have.
func cases() []starter.Options {
	var out []starter.Options
	for _, public := range []bool{false, true} {
		for _, langs := range [][]language.Tag{nil, {fi, sv, en}, {sv, fi}, {en}, {german, en}} {
			out = append(out, starter.Options{Languages: langs, PublicAuthority: public})
		}
	}
	return out
}

func name(o starter.Options) string {
	return fmt.Sprintf("%v public=%v", o.Languages, o.PublicAuthority)
}

// write returns the notice for o and its decoded form.
func write(t *testing.T, o starter.Options, examples bool) ([]byte, *notice.Notice) {
	t.Helper()
	var yml []byte
	var err error
	if examples {
		yml, err = starter.WithExamples(o)
	} else {
		yml, err = starter.YAML(o)
	}
	require.NoError(t, err)
	n, err := notice.Decode(yml)
	require.NoError(t, err, "the notice decodes:\n%s", yml)
	return yml, n
}

// TestDecodesAndFormatsUnchanged: every notice decodes, is in the form
// notice.FormatYAML gives (byte for byte), starts with the schema hint, is
// the same for the same options, and holds no catalog key in place of words.
// So is the notice with its examples uncommented: uncommenting them gives a
// notice that decodes and that fmt does not reorder.
func TestDecodesAndFormatsUnchanged(t *testing.T) {
	for _, o := range cases() {
		for _, examples := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s examples=%v", name(o), examples), func(t *testing.T) {
				yml, n := write(t, o, examples)
				formatted, err := notice.FormatYAML(yml)
				require.NoError(t, err)
				assert.Equal(t, string(yml), string(formatted), "fmt leaves the notice as it is")
				again, _ := write(t, o, examples)
				assert.Equal(t, yml, again, "the same options give the same bytes")
				assert.True(t, bytes.HasPrefix(yml, []byte("# yaml-language-server: $schema="+notice.SchemaURL+"\n")))
				assert.NotRegexp(t, `"TODO: (heading|label|document)\.`, string(yml), "every placeholder's words are in the catalog")
				langs := o.Languages
				if len(langs) == 0 {
					langs = []language.Tag{fi}
				}
				assert.Equal(t, notice.Tags(langs), n.Languages)
				require.NotNil(t, n.Controller)
				require.NotNil(t, n.Controller.PublicAuthority)
				assert.Equal(t, o.PublicAuthority, *n.Controller.PublicAuthority)
				for _, line := range strings.Split(string(yml), "\n") {
					if strings.HasPrefix(strings.TrimSpace(line), "#") && !strings.Contains(line, "yaml-language-server") {
						assert.LessOrEqual(t, len([]rune(line)), 79+40, "a comment line is wrapped: %q", line)
					}
				}
			})
		}
	}
}

// placeholders returns the pointer of every value of n that holds a
// placeholder, found by walking the notice, independently of the validator.
func placeholders(n *notice.Notice) []string {
	var out []string
	notice.Walk(n, func(v notice.Value) bool {
		var strs []string
		switch x := v.V.Interface().(type) {
		case notice.Text:
			for _, s := range x {
				strs = append(strs, s)
			}
		case notice.Name:
			for _, s := range x {
				strs = append(strs, s)
			}
		default:
			if v.V.Kind() == reflect.String {
				strs = append(strs, v.V.String())
			}
		}
		if slices.ContainsFunc(strs, func(s string) bool { return strings.HasPrefix(s, "TODO: ") }) {
			out = append(out, v.Pointer())
		}
		return true
	})
	return out
}

// TestValidateNamesEveryPlaceholder: the validator reports each placeholder,
// and only those, once, at its place, with an article; no text lacks a
// language of the notice.
func TestValidateNamesEveryPlaceholder(t *testing.T) {
	for _, o := range cases() {
		t.Run(name(o), func(t *testing.T) {
			_, n := write(t, o, false)
			want := placeholders(n)
			require.Len(t, want, 12, "title, controller name and address, the DPO's contact, the activity's name, a purpose, a group, a category, a recipient, transfers, retention, automated decisions")
			var got []string
			for _, f := range validate.Validate(n) {
				assert.NotEqual(t, validate.RuleMissingTranslation, f.Rule, "%s: every placeholder is in every language", f.Path)
				if f.Rule == validate.RulePlaceholder {
					got = append(got, f.Path)
					assert.NotEmpty(t, f.Article)
				}
			}
			assert.ElementsMatch(t, want, got)
		})
	}
}

// conditional are the items of Arts 13 and 14 that apply only in some
// cases; the notice gives them as commented examples only, and the
// validator rightly keeps silent on them.
var conditional = map[string]string{
	"representative":      "only for a controller not established in the Union (Art 27)",
	"jointControllers":    "only for joint controllers (Art 26)",
	"contactPersons":      "a contact person beside the controller's details is optional",
	"legitimateInterests": "only where a basis is Art 6(1)(f)",
	"furtherProcessing":   "only where the controller intends further processing (Art 13(3))",
	"storage":             "where the data are kept is no item of its own",
	"describedIn":         "only for an activity another notice describes in full",
}

// items returns the fields of a notice and of an activity whose description
// in the schema cites Art 13 or 14: the items of those articles.
func items() (noticeLevel, activityLevel []string) {
	cites := regexp.MustCompile(`\b1[34]\(`)
	for _, f := range notice.FieldsOf(reflect.TypeFor[notice.Notice]()) {
		if cites.MatchString(notice.ItemArticle(f.Name)) {
			noticeLevel = append(noticeLevel, f.Name)
		}
	}
	for _, f := range notice.FieldsOf(reflect.TypeFor[notice.Activity]()) {
		if cites.MatchString(notice.ItemArticle(f.Name)) {
			activityLevel = append(activityLevel, f.Name)
		}
	}
	return noticeLevel, activityLevel
}

// TestEveryItemIsThereAndNamed: every item of Arts 13 and 14 is in the
// notice, as a value or as a commented example, under a comment citing its
// article; every item that always applies is named by a finding at its
// place or below it (a placeholder, or the missing item's own rule), so a
// notice without findings has filled them all.
func TestEveryItemIsThereAndNamed(t *testing.T) {
	top, acts := items()
	require.Contains(t, top, "controller")
	require.Contains(t, acts, "purposes")
	for _, o := range cases() {
		t.Run(name(o), func(t *testing.T) {
			yml, n := write(t, o, false)
			doc := string(yml)
			fs := validate.Validate(n)
			named := func(ptr string) []string {
				var rules []string
				for _, f := range fs {
					if f.Path == ptr || strings.HasPrefix(f.Path, ptr+"/") {
						rules = append(rules, f.Rule)
					}
				}
				return rules
			}
			// The comments as one text, their lines joined.
			flat := regexp.MustCompile(`\n *# *`).ReplaceAllString(doc, " ")
			check := func(indent, item, ptr string) {
				written := regexp.MustCompile(`(?m)^` + indent + `(# )?(- )?` + item + `:`)
				assert.True(t, written.MatchString(doc), "%s is in the notice", item)
				assert.True(t, strings.Contains(flat, notice.ItemArticle(item)), "%s: its article %s is cited", item, notice.ItemArticle(item))
				if _, ok := conditional[item]; ok {
					return
				}
				assert.NotEmpty(t, named(ptr), "%s: a finding names it", ptr)
			}
			for _, item := range slices.Compact(slices.Sorted(slices.Values(append(top, acts...)))) {
				switch item {
				case "activities", "from", "until": // the list itself; when an activity begins and ends, no item
				case "controller", "jointControllers", "representative", "contactPersons", "dpo", "rights", "supervisoryAuthorities":
					check("", item, "/"+item) // said once, on the notice
				default:
					check("    ", item, "/activities/0/"+item)
				}
			}
			// The items that are codes are missing, and their own rules say so.
			for ptr, rule := range map[string]string{
				"/activities/0/legalBases":  validate.RuleLegalBasisMissing,
				"/activities/0/sources":     validate.RuleSourcesMissing,
				"/activities/0/requirement": validate.RuleRequirementMissing,
				"/rights":                   validate.RuleRightsMissing,
				"/supervisoryAuthorities":   validate.RuleSupervisoryAuthority,
			} {
				assert.Contains(t, named(ptr), rule, ptr)
			}
			assert.True(t, slices.ContainsFunc(fs, func(f validate.Finding) bool { return f.Rule == validate.RuleDateMissing }), "the date")
		})
	}
}

// TestExamplesAreSound uncomments every example: what they give is what
// their comments promise. The only findings left are the placeholders and
// warnings for examples that do not go together (a condition of Art 9(2)
// with no special data, notApplicable beside items): no error on form, no
// unknown code, no missing translation.
func TestExamplesAreSound(t *testing.T) {
	for _, o := range cases() {
		t.Run(name(o), func(t *testing.T) {
			_, n := write(t, o, true)
			for _, f := range validate.Validate(n) {
				if f.Rule == validate.RulePlaceholder {
					continue
				}
				assert.NotEqual(t, validate.Error, f.Severity, "%s", f.Error())
			}
			require.NotEmpty(t, n.Activities[0].LegalBases)
			for _, b := range n.Activities[0].LegalBases {
				if o.PublicAuthority {
					assert.Contains(t, []notice.LegalBasis{notice.PublicTask, notice.LegalObligation}, b.Basis, "a public authority's tasks rest on Art 6(1)(e) or (c)")
					assert.NotEmpty(t, b.Laws, "with the law that lays them down (Art 6(3))")
				}
			}
		})
	}
}

// TestPublicAuthority: the kind of controller changes what applies. A
// public authority's notice states it, so that a missing data protection
// officer is the error of Art 37(1)(a) rather than the warning of Art
// 13(1)(b); its comments give the facts that apply to it; its example
// bases are never legitimate interests, which the validator would report.
func TestPublicAuthority(t *testing.T) {
	langs := []language.Tag{fi, sv, en}
	for _, public := range []bool{false, true} {
		yml, n := write(t, starter.Options{Languages: langs, PublicAuthority: public}, false)
		n.DPO = nil
		var rules []string
		for _, f := range validate.Validate(n) {
			rules = append(rules, f.Rule)
		}
		doc := string(yml)
		for _, fact := range []string{"Art 6(1), second subparagraph", "Art 86", "621/1999", "Art 49(3)", "publicTask"} {
			assert.Equal(t, public, strings.Contains(doc, fact) && !strings.Contains(doc, "# Not a public"), "%q in the notice of a public authority only (public=%v)", fact, public)
		}
		if public {
			assert.Contains(t, rules, validate.RulePublicAuthorityDPO)
			assert.NotContains(t, rules, validate.RuleDPOMissing)
		} else {
			assert.Contains(t, rules, validate.RuleDPOMissing)
			assert.NotContains(t, rules, validate.RulePublicAuthorityDPO)
		}
	}
	// A private controller's example bases include legitimate interests: a
	// public authority stating them is told (Art 6(1), second subparagraph).
	_, n := write(t, starter.Options{Languages: langs}, true)
	yes := true
	n.Controller.PublicAuthority = &yes
	var rules []string
	for _, f := range validate.Validate(n) {
		rules = append(rules, f.Rule)
	}
	assert.Contains(t, rules, validate.RulePublicAuthorityInterests)
	_, n = write(t, starter.Options{Languages: langs, PublicAuthority: true}, true)
	for _, f := range validate.Validate(n) {
		assert.NotEqual(t, validate.RulePublicAuthorityInterests, f.Rule)
	}
}

// TestPlaceholderLanguages: a placeholder is in each language of the
// notice, in the catalog's words, and in English for a language the catalog
// does not have; a name is in the original language only.
func TestPlaceholderLanguages(t *testing.T) {
	_, n := write(t, starter.Options{Languages: []language.Tag{sv, fi}}, false)
	assert.Equal(t, notice.Text{sv: "TODO: Dataskyddsbeskrivning", fi: "TODO: Tietosuojaseloste"}, n.Title)
	assert.Equal(t, notice.Name{sv: "TODO: Personuppgiftsansvarig: Namn"}, n.Controller.Name)
	_, n = write(t, starter.Options{Languages: []language.Tag{german, en}}, false)
	assert.Equal(t, notice.Text{german: "TODO: Privacy notice", en: "TODO: Privacy notice"}, n.Title)
}

func TestBadLanguages(t *testing.T) {
	for _, langs := range [][]language.Tag{{fi, language.Und}, {fi, sv, fi}} {
		_, err := starter.YAML(starter.Options{Languages: langs})
		assert.True(t, errors.Is(err, starter.ErrLanguages), "%v: %v", langs, err)
	}
}
