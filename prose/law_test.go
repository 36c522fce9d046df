package prose

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestParagraphByAbbreviation reads a German section cited by the act's
// abbreviation ("§ 25 TTDSG"), the act looked up in the built-in table,
// and leaves a citation that borrows a definition ("im Sinne von").
func TestParagraphByAbbreviation(t *testing.T) {
	cases := []struct {
		in   string
		want []string // jurisdiction, number and section of each
	}{
		{"Die Einwilligung erfolgt gemäß Art. 6 Abs. 1 lit. a DSGVO i.V.m. § 25 TTDSG.", []string{"DE BGBl. I 2021 S. 1982 § 25"}},
		{"Rechtsgrundlage ist § 26 Abs. 1 S. 1 BDSG.", []string{"DE BGBl. I 2017 S. 2097 § 26"}},
		{"Aufbewahrung nach § 147 Abs. 1 Nr. 1 AO und § 257 HGB.", []string{"DE BGBl. I 2002 S. 3866 § 147", "DE BGBl. III 4100-1 § 257"}},
		// A definition borrowed, an act the table does not know, no act.
		{"Cookies, die im Sinne von § 25 Abs. 2 TTDSG unbedingt erforderlich sind.", nil},
		{"Nach § 12 XYZG sind wir verpflichtet.", nil},
		{"Gemäß § 3 des Vertrags.", nil},
	}
	for _, c := range cases {
		var got []string
		for _, h := range statutesIn(c.in, "DE", language.German) {
			s := h.ref.Jurisdiction + " " + h.ref.Statute
			for _, sec := range h.ref.Sections {
				s += " § " + sec
			}
			got = append(got, s)
		}
		assert.Equal(t, c.want, got, c.in)
	}
}
