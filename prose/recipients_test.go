package prose

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
