package validate

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// Options select the checks that apply. The zero value is the default and
// works: every rule runs, every declared language must be complete, and
// whether a controller is a public authority is what the notice states
// (controller.publicAuthority), inferred only where it states nothing.
//
// Options is a plain value, safe to share between goroutines.
type Options struct {
	// RequireLanguages are the languages every free text must be given in
	// (rule FORM-LANG-04). Nil means every language the notice declares; an
	// empty, non-nil slice requires none. Tags are compared exactly: "sv" is
	// not "sv-FI".
	RequireLanguages []language.Tag

	// PublicAuthority says whether every controller of the notice is a
	// public authority or body, which makes a data protection officer
	// mandatory (Art 37(1)(a), rule ART37-DPO-01), Art 6(1)(f) unavailable for
	// its tasks (Art 6(1), second subparagraph, rule
	// ART6-PUBLICAUTHORITY-01) and points (a) to (c) of Art 49(1) unavailable
	// in the exercise of its public powers (Art 49(3), rule ART49-PUBLIC-01).
	// Nil means what the notice states: a controller's publicAuthority field
	// or, where a controller states nothing, the fallback inference that it is
	// a public authority when any activity of the notice rests on Art 6(1)(e)
	// (publicTask). The fallback is a guess (a private body may be entrusted
	// with a public task); state publicAuthority to replace it.
	PublicAuthority *bool

	// Skip are rule IDs not to run, for findings a project has examined and
	// accepted. An ID that names no rule is ignored; check IDs with
	// [LookupRule].
	Skip []string
}

// Validate checks n against every rule with the zero [Options] and returns
// every finding, never only the first. A nil notice gives a nil result.
func Validate(n *notice.Notice) Findings { return Options{}.Validate(n) }

// Validate checks n against the rules that o selects and returns every
// finding, sorted in the order of the document and then by rule ID.
// It does not modify n, and may be called concurrently.
func (o Options) Validate(n *notice.Notice) Findings {
	if n == nil {
		return nil
	}
	c := newChecker(n, o)
	c.run()
	if len(c.out) == 0 {
		return nil
	}
	return sortFindings(c.out)
}

// Complete reports whether n gives everything Articles 13 and 14 require, as
// one error for a test: nil when [Validate] finds no error-severity finding,
// else the errors.Join of every such finding, each on its own line with its
// path, rule and English message naming its article. Warnings and
// information do not make Complete fail.
//
//	require.NoError(t, validate.Complete(n))
func Complete(n *notice.Notice) error {
	if n == nil {
		return errors.New("validate: nil notice")
	}
	errs := Validate(n).Errors()
	if len(errs) == 0 {
		return nil
	}
	list := make([]error, len(errs))
	for i, f := range errs {
		list[i] = f
	}
	return errors.Join(list...)
}

// A checker holds the state of one validation.
type checker struct {
	n        *notice.Notice
	opts     Options
	inferred bool           // the fallback: some activity rests on Art 6(1)(e)
	declared []language.Tag // the declared languages, each once
	skip     map[string]bool
	acts     []act
	// allDelegated is true when every activity is described in full in
	// another notice (describedIn), computed once.
	allDelegated bool
	out          Findings
}

// act is one activity with what the validator derives from it.
type act struct {
	i     int
	a     *notice.Activity          // the activity as written
	e     *notice.EffectiveActivity // the activity with the notice's shared items
	path  string                    // "/activities/i"
	art13 bool                      // data collected from the data subject (or no source named)
	art14 bool                      // data from another source
	bases map[notice.LegalBasis]bool
	// public is whether the activity's controller is a public authority.
	public bool
	// delegated is true when another notice describes the activity in full
	// (describedIn): what it leaves out is not silence.
	delegated bool
	// rights is notice.ApplicableRights of the activity, computed once.
	rights []notice.RightStatus
	// partial is true when some purpose or data category of the activity
	// has no legal basis (ART13-LEGALBASIS-02, -05), or when every basis it
	// states holds only under a condition or possibly ("where data are
	// passed on", "kann zudem"): the bases it states are not all its bases,
	// so a right that they exclude may apply to the rest.
	partial bool
}

