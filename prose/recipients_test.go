package prose

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// TestShortNameOf: a recipient named in full is the one its short name
// names after it, in any language's notice.
func TestShortNameOf(t *testing.T) {
	cases := []struct {
		short, name string
		want        bool
	}{
		{"Mathpix", "Mathpix, Inc.", true},
		{"Beispiel", "Beispiel Cloud GmbH", true},
		{"Wolkdienst", "Wolkdienst B.V.", true},
		{"Wolkdienst", "Wolkdienst", true},
		{"Wolk", "Wolkdienst B.V.", false}, // not a whole word
		{"AB", "AB Hosting Oy", false},     // too short to tell
		{"Wolkdienst B.V.", "Wolkdienst", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, shortNameOf(c.short, c.name), "%q of %q", c.short, c.name)
	}
}

// TestPublicBodies reads the public bodies a German or Dutch sentence
// names without a legal form.
func TestPublicBodies(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Het register wordt beheerd door de Europese Commissie (verwerker).", []string{"Europese Commissie"}},
		{"Wij verstrekken gegevens aan het Ministerie van Justitie en Veiligheid.", []string{"Ministerie van Justitie en Veiligheid"}},
		{"De Gemeente Utrecht ontvangt de aanvraag.", []string{"Gemeente Utrecht"}},
		{"Die Server stehen im Rechenzentrum des Beispiel-Rechenzentrum (BRZ) in Bonn.", []string{"Beispiel-Rechenzentrum (BRZ)"}},
		{"Meldungen gehen an das Bundesamt für Sicherheit in der Informationstechnik.", []string{"Bundesamt für Sicherheit"}},
		{"Die Europäische Kommission betreibt den Dienst.", []string{"Europäische Kommission"}},
		// A body's noun named without a name is no recipient's name.
		{"onderdeel van het ministerie van volksgezondheid", nil},
		{"Die Gemeinde erhält keine Daten.", nil},
		{"De gegevens gaan naar andere Europese landen.", nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, orgNamesIn(c.in, nil), c.in)
	}
}

// TestTransferNamedAgain: a transfer to a country an activity has named
// before, to no other recipient, is that transfer said again; another
// country, or another recipient, is a transfer of its own.
func TestTransferNamedAgain(t *testing.T) {
	cases := []struct {
		body      string
		countries [][]string // of each transfer
	}{
		{"Die Daten werden in den USA verarbeitet. Eine Übermittlung in die USA erfolgt auf Grundlage von Standardvertragsklauseln.",
			[][]string{{"US"}}},
		{"De gegevens worden doorgegeven naar de Verenigde Staten. Ook worden gegevens naar de VS doorgegeven voor back-ups.",
			[][]string{{"US"}}},
		{"Die Daten werden in den USA verarbeitet. Der Support übermittelt Daten in ein Drittland, das Vereinigte Königreich.",
			[][]string{{"US"}, {"GB"}}},
		{"Die Daten werden in den USA verarbeitet. Die Beispiel Cloud Inc. übermittelt Daten in die USA.",
			[][]string{{"US"}, {"US"}}},
	}
	for _, c := range cases {
		src := "# Datenschutzerklärung\n\n## Zwecke der Verarbeitung\n\nWir verarbeiten Ihre Daten zur Erbringung unserer Dienste.\n\n## Drittlandtransfer\n\n" + c.body + "\n"
		r, err := Import([]byte(src), Options{Format: Markdown, Language: language.German})
		require.NoError(t, err)
		var got [][]string
		for _, a := range r.Notice.Activities {
			if a.Transfers != nil {
				for _, tr := range a.Transfers.Items {
					got = append(got, tr.Countries)
				}
			}
		}
		assert.Equal(t, c.countries, got, c.body)
	}
	r, err := Import([]byte("# Datenschutzerklärung\n\n## Drittlandtransfer\n\nDie Daten werden in den USA verarbeitet. Eine Übermittlung in die USA erfolgt auf Grundlage von Standardvertragsklauseln.\n"), Options{Format: Markdown, Language: language.German})
	require.NoError(t, err)
	if assert.Len(t, r.Notice.Activities, 1) && assert.NotNil(t, r.Notice.Activities[0].Transfers) && assert.Len(t, r.Notice.Activities[0].Transfers.Items, 1) {
		assert.Equal(t, []notice.TransferMechanism{notice.StandardClausesCommission}, r.Notice.Activities[0].Transfers.Items[0].Mechanisms, "the ground said with the country again")
	}
}

// TestCountriesNamed: the third countries a transfer sentence names, in the
// same order on every import; "us" as a pronoun names no country.
func TestCountriesNamed(t *testing.T) {
	cases := []struct {
		body      string
		countries [][]string
	}{
		{"Data are transferred to the United Kingdom and the USA under standard contractual clauses.", [][]string{{"US", "GB"}}},
		{"Data are transferred to the US under standard contractual clauses.", [][]string{{"US"}}},
		{"Ask us about transfers outside the EU: tell us and we send you a copy of the standard contractual clauses.", [][]string{nil}},
	}
	for _, c := range cases {
		src := "# Privacy notice\n\n## Purposes\n\nWe process your data to provide our services.\n\n## Transfers outside the EU\n\n" + c.body + "\n"
		for range 20 { // a map's order would change between runs
			r, err := Import([]byte(src), Options{Format: Markdown, Language: language.English})
			require.NoError(t, err)
			var got [][]string
			for _, a := range r.Notice.Activities {
				if a.Transfers != nil {
					for _, tr := range a.Transfers.Items {
						got = append(got, tr.Countries)
					}
				}
			}
			if !assert.Equal(t, c.countries, got, c.body) {
				break
			}
		}
	}
}

// TestProviderNamed: the provider of a service the controller uses, named
// in German or Dutch, is a recipient wherever the sentence stands.
func TestProviderNamed(t *testing.T) {
	cases := []struct {
		in   string
		want topic
	}{
		{"Anbieter dieses Dienstes ist die Beispiel Analytics GmbH, Hauptstraße 1, Berlin.", topicRecipients},
		{"Wir nutzen Formbox, einen Formulardienst der Formbox Ltd.", topicRecipients},
		{"Aanbieder van deze dienst is Voorbeeld Hosting B.V. te Utrecht.", topicRecipients},
		{"Wij gebruiken Zendesk, een klantenservice van Zendesk Inc.", topicRecipients},
		// A provider not named, or no provider: not by these words.
		{"Anbieter ist ein Dienstleister in der EU.", topicNone},
		{"Die Beispiel GmbH ist ein Unternehmen aus Berlin.", topicNone},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, strongTopic(c.in), c.in)
	}
}
