package notice

import "slices"

// Applicability says whether a right of the data subject applies to an
// activity, as far as the notice's legal bases and purposes tell.
type Applicability int

// The applicabilities of a right.
const (
	// Unknown: the right depends on the legal basis, and the activity
	// states none.
	Unknown Applicability = iota
	// Applies: the right applies to the activity, or to part of it.
	Applies
	// Limited: the right applies, but the Regulation limits it for this
	// activity (erasure under Art 17(3)(b) or (d); objection to research for
	// a public-interest task under Art 21(6)).
	Limited
	// Excluded: the Regulation does not give the right for this activity
	// (portability without consent or contract, Art 20(1); objection with
	// neither point (e) nor (f), no direct marketing and no research, Art 21).
	Excluded
	// Moot: the right exists, but the activity gives it nothing to act on
	// (withdrawal with no consent, Art 7(3); Art 22 with no decision based
	// solely on automated processing).
	Moot
)

// String returns "unknown", "applies", "limited", "excluded" or "moot".
func (a Applicability) String() string {
	return [...]string{"unknown", "applies", "limited", "excluded", "moot"}[a]
}

// Informs reports whether a notice should inform of a right with this
// applicability: Applies and Limited do; Unknown does, to be safe.
func (a Applicability) Informs() bool { return a == Applies || a == Limited || a == Unknown }

// A RightStatus is whether one right applies to an activity and the
// provisions that decide it, such as ["Art 21(1)", "Art 21(2)"] for a right
// to object that rests both on point (f) and on direct marketing.
type RightStatus struct {
	Right      Right         // the right, a code of [RightVocabulary]
	Status     Applicability // whether it applies to the activity
	Provisions []string      // the provisions that decide it, in the style "Art 21(1)"
}

// ApplicableRights decides which rights of the data subject apply to the
// activity e, from its legal bases, its Art 9(2) conditions, its purposes
// (direct marketing, research, archiving) and its automated decisions, in
// the order of [RightVocabulary]. It is the one place where the renderers
// and the validator learn which rights to state:
//
//   - information (Arts 13-14), access (15), rectification (16), restriction
//     (18), complaint (77) and judicial remedy (79) always apply;
//   - being told of the recipients of a rectification, erasure or
//     restriction (19) has something to act on where the activity names
//     recipients;
//   - erasure (17) applies, limited "to the extent" processing is necessary
//     for a legal obligation or a public task (17(3)(b)) or for archiving,
//     research or statistics (17(3)(d)); with no basis stated, whether
//     17(3)(b) limits it is not known;
//   - portability (20) applies where processing rests on consent (6(1)(a),
//     9(2)(a)) or contract (6(1)(b)) (20(1)(a)); the notice does not say
//     whether processing is automated (20(1)(b)), so that is not decided;
//   - the right to object (21) applies to processing on point (e) or (f)
//     (21(1)), to direct marketing whatever the basis (21(2)), and to
//     research or statistics (21(6)), limited there where the basis is a
//     public task;
//   - the right not to be subject to automated decisions (22) has something
//     to act on only where the activity describes decisions with legal or
//     similarly significant effects (22(1));
//   - withdrawal of consent (7(3)) has something to act on where a basis,
//     condition or transfer ground is consent (6(1)(a), 9(2)(a), 49(1)(a))
//     or an automated decision rests on explicit consent (22(2)(c)).
//
// Where a right depends on the legal basis and the activity states none,
// its status is Unknown.
func ApplicableRights(e *EffectiveActivity) []RightStatus {
	bases := map[LegalBasis]bool{}
	for _, b := range e.LegalBases {
		if b.Basis != "" { // a basis named only by its law says no point of Art 6(1)
			bases[b.Basis] = true
		}
	}
	known := len(bases) > 0
	explicitConsent := slices.ContainsFunc(e.SpecialCategoryConditions, func(c SpecialConditionClaim) bool {
		return c.Condition == ExplicitConsent
	})
	var marketing, research, archiving bool
	for _, p := range e.Purposes {
		marketing = marketing || p.DirectMarketing
		research = research || p.Research
		archiving = archiving || p.Archiving
	}
	transferConsent := false
	if e.Transfers != nil {
		for _, t := range e.Transfers.Items {
			transferConsent = transferConsent || slices.Contains(t.Mechanisms, DerogationConsent)
		}
	}
	d := e.AutomatedDecisions
	decisions := d != nil && d.NotApplicable.IsZero() && d.LegalEffect

	out := make([]RightStatus, 0, len(RightVocabulary.Terms))
	for _, t := range RightVocabulary.Terms {
		r := RightStatus{Right: Right(t.Code), Status: Applies, Provisions: []string{t.Article}}
		switch r.Right {
		case RightErasure:
			if !known {
				// Whether Art 17(3)(b) limits the right turns on the basis.
				r.Status = Unknown
				break
			}
			var limits []string
			if bases[LegalObligation] || bases[PublicTask] {
				limits = append(limits, "Art 17(3)(b)")
			}
			if research || archiving {
				limits = append(limits, "Art 17(3)(d)")
			}
			if len(limits) > 0 {
				r.Status, r.Provisions = Limited, limits
			}
		case RightPortability:
			switch {
			case bases[Consent] || bases[Contract] || explicitConsent:
				r.Provisions = []string{"Art 20(1)(a)"}
			case !known:
				r.Status = Unknown
			default:
				r.Status, r.Provisions = Excluded, []string{"Art 20(1)(a)"}
			}
		case RightObject:
			var grounds []string
			if bases[PublicTask] || bases[LegitimateInterests] {
				grounds = append(grounds, "Art 21(1)")
			}
			if marketing {
				grounds = append(grounds, "Art 21(2)")
			}
			if research {
				grounds = append(grounds, "Art 21(6)")
			}
			switch {
			case len(grounds) > 0:
				r.Provisions = grounds
				if len(grounds) == 1 && grounds[0] == "Art 21(6)" && bases[PublicTask] {
					r.Status = Limited
				}
			case !known:
				r.Status = Unknown
			default:
				r.Status, r.Provisions = Excluded, []string{"Art 21(1)"}
			}
		case RightAutomatedDecision:
			if !decisions {
				r.Status, r.Provisions = Moot, []string{"Art 22(1)"}
			}
		case RightNotification:
			if e.Recipients == nil || len(e.Recipients.Items) == 0 {
				r.Status = Moot
			}
		case RightWithdrawConsent:
			aut := d != nil && d.Ground == DecisionExplicitConsent
			if !(bases[Consent] || explicitConsent || transferConsent || aut) {
				r.Status = Moot
			}
		}
		out = append(out, r)
	}
	return out
}

// RightApplies returns the status of right r for the activity e, as
// [ApplicableRights] decides it.
func RightApplies(e *EffectiveActivity, r Right) RightStatus {
	for _, s := range ApplicableRights(e) {
		if s.Right == r {
			return s
		}
	}
	return RightStatus{Right: r, Status: Unknown}
}
