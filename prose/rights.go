package prose

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/seloste/seloste/notice"
)

// Rights named in words, negative statements and supervisory authorities.

// rightWords find each right of the data subject named in words, by
// language; German and Dutch with the terms of the GDPR's titles of Arts
// 15-22 and 77 ("Auskunftsrecht", "Recht auf Berichtigung"; "recht van
// inzage", "recht op gegevenswissing", "recht van bezwaar").
var rightWords = []struct {
	re    *regexp.Regexp
	right notice.Right
}{
	{altRE(pattern{fi, `peruuttaa (antamansa )?suostumu|peruuttamaan suostumu|poistaa antamansa suostumuksen`},
		pattern{sv, `återkalla|dra tillbaka (ditt |sitt )?samtycke|dra dig ur`},
		pattern{en, `withdraw (their |your |his or her )?consent`},
		pattern{de, `einwilligung .*widerruf|widerrufen|widerruf (der |ihrer |erteilter |von )?einwilligung`},
		pattern{nl, `toestemming .*in ?te ?trekken|intrekken van (uw |de )?toestemming|intrekking van (uw |de )?toestemming`}), notice.RightWithdrawConsent},
	{altRE(pattern{fi, `automaattisen päätöksenteon kohteeksi|automatisoidun päätöksenteon kohteeksi`},
		pattern{sv, `inte (bli )?föremål för .*automatiserat`},
		pattern{en, `not to be subject to .*automated|automated individual decision`},
		pattern{de, `nicht einer ausschließlich auf einer automatisierten`},
		pattern{nl, `niet te worden onderworpen aan .*geautomatiseerde`}), notice.RightAutomatedDecision},
	{altRE(pattern{fi, `saada tietoa henkilötietojensa käsittelystä|oikeus saada tietoa`},
		pattern{sv, `rätt att få information om`},
		pattern{en, `right to be informed`}), notice.RightInformation},
	{altRE(pattern{fi, `pääsy (itseä koskeviin |häntä koskeviin |koulua koskeviin )?(henkilö)?tietoihin|saada pääsy|pääsyoikeus|pääsy-|tarkastaa|tarkastusoikeu|tarkastuspyyn`},
		pattern{sv, `rätt (att få )?tillgång|få tillgång|registerutdrag|få veta vad som registrerats|få information om huruvida`},
		pattern{en, `right of access|access rights|right to access|access (to )?(your|their) (personal )?data|information about your data|right to check`},
		pattern{de, `auskunft`},
		pattern{nl, `inzage`}), notice.RightAccess},
	{altRE(pattern{fi, `oikaise|oikaista|oikaisu|oikaisemis|korjaa|korjaus|korjaamis`},
		pattern{sv, `rätta|rättelse|rättade|korrigera|komplettera ofullständiga`},
		pattern{en, `rectif|correct(ion|ed)?\b`},
		pattern{de, `berichtigung`},
		pattern{nl, `rectificatie|verbetering`}), notice.RightRectification},
	{altRE(pattern{fi, `poistami|poistaa (tieto|henkilö)|tietojensa poista`},
		pattern{sv, `radera|raderade|ta bort ditt konto|tas bort genom`},
		pattern{en, `erasure|eras(e|ing)|delet(e|ion|ed)|to have data deleted`},
		pattern{de, `löschung`},
		pattern{nl, `gegevenswissing|verwijdering|vergetelheid`}), notice.RightErasure},
	{altRE(pattern{fi, `rajoitta|rajoittamis`},
		pattern{sv, `begränsning|begränsas|begränsa`},
		pattern{en, `restrict(ion|ing)?|limit (the )?processing`},
		pattern{de, `einschränkung`},
		pattern{nl, `beperking`}), notice.RightRestriction},
	{altRE(pattern{fi, `siirtää (tiedot|tietonsa) järjestelmästä toiseen|siirretyksi toiseen järjestelmään`},
		pattern{sv, `dataportabilitet|maskinläsbart format`},
		pattern{en, `portabilit|transfer (the )?data from one system|machine-readable format`},
		pattern{de, `datenübertragbarkeit`},
		pattern{nl, `overdraagbaarheid`}), notice.RightPortability},
	// Art 19: the right to be told of the recipients, in the German text's
	// words ("über diese Empfänger unterrichtet zu werden"), by the Dutch
	// title ("Kennisgevingsplicht inzake rectificatie of wissing van
	// persoonsgegevens of verwerkingsbeperking") and as notices say it
	// ("Recht auf Unterrichtung", "over die ontvangers te worden
	// geïnformeerd").
	{altRE(pattern{de, `recht auf unterrichtung|über (diese|die) empfänger unterrichtet`},
		pattern{nl, `kennisgevingsplicht|over (die|deze) ontvangers (te worden |wordt )?(geïnformeerd|ingelicht)`}), notice.RightNotification},
	{altRE(pattern{fi, `vastusta|vastustamis`},
		pattern{sv, `invända|invändning|göra invändningar`},
		pattern{en, `\bobject(ion)?\b`},
		pattern{de, `widerspruch|widersprechen`},
		pattern{nl, `bezwaar`}), notice.RightObject},
	{altRE(pattern{fi, `valitu(s|ksen)|valvontaviranomai|tietosuojavaltuutetulle`},
		pattern{sv, `klagomål|klaga\b`},
		pattern{en, `complain(t)?`},
		pattern{de, `beschwerde`},
		pattern{nl, `klacht`}), notice.RightComplaint},
	// Art 79's right, by its title ("Recht auf wirksamen gerichtlichen
	// Rechtsbehelf gegen Verantwortliche oder Auftragsverarbeiter"; "Recht
	// om een doeltreffende voorziening in rechte in te stellen tegen een
	// verwerkingsverantwoordelijke of een verwerker") or as notices say it
	// ("bij de rechter"). A remedy "unbeschadet" of the complaint, or
	// against an authority's decision (Art 78), is not it.
	{altRE(pattern{de, `gerichtlichen rechtsbehelf[^.]*\bgegen (den |einen |die )?(verantwortlich|auftragsverarbeiter)`},
		pattern{nl, `\b(bij|naar) de rechter\b|voorziening in rechte[^.]*\btegen (een |de )?(verwerkingsverantwoordelijke|verwerker)`}), notice.RightJudicialRemedy},
}

