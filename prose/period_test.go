package prose

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAlternativePeriods reads two periods that share one unit ("6 bzw. 10
// Jahre") and the qualifiers German and Dutch notices give a period "as a
// rule" ("in der Regel", "doorgaans").
func TestAlternativePeriods(t *testing.T) {
	cases := []struct {
		in   string
		want []string // duration and qualifier
	}{
		{"Rechnungen bewahren wir in der Regel 6 bzw. 10 Jahre auf.", []string{"P6Y approximate", "P10Y approximate"}},
		{"Die Aufzeichnungen werden 2 oder 3 Monate gespeichert.", []string{"P2M ", "P3M "}},
		{"Facturen bewaren wij 7 of 10 jaar.", []string{"P7Y ", "P10Y "}},
		{"Sollicitatiegegevens worden doorgaans 4 weken bewaard.", []string{"P4W approximate"}},
		{"Höchstens 30 oder 60 Tage nach dem Ende des Vertrags.", []string{"P30D maximum", "P60D maximum"}},
		// A number that is no period: an article, a count.
		{"Nach Art. 6 bzw. 12 Monate nach der Kündigung.", []string{"P12M "}},
	}
	for _, c := range cases {
		var got []string
		for _, p := range periodsIn(c.in) {
			got = append(got, p.dur.String()+" "+string(p.qualifier))
		}
		assert.Equal(t, c.want, got, c.in)
	}
}
