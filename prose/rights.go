package prose

import (
	"regexp"
	"strings"

	"github.com/seloste/seloste/notice"
)

// Rights named in words, negative statements and supervisory authorities.

// rightWords find each right of the data subject named in words in fi, sv
// and en (and in the German of the corpus, for the report).
var rightWords = []struct {
	re    *regexp.Regexp
	right notice.Right
}{
	{regexp.MustCompile(`(?i)peruuttaa (antamansa )?suostumu|peruuttamaan suostumu|poistaa antamansa suostumuksen|återkalla|dra tillbaka (ditt |sitt )?samtycke|dra dig ur|withdraw (their |your |his or her )?consent|einwilligung .*widerruf|widerrufen`), notice.RightWithdrawConsent},
	{regexp.MustCompile(`(?i)automaattisen päätöksenteon kohteeksi|automatisoidun päätöksenteon kohteeksi|inte (bli )?föremål för .*automatiserat|not to be subject to .*automated|automated individual decision`), notice.RightAutomatedDecision},
	{regexp.MustCompile(`(?i)saada tietoa henkilötietojensa käsittelystä|oikeus saada tietoa|right to be informed|rätt att få information om`), notice.RightInformation},
	{regexp.MustCompile(`(?i)pääsy (itseä koskeviin |häntä koskeviin |koulua koskeviin )?(henkilö)?tietoihin|saada pääsy|pääsyoikeus|pääsy-|tarkastaa|tarkastusoikeu|tarkastuspyyn|rätt (att få )?tillgång|få tillgång|registerutdrag|få veta vad som registrerats|få information om huruvida|right of access|access rights|right to access|access (to )?(your|their) (personal )?data|information about your data|right to check|auskunft`), notice.RightAccess},
	{regexp.MustCompile(`(?i)oikaise|oikaista|oikaisu|oikaisemis|korjaa|korjaus|korjaamis|rätta|rättelse|rättade|korrigera|komplettera ofullständiga|rectif|correct(ion|ed)?\b|berichtigung`), notice.RightRectification},
	{regexp.MustCompile(`(?i)poistami|poistaa (tieto|henkilö)|tietojensa poista|radera|raderade|ta bort ditt konto|tas bort genom|erasure|eras(e|ing)|delet(e|ion|ed)|to have data deleted|löschung`), notice.RightErasure},
	{regexp.MustCompile(`(?i)rajoitta|rajoittamis|begränsning|begränsas|begränsa|restrict(ion|ing)?|limit (the )?processing|einschränkung`), notice.RightRestriction},
	{regexp.MustCompile(`(?i)siirtää (tiedot|tietonsa) järjestelmästä toiseen|siirretyksi toiseen järjestelmään|dataportabilitet|maskinläsbart format|portabilit|transfer (the )?data from one system|machine-readable format|datenübertragbarkeit`), notice.RightPortability},
	{regexp.MustCompile(`(?i)vastusta|vastustamis|invända|invändning|göra invändningar|\bobject(ion)?\b|widerspruch`), notice.RightObject},
	{regexp.MustCompile(`(?i)valitu(s|ksen)|valvontaviranomai|tietosuojavaltuutetulle|klagomål|klaga\b|complain(t)?|beschwerde`), notice.RightComplaint},
}