func newChecker(n *notice.Notice, o Options) *checker {
	c := &checker{n: n, opts: o}
	if len(o.Skip) > 0 {
		c.skip = map[string]bool{}
		for _, id := range o.Skip {
			c.skip[id] = true
		}
	}
	for i := range n.Activities {
		a := &n.Activities[i]
		e := n.EffectiveActivity(i)
		x := act{i: i, a: a, e: &e, path: ptrIndex("/activities", i), bases: map[notice.LegalBasis]bool{}}
		for _, b := range e.LegalBases {
			x.bases[b.Basis] = true
		}
		x.art13, x.art14 = applicable(&e.Activity)
		x.delegated = a.DescribedIn != nil
		x.rights = notice.ApplicableRights(&e)
		x.partial = len(uncoveredPurposes(&e.Activity)) > 0 || len(uncoveredCategories(&e.Activity)) > 0 ||
			(len(e.LegalBases) > 0 && !slices.ContainsFunc(e.LegalBases, unconditional))
		c.acts = append(c.acts, x)
	}
	c.inferred = slices.ContainsFunc(c.acts, func(x act) bool { return x.bases[notice.PublicTask] })
	c.allDelegated = len(c.acts) > 0 && !slices.ContainsFunc(c.acts, func(x act) bool { return !x.delegated })
	for i := range c.acts {
		c.acts[i].public = c.publicAuthority(c.acts[i].e.Controller)
	}
	return c
}

// unconditional reports whether a legal basis is stated to hold without a
// condition and not merely possibly.
func unconditional(b notice.LegalBasisClaim) bool { return b.Condition.IsZero() && !b.Possible }

// publicAuthority reports whether the controller p is a public authority or
// body: as Options.PublicAuthority says, else as p states, else by the
// fallback inference from Art 6(1)(e).
func (c *checker) publicAuthority(p *notice.Party) bool {
	switch {
	case c.opts.PublicAuthority != nil:
		return *c.opts.PublicAuthority
	case p != nil && p.PublicAuthority != nil:
		return *p.PublicAuthority
	}
	return c.inferred
}

// applicable decides whether Art 13, Art 14 or both apply to an activity from
// the kinds of its sources: dataSubject and generated mean Art 13, otherSource
// and publicSource Art 14. An activity with no source item is taken to
// collect from the data subject: Art 13.
func applicable(a *notice.Activity) (art13, art14 bool) {
	if a.Sources == nil || len(a.Sources.Items) == 0 {
		return true, false
	}
	for _, s := range a.Sources.Items {
		if s.Kind.IsArt14() {
			art14 = true
		} else {
			art13 = true
		}
	}
	return art13, art14
}

// item returns the pointer of an item of x where it is stated: in the
// activity, or on the notice when the activity inherits it.
func (x act) item(name string) string { return x.e.Pointer(name) }

// add records a finding of rule at path. article "" means the rule's own.
func (c *checker) add(rule, path, article string, args ...string) {
	if c.skip[rule] {
		return
	}
	r, ok := ruleIndex[rule]
	if !ok {
		panic("validate: unknown rule " + rule)
	}
	if article == "" {
		article = r.Article
	}
	if c.exempt(rule, path, article) {
		return
	}
	c.out = append(c.out, Finding{Rule: rule, Severity: r.Severity, Path: path, Article: article, Args: args})
}

// exempt reports whether a finding of rule at path citing article falls
// under an Art 14(5) exemption, or is the absence of an item of an activity
// that another notice describes in full (describedIn).
//
// Art 14(5) says that paragraphs 1 to 4 of Art 14 "shall not apply where and
// insofar as" one of its points holds. The validator relieves an activity
// under Art 14 only of the Art 14(1)-(2) items, and only for points (c) and
// (d) with the law named (ART14-EXEMPTION-02 reports one without): for
// point (a) the model cannot say which items the data subject already has,
// and under point (b) the information must still be made publicly available,
// which the published notice is. What the notice says on lawfulness (Arts 6,
// 9, 10) and the form of its values are always checked.
func (c *checker) exempt(rule, path, article string) bool {
	if strings.HasPrefix(rule, "FORM-") || strings.HasPrefix(rule, "ITEM-") || rule == RulePlaceholder {
		return false // the form of a value, not an information item
	}
	x, ok := c.actAt(path)
	if !ok {
		// An item of the notice, and every activity described in full
		// elsewhere.
		return absence[rule] && c.allDelegated
	}
	if x.delegated && absence[rule] {
		return true
	}
	return x.art14 && !x.art13 && exemptByLaw(x.a.Exemptions) &&
		(strings.HasPrefix(article, "Art 14(1)") || strings.HasPrefix(article, "Art 14(2)"))
}

