package i18n

import (
	"encoding/json"
	"io/fs"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func localesFS(t *testing.T) fs.FS {
	t.Helper()
	sub, err := fs.Sub(embedded, "locales")
	require.NoError(t, err)
	return sub
}

// copyFS copies the embedded locale files into a MapFS that a test can edit.
func copyFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	src := localesFS(t)
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(src, p)
		m[p] = &fstest.MapFile{Data: data}
		return err
	})
	require.NoError(t, err)
	return m
}

// editJSON decodes a locale file of m, lets edit change it and encodes it back.
func editJSON(t *testing.T, m fstest.MapFS, name string, edit func(map[string]any)) {
	t.Helper()
	var obj map[string]any
	require.NoError(t, json.Unmarshal(m[name].Data, &obj))
	edit(obj)
	data, err := json.Marshal(obj)
	require.NoError(t, err)
	m[name] = &fstest.MapFile{Data: data}
}

func TestEmbeddedDataLoads(t *testing.T) {
	s, err := load(localesFS(t), Supported)
	require.NoError(t, err)
	assert.Equal(t, std.keys, s.keys)
	assert.ElementsMatch(t, []string{"fi", "sv", "en", "sv-SE"}, tagStrings(slices.Collect(maps.Keys(s.locales))))
	assert.Contains(t, s.offered, language.MustParse("sv-SE"))
}

func tagStrings(tags []language.Tag) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		out[i] = t.String()
	}
	return out
}

// vocabularies mirrors the closed vocabularies of notice/vocab.go (which this
// package must not import): name → codes. A cross-package test elsewhere
// checks the real list against the catalog.
var vocabularies = map[string][]string{
	"legalBasis":         {"consent", "contract", "legalObligation", "vitalInterests", "publicTask", "legitimateInterests"},
	"specialCategory":    {"racialEthnicOrigin", "politicalOpinions", "religiousBeliefs", "tradeUnionMembership", "geneticData", "biometricData", "healthData", "sexLifeOrientation"},
	"specialCondition":   {"explicitConsent", "employmentSocialSecurity", "vitalInterestsIncapable", "notForProfitBody", "manifestlyMadePublic", "legalClaims", "substantialPublicInterest", "healthOrSocialCare", "publicHealth", "archivingResearchStatistics"},
	"criminalBasis":      {"officialAuthorityControl", "authorisedByLaw"},
	"right":              {"information", "access", "rectification", "erasure", "restriction", "portability", "object", "automatedDecision", "withdrawConsent", "complaint", "notification", "judicialRemedy"},
	"transferMechanism":  {"adequacyDecision", "publicAuthorityInstrument", "bindingCorporateRules", "standardClausesCommission", "standardClausesAuthority", "codeOfConduct", "certification", "authorisedContractualClauses", "authorisedAdministrativeArrangement", "derogationExplicitConsent", "derogationContract", "derogationContractInInterest", "derogationPublicInterest", "derogationLegalClaims", "derogationVitalInterests", "derogationPublicRegister", "compellingLegitimateInterests"},
	"recipientRole":      {"processor", "controller", "jointController", "publicAuthority", "other"},
	"requirement":        {"statutory", "contractual", "contractPrerequisite", "notRequired"},
	"exemption":          {"alreadyInformed", "disproportionateEffort", "laidDownByLaw", "professionalSecrecy"},
	"sourceKind":         {"dataSubject", "generated", "otherSource", "publicSource"},
	"decisionGround":     {"contract", "law", "explicitConsent"},
	"retentionQualifier": {"exact", "minimum", "maximum", "approximate"},
	"openEnd":            {"untilFurtherNotice", "indefinitely", "permanently", "untilRemoved"},
	"negation":           {"noSpecialCategories", "noCriminalData", "notSold", "noDirectMarketing", "noProfiling", "noChildren", "noFurtherProcessing"},
	"storageTechnology":  {"cookie", "localStorage", "sessionStorage", "pixel", "other"},
	"identifierScheme":   {"fiBusinessId", "seOrganisationNumber", "noOrganisationNumber", "vatNumber", "lei", "other"},
	"location":           {"eea", "thirdCountry"},
	"disposal":           {"erase", "anonymise", "eraseOrAnonymise", "archive", "restrict"},
}

