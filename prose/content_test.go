package prose

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// TestAgreedTopic reports a section no heading names as the item every
// one of its sentences goes to, and as "content" where they part.
func TestAgreedTopic(t *testing.T) {
	cases := []struct {
		lang     language.Tag
		heading  string
		body     string
		want     string
		position int // the section's line
	}{
		{language.Dutch, "Nieuwsbrief", "Uw e-mailadres wordt alleen voor de hierboven genoemde doeleinden gebruikt.", "purposes", 7},
		{language.Dutch, "Logbestanden", "Logbestanden worden maximaal 30 dagen bewaard.", "retention", 7},
		{language.German, "Server", "Die Protokolle werden nach 14 Tagen gelöscht. Die Sicherungen werden nach 30 Tagen gelöscht.", "retention", 7},
		// One sentence for retention, one no item takes: the section is not retention's.
		{language.German, "Server", "Die Protokolle werden nach 14 Tagen gelöscht. Unser Team freut sich über Ihren Besuch.", "content", 7},
		// Words on reaching the controller about one's rights: rights.
		{language.German, "Weitere Hinweise", "Zu Ihren Rechten können Sie uns jederzeit per E-Mail erreichen.", "rights", 7},
		{language.Dutch, "Vragen", "Voor vragen over uw rechten kunt u contact met ons opnemen.", "rights", 7},
		{language.German, "Weitere Hinweise", "Zu Ihren Rechten finden Sie hier mehr.", "content", 7},
		// Sentences for two items: the section is neither's.
		{language.German, "Server", "Die Protokolle werden nach 14 Tagen gelöscht. Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO.", "content", 7},
	}
	for _, c := range cases {
		head := map[bool]string{true: "# Privacyverklaring\n\n## Doel van de verwerking\n\nWij verwerken uw gegevens voor de levering van onze diensten.\n\n",
			false: "# Datenschutzerklärung\n\n## Zwecke der Verarbeitung\n\nWir verarbeiten Ihre Daten zur Erbringung unserer Dienste.\n\n"}[c.lang == language.Dutch]
		src := head + "## " + c.heading + "\n\n" + c.body + "\n"
		r, err := Import([]byte(src), Options{Format: Markdown, Language: c.lang})
		require.NoError(t, err)
		got := ""
		for _, s := range r.Report.Sections {
			if s.Line == c.position {
				got = s.Topic
			}
		}
		assert.Equal(t, c.want, got, fmt.Sprintf("%s: %s", c.heading, c.body))
	}
}

// TestBasisAmongOtherWords reads a legal basis cited by its article where
// another item holds the sentence: among the words on cookies, and with a
// transfer's ground in the same sentence.
func TestBasisAmongOtherWords(t *testing.T) {
	cases := []struct {
		lang       language.Tag
		section    string
		bases      []notice.LegalBasis
		mechanisms []notice.TransferMechanism
	}{
		{language.German, "## Cookies\n\nWir setzen Cookies ein. Die Verarbeitung erfolgt auf Grundlage von Art. 6 Abs. 1 lit. a DSGVO.\n",
			[]notice.LegalBasis{notice.Consent}, nil},
		{language.Dutch, "## Cookies\n\nWij plaatsen cookies. De grondslag hiervoor is artikel 6, lid 1, onder a, AVG.\n",
			[]notice.LegalBasis{notice.Consent}, nil},
		{language.German, "## Rechtsgrundlage\n\nRechtsgrundlage ist Ihre Einwilligung gemäß Art. 6 Abs. 1 lit. a DSGVO in Verbindung mit Art. 49 Abs. 1 lit. a DSGVO.\n",
			[]notice.LegalBasis{notice.Consent}, []notice.TransferMechanism{notice.DerogationConsent}},
		// Cookies without a basis cited by its article: no basis.
		{language.German, "## Cookies\n\nWir setzen Cookies mit Ihrer Einwilligung ein.\n", nil, nil},
	}
	for _, c := range cases {
		head := "# Datenschutzerklärung\n\n## Zwecke der Verarbeitung\n\nWir verarbeiten Ihre Daten zur Erbringung unserer Dienste.\n\n"
		if c.lang == language.Dutch {
			head = "# Privacyverklaring\n\n## Doel van de verwerking\n\nWij verwerken uw gegevens voor de levering van onze diensten.\n\n"
		}
		r, err := Import([]byte(head+c.section), Options{Format: Markdown, Language: c.lang})
		require.NoError(t, err)
		var bases []notice.LegalBasis
		var mechs []notice.TransferMechanism
		for _, a := range r.Notice.Activities {
			for _, lb := range a.LegalBases {
				bases = append(bases, lb.Basis)
			}
			if a.Transfers != nil {
				for _, tr := range a.Transfers.Items {
					mechs = append(mechs, tr.Mechanisms...)
				}
			}
		}
		assert.Equal(t, c.bases, bases, c.section)
		assert.Equal(t, c.mechanisms, mechs, c.section)
	}
}

// TestRetentionInDataList: an item of a list of what is done with data
// that states how long they are kept is retention, the rest data.
func TestRetentionInDataList(t *testing.T) {
	cases := []struct {
		lang    language.Tag
		section string
		periods []string
		data    int // items kept as data
	}{
		{language.German, "## Server\n\nMit den Protokollen geschieht Folgendes:\n\n- Die Protokolle werden ausgewertet.\n- Einträge, die älter als 14 Tage sind, werden anonymisiert.\n",
			[]string{"P14D"}, 1},
		{language.Dutch, "## Server\n\nMet de logbestanden gebeurt het volgende:\n\n- De logbestanden worden geanalyseerd.\n- Logbestanden worden 30 dagen bewaard.\n",
			[]string{"P30D"}, 1},
		{language.German, "## Server\n\nMit den Protokollen geschieht Folgendes:\n\n- Die Protokolle werden ausgewertet.\n- Die Protokolle werden verschlüsselt.\n",
			nil, 2},
	}
	for _, c := range cases {
		head := "# Datenschutzerklärung\n\n## Zwecke der Verarbeitung\n\nWir verarbeiten Ihre Daten zur Erbringung unserer Dienste.\n\n"
		if c.lang == language.Dutch {
			head = "# Privacyverklaring\n\n## Doel van de verwerking\n\nWij verwerken uw gegevens voor de levering van onze diensten.\n\n"
		}
		r, err := Import([]byte(head+c.section), Options{Format: Markdown, Language: c.lang})
		require.NoError(t, err)
		var periods []string
		data := 0
		for _, a := range r.Notice.Activities {
			for _, rt := range a.Retention {
				if d := rt.Period.String(); d != "" && d != "P0D" {
					periods = append(periods, d)
				}
			}
			for _, dc := range a.DataCategories {
				data += len(dc.Items)
			}
		}
		assert.Equal(t, c.periods, periods, c.section)
		assert.Equal(t, c.data, data, c.section)
	}
}
