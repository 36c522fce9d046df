package validate

import (
	"slices"
	"strings"

	"github.com/seloste/seloste/notice"
)

// --- Art 13(1)(f), Chapter V: transfers ---

// checkTransfers checks the Art 13(1)(f) item. It asks, "where applicable",
// the fact of a transfer to a third country or an international
// organisation, the existence or absence of an adequacy decision and, for
// Art 46, 47 and 49(1) second subparagraph transfers, the safeguards and where
// to get them. Silence is a warning (ART13-TRANSFERS-01); a transfer admitted
// in words only, with no destination or ground, is an error
// (ART13-TRANSFERS-04), as is a transfer item with no destination
// (ART13-TRANSFERS-02) or no ground (ART13-TRANSFERS-05).
func (c *checker) checkTransfers(x act) {
	t := x.e.Transfers
	art := c.articleFor(RuleTransfersMissing, x)
	p := x.item("transfers")
	switch {
	case t == nil || (len(t.Items) == 0 && t.NotApplicable.IsZero() && t.Description.IsZero() && t.DescribedIn == nil):
		if !c.checkSilentTransfer(x, art) {
			c.add(RuleTransfersMissing, p, art)
		}
		return
	case len(t.Items) == 0 && t.NotApplicable.IsZero() && t.DescribedIn == nil:
		c.add(RuleTransfersWords, p+"/description", art)
	case !t.NotApplicable.IsZero() && len(t.Items) > 0:
		c.add(RuleNotApplicableAndItems, p, art)
	}
	for k := range t.Items {
		c.checkTransfer(x, &t.Items[k], ptrIndex(p+"/items", k), art)
	}
	if !t.NotApplicable.IsZero() && len(t.Items) == 0 && x.e.Recipients != nil {
		for k, r := range x.e.Recipients.Items {
			if r.Country != "" && validCountry(r.Country) && !notice.IsEEA(r.Country) {
				c.add(RuleTransferContradiction, ptrIndex(x.item("recipients")+"/items", k)+"/country", art, r.Country)
			}
		}
	}
}

// recipientCountry reports whether one of the recipients with the given IDs
// names its country: the transfer's destination is then given by its
// recipient (transfers[].recipients, recipients[].country).
func recipientCountry(r *notice.Recipients, ids []string) bool {
	if r == nil {
		return false
	}
	return slices.ContainsFunc(r.Items, func(it notice.Recipient) bool {
		return it.ID != "" && it.Country != "" && slices.Contains(ids, it.ID)
	})
}

// checkSilentTransfer reports each recipient of x outside the EEA, by its
// country or its location, where the notice says nothing of transfers: a
// disclosure to a recipient in a third country is a transfer (Chapter V), so
// Art 13(1)(f) applies and its silence is no longer "where applicable". It
// reports whether it found one.
func (c *checker) checkSilentTransfer(x act, art string) bool {
	r := x.e.Recipients
	if r == nil {
		return false
	}
	found := false
	for k, it := range r.Items {
		rp := ptrIndex(x.item("recipients")+"/items", k)
		switch {
		case it.Country != "" && validCountry(it.Country) && !notice.IsEEA(it.Country):
			c.add(RuleRecipientOutsideEEA, rp+"/country", art)
		case it.Country == "" && it.Location == notice.ThirdCountry:
			c.add(RuleRecipientOutsideEEA, rp+"/location", art)
		default:
			continue
		}
		found = true
	}
	return found
}

// risksStated reports whether another transfer of the same statement, on
// explicit consent to the same countries, states the risks: the risks of a
// transfer to a country are those of every transfer to it ("an occasional
// transfer of the full IP address to the US", beside the regular one).
func risksStated(t *notice.Transfers, tr *notice.Transfer) bool {
	return len(tr.Countries) > 0 && slices.ContainsFunc(t.Items, func(o notice.Transfer) bool {
		return !o.Risks.IsZero() && slices.Contains(o.Mechanisms, notice.DerogationConsent) &&
			!slices.ContainsFunc(tr.Countries, func(cc string) bool { return !slices.Contains(o.Countries, cc) })
	})
}

// derogations49 are the grounds that Art 49(3) withholds from public
// authorities in the exercise of their public powers: Art 49(1)(a) to (c)
// and the second subparagraph.
var derogations49 = []notice.TransferMechanism{
	notice.DerogationConsent, notice.DerogationContract, notice.DerogationContractInterest, notice.CompellingLegitimateInterest,
}