// rightsIn returns the rights a text names, in the order they appear.
func rightsIn(s string) []notice.Right {
	type hit struct {
		at int
		r  notice.Right
	}
	var hits []hit
	taken := []notice.Right{}
	for _, w := range rightWords {
		loc := w.re.FindStringIndex(s)
		if loc == nil {
			continue
		}
		// "olla joutumatta automaattisen päätöksenteon kohteeksi" is not
		// also the right of access; withdrawing consent is not erasure.
		hits = append(hits, hit{loc[0], w.right})
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
// rätt", "no right", "not possible to".
var rightNegatedRE = regexp.MustCompile(`(?i)\bei (ole|myöskään ole) oikeutta|\bei (myöskään )?voi pyytää|\bei voida\b|\bhar inte rätt|\binte rätt|\bno right|\bnot entitled|\bdoes not have the right|\bbesteht .*keine|\bniet van toepassing|\bniet mogelijk`)

// Negative statements. Each names the field it fills.

// negTransferRE: no transfers outside the EU/EEA (fi, sv, en).
var negTransferRE = regexp.MustCompile(`(?i)\b(ei|eikä) (siirretä|luovuteta|siirry)[^.]*(ulkopuolelle|ulkopuolella|kolmansiin maihin|kansainvälisille)|(lämnas|överförs|överlämnas) inte\b[^.]*(tredje|utanför|internationella)|\b(not|never) (be )?(transferred|disclosed)\b[^.]*\b(outside|third countr)|\bno (personal )?data (is|are) transferred (outside|to third)`)

// transferRE: a transfer outside the EU/EEA that does take place.
var transferRE = regexp.MustCompile(`(?i)(siirretään|siirtää|siirtyä|käsitellään)[^.]*(ulkopuolelle|ulkopuolella|kolmansiin maihin|kolmanteen maahan)|(överförs|överföra|behandlas)[^.]*(utanför eu|tredjeland)|(transferred|transfer|processed)[^.]*(outside the eu|outside the eea|third countr)|outside eu or eea countries|außerhalb der eu|drittland|in den usa`)

// mechanismWords name the Chapter V ground of a transfer.
var mechanismWords = []struct {
	re *regexp.Regexp
	m  notice.TransferMechanism
}{
	{regexp.MustCompile(`(?i)mallisopimuslausek|vakiosopimuslausek|vakiolausek|standardavtalsklausul|standardiserade dataskyddsbestämmelser|standard contractual clauses|standard data protection clauses|standardvertragsklauseln|\bSCCs?\b`), notice.StandardClausesCommission},
	{regexp.MustCompile(`(?i)riittävyyspäätö|tietosuojan riittävyyttä koskeva|beslut om adekvat skyddsnivå|adequacy decision|angemessenheitsbeschluss|data privacy framework`), notice.AdequacyDecision},
	{regexp.MustCompile(`(?i)sitovat yrityssäännöt|yritystä koskevat sitovat säännöt|bindande företagsbestämmelser|binding corporate rules|\bBCRs?\b`), notice.BindingCorporateRules},
	{regexp.MustCompile(`(?i)art(ikla|ikel|icle|\.)?\s*49\s*(abs\.\s*1\s*lit\.\s*a|\(1\)\s*\(a\)|\.1\s*a)|nimenomainen suostumus siirtoon|explicit consent to the (proposed )?transfer`), notice.DerogationConsent},
}

// negADMRE: no automated decision-making, with or without profiling.
var negADMRE = regexp.MustCompile(`(?i)\bei\b[^.]*\b(automaattis|automatisoitu)[^.]*(päätöksen ?te|profilointi)|(automaattis|automatisoitu)[^.]*päätöksen ?te[^.]*\bei\b|\binte\b[^.]*automati(skt|serat) beslutsfattande|innefattar inte[^.]*automat|\bno automated (individual )?decision|\bnot (be )?subject(ed)? to automated|\bnot used for automated decision|\bkeine automatisierte`)

// negProfilingRE: no profiling.
var negProfilingRE = regexp.MustCompile(`(?i)\bei\b[^.]*\bprofilo|\bprofilointia ei\b|\binte\b[^.]*profiler|\bnot (be )?profiled|\bno profiling|\bnot used for profiling|\bnicht zur erstellung von nutzerprofilen`)

// negMarketingRE: not used for direct marketing or advertising.
var negMarketingRE = regexp.MustCompile(`(?i)\bei\b[^.]*\bsuoramarkkinointi|inte\b[^.]*direkt marknadsföring|\bnot (be )?used for (direct marketing|advertising)|\bnot .*for advertising purposes`)

// negSoldRE: not sold.
var negSoldRE = regexp.MustCompile(`(?i)\bei myydä(?:[^\p{L}]|$)|\bsäljs inte\b|\bnot (be )?sold\b|\bnever sell\b|\bwe do not sell\b`)

// negSpecialRE: no special categories.
var negSpecialRE = regexp.MustCompile(`(?i)\bei\b[^.]*erityisi[äi]? henkilötietoryhm|\binga särskilda kategorier|\bno special categor`)

// admRE: automated decision-making that does take place.
var admRE = regexp.MustCompile(`(?i)automaattinen päätöksenteko|automaattisen päätöksenteon|automatisoitu päätöksenteko|automatiskt beslutsfattande|automatiserat beslutsfattande|automatic decision-making|automated decision-making|automatic assessment`)

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
var residenceRE = regexp.MustCompile(`(?i)place of residence|country and state of residence|responsible for you|asuinpaik|hemvist|bosättningsort|woonplaats`)

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