// TestVocabularyTerms checks that terms.json of every language has the
// vocabulary's title and a term for each of its codes, and nothing else.
func TestVocabularyTerms(t *testing.T) {
	var want []string
	codes := 0
	for name, cs := range vocabularies {
		want = append(want, name)
		for _, c := range cs {
			want = append(want, name+"."+c)
		}
		codes += len(cs)
	}
	require.Equal(t, 108, codes, "notice/vocab.go and vocab_model.go define 108 codes in 18 vocabularies")
	for _, tag := range Supported {
		t.Run(tag.String(), func(t *testing.T) {
			data, err := fs.ReadFile(localesFS(t), tag.String()+"/terms.json")
			require.NoError(t, err)
			pairs, err := readObject(data)
			require.NoError(t, err)
			var got []string
			for _, p := range pairs {
				got = append(got, p.key)
			}
			assert.ElementsMatch(t, want, got)
			assert.Len(t, got, 126)
		})
	}
}

func TestKeyFamilies(t *testing.T) {
	families := []string{"document.", "heading.", "label.", "phrase.", "date.", "list.", "duration.", "statute.", "article.", "rule.", "diff.", "ropa."}
	for _, k := range std.keys {
		head, _, _ := strings.Cut(k, ".")
		if _, ok := vocabularies[head]; ok {
			continue
		}
		assert.True(t, slices.ContainsFunc(families, func(f string) bool { return strings.HasPrefix(k, f) }), "key %q has no known prefix", k)
	}
}

// TestNoKeyDefinedTwice reads every file with the duplicate-refusing reader
// and checks that no key appears in two files of one language.
func TestNoKeyDefinedTwice(t *testing.T) {
	fsys := localesFS(t)
	dirs, err := fs.ReadDir(fsys, ".")
	require.NoError(t, err)
	n := 0
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		files, err := fs.ReadDir(fsys, d.Name())
		require.NoError(t, err)
		seen := map[string]string{}
		for _, f := range files {
			data, err := fs.ReadFile(fsys, d.Name()+"/"+f.Name())
			require.NoError(t, err)
			pairs, err := readObject(data)
			require.NoError(t, err, "%s/%s", d.Name(), f.Name())
			for _, p := range pairs {
				if prev, dup := seen[p.key]; dup {
					t.Errorf("%s: %q in both %s and %s", d.Name(), p.key, prev, f.Name())
				}
				seen[p.key] = f.Name()
				n++
			}
		}
	}
	assert.Greater(t, n, 3*200)
}

func TestNeededForms(t *testing.T) {
	assert.Equal(t, []string{"one", "other"}, neededForms(language.Finnish))
	assert.Equal(t, []string{"one", "other"}, neededForms(language.Swedish))
	assert.Equal(t, []string{"one", "other"}, neededForms(language.English))
	assert.Equal(t, []string{"one", "two", "other"}, neededForms(language.MustParse("se")))
	assert.Equal(t, []string{"other"}, neededForms(language.Japanese))
}

// TestPluralForms checks that every plural message has every form its
// language's plural rules use, and only valid ones.
func TestPluralForms(t *testing.T) {
	plurals := 0
	for tag, l := range std.locales {
		for _, k := range sortedKeys(l.msgs) {
			e := l.msgs[k]
			if e.forms == nil {
				continue
			}
			plurals++
			for _, f := range neededForms(tag) {
				assert.Contains(t, e.forms, f, "%s: %s", tag, k)
			}
			for f := range e.forms {
				assert.True(t, slices.Contains(neededForms(tag), f) || strings.HasPrefix(f, "="),
					"%s: %s: form %q is never used in this language", tag, k, f)
			}
		}
	}
	assert.Equal(t, 4*6, plurals, "six duration units in four locales")
}

// TestPlainMessagesVerbatim checks that a message without fmt verbs comes
// back from T exactly as written, so no catalog syntax garbles it.
func TestPlainMessagesVerbatim(t *testing.T) {
	for tag, l := range std.locales {
		for k, e := range l.msgs {
			if e.forms == nil && !strings.Contains(e.text, "%") {
				assert.Equal(t, e.text, l.T(k), "%s: %s", tag, k)
			}
		}
	}
}

