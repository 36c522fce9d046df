package render

import (
	"strings"

	"github.com/seloste/seloste/notice"
)

// registerTradition reports whether n is written in the Finnish register
// tradition, whose notices name "the register" ("rekisteri") and head their
// sections "Rekisterin nimi", "Yhteyshenkilö rekisteriä koskevissa
// asioissa" and "Rekisterin suojauksen periaatteet", the headings of the
// Data Protection Ombudsman's model for the "rekisteriseloste" of the
// Personal Data Act (523/1999 10 §), still widely used. The model has no
// field for it, so the notice's own words decide: a notice is in that
// tradition when, in any of its languages,
//
//   - its title or the name of one of its activities speaks of a register:
//     it contains "rekisteri" (rekisteri, asiakasrekisteri, rekisterin) or
//     "register" (register, registret, customer register; not "registered"
//     or "registering"); or
//   - its title calls it a "seloste" or a "beskrivning", the Finnish and
//     Finland-Swedish names of that notice (tietosuojaseloste,
//     rekisteriseloste; dataskyddsbeskrivning, registerbeskrivning).
//
// Every other notice gets the neutral wording of the Regulation: "processing
// activity" (Art 30), "contact person", "security of processing" (Art 32).
func registerTradition(n *notice.Notice) bool {
	for _, s := range n.Title {
		s = strings.ToLower(s)
		if speaksOfRegister(s) || strings.Contains(s, "seloste") || strings.Contains(s, "beskrivning") {
			return true
		}
	}
	for i := range n.Activities {
		for _, s := range n.Activities[i].Name {
			if speaksOfRegister(strings.ToLower(s)) {
				return true
			}
		}
	}
	return false
}

// speaksOfRegister reports whether s, in lower case, holds "rekisteri" or
// the noun "register" (not the verb's "registered", "registering").
func speaksOfRegister(s string) bool {
	if strings.Contains(s, "rekisteri") {
		return true
	}
	for rest := s; ; {
		i := strings.Index(rest, "register")
		if i < 0 {
			return false
		}
		rest = rest[i+len("register"):]
		if !strings.HasPrefix(rest, "ed") && !strings.HasPrefix(rest, "ing") {
			return true
		}
	}
}

// hk returns the catalog key of a heading whose wording depends on the
// register tradition: register for a notice in that tradition, neutral for
// any other.
func (b *builder) hk(register, neutral string) string {
	if b.register {
		return register
	}
	return neutral
}