// articleRangeRE finds a range of the GDPR's articles cited in words: "de
// artikelen 15 tot en met 20", "Art. 15 bis 22", "Artikel 15-21",
// "articles 15 to 22", "15–22 artiklan", "artiklarna 15–22".
var articleRangeRE = altRE(
	pattern{fi, `\b(\d{1,2})\s*[-–]\s*(\d{1,2}) artikl`},
	pattern{sv, `\bartiklarna (\d{1,2})\s*(?:[-–]|till och med|till)\s*(\d{1,2})\b`},
	pattern{en, `\barticles (\d{1,2})\s*(?:[-–]|to|through)\s*(\d{1,2})\b`},
	pattern{de, `\bart(?:ikeln?|\.)?\s*(\d{1,2})\s*(?:[-–]|bis)\s*(?:art(?:ikel|\.)?\s*)?(\d{1,2})\b`},
	pattern{nl, `\bartikel(?:en)? (\d{1,2})\s*(?:[-–]|tot en met|t/m)\s*(\d{1,2})\b`})

// rightsOfArticles returns the rights of the data subject that the GDPR's
// articles lo to hi grant, in article order: a range within Arts 12-22
// (Chapter III) only, else none.
func rightsOfArticles(lo, hi int) []notice.Right {
	if lo < 12 || hi > 22 || lo >= hi {
		return nil
	}
	var out []notice.Right
	for _, t := range notice.RightVocabulary.Terms {
		if n := articleNumber(t.Article); n >= lo && n <= hi {
			out = append(out, notice.Right(t.Code))
		}
	}
	slices.SortStableFunc(out, func(a, b notice.Right) int { return articleNumber(a.Article()) - articleNumber(b.Article()) })
	return out
}

// articleNumber is the number of the first article a vocabulary's
// article names: 15 of "Art 15", 13 of "Arts 13-14", 7 of "Art 7(3)".
func articleNumber(article string) int {
	s := strings.TrimPrefix(strings.TrimPrefix(article, "Arts "), "Art ")
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			break
		}
		n = 10*n + int(r-'0')
	}
	return n
}

