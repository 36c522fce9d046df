package notice_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// statuteLanguages are the languages every entry of a jurisdiction must name
// its act in: the act's official language(s) and English (the catalog's
// languages fi and sv only where the name is official).
var statuteLanguages = map[string][]language.Tag{
	"EU":    {language.Finnish, language.Swedish, language.English},
	"FI":    {language.Finnish, language.Swedish, language.English},
	"SE":    {language.Swedish, language.English},
	"AT":    {language.German, language.English},
	"DE":    {language.German, language.English},
	"DE-BY": {language.German, language.English},
	"NL":    {language.Dutch, language.English},
}

// statuteHosts are the official collections an entry's URL may point to.
var statuteHosts = map[string]string{
	"EU": "data.europa.eu", "FI": "www.finlex.fi", "SE": "www.riksdagen.se",
	"AT": "www.ris.bka.gv.at", "DE": "www.gesetze-im-internet.de", "DE-BY": "www.gesetze-bayern.de",
	"NL": "wetten.overheid.nl",
}

func TestStatutes(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range notice.Statutes {
		key := s.Jurisdiction + " " + s.Number
		t.Run(key, func(t *testing.T) {
			assert.False(t, seen[key], "no duplicate entry")
			seen[key] = true
			assert.NoError(t, notice.CheckStatuteNumber(s.Jurisdiction, s.Number))
			langs, ok := statuteLanguages[s.Jurisdiction]
			require.True(t, ok, "a jurisdiction the test knows the official languages of")
			for _, l := range langs {
				assert.NotEmpty(t, s.Names[l], "a name in %s", l)
			}
			for l, name := range s.Names {
				assert.Equal(t, strings.Join(strings.Fields(name), " "), name, "%s name is trimmed, single-spaced", l)
				assert.NotEmpty(t, s.CiteNames[l], "a citation form in %s, where a name is", l)
			}
			for l := range s.CiteNames {
				assert.NotEmpty(t, s.Names[l], "a name in %s, where a citation form is", l)
			}
			if en := s.CiteNames[language.English]; en != "" {
				assert.True(t, strings.HasPrefix(en, "the "), "the English citation form has its article: %q", en)
			}
			if s.Jurisdiction == "DE" || s.Jurisdiction == "DE-BY" {
				assert.NotEmpty(t, s.Abbreviation, "German citations use the abbreviation")
			}
			if s.URL != "" {
				u, ok := notice.SafeURL(s.URL)
				require.True(t, ok, s.URL)
				pu, err := url.Parse(u)
				require.NoError(t, err)
				assert.Equal(t, statuteHosts[s.Jurisdiction], pu.Host, "the URL is in the jurisdiction's official collection")
			}
			got, ok := notice.LookupStatute(s.Jurisdiction, s.Number)
			require.True(t, ok)
			assert.Equal(t, s.Names, got.Names)
		})
	}
	for _, want := range []string{
		"FI 1050/2018", "FI 621/1999", "FI 320/2017", "FI 1336/1997", "FI 831/1994", "FI 906/2019", "FI 434/2003",
		"FI 50/2013", "FI 147/2015", "FI 262/2003", "FI 310/2010", "FI 434/2018",
		"SE 2018:218", "SE 2009:400", "SE 1990:782", "SE 1949:105",
		"EU 2016/679", "EU 2002/58/EC", "AT BGBl. I Nr. 120/2002", "AT BGBl. I Nr. 165/1999",
		"DE BGBl. I 2017 S. 2097", "DE BGBl. I 2021 S. 1982", "DE-BY GVBl. 2018 S. 230", "NL BWBR0024705",
	} {
		assert.True(t, seen[want], "the table holds %s, which the seeds, the corpus or issue 8 cite", want)
	}
	_, ok := notice.LookupStatute("SE", "1050/2018")
	assert.False(t, ok, "a number is looked up in its own jurisdiction only")
}

// TestStatuteAbbreviations checks that a notice's citation by abbreviation
// ("§ 25 TDDDG") finds one act per jurisdiction.
func TestStatuteAbbreviations(t *testing.T) {
	seen := map[string]string{}
	for _, s := range notice.Statutes {
		if s.Abbreviation == "" {
			continue
		}
		key := s.Jurisdiction + " " + s.Abbreviation
		assert.Empty(t, seen[key], "%s names one act", key)
		seen[key] = s.Number
	}
}
