package validate

import (
	"github.com/seloste/seloste/notice"
)

// --- Art 13(2)(a), 14(2)(a): retention ---

// checkRetention checks the storage period: "the period for which the
// personal data will be stored, or if that is not possible, the criteria used
// to determine that period". The model says the period in several ways, and
// each is a statement of it (ART13-RETENTION-02 fires only where none is
// given): a length (period), a date (until), the event that ends the keeping
// (untilEvent: "as long as the account is active", one of "the criteria used
// to determine that period"), the criteria in words, or an open end
// (openEnded). An open end with no criteria ("until further notice") is
// neither a period nor criteria (ART13-RETENTION-04); a minimum with no end
// says nothing of how long the data are kept at most (ART13-RETENTION-05); a
// period given only by a reference to a law or another document leaves the
// reader to find it (ART13-RETENTION-06); where every entry names the data
// categories it covers, a category none covers has no period
// (ART13-RETENTION-07).
func (c *checker) checkRetention(x act) {
	art := c.articleFor(RuleRetentionMissing, x)
	p := x.item("retention")
	if len(x.e.Retention) == 0 {
		c.add(RuleRetentionMissing, p, art)
		return
	}
	for k, r := range x.e.Retention {
		rp := ptrIndex(p, k)
		stated := !r.Period.IsZero() || r.OpenEnded != nil || ends(&r)
		switch {
		case !stated && r.DescribedIn == nil && len(r.Laws) == 0:
			c.add(RuleRetentionEmpty, rp, art)
		case !stated:
			c.add(RuleRetentionReference, rp, art)
		}
		if o := r.OpenEnded; o != nil && o.Kind != notice.Permanently && !ends(&r) {
			c.add(RuleRetentionOpen, rp+"/openEnded", art, notice.OpenEndKindVocabulary.MessageKey(string(o.Kind)))
		}
		if r.Qualifier == notice.RetentionMinimum && !ends(&r) {
			c.add(RuleRetentionMinimum, rp+"/qualifier", art)
		}
		if !r.Period.IsZero() && r.From.IsZero() && r.Until.IsZero() {
			c.add(RuleRetentionFrom, rp+"/from", art)
		}
	}
	c.checkRetentionCoverage(x, art)
}

// ends reports whether a retention entry says what ends the keeping, other
// than by a length: a date (until), an event (untilEvent) or the criteria in
// words. Each answers an open end and a minimum: they say when the data go.
func ends(r *notice.Retention) bool {
	return !r.Until.IsZero() || !r.UntilEvent.IsZero() || !r.Criteria.IsZero()
}

// checkRetentionCoverage reports each data category that no retention entry
// covers, where every entry names the data categories it covers. An entry
// with no scope, or one scoped by purposes or groups, covers every category;
// so does one that says in words what it keeps (data) without a scope,
// because the words cannot be matched to categories.
func (c *checker) checkRetentionCoverage(x act, art string) {
	covered := map[string]bool{}
	for _, r := range x.e.Retention {
		if len(r.Scope.DataCategories) == 0 {
			return
		}
		for _, id := range r.Scope.DataCategories {
			covered[id] = true
		}
	}
	for k, dc := range x.e.DataCategories {
		if dc.ID == "" || !covered[dc.ID] {
			c.add(RuleRetentionCoverage, ptrIndex(x.path+"/dataCategories", k), art)
		}
	}
}
