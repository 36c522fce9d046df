package prose

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

func TestEmails(t *testing.T) {
	cases := []struct{ in, want string }{
		{"kirjaamo(at)raisio.fi", "kirjaamo@raisio.fi"},
		{"Sähköposti: tietosuoja(at)om.fi", "tietosuoja@om.fi"},
		{`tietosuoja.rovaniemi\_ho(at)oikeus.fi`, "tietosuoja.rovaniemi_ho@oikeus.fi"},
		{"dpo@utu.fi", "dpo@utu.fi"},
		{"poststelle [at] tum.de", "poststelle@tum.de"},
	}
	for _, c := range cases {
		got := emailsIn(c.in)
		if assert.Len(t, got, 1, c.in) {
			assert.Equal(t, c.want, got[0].value, c.in)
		}
	}
	assert.Empty(t, emailsIn("[EMAIL] and (at) alone"))
}

func TestPhones(t *testing.T) {
	for _, s := range []string{"029 566 6700", "+358 29 450 3009", "0295 332 700", "+49 711 25298690"} {
		got := phonesIn("Puhelin: "+s, []string{"FI", "SE", "DE"})
		if assert.Len(t, got, 1, s) {
			assert.Equal(t, s, got[0].value)
		}
	}
	// Statute numbers, dates and postcodes are not telephone numbers.
	for _, s := range []string{"tietosuojalain (1050/2018) 4 §", "Laadittu 22.8.2023.", "PL 800, 00531 Helsinki"} {
		assert.Empty(t, phonesIn(s, []string{"FI"}), s)
	}
}

func TestBusinessIDs(t *testing.T) {
	ids := businessIDsIn("Y-tunnus: 0245896-3, ei: 0245896-4")
	assert.Equal(t, []notice.Identifier{{Scheme: notice.SchemeFIBusinessID, Value: "0245896-3"}}, ids, "only the ID whose check digit holds")
}

func TestAddressParts(t *testing.T) {
	for _, s := range []string{"PL 800", "00531 Helsinki", "Lintulahdenkuja 4", "2333 CR Leiden", "Stafflenbergstraße 44", "The Netherlands", "(Nallinkatu 2)", "PB 29"} {
		assert.True(t, isAddressPart(s), s)
	}
	for _, s := range []string{"Valteri-koulu", "Kaupunginjohtaja", "Rekisteröidyn oikeudet 2"} {
		assert.False(t, isAddressPart(s), s)
	}
}

func TestBases(t *testing.T) {
	cases := []struct {
		in      string
		want    []notice.LegalBasis
		article bool
	}{
		{"EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan c ja e-alakohta", []notice.LegalBasis{notice.LegalObligation, notice.PublicTask}, true},
		{"(GDPR, 6.1 artiklan kohta e)", []notice.LegalBasis{notice.PublicTask}, true},
		{"enligt artikel 6.1 e i dataskyddsförordningen", []notice.LegalBasis{notice.PublicTask}, true},
		{"Article 6(1)(f) GDPR", []notice.LegalBasis{notice.LegitimateInterests}, true},
		{"based on contract or consent (Article 6.1 a and b)", []notice.LegalBasis{notice.Consent, notice.Contract}, true},
		{"Käsittelyperusteena on oikeutettu etu.", []notice.LegalBasis{notice.LegitimateInterests}, false},
		{"uppgift av allmänt intresse", []notice.LegalBasis{notice.PublicTask}, false},
		{"The processing is based on your consent.", []notice.LegalBasis{notice.Consent}, false},
	}
	for _, c := range cases {
		got, byArt := basesIn(c.in)
		assert.Equal(t, c.want, got, c.in)
		assert.Equal(t, c.article, byArt, c.in)
	}
}

func TestStatutes(t *testing.T) {
	cases := []struct {
		in, country string
		want        []notice.LawRef
	}{
		{"tietosuojalain (1050/2018) 4 §:n 2 kohta", "FI", []notice.LawRef{{Jurisdiction: "FI", Statute: "1050/2018", Sections: []string{"4"}, Item: "2"}}},
		{"Tietosuojalaki 4 § ja 6 §", "FI", []notice.LawRef{{Jurisdiction: "FI", Statute: "1050/2018", Sections: []string{"4", "6"}}}},
		{"laki valtakunnallisista opinto- ja tutkintorekistereistä 884/2017 6 luku", "FI", []notice.LawRef{{Jurisdiction: "FI", Statute: "884/2017", Chapter: "6"}}},
		{"lagen (2018:218)", "SE", []notice.LawRef{{Jurisdiction: "SE", Statute: "2018:218"}}},
		{"enligt offentlighets- och sekretesslagen", "SE", []notice.LawRef{{Jurisdiction: "SE", Statute: "2009:400"}}},
		// The GDPR's own number is not a national act.
		{"EU:n yleinen tietosuoja-asetus (2016/679)", "FI", nil},
	}
	for _, c := range cases {
		var got []notice.LawRef
		for _, h := range statutesIn(c.in, c.country, language.Finnish) {
			got = append(got, h.ref)
		}
		assert.Equal(t, c.want, got, c.in)
	}
}