// rightsIn returns the rights a text names, in the order they appear.
func rightsIn(s string) []notice.Right {
	type hit struct {
		at int
		r  notice.Right
	}
	var hits []hit
	taken := []notice.Right{}
	seen := map[notice.Right]bool{}
	for _, w := range rightWords {
		loc := w.re.FindStringIndex(s)
		if loc == nil {
			continue
		}
		// "olla joutumatta automaattisen päätöksenteon kohteeksi" is not
		// also the right of access; withdrawing consent is not erasure.
		hits = append(hits, hit{loc[0], w.right})
		seen[w.right] = true
	}
	// "die Rechte aus den Artikeln 15 bis 20": each right of the range,
	// where the words have not named it.
	for _, m := range articleRangeRE.FindAllStringSubmatchIndex(s, -1) {
		var bounds []int
		for k := 2; k+1 < len(m); k += 2 {
			if m[k] >= 0 {
				n, _ := strconv.Atoi(s[m[k]:m[k+1]])
				bounds = append(bounds, n)
			}
		}
		if len(bounds) != 2 {
			continue
		}
		for _, r := range rightsOfArticles(bounds[0], bounds[1]) {
			if !seen[r] {
				hits = append(hits, hit{m[0], r})
				seen[r] = true
			}
		}
	}
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].at < hits[j-1].at; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	for _, h := range hits {
		taken = append(taken, h.r)
	}
	return taken
}

// rightNegatedRE says that a right does not apply: "ei ole oikeutta", "inte
// rätt", "no right", "besteht keine", "niet van toepassing".
var rightNegatedRE = altRE(
	pattern{fi, `\bei (ole|myöskään ole) oikeutta|\bei (myöskään )?voi pyytää|\bei voida\b`},
	pattern{sv, `\bhar inte rätt|\binte rätt`},
	pattern{en, `\bno right|\bnot entitled|\bdoes not have the right`},
	pattern{de, `\bbesteht .*keine|\bbesteht nicht\b`},
	pattern{nl, `\bniet van toepassing|\bniet mogelijk`})

// rightExceptionRE says when a right does not apply, not that it never
// does: "Das Recht auf Löschung besteht nicht, soweit …" (Art 17(3)'s
// exceptions), "… is niet van toepassing voor zover …".
var rightExceptionRE = altRE(
	pattern{de, `\b(besteht|gilt) nicht,? (soweit|sofern|insoweit|wenn|falls)\b`},
	pattern{nl, `\bniet van toepassing,? (voor zover|indien|wanneer)\b`})

// Negative statements. Each names the field it fills.

// negTransferRE: no transfers outside the EU/EEA ("keine Übermittlung in
// Drittländer", "geen doorgifte buiten de EER").
var negTransferRE = altRE(
	pattern{fi, `\b(ei|eikä) (siirretä|luovuteta|siirry)[^.]*(ulkopuolelle|ulkopuolella|kolmansiin maihin|kansainvälisille)`},
	pattern{sv, `(lämnas|överförs|överlämnas) inte\b[^.]*(tredje|utanför|internationella)`},
	pattern{en, `\b(not|never) (be )?(transferred|disclosed)\b[^.]*\b(outside|third countr)|\bno (personal )?data (is|are) transferred (outside|to third)`},
	pattern{de, `\bkeine\b[^.]*(übermittlung|weitergabe)[^.]*(drittl|drittstaat|außerhalb)|\b(drittl|drittstaat|außerhalb)[^.]*\bnicht\b[^.]*übermittelt|\bnicht\b[^.]*(in|an) (ein )?(drittl|drittstaat)[^.]*übermittelt`},
	pattern{nl, `\bgeen\b[^.]*doorgifte[^.]*(buiten|derde land)|\bniet\b[^.]*(buiten de (eu|eer|europese)|derde land)[^.]*(doorgegeven|verstrekt)|\bniet (doorgegeven|verstrekt)\b[^.]*(buiten de (eu|eer|europese)|derde land)`})