func TestShiftVerbs(t *testing.T) {
	tests := []struct {
		in, want string
		err      bool
	}{
		{"%d vuotta", "%[2]d vuotta", false},
		{"%d of %s", "%[2]d of %[3]s", false},
		{"%[2]s: %[1]d", "%[3]s: %[2]d", false},
		{"%[2]s then %d", "%[3]s then %[4]d", false},
		{"100%% of %d", "100%% of %[2]d", false},
		{"%5.2f", "%5.2[2]f", false},
		{"%-4d|", "%-4[2]d|", false},
		{"no verbs", "no verbs", false},
		{"ends with %", "", true},
		{"%*d", "", true},
		{"%[x]d", "", true},
		{"%[1d", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := shiftVerbs(tt.in)
			if tt.err {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPluralSelectsOnFirstNumber(t *testing.T) {
	m := copyFS(t)
	for _, tag := range []string{"fi", "sv", "en"} {
		editJSON(t, m, tag+"/headings.json", func(o map[string]any) {
			o["phrase.test"] = map[string]any{"one": "%s: %d item", "other": "%s: %d items"}
		})
	}
	s, err := load(m, Supported)
	require.NoError(t, err)
	en := s.locales[language.English]
	assert.Equal(t, "Recipients: 1 item", en.T("phrase.test", "Recipients", 1))
	assert.Equal(t, "Recipients: 3 items", en.T("phrase.test", "Recipients", 3))
	assert.Equal(t, "Recipients: 1 item", en.T("phrase.test", "Recipients", uint8(1)))
	assert.Equal(t, "Recipients: %!d(string=x) items", en.T("phrase.test", "Recipients", "x"), "no number: other")
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(fstest.MapFS)
		want string
	}{
		{"key twice in a file", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.a": "1", "x.a": "2"}`)}
		}, `key "x.a" defined twice`},
		{"key in two files", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"heading.controller": "Rekisterinpitäjä"}`)}
		}, `fi/headings.json: key "heading.controller" already defined in fi/extra.json`},
		{"key missing in a language", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"label.new": "Uusi"}`)}
		}, "sv: missing keys: label.new"},
		{"plural form missing", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"duration.decade": {"other": "%d vuosikymmentä"}}`)}
			m["sv/extra.json"] = &fstest.MapFile{Data: []byte(`{"duration.decade": {"one": "%d decennium", "other": "%d decennier"}}`)}
			m["en/extra.json"] = &fstest.MapFile{Data: []byte(`{"duration.decade": {"one": "%d decade", "other": "%d decades"}}`)}
		}, `fi: duration.decade: plural form "one" missing`},
		{"plural form the language lacks", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.y": {"one": "a", "two": "b", "other": "c"}}`)}
			m["sv/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.y": {"one": "a", "other": "c"}}`)}
			m["en/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.y": {"one": "a", "other": "c"}}`)}
		}, `form "two" not supported for language "fi"`},
		{"no other form", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.y": {"one": "a"}}`)}
		}, `without an "other" form`},
		{"unknown plural category", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.y": {"several": "a", "other": "b"}}`)}
		}, `plural form "several" is not a CLDR plural category`},
		{"plural in one language only", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.y": {"one": "a", "other": "b"}}`)}
			m["sv/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.y": "c"}`)}
			m["en/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.y": {"one": "a", "other": "b"}}`)}
		}, "sv: x.y: plural in one language and not in another"},
		{"not flat", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.y": ["a"]}`)}
		}, "neither a string nor an object"},
		{"not an object", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`["a"]`)}
		}, "not a JSON object"},
		{"bad JSON", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"a": "b",}`)}
		}, "fi/extra.json"},
		{"trailing data", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{} {}`)}
		}, "data after the JSON object"},
		{"catalog macro syntax", func(m fstest.MapFS) {
			m["fi/extra.json"] = &fstest.MapFile{Data: []byte(`{"x.y": "${oops}"}`)}
		}, "reserved by the message catalog"},
		{"not a json file", func(m fstest.MapFS) {
			m["fi/README.txt"] = &fstest.MapFile{Data: []byte(`hello`)}
		}, "fi/README.txt: not a <domain>.json file"},
		{"directory without a supported tag", func(m fstest.MapFS) {
			m["de/terms.json"] = &fstest.MapFile{Data: []byte(`{}`)}
		}, "directory de: tag is neither in Supported nor a variant"},
		{"non-canonical directory", func(m fstest.MapFS) {
			m["sv_SE/locale.json"] = &fstest.MapFile{Data: []byte(`{}`)}
		}, `directory "sv_SE": not a canonical BCP 47 tag`},
		{"supported language without directory", func(m fstest.MapFS) {
			for k := range m {
				if strings.HasPrefix(k, "en/") {
					delete(m, k)
				}
			}
		}, "en: supported language has no directory"},
		{"variant key unknown to its base", func(m fstest.MapFS) {
			m["sv-SE/headings.json"] = &fstest.MapFile{Data: []byte(`{"heading.sweden": "Sverige"}`)}
		}, "sv-SE: heading.sweden: key not defined for sv"},
		{"formatting key missing", func(m fstest.MapFS) {
			for _, tag := range []string{"fi", "sv", "en"} {
				editJSON(t, m, tag+"/locale.json", func(o map[string]any) { delete(o, "article.ordinal.4") })
			}
		}, "article.ordinal.4: locale formatting key missing"},
		{"formatting key of the wrong kind", func(m fstest.MapFS) {
			for _, tag := range []string{"fi", "sv", "en"} {
				editJSON(t, m, tag+"/locale.json", func(o map[string]any) { o["date.pattern"] = map[string]any{"one": "d", "other": "d"} })
			}
		}, "date.pattern: locale formatting key must be a plain string"},
		{"bad verb in plural form", func(m fstest.MapFS) {
			for _, tag := range []string{"fi", "sv", "en"} {
				editJSON(t, m, tag+"/locale.json", func(o map[string]any) {
					o["duration.year"] = map[string]any{"one": "%*d", "other": "%d"}
				})
			}
		}, "not supported in plural forms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := copyFS(t)
			tt.edit(m)
			_, err := load(m, Supported)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

// TestNewLanguageIsDataOnly adds German as data: a directory of locale files
// and a tag in the list, and no code.
func TestNewLanguageIsDataOnly(t *testing.T) {
	m := copyFS(t)
	for _, domain := range englishDomains(m) {
		m["de/"+domain+".json"] = &fstest.MapFile{Data: m["en/"+domain+".json"].Data}
	}
	months := []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
	editJSON(t, m, "de/locale.json", func(o map[string]any) {
		o["date.pattern"] = "d. MMMM y"
		for i, name := range months {
			o["date.month."+strconv.Itoa(i+1)] = name
		}
		for _, kind := range []string{"and", "unit"} {
			o["list."+kind+".two"] = "{0} und {1}"
			o["list."+kind+".end"] = "{0} und {1}"
		}
		o["duration.year"] = map[string]any{"one": "%d Jahr", "other": "%d Jahre"}
		o["duration.month"] = map[string]any{"one": "%d Monat", "other": "%d Monate"}
		o["article.single"] = "Artikel {ref}"
		o["article.point"] = "{article} Abs. {paragraph} Buchst. {point}"
	})
	editJSON(t, m, "de/headings.json", func(o map[string]any) { o["heading.controller"] = "Verantwortlicher" })

	tags := append(slices.Clone(Supported), language.German)
	s, err := load(m, tags)
	require.NoError(t, err)

	assert.Equal(t, language.German, s.match("de-AT,de;q=0.9"))
	de := s.locales[language.German]
	assert.Equal(t, "Verantwortlicher", de.T("heading.controller"))
	assert.Equal(t, "22. August 2023", de.Date(time.Date(2023, 8, 22, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, "1 Jahr und 6 Monate", de.Period(Period{Years: 1, Months: 6}))
	assert.Equal(t, "5 Jahre", de.Period(Period{Years: 5}))
	assert.Equal(t, "Artikel 6 Abs. 1 Buchst. a", de.Article("Art 6(1)(a)"))
	assert.Equal(t, "A, B und C", de.List([]string{"A", "B", "C"}))
	assert.Equal(t, "5 vuotta", s.locales[language.Finnish].T("duration.year", 5), "the others are untouched")

	// Northern Sámi needs a "two" form: data without it is refused.
	for _, domain := range englishDomains(m) {
		m["se/"+domain+".json"] = &fstest.MapFile{Data: m["en/"+domain+".json"].Data}
	}
	_, err = load(m, append(tags, language.MustParse("se")))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `se: duration.day: plural form "two" missing`)
}

// englishDomains returns the domain names of every en/*.json file, so that a
// new language copies all of them.
func englishDomains(m fstest.MapFS) []string {
	var out []string
	for name := range m {
		if d, ok := strings.CutPrefix(name, "en/"); ok && strings.HasSuffix(d, ".json") {
			out = append(out, strings.TrimSuffix(d, ".json"))
		}
	}
	slices.Sort(out)
	return out
}
