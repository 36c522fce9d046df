package tilt

import (
	"reflect"
	"regexp"
	"strings"

	"github.com/seloste/seloste/notice"
)

// sweep reports every value of the notice the export did not write: the
// largest parts of the notice none of whose values were written, each
// once, with the reason TILT cannot hold it.
func (x *exporter) sweep() {
	// Every prefix of a written pointer leads to something written.
	partly := map[string]bool{}
	for p := range x.used {
		for {
			partly[p] = true
			i := strings.LastIndexByte(p, '/')
			if i <= 0 {
				break
			}
			p = p[:i]
		}
	}
	notice.Walk(x.n, func(v notice.Value) bool {
		if v.Field == nil {
			return true
		}
		if x.used[v.Pointer()] || underUsed(v.Pointer(), x.used) {
			return false
		}
		if partly[v.Pointer()] {
			return true
		}
		if v.V.IsZero() || (v.V.Kind() == reflect.Slice && v.V.Len() == 0) || (v.V.Kind() == reflect.Map && v.V.Len() == 0) {
			return false
		}
		x.r.add(NoPlace, "", v.Pointer(), "%s", reasonFor(v.Pointer()))
		return false
	})
}

func underUsed(p string, used map[string]bool) bool {
	for {
		i := strings.LastIndexByte(p, '/')
		if i <= 0 {
			return false
		}
		p = p[:i]
		if used[p] {
			return true
		}
	}
}

var indexRE = regexp.MustCompile(`/[0-9]+(/|$)`)

// generic turns a pointer into its pattern: indices become *, and an
// activity's items read as the notice's.
func generic(p string) string {
	for indexRE.MatchString(p) {
		p = indexRE.ReplaceAllString(p, "/*$1")
	}
	return p
}