// transferRE: a transfer outside the EU/EEA that does take place.
var transferRE = altRE(
	pattern{fi, `(siirretään|siirtää|siirtyä|käsitellään)[^.]*(ulkopuolelle|ulkopuolella|kolmansiin maihin|kolmanteen maahan)`},
	pattern{sv, `(överförs|överföra|behandlas)[^.]*(utanför eu|tredjeland)`},
	pattern{en, `(transferred|transfer|processed)[^.]*(outside the eu|outside the eea|third countr)|outside eu or eea countries`},
	pattern{de, `außerhalb der eu|außerhalb des (europäischen wirtschaftsraums|ewr)|drittland|drittstaat|in (den|die) usa`},
	pattern{nl, `(doorgegeven|doorgifte|verwerkt)[^.]*(buiten de (eu|eer|europese)|derde land)|naar de (vs|verenigde staten)`})

// mechanismWords name the Chapter V ground of a transfer; German and Dutch
// with the GDPR's terms ("Standarddatenschutzklauseln",
// "Angemessenheitsbeschluss", "verbindliche interne
// Datenschutzvorschriften"; "standaardbepalingen inzake
// gegevensbescherming", "adequaatheidsbesluit", "bindende
// bedrijfsvoorschriften") and the ones notices use ("Standardvertragsklauseln",
// "modelcontractbepalingen").
var mechanismWords = []struct {
	re *regexp.Regexp
	m  notice.TransferMechanism
}{
	{altRE(pattern{fi, `mallisopimuslausek|vakiosopimuslausek|vakiolausek`},
		pattern{sv, `standardavtalsklausul|standardiserade dataskyddsbestämmelser`},
		pattern{en, `standard contractual clauses|standard data protection clauses|\bSCCs?\b`},
		pattern{de, `standardvertragsklauseln|standarddatenschutzklauseln`},
		pattern{nl, `standaardbepalingen inzake gegevensbescherming|modelcontractbepalingen|standaardcontractbepalingen`}), notice.StandardClausesCommission},
	{altRE(pattern{fi, `riittävyyspäätö|tietosuojan riittävyyttä koskeva`},
		pattern{sv, `beslut om adekvat skyddsnivå`},
		pattern{en, `adequacy decision|data privacy framework`},
		pattern{de, `angemessenheitsbeschluss`},
		pattern{nl, `adequaatheidsbesluit`}), notice.AdequacyDecision},
	{altRE(pattern{fi, `sitovat yrityssäännöt|yritystä koskevat sitovat säännöt`},
		pattern{sv, `bindande företagsbestämmelser`},
		pattern{en, `binding corporate rules|\bBCRs?\b`},
		pattern{de, `verbindliche interne datenschutzvorschriften`},
		pattern{nl, `bindende bedrijfsvoorschriften`}), notice.BindingCorporateRules},
	{altRE(pattern{"", `art(ikla|ikel|icle|\.)?\s*49\s*(abs\.\s*1\s*lit\.\s*a|\(1\)\s*\(a\)|\.1\s*a|,?\s*lid\s*1,?\s*(onder|sub|punt)\s*a)`},
		pattern{fi, `nimenomainen suostumus siirtoon`},
		pattern{en, `explicit consent to the (proposed )?transfer`}), notice.DerogationConsent},
}

// negADMRE: no automated decision-making, with or without profiling.
var negADMRE = altRE(
	pattern{fi, `\bei\b[^.]*\b(automaattis|automatisoitu)[^.]*(päätöksen ?te|profilointi)|(automaattis|automatisoitu)[^.]*päätöksen ?te[^.]*\bei\b`},
	pattern{sv, `\binte\b[^.]*automati(skt|serat) beslutsfattande|innefattar inte[^.]*automat`},
	pattern{en, `\bno automated (individual )?decision|\bnot (be )?subject(ed)? to automated|\bnot used for automated decision`},
	pattern{de, `\bkeine automatisierte`},
	pattern{nl, `\bgeen (sprake van )?geautomatiseerde (individuele )?besluit`})

// negProfilingRE: no profiling.
var negProfilingRE = altRE(
	pattern{fi, `\bei\b[^.]*\bprofilo|\bprofilointia ei\b`},
	pattern{sv, `\binte\b[^.]*profiler`},
	pattern{en, `\bnot (be )?profiled|\bno profiling|\bnot used for profiling`},
	pattern{de, `\bnicht zur erstellung von (nutzer|persönlichkeits)profilen|\bkein profiling`},
	pattern{nl, `\bgeen profilering`})

