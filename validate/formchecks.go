package validate

import (
	"strconv"
	"strings"

	"github.com/seloste/seloste/notice"
)

// --- form: dates, languages, identifiers ---

func (c *checker) checkDates() {
	n := c.n
	if !n.Effective.IsZero() && !n.Published.IsZero() && n.Effective.Before(n.Published) {
		c.add(RuleDateOrder, "/effective", "", n.Effective.String(), n.Published.String())
	}
	if n.Prepared.IsZero() && n.Updated.IsZero() && n.Published.IsZero() && n.Effective.IsZero() {
		c.add(RuleDateMissing, "", "")
	}
}

func (c *checker) checkIDs() {
	seen := map[string]bool{}
	for _, x := range c.acts {
		if id := x.a.ID; id != "" {
			if !idRE.MatchString(id) || seen[id] {
				c.add(RuleID, x.path+"/id", "", id)
			}
			seen[id] = true
		}
		groups := map[string]bool{}
		for k, g := range x.a.DataSubjects {
			if g.ID == "" {
				continue
			}
			if !idRE.MatchString(g.ID) || groups[g.ID] {
				c.add(RuleID, ptrIndex(x.path+"/dataSubjects", k)+"/id", "", g.ID)
			}
			groups[g.ID] = true
		}
		for k, dc := range x.a.DataCategories {
			for m, s := range dc.Subjects {
				if !groups[s] {
					c.add(RuleSubjectRef, ptrIndex(ptrIndex(x.path+"/dataCategories", k)+"/subjects", m), "", s)
				}
			}
		}
		c.checkSectionIDs(x.a.Sections, x.path+"/sections")
	}
	c.checkSectionIDs(c.n.Sections, "/sections")
}

func (c *checker) checkSectionIDs(ss []notice.Section, path string) {
	seen := map[string]bool{}
	for k, s := range ss {
		if s.ID == "" {
			continue
		}
		if !idRE.MatchString(s.ID) || seen[s.ID] {
			c.add(RuleID, ptrIndex(path, k)+"/id", "", s.ID)
		}
		seen[s.ID] = true
	}
}

// itemArticle returns the article of the information item that holds the
// value at ptr (the controller's email: Art 13(1)(a)), or "" for the rule's
// own article.
func (c *checker) itemArticle(ptr string) string {
	toks := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	xs := c.acts
	name := toks[0]
	if name == "activities" && len(toks) >= 3 {
		i, err := strconv.Atoi(toks[1])
		if err != nil || i < 0 || i >= len(c.acts) {
			return ""
		}
		xs, name = []act{c.acts[i]}, toks[2]
	}
	var rule string
	switch name {
	case "controller", "representative", "contactPersons":
		rule = RuleControllerMissing
	case "dpo":
		rule = RuleDPOMissing
	case "recipients":
		rule = RuleRecipientsMissing
	case "transfers":
		rule = RuleTransfersMissing
	case "supervisoryAuthorities":
		rule = RuleComplaintMissing
	case "retention":
		rule = RuleRetentionMissing
	case "automatedDecisions":
		rule = RuleAutomatedMissing
	case "requirement":
		return "Art 13(2)(e)"
	case "sources":
		return "Art 14(2)(f)"
	case "jointControllers":
		return "Art 26(2)"
	default:
		return ""
	}
	return c.articleFor(rule, xs...)
}
