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

// TestGermanDutch reads the facts of German and Dutch notices: the GDPR's
// citation forms and terms in each (DSGVO, AVG), periods with their
// qualifiers, negative statements, dates and headings.
func TestGermanDutch(t *testing.T) {
	bases := []struct {
		in      string
		want    []notice.LegalBasis
		article bool
	}{
		{"Rechtsgrundlage ist Art. 6 Abs. 1 lit. f DSGVO.", []notice.LegalBasis{notice.LegitimateInterests}, true},
		{"gemäß Artikel 6 Absatz 1 Buchstabe a und c DSGVO", []notice.LegalBasis{notice.Consent, notice.LegalObligation}, true},
		{"op grond van artikel 6, lid 1, onder e, AVG", []notice.LegalBasis{notice.PublicTask}, true},
		{"artikel 6, eerste lid, onder c AVG", []notice.LegalBasis{notice.LegalObligation}, true},
		{"zur Erfüllung einer rechtlichen Verpflichtung", []notice.LegalBasis{notice.LegalObligation}, false},
		{"De grondslag is de vervulling van een publieke taak.", []notice.LegalBasis{notice.PublicTask}, false},
		{"op basis van uw toestemming", []notice.LegalBasis{notice.Consent}, false},
	}
	for _, c := range bases {
		got, byArt := basesIn(c.in)
		assert.Equal(t, c.want, got, c.in)
		assert.Equal(t, c.article, byArt, c.in)
	}
	periods := []struct {
		in   string
		want []string // duration and qualifier
	}{
		{"Die Löschung erfolgt spätestens nach sieben Tagen.", []string{"P7D maximum"}},
		{"Die Daten werden nach 2 Monaten automatisch gelöscht.", []string{"P2M "}},
		{"IP-adressen worden na maximaal 7 dagen verwijderd.", []string{"P7D maximum"}},
		{"De gegevens worden 14 dagen bewaard. Na deze 14 dagen worden ze verwijderd.", []string{"P14D "}},
		{"de TEKs die de afgelopen 14 dagen zijn aangemaakt", nil},
	}
	for _, c := range periods {
		var got []string
		for _, p := range periodsIn(c.in) {
			got = append(got, p.dur.String()+" "+string(p.qualifier))
		}
		assert.Equal(t, c.want, got, c.in)
	}
	_, ok := openEndIn("Na deze 14 dagen worden deze gegevens automatisch en permanent verwijderd.")
	assert.False(t, ok, "deleted for good is no open end")
	assert.True(t, negTransferRE.MatchString("Es findet keine Übermittlung in Drittländer statt."))
	assert.True(t, negTransferRE.MatchString("Er is geen doorgifte buiten de EER."))
	assert.False(t, negTransferRE.MatchString("Soweit Daten außerhalb der EU verarbeitet werden, gelten Standardvertragsklauseln."))
	assert.True(t, negADMRE.MatchString("Es findet keine automatisierte Entscheidungsfindung statt."))
	assert.True(t, negADMRE.MatchString("Er is geen sprake van geautomatiseerde besluitvorming."))
	assert.Equal(t, []notice.Right{notice.RightAccess, notice.RightRectification, notice.RightErasure}, rightsIn("Recht op inzage, rectificatie en gegevenswissing"))
	assert.Equal(t, []notice.Right{notice.RightPortability, notice.RightObject}, rightsIn("Recht auf Datenübertragbarkeit; Widerspruchsrecht"))
	if ds := datesIn("Laatste update: 15 Maart 2021."); assert.Len(t, ds, 1) {
		assert.Equal(t, "updated", ds[0].kind)
		assert.Equal(t, "2021-03-15", ds[0].date.String())
	}
	headings := map[string]topic{
		"Wer bei uns für die Datenverarbeitung verantwortlich ist:": topicController,
		"Kontaktdaten des/der Datenschutzbeauftragten":              topicDPO,
		"Speicherdauer": topicRetention,
		"Recht auf Beschwerde bei einer Aufsichtsbehörde": topicComplaint,
		"Drittlandtransfer": topicTransfers,
		"2. Met welk doel worden persoonsgegevens verwerkt?": topicPurpose,
		"Aan wie worden persoonsgegevens verstrekt?":         topicRecipients,
		"Functionaris voor gegevensbescherming":              topicDPO,
		"Bewaren van persoonsgegevens":                       topicRetention,
	}
	for h, want := range headings {
		assert.Equal(t, want, classifyHeading(h).topic, h)
	}
}