// negMarketingRE: not used for direct marketing or advertising.
var negMarketingRE = altRE(
	pattern{fi, `\bei\b[^.]*\bsuoramarkkinointi`},
	pattern{sv, `inte\b[^.]*direkt marknadsföring`},
	pattern{en, `\bnot (be )?used for (direct marketing|advertising)|\bnot .*for advertising purposes`},
	pattern{de, `\bnicht (für|zu) (werbe|marketing)zwecke|\b(werbe|marketing)zwecken erfolgt nicht`},
	pattern{nl, `\bniet (gebruikt )?voor (direct )?marketing|\bniet voor reclamedoeleinden`})

// negSoldRE: not sold.
var negSoldRE = altRE(
	pattern{fi, `\bei myydä(?:[^\p{L}]|$)`},
	pattern{sv, `\bsäljs inte\b`},
	pattern{en, `\bnot (be )?sold\b|\bnever sell\b|\bwe do not sell\b`},
	pattern{de, `\bnicht verkauft\b|\bverkaufen keine\b`},
	pattern{nl, `\bniet verkocht\b|\bverkopen geen\b`})

// negSpecialRE: no special categories.
var negSpecialRE = altRE(
	pattern{fi, `\bei\b[^.]*erityisi[äi]? henkilötietoryhm`},
	pattern{sv, `\binga särskilda kategorier`},
	pattern{en, `\bno special categor`},
	pattern{de, `\bkeine besonderen kategorien`},
	pattern{nl, `\bgeen bijzondere (categorieën van )?persoonsgegevens`})

// negFurtherRE: the data are used only for the purposes the notice
// states (Art 5(1)(b)): "uitsluitend gebruikt voor de in deze verklaring
// genoemde doeleinden", "ausschließlich zu den oben genannten Zwecken
// verwendet".
var negFurtherRE = altRE(
	pattern{de, `\b(ausschließlich|nur|allein)\b[^.]*\b(genannten|beschriebenen|aufgeführten|angegebenen) zweck`},
	pattern{nl, `\b(uitsluitend|alleen|enkel|slechts)\b[^.]*\b(genoemde|beschreven|vermelde|aangegeven) doel`})

// admRE: automated decision-making that does take place.
var admRE = altRE(
	pattern{fi, `automaattinen päätöksenteko|automaattisen päätöksenteon|automatisoitu päätöksenteko`},
	pattern{sv, `automatiskt beslutsfattande|automatiserat beslutsfattande`},
	pattern{en, `automatic decision-making|automated decision-making|automatic assessment`},
	pattern{de, `automatisierte entscheidungsfindung`},
	pattern{nl, `geautomatiseerde besluitvorming`})

// Supervisory authorities named in a text, by the stems of their names in
// the notices' languages; the built-in table (notice.Authorities) supplies
// the rest.
var authorityWords = []struct {
	re   *regexp.Regexp
	code string
}{
	{regexp.MustCompile(`(?i)tietosuojavaltuut|dataombudsman|data protection ombudsman`), "FI"},
	{regexp.MustCompile(`(?i)integritetsskyddsmyndighet|\bIMY\b|datainspektionen\b`), "SE"},
	{regexp.MustCompile(`(?i)autoriteit persoonsgegevens|dutch data protection authority`), "NL"},
	{regexp.MustCompile(`(?i)bayerischen landesbeauftragten für den datenschutz|bayerische landesbeauftragte`), "DE-BY-PUBLIC"},
}

// residenceRE: the authority of the data subject's own state.
var residenceRE = regexp.MustCompile(`(?i)place of residence|country and state of residence|responsible for you|asuinpaik|hemvist|bosättningsort|woonplaats|verblijfplaats|aufenthaltsort|arbeitsplatz`)

// authoritiesIn returns the codes of the authorities a text names.
func authoritiesIn(s string) []string {
	var out []string
	for _, a := range authorityWords {
		if a.re.MatchString(s) {
			out = append(out, a.code)
		}
	}
	lower := strings.ToLower(s)
	for _, a := range notice.Authorities() {
		for _, n := range a.Names {
			if len(n) > 12 && strings.Contains(lower, strings.ToLower(n)) && !contains(out, a.Code) {
				out = append(out, a.Code)
			}
		}
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
