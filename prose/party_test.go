package prose

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestControllersInProse reads the controller and the joint controllers a
// German or Dutch sentence names in running text.
func TestControllersInProse(t *testing.T) {
	cases := []struct{ in, controller, joint string }{
		{"De Gemeente Zandvoort is verwerkingsverantwoordelijke voor de gegevens in het parkeerregister.", "Gemeente Zandvoort", ""},
		{"Het College van burgemeester en wethouders is verwerkingsverantwoordelijk voor deze verwerking.", "College van burgemeester en wethouders", ""},
		{"De Stichting Open Wijk is samen met de deelnemende scholen gezamenlijk verwerkingsverantwoordelijke.", "", "de deelnemende scholen"},
		{"Die Stadtbibliothek Musterstadt ist Verantwortliche im Sinne der DSGVO.", "Stadtbibliothek Musterstadt", ""},
		{"Verantwortlich für die Datenverarbeitung auf dieser Website ist die Beispiel Software GmbH, Hauptstraße 1, 10115 Berlin.", "Beispiel Software GmbH", ""},
		{"Verantwortlicher im Sinne der DSGVO ist: Landesamt für Statistik", "Landesamt für Statistik", ""},
		{"Die Hochschule ist gemeinsam mit dem Studierendenwerk verantwortlich für die Mensakarte.", "", "dem Studierendenwerk"},
		// Not a controller named: a condition before the verb, the verb
		// after the term, a sentence without the term.
		{"Voor zover de GGD gegevens gebruikt is de GGD van uw regio verwerkingsverantwoordelijke.", "", ""},
		{"Wir sind für die Verarbeitung verantwortlich.", "", ""},
		{"De gegevens worden veertien dagen bewaard.", "", ""},
	}
	for _, c := range cases {
		controller, joint := controllersIn(c.in)
		assert.Equal(t, c.controller, controller, c.in)
		assert.Equal(t, c.joint, joint, c.in)
	}
}