// reasons say why TILT cannot hold a part of the notice, by the pattern of
// its pointer; the longest matching pattern wins.
var reasons = map[string]string{
	"/unofficialTranslations":                              "a TILT document is in one language and does not say whether it is a translation",
	"/introduction":                                        "TILT has no introduction",
	"/published":                                           "TILT has no date of publication",
	"/effective":                                           "TILT has no date from which the notice applies",
	"/jointControllers":                                    "TILT names one controller: joint controllers and their arrangement (Art 26) have no place",
	"/representative":                                      "TILT's representative is a contact person; the Art 27 representative has no place",
	"/contactPersons":                                      "TILT holds one contact person, as the controller's representative",
	"/controller/identifiers":                              "TILT has no registration numbers",
	"/controller/contacts":                                 "TILT holds no further contact points",
	"/controller/email":                                    "TILT's controller has no e-mail address of its own; the contact person's is written",
	"/controller/phone":                                    "TILT's controller has no telephone of its own; the contact person's is written",
	"/controller/url":                                      "TILT's controller has no web address",
	"/controller/role":                                     "TILT's controller has no role",
	"/controller/note":                                     "TILT's controller has no note",
	"/controller/publicAuthority":                          "TILT does not say whether the controller is a public authority",
	"/dpo/notApplicable":                                   "TILT requires a data protection officer and cannot say why there is none",
	"/dpo":                                                 "TILT's data protection officer has only a name, address, country, e-mail and telephone",
	"/activities/*/name":                                   "TILT has no processing activities: an activity's name has no place",
	"/activities/*/description":                            "TILT has no processing activities: an activity's description has no place",
	"/activities/*/describedIn":                            "TILT has no references to other notices",
	"/activities/*/controller":                             "TILT names one controller for the whole document",
	"/activities/*/dpo":                                    "TILT names one data protection officer for the whole document",
	"/activities/*/dataSubjects":                           "TILT has no categories of data subjects",
	"/activities/*/dataCategories/*/id":                    "TILT's entries have no identifiers of data categories",
	"/activities/*/dataCategories/*/items":                 "TILT's category is one text: the items of a category have no place",
	"/activities/*/dataCategories/*/description":           "TILT's category is one text: its description has no place",
	"/activities/*/dataCategories/*/subjects":              "TILT has no categories of data subjects",
	"/activities/*/dataCategories/*/special":               "TILT does not mark special categories of personal data (Art 9(1))",
	"/activities/*/dataCategories/*/criminal":              "TILT does not mark data on criminal convictions and offences (Art 10)",
	"/activities/*/dataCategories/*/nationalId":            "TILT does not mark national identification numbers",
	"/activities/*/purposes/*/id":                          "TILT's purposes have no identifiers",
	"/activities/*/purposes/*/directMarketing":             "TILT does not mark direct marketing",
	"/activities/*/purposes/*/research":                    "TILT does not mark research purposes",
	"/activities/*/purposes/*/archiving":                   "TILT does not mark archiving purposes",
	"/activities/*/furtherProcessing":                      "TILT has no further processing for another purpose (Art 13(3))",
	"/activities/*/exemptions":                             "TILT has no Art 14(5) exemptions",
	"/activities/*/criminalDataBasis":                      "TILT has no Art 10 grounds",
	"/activities/*/specialCategoryConditions/*/laws":       "TILT's references follow a basis of Art 6(1); the law of an Art 9(2) condition has no place",
	"/activities/*/specialCategoryConditions/*/withdrawal": "TILT has no words on the withdrawal of one consent",
	"/activities/*/specialCategoryConditions/*/scope":      "TILT's legal bases apply to all of an entry's purposes: a scope by purpose or group has no place",
	"/activities/*/sections":                               "TILT has no free sections",
	"/activities/*/rights":                                 "TILT's rights are the document's: an activity's own statement of rights has no place",
	"/activities/*/supervisoryAuthorities":                 "TILT names one supervisory authority for the document",
	"/activities/*/security":                               "TILT has no security measures (Art 32)",
	"/legalBases/*/laws":                                   "TILT's references hold an act only by an upper-case abbreviation the importer knows and one article or section with subsection and item: this reference does not fit",
	"/legalBases/*/withdrawal":                             "TILT has no words on the withdrawal of one consent",
	"/legalBases/*/scope":                                  "TILT's legal bases apply to all of an entry's purposes: a scope by purpose or group has no place",
	"/sources/notApplicable":                               "TILT cannot say why no source is given",
	"/sources/description":                                 "TILT's sources have no general words",
	"/sources/describedIn":                                 "TILT has no references to other notices",
	"/sources/items/*":                                     "TILT's sources are those of Art 14: data from the data subject, or generated in the service, have no place",
	"/sources/items/*/laws":                                "TILT's sources have no law",
	"/sources/items/*/scope":                               "TILT's sources are per data category: a scope by purpose or group has no place",
	"/requirement/notApplicable":                           "TILT cannot say why Art 13(2)(e) does not apply",
	"/requirement/description":                             "TILT's requirement has no general words",
	"/requirement/describedIn":                             "TILT has no references to other notices",
	"/requirement/items/*/laws":                            "TILT's requirement has no law",
	"/requirement/items/*/scope":                           "TILT's requirement is per data category: a scope by purpose or group has no place",
	"/recipients/notApplicable":                            "TILT cannot say why there are no recipients",
	"/recipients/description":                              "TILT's recipients have no general words",
	"/recipients/describedIn":                              "TILT has no references to other notices",
	"/recipients/items/*/role":                             "TILT does not give a recipient's role (processor, controller, ...)",
	"/recipients/items/*/identifiers":                      "TILT has no registration numbers",
	"/recipients/items/*/data":                             "TILT's recipients are per data category: words on the data have no place",
	"/recipients/items/*/purpose":                          "TILT's category of recipients is its name: a category's purpose has no place",
	"/recipients/items/*/regular":                          "TILT does not mark regular disclosures",
	"/recipients/items/*/planned":                          "TILT does not mark planned recipients",
	"/recipients/items/*/laws":                             "TILT's recipients have no law",
	"/recipients/items/*/subprocessors":                    "TILT has no subprocessors",
	"/recipients/items/*/from":                             "TILT's recipients have no dates",
	"/recipients/items/*/until":                            "TILT's recipients have no dates",
	"/recipients/items/*/scope":                            "TILT's recipients are per data category: a scope by purpose or group has no place",
	"/recipients/items/*/contacts":                         "TILT's recipient has one representative: further contact points have no place",
	"/recipients/items/*/url":                              "TILT's recipients have no web address",
	"/transfers":                                           "TILT says there are no transfers only by listing none: the notice's words on them have no place",
	"/recipients":                                          "TILT's recipients have no general words",
	"/requirement":                                         "TILT's requirement is flags and consequences per data category: the notice's words have no place",
	"/sources":                                             "TILT's sources are those of Art 14, per data category: the notice's words have no place",
	"/rights":                                              "TILT holds words per right: the notice's general words on rights have no place",
	"/transfers/notApplicable":                             "TILT says there are no transfers only by listing none: the reason has no place",
	"/transfers/description":                               "TILT's transfers have no general words",
	"/transfers/describedIn":                               "TILT has no references to other notices",
	"/transfers/items/*/mechanisms":                        "TILT holds an adequacy decision and standard clauses only: other Art 46 safeguards and the Art 49 derogations have no place",
	"/transfers/items/*/recipient":                         "TILT's transfers name no recipient",
	"/transfers/items/*/internationalOrganisation":         "TILT's transfers name a country only",
	"/transfers/items/*/possible":                          "TILT does not tell a possible transfer from one that takes place",
	"/transfers/items/*/condition":                         "TILT's transfers have no condition",
	"/transfers/items/*/occasional":                        "TILT does not mark occasional transfers",
	"/transfers/items/*/interests":                         "TILT has no compelling legitimate interests (Art 49(1))",
	"/transfers/items/*/risks":                             "TILT has no risks of a transfer (Art 49(1)(a))",
	"/transfers/items/*/data":                              "TILT's transfers do not say which data",
	"/transfers/items/*/scope":                             "TILT's transfers are the document's: a scope has no place",
	"/transfers/items/*/description":                       "TILT's transfer has no words of its own",
	"/retention/*/data":                                    "TILT's storage is per data category: words on what is kept have no place",
	"/retention/*/qualifier":                               "TILT's periods are exact: at least, at most and about have no place",
	"/retention/*/from":                                    "TILT's periods do not say the event they run from",
	"/retention/*/until":                                   "TILT's periods have no end date",
	"/retention/*/openEnded":                               "TILT cannot say that data are kept until further notice or permanently",
	"/retention/*/review":                                  "TILT has no review of retention",
	"/retention/*/laws":                                    "TILT's references hold an act only by an upper-case abbreviation the importer knows: this reference does not fit",
	"/retention/*/describedIn":                             "TILT has no references to other documents",
	"/retention/*/scope":                                   "TILT's storage is per data category: a scope by purpose or group has no place",
	"/automatedDecisions":                                  "TILT says whether automated decision-making is in use, its logic and effects: this has no place",
	"/negativeStatements":                                  "TILT has no negative statements",
	"/rights/items/*":                                      "TILT has no object for this right (it holds access, rectification or erasure, portability, withdrawal of consent and complaint)",
	"/rights/items/*/howToExercise":                        "TILT holds a URL or an e-mail address to exercise a right, not words",
	"/rights/items/*/limitation":                           "TILT has no limitation of a right",
	"/rights/items/*/laws":                                 "TILT has no law limiting a right",
	"/rights/howToExercise":                                "TILT has no general words on how to exercise rights",
	"/rights/description":                                  "TILT has no general words on rights",
	"/rights/describedIn":                                  "TILT has no references to other notices",
	"/supervisoryAuthorities":                              "TILT names one supervisory authority, by name, address, country, e-mail and telephone",
	"/supervisoryAuthorities/*/residence":                  "TILT cannot name the authority of the data subject's residence",
	"/security":                                            "TILT has no security measures (Art 32)",
	"/codesOfConduct":                                      "TILT has no codes of conduct or certifications",
	"/cookies":                                             "TILT has no cookies",
	"/changes/*/version":                                   "TILT's changes have no version",
	"/sections":                                            "TILT has no free sections",
	"/version":                                             "TILT's version is a whole number",
}

func reasonFor(ptr string) string {
	g := generic(ptr)
	candidates := []string{g}
	if rest, ok := strings.CutPrefix(g, "/activities/*"); ok && rest != "" {
		candidates = append(candidates, rest)
	}
	for _, c := range candidates {
		for p := c; p != ""; {
			if r, ok := reasons[p]; ok {
				return r
			}
			i := strings.LastIndexByte(p, '/')
			if i < 0 {
				break
			}
			p = p[:i]
		}
	}
	return "TILT has no field for it"
}