func (c *checker) checkTransfer(x act, tr *notice.Transfer, tp, art string) {
	if len(tr.Countries) == 0 && tr.InternationalOrganisation.IsZero() && !recipientCountry(x.e.Recipients, tr.Recipients) {
		c.add(RuleTransferDestination, tp+"/countries", art)
	}
	if len(tr.Mechanisms) == 0 {
		c.add(RuleTransferGround, tp+"/mechanisms", art)
	}
	if slices.ContainsFunc(tr.Mechanisms, notice.TransferMechanism.IsSafeguard) && tr.CopyAt.IsZero() {
		c.add(RuleSafeguardsCopy, tp+"/copyAt", art)
	}
	c.checkRepealedClauses(tr, tp)
	adequacy := slices.Contains(tr.Mechanisms, notice.AdequacyDecision)
	for m, cc := range tr.Countries {
		if !validCountry(cc) {
			continue // FORM-COUNTRY-01
		}
		cp := ptrIndex(tp+"/countries", m)
		if notice.IsEEA(cc) {
			c.add(RuleTransferToEEA, cp, "", cc)
			continue
		}
		if !adequacy {
			continue
		}
		ad, ok := notice.LookupAdequacy(cc)
		switch {
		case !ok:
			c.add(RuleNoAdequacy, cp, "", cc)
		case ad.Partial && tr.AdequacyCoverage.IsZero():
			c.add(RulePartialAdequacy, cp, "", cc)
		}
	}
	if adequacy && !tr.InternationalOrganisation.IsZero() && !organisationHasAdequacy(tr.InternationalOrganisation) {
		name, _, _ := tr.InternationalOrganisation.In(c.n.Original())
		c.add(RuleNoAdequacyOrganisation, tp+"/internationalOrganisation", "", name)
	}
	if slices.Contains(tr.Mechanisms, notice.CompellingLegitimateInterest) && tr.Interests.IsZero() {
		c.add(RuleCompellingInterests, tp+"/interests", "")
	}
	if slices.Contains(tr.Mechanisms, notice.DerogationConsent) && tr.Risks.IsZero() && !risksStated(x.e.Transfers, tr) {
		c.add(RuleConsentRisks, tp+"/risks", "")
	}
	if x.public {
		for m, mech := range tr.Mechanisms {
			if slices.Contains(derogations49, mech) {
				c.add(RulePublicDerogation, ptrIndex(tp+"/mechanisms", m), "", notice.TransferMechanismVocabulary.MessageKey(string(mech)))
			}
		}
	}
}

// organisationHasAdequacy reports whether the organisation, by its name in
// any language, is on the list of adequacy decisions.
func organisationHasAdequacy(name notice.Name) bool {
	for _, s := range name {
		if _, ok := notice.LookupAdequacyOrganisation(s); ok {
			return true
		}
	}
	return false
}

// repealedClauses are the Commission's decisions on standard contractual
// clauses that Implementing Decision (EU) 2021/914 repealed; contracts on
// them ceased to provide safeguards on 27 December 2022 (the project's term
// sheet, section 8, after the Finnish EUR-Lex page of 2021/914). The model
// holds the ground as a code (standardClausesCommission), so a notice names
// the decision it relies on in the safeguards' text.
var repealedClauses = []string{"2001/497", "2004/915", "2010/87"}

// modelClauseWords are the names the repealed clauses went by, before the
// 2021 clauses took the name of the regulation's "standard data protection
// clauses": in Finnish "mallisopimuslausekkeet", in Swedish
// "modellklausuler", in English "model clauses".
var modelClauseWords = []string{"mallisopimuslausek", "mallilausek", "modellklausul", "modellavtalsklausul", "model clause", "model contract clause"}

// checkRepealedClauses reports safeguards that rest on the repealed standard
// contractual clauses: an error where the text cites a repealed decision by
// number (ART46-SCC-01), a warning where it only uses their old name and no
// decision of 2021 (ART46-SCC-02).
func (c *checker) checkRepealedClauses(tr *notice.Transfer, tp string) {
	texts := []struct {
		field string
		t     notice.Text
	}{{"safeguards", tr.Safeguards}, {"copyAt", tr.CopyAt}, {"description", tr.Description}}
	for _, f := range texts {
		decisions, words := map[string]bool{}, ""
		for _, tag := range f.t.Tags() {
			s := strings.ToLower(f.t[tag])
			if strings.Contains(s, "2021/914") {
				continue
			}
			for _, d := range repealedClauses {
				decisions[d] = decisions[d] || strings.Contains(s, d)
			}
			for _, w := range modelClauseWords {
				if i := strings.Index(s, w); words == "" && i >= 0 {
					words = w
					if len(s) == len(f.t[tag]) { // offsets in s are offsets in the original
						words = wordAt(f.t[tag], i, len(w))
					}
				}
			}
		}
		for _, d := range repealedClauses {
			if decisions[d] {
				c.add(RuleRepealedClauses, tp+"/"+f.field, "", d)
			}
		}
		if words != "" {
			c.add(RuleModelClauses, tp+"/"+f.field, "", words)
		}
	}
}

// wordAt returns the words of s that hold s[i:i+n], extended to the ends of
// the first and last word: "mallisopimuslausekkeet" for the stem
// "mallisopimuslausek". i and n are byte offsets into s.
func wordAt(s string, i, n int) string {
	if i+n > len(s) {
		return s[i:]
	}
	start, end := i, i+n
	for start > 0 && !isSpace(s[start-1]) {
		start--
	}
	for end < len(s) && !isSpace(s[end]) && s[end] != ',' && s[end] != '.' && s[end] != ')' {
		end++
	}
	return s[start:end]
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '(' }
