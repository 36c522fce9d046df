package prose

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seloste/seloste/notice"
)

// TestRightsOfArticleRanges reads the rights a range of the GDPR's articles
// names, and Art 79's remedy named in words, in German and Dutch.
func TestRightsOfArticleRanges(t *testing.T) {
	all15to20 := []notice.Right{notice.RightAccess, notice.RightRectification, notice.RightErasure,
		notice.RightRestriction, notice.RightNotification, notice.RightPortability}
	cases := []struct {
		in   string
		want []notice.Right
	}{
		{"Voor deze gegevens gelden de artikelen 15 tot en met 20 van de AVG niet.", all15to20},
		{"De rechten uit artikel 15 t/m 18 AVG kunt u bij ons uitoefenen.", all15to20[:4]},
		{"Die Rechte aus den Artikeln 15 bis 22 DSGVO stehen Ihnen zu.",
			append(append([]notice.Right{}, all15to20...), notice.RightObject, notice.RightAutomatedDecision)},
		{"Ihre Rechte nach Art. 16 - 18 DSGVO bleiben unberührt.", all15to20[1:4]},
		// Words and range together: each right once, where first named.
		{"Das Recht auf Auskunft und die Rechte nach Art. 15 bis 17 DSGVO.", all15to20[:3]},
		// A range outside Chapter III's rights names none.
		{"Die Artikel 44 bis 49 DSGVO regeln die Übermittlung.", nil},
		{"zie artikelen 5 tot en met 11 van de AVG", nil},
		// Art 79 in words.
		{"U kunt ook naar de rechter stappen.", []notice.Right{notice.RightJudicialRemedy}},
		{"Een klacht kunt u indienen bij de AP of bij de rechter.", []notice.Right{notice.RightComplaint, notice.RightJudicialRemedy}},
		{"Sie haben das Recht auf einen wirksamen gerichtlichen Rechtsbehelf gegen den Verantwortlichen.", []notice.Right{notice.RightJudicialRemedy}},
		// A remedy without prejudice to the complaint, or against an
		// authority, is not Art 79's.
		{"Unbeschadet eines gerichtlichen Rechtsbehelfs können Sie Beschwerde einlegen.", []notice.Right{notice.RightComplaint}},
	}
	for _, c := range cases {
		got := rightsIn(c.in)
		if len(c.want) == 0 {
			assert.Empty(t, got, c.in)
			continue
		}
		assert.Equal(t, c.want, got, c.in)
	}
	assert.True(t, rightNegatedRE.MatchString("zijn de rechten uit de artikelen 15 tot en met 20 van de AVG niet van toepassing"))
}

// TestNoFurtherProcessing reads that the data serve only the purposes the
// notice states, in German and Dutch, as the negative statement
// noFurtherProcessing (Art 5(1)(b)).
func TestNoFurtherProcessing(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"Wij gebruiken uw gegevens alleen voor de hierboven beschreven doeleinden.", true},
		{"De gegevens dienen uitsluitend de in paragraaf 2 genoemde doelen.", true},
		{"Ihre Angaben werden ausschließlich zu den oben genannten Zwecken verwendet.", true},
		{"Die Daten nutzen wir nur für die in Abschnitt 3 beschriebenen Zwecke.", true},
		// A purpose stated, or "only" said of something else: no such statement.
		{"Wij gebruiken uw e-mailadres voor het versturen van de nieuwsbrief.", false},
		{"Die Daten werden nur sieben Tage gespeichert. Die genannten Zwecke sind erfüllt.", false},
		{"Alleen medewerkers hebben toegang tot de gegevens.", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, negFurtherRE.MatchString(c.in), c.in)
		assert.Equal(t, c.want, contentTopic(c.in) == topicMeta, "placed as a negative statement: %s", c.in)
	}
}

// TestGermanDutchRightWords reads rights named in German and Dutch words
// the GDPR's titles do not use, the exceptions to a right, and the
// authority of the data subject's residence.
func TestGermanDutchRightWords(t *testing.T) {
	rights := []struct {
		in   string
		want []notice.Right
	}{
		{"Den Widerruf Ihrer Einwilligung können Sie formlos erklären.", []notice.Right{notice.RightWithdrawConsent}},
		{"Sie haben ein Recht auf Unterrichtung.", []notice.Right{notice.RightNotification}},
		{"Sie können verlangen, über die Empfänger unterrichtet zu werden.", []notice.Right{notice.RightNotification}},
		{"U hebt het recht om over die ontvangers te worden geïnformeerd.", []notice.Right{notice.RightNotification}},
		{"Ook geldt de kennisgevingsplicht van artikel 19 AVG.", []notice.Right{notice.RightNotification}},
		{"Der Speicherung können Sie jederzeit widersprechen.", []notice.Right{notice.RightObject}},
	}
	for _, c := range rights {
		assert.Equal(t, c.want, rightsIn(c.in), c.in)
	}
	// Placed by content among other text: a German or Dutch sentence that
	// names a right and speaks to the reader.
	for _, s := range []string{"Der Speicherung können Sie jederzeit widersprechen.", "U kunt ons om inzage vragen."} {
		assert.Equal(t, topicRights, contentTopic(s), s)
	}
	exceptions := []struct {
		in             string
		neg, exception bool
	}{
		{"Das Recht auf Datenübertragbarkeit besteht nicht, soweit die Verarbeitung einer öffentlichen Aufgabe dient.", true, true},
		{"Ein Widerspruchsrecht besteht nicht.", true, false},
		{"Het recht op overdraagbaarheid is niet van toepassing voor zover wij een wettelijke taak uitvoeren.", true, true},
		{"Het recht op overdraagbaarheid is niet van toepassing.", true, false},
	}
	for _, c := range exceptions {
		assert.Equal(t, c.neg, rightNegatedRE.MatchString(c.in), c.in)
		assert.Equal(t, c.exception, rightExceptionRE.MatchString(c.in), c.in)
	}
	for _, s := range []string{"bei einer Aufsichtsbehörde Ihres Aufenthaltsorts", "bij de toezichthouder van uw verblijfplaats"} {
		assert.True(t, residenceRE.MatchString(s), s)
	}
}