// actAt returns the activity a path is in ("/activities/3/…" is in the
// fourth), read from the path itself, so that placing a finding costs the
// same however many activities the notice has.
func (c *checker) actAt(path string) (*act, bool) {
	rest, ok := strings.CutPrefix(path, "/activities/")
	if !ok {
		return nil, false
	}
	num, _, _ := strings.Cut(rest, "/")
	i, err := strconv.Atoi(num)
	if err != nil || i < 0 || i >= len(c.acts) || num != strconv.Itoa(i) {
		return nil, false
	}
	return &c.acts[i], true
}

// exemptByLaw reports whether the claims include Art 14(5)(c) or (d) with the
// law that lays down the obtaining or the secrecy.
func exemptByLaw(claims []notice.ExemptionClaim) bool {
	return slices.ContainsFunc(claims, func(e notice.ExemptionClaim) bool {
		return (e.Exemption == notice.LaidDownByLaw || e.Exemption == notice.ProfessionalSecrecy) && len(e.Laws) > 0
	})
}

// articleFor returns the rule's article, or its Art 14 counterpart when every
// activity in xs is under Art 14 only.
func (c *checker) articleFor(rule string, xs ...act) string {
	r := ruleIndex[rule]
	if len(xs) == 0 {
		return r.Article
	}
	for _, x := range xs {
		if x.art13 {
			return r.Article
		}
	}
	if a14 := art14Of(r.Article); a14 != "" {
		return a14
	}
	return r.Article
}

// absence are the rules that report an item, or a part of one, left out or
// said too vaguely to act on: an activity that another notice describes in
// full (describedIn), such as the first layer of a layered notice whose full
// notice is linked (WP260 rev.01, paras 35-38), is not reported for them;
// the other notice gives what this one leaves out. What the activity does
// say is still checked: a right denied or promised where the regulation says
// otherwise, a transfer ground that does not hold, a contradiction, the form
// of a value.
var absence = map[string]bool{
	RuleControllerMissing: true, RuleControllerName: true, RuleControllerContact: true,
	RuleRepresentativeMissing: true, RuleRepresentativeIncomplete: true,
	RuleDPOMissing: true, RuleDPOContact: true, RulePublicAuthorityDPO: true,
	RulePurposeMissing: true, RuleLegalBasisMissing: true, RulePurposeWithoutBasis: true, RuleCategoryWithoutBasis: true,
	RuleBasisUnnamed: true, RuleBasisLawOnly: true, RuleLawForBasis: true, RuleInterestsMissing: true,
	RuleRecipientsMissing: true, RuleRecipientsWords: true,
	RuleTransfersMissing: true, RuleRecipientOutsideEEA: true, RuleTransfersWords: true, RuleTransferDestination: true, RuleTransferGround: true,
	RuleSafeguardsCopy: true, RuleCompellingInterests: true, RuleConsentRisks: true,
	RuleRetentionMissing: true, RuleRetentionEmpty: true, RuleRetentionFrom: true, RuleRetentionOpen: true,
	RuleRetentionMinimum: true, RuleRetentionReference: true, RuleRetentionCoverage: true,
	RuleRightsMissing: true, RuleRightMissing: true, RuleLimitedRight: true, RuleExerciseRights: true,
	RuleWithdrawConsent: true, RuleWithdrawHow: true, RuleComplaintMissing: true, RuleSupervisoryAuthority: true,
	RuleRequirementMissing: true, RuleRequirementConsequences: true, RuleRequirementCoverage: true,
	RuleAutomatedMissing: true, RuleAutomatedLogic: true, RuleAutomatedConsequences: true, RuleAutomatedOutside22: true,
	RuleDecisionGround: true, RuleDecisionSafeguards: true,
	RuleCategoriesMissing: true, RuleSourcesMissing: true, RuleSourceCoverage: true,
	RuleSpecialCondition: true, RuleLawForCondition: true, RuleCriminalBasis: true,
	RuleJointParties: true, RuleJointArrangement: true,
}

func (c *checker) run() {
	c.checkController()
	c.checkRepresentative()
	c.checkDPO()
	c.checkJointControllers()
	for _, x := range c.acts {
		c.checkPurposes(x)
		c.checkSpecial(x)
		c.checkArt14(x)
		c.checkRecipients(x)
		c.checkTransfers(x)
		c.checkRetention(x)
		c.checkRequirement(x)
		c.checkAutomated(x)
	}
	c.checkRights()
	c.checkSupervisoryAuthority()
	c.checkDates()
	c.checkIDs()
	declared, required := c.checkLanguages()
	c.checkValues(declared, required)
}