func TestPeriods(t *testing.T) {
	cases := []struct {
		in   string
		dur  string
		q    notice.RetentionQualifier
		from string
	}{
		{"säilytetään viisi vuotta käyttäjän viimeisen kirjautumisen jälkeen", "P5Y", "", "käyttäjän viimeisen kirjautumisen"},
		{"Henkilötietoja säilytetään 30 päivää palvelun käytönpäättymisestä.", "P30D", "", "palvelun käytönpäättymisestä"},
		{"Lokitietoja säilytetään vähintään kahden vuoden ajan.", "P2Y", notice.RetentionMinimum, ""},
		{"sparas i två veckor", "P2W", "", ""},
		{"will be deleted or anonymised after, at most, 18 months.", "P18M", notice.RetentionMaximum, ""},
		{"Tekniska loggar tas bort 1 år efter de skapats.", "P1Y", "", "de skapats"},
		{"KiVa-intran lokitietoja säilytetään 24 kk", "P24M", "", ""},
	}
	for _, c := range cases {
		got := periodsIn(c.in)
		if !assert.Len(t, got, 1, c.in) {
			continue
		}
		assert.Equal(t, c.dur, got[0].dur.String(), c.in)
		assert.Equal(t, c.q, got[0].qualifier, c.in)
		assert.Equal(t, c.from, got[0].from, c.in)
	}
	k, ok := openEndIn("Tiedot säilytetään toistaiseksi.")
	assert.True(t, ok)
	assert.Equal(t, notice.UntilFurtherNotice, k)
	d, ok := untilIn("kommer datan tas bort senast 2028")
	assert.True(t, ok)
	assert.Equal(t, "2028", d.String())
}

func TestRightsAndNegations(t *testing.T) {
	assert.Equal(t, []notice.Right{notice.RightAccess, notice.RightRectification, notice.RightErasure, notice.RightRestriction, notice.RightObject},
		rightsIn("oikeus pyytää pääsy itseä koskeviin henkilötietoihin sekä oikeus pyytää kyseisten tietojen oikaisemista tai poistamista taikka käsittelyn rajoittamista ja vastustaa käsittelyä"))
	assert.Equal(t, []notice.Right{notice.RightPortability}, rightsIn("siirtää tiedot järjestelmästä toiseen"))
	assert.Equal(t, []notice.Right{notice.RightComplaint}, rightsIn("Du kan lämna in ett klagomål till Integritetsskyddsmyndigheten."))
	assert.True(t, rightNegatedRE.MatchString("Rekisteröidyllä ei ole oikeutta pyytää tietojensa poistamista"))

	assert.True(t, negTransferRE.MatchString("Henkilötietoja ei siirretä EU:n tai ETA:n ulkopuolelle eikä kansainvälisille järjestöille."))
	assert.True(t, negTransferRE.MatchString("Personuppgifter lämnas inte till tredjeländer eller internationella organisationer."))
	assert.False(t, negTransferRE.MatchString("Henkilötietoja siirretään Euroopan talousalueen ulkopuolelle."))
	assert.True(t, negADMRE.MatchString("Henkilötietoja ei käytetä automatisoituun päätöksentekoon tai profilointiin."))
	assert.True(t, negADMRE.MatchString("Rekisterin sisältämiä tietoja ei käytetä profilointiin eikä niihin kohdisteta automaattista päätöksen tekoa."))
	assert.True(t, negProfilingRE.MatchString("Users are not profiled according to personal qualities."))
	assert.Equal(t, []string{"FI"}, authoritiesIn("oikeus tehdä valitus tietosuojavaltuutetun toimistoon"))
}

func TestHeadings(t *testing.T) {
	cases := map[string]topic{
		"1. REKISTERINPITÄJÄ":                                                         topicController,
		"Rekisterinpitäjän edustaja":                                                  topicFalseRep,
		"2. Yhteyshenkilö rekisteriä koskevissa asioissa":                             topicContact,
		"Tietosuojavastaavan yhteystiedot":                                            topicDPO,
		"Henkilötietojen käsittelyn tarkoitus ja oikeusperuste":                       topicPurposeBasis,
		"Säännönmukaiset tietolähteet":                                                topicSources,
		"Tietojen säännönmukaiset luovutukset":                                        topicRecipients,
		"Tietojen siirto EU:n tai ETA:n ulkopuolelle":                                 topicTransfers,
		"Rekisterin suojauksen periaatteet":                                           topicSecurity,
		"Henkilötietojen säilyttämisaika ja peruste":                                  topicRetention,
		"### 8. Den registrerades rättigheter":                                        topicRights,
		"Hur länge kommer dessa uppgifter att sparas?":                                topicRetention,
		"Kuinka kauan säilytämme henkilötietojasi?":                                   topicRetention,
		"How long do we store your personal data?":                                    topicRetention,
		"Varför behandlas dina personuppgifter, dvs. vad är syftet med behandlingen?": topicPurpose,
		"Automatiserat beslutsfattande":                                               topicAutomated,
		"Right to lodge a complaint with a supervisory authority":                     topicComplaint,
	}
	for h, want := range cases {
		assert.Equal(t, want, classifyHeading(h).topic, h)
	}
	assert.Equal(t, topicNone, classifyHeading("KIVAPPI").topic)
}
