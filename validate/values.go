package validate

import (
	"reflect"

	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

// vocabOf maps each code type of the model to its closed vocabulary.
var vocabOf = map[reflect.Type]*notice.Vocabulary{
	reflect.TypeFor[notice.LegalBasis]():         &notice.LegalBasisVocabulary,
	reflect.TypeFor[notice.SpecialCategory]():    &notice.SpecialCategoryVocabulary,
	reflect.TypeFor[notice.SpecialCondition]():   &notice.SpecialConditionVocabulary,
	reflect.TypeFor[notice.CriminalBasis]():      &notice.CriminalBasisVocabulary,
	reflect.TypeFor[notice.Right]():              &notice.RightVocabulary,
	reflect.TypeFor[notice.TransferMechanism]():  &notice.TransferMechanismVocabulary,
	reflect.TypeFor[notice.RecipientRole]():      &notice.RecipientRoleVocabulary,
	reflect.TypeFor[notice.Requirement]():        &notice.RequirementVocabulary,
	reflect.TypeFor[notice.Exemption]():          &notice.ExemptionVocabulary,
	reflect.TypeFor[notice.SourceKind]():         &notice.SourceKindVocabulary,
	reflect.TypeFor[notice.DecisionGround]():     &notice.DecisionGroundVocabulary,
	reflect.TypeFor[notice.RetentionQualifier](): &notice.RetentionQualifierVocabulary,
	reflect.TypeFor[notice.OpenEndKind]():        &notice.OpenEndKindVocabulary,
	reflect.TypeFor[notice.Negation]():           &notice.NegationVocabulary,
	reflect.TypeFor[notice.StorageTechnology]():  &notice.StorageTechnologyVocabulary,
	reflect.TypeFor[notice.IdentifierScheme]():   &notice.IdentifierSchemeVocabulary,
	reflect.TypeFor[notice.Location]():           &notice.LocationVocabulary,
	reflect.TypeFor[notice.Disposal]():           &notice.DisposalVocabulary,
}

var stringType = reflect.TypeFor[string]()

// checkLanguages checks the declared languages and decides which languages
// every text must be given in.
func (c *checker) checkLanguages() (declared map[language.Tag]bool, required []language.Tag) {
	n := c.n
	declared = map[language.Tag]bool{}
	for k, t := range n.Languages {
		if t == language.Und || declared[t] {
			c.add(RuleLanguages, ptrIndex("/languages", k), "", t.String())
		}
		if t != language.Und && !declared[t] {
			declared[t] = true
			c.declared = append(c.declared, t)
		}
	}
	for k, t := range n.UnofficialTranslations {
		if !declared[t] || t == n.Original() {
			c.add(RuleUnofficialTranslation, ptrIndex("/unofficialTranslations", k), "", t.String())
		}
	}
	for k, t := range n.Languages {
		if t != language.Und && !supported(t) {
			c.add(RuleUnsupportedLanguage, ptrIndex("/languages", k), "", t.String(), supportedList())
		}
	}
	if c.opts.RequireLanguages == nil {
		seen := map[language.Tag]bool{}
		for _, t := range n.Languages {
			if t != language.Und && !seen[t] {
				required = append(required, t)
				seen[t] = true
			}
		}
		return declared, required
	}
	for _, t := range c.opts.RequireLanguages {
		if !declared[t] {
			c.add(RuleLanguages, "/languages", "", t.String())
			continue
		}
		required = append(required, t)
	}
	return declared, required
}

// checkValues walks the whole document for the rules on form: required
// fields, codes, texts and their languages, contact details, countries, law
// references and durations.
func (c *checker) checkValues(declared map[language.Tag]bool, required []language.Tag) {
	var root pointer
	// country is the country of the party or recipient being walked: the
	// last such struct entered, whose telephone numbers follow its country
	// in field order.
	country := ""
	walk(reflect.ValueOf(c.n).Elem(), &root, func(v reflect.Value, p *pointer, f *field, index int) {
		if index < 0 && !f.omitempty && isEmpty(v) {
			c.add(RuleRequired, p.String(), "", f.name)
		}
		if cc, ok := countryOf(v); ok {
			country = cc
		}
		t := v.Type()
		c.checkPlaceholder(v, p)
		switch {
		case t == referencePtrType:
			if r := v.Interface().(*notice.Reference); r != nil && r.URL == "" {
				c.add(RuleReferenceURL, p.String(), c.itemArticle(p.String()))
			}
		case t == textType:
			c.checkText(v.Interface().(notice.Text), p, declared, required)
		case t == nameType:
			// A name is valid in every language: only undeclared languages are findings.
			c.checkText(notice.Text(v.Interface().(notice.Name)), p, declared, nil)
		case t == identifierType:
			if id := v.Interface().(notice.Identifier); id.Check() != nil {
				c.add(RuleBusinessID, p.String()+"/value", c.itemArticle(p.String()), id.Value,
					notice.IdentifierSchemeVocabulary.MessageKey(string(id.Scheme)))
			}
		case t == lawRefType && index >= 0:
			c.checkLaw(v.Interface().(notice.LawRef), p.String())
		case t == durationType:
			d := v.Interface().(notice.Duration)
			for _, n := range []int{d.Years, d.Months, d.Weeks, d.Days, d.Hours, d.Minutes} {
				if n < 0 || n > 1000 {
					c.add(RuleDuration, p.String(), c.itemArticle(p.String()))
					break
				}
			}
		case t == stringType:
			if s := v.String(); s != "" {
				c.checkString(s, p, f.name, index, country)
			}
		case t.Kind() == reflect.String && vocabOf[t] != nil:
			voc := vocabOf[t]
			if code := v.String(); code != "" {
				if _, ok := voc.Lookup(code); !ok {
					c.add(RuleCode, p.String(), "", code, voc.Name)
				}
			}
		}
	})
}

var referencePtrType = reflect.TypeFor[*notice.Reference]()

// countryFields maps each struct type of the model that has a country
// field (a party, a recipient) to that field's index path. Built once, read
// only after.
var countryFields = func() map[reflect.Type][]int {
	m := map[reflect.Type][]int{}
	for t, fs := range fieldTable {
		for _, f := range fs {
			if f.name == "country" && f.typ == stringType {
				m[t] = f.index
			}
		}
	}
	return m
}()

// countryOf returns the country of v when v is (a pointer to) a struct of
// the model with a country field: a party, a recipient.
func countryOf(v reflect.Value) (string, bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || v.Type().Elem().Kind() != reflect.Struct {
			return "", false
		}
		v = v.Elem()
	case reflect.Struct:
	default:
		return "", false
	}
	idx, ok := countryFields[v.Type()]
	if !ok {
		return "", false
	}
	return v.FieldByIndex(idx).String(), true
}

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Map, reflect.Slice:
		if v.Type() == textType || v.Type() == nameType {
			return v.Convert(textType).Interface().(notice.Text).IsZero()
		}
		return v.Len() == 0
	case reflect.String:
		return v.Len() == 0
	}
	return v.IsZero()
}

func (c *checker) checkString(s string, p *pointer, name string, index int, country string) {
	ptr := p.String
	switch {
	case name == "schemaVersion":
		if s != notice.SchemaVersion {
			c.add(RuleCode, ptr(), "", s, name)
		}
	case name == "email":
		if !validEmail(s) {
			c.add(RuleEmail, ptr(), c.itemArticle(ptr()), s)
		}
	case name == "url":
		if !validURL(s) {
			c.add(RuleURL, ptr(), c.itemArticle(ptr()), s)
		}
	case name == "phone":
		if !validPhone(s) {
			c.add(RulePhone, ptr(), c.itemArticle(ptr()), s)
		} else if !internationalPhone(s) {
			if country == "" && c.n.Controller != nil {
				country = c.n.Controller.Country
			}
			c.add(RulePhoneInternational, ptr(), c.itemArticle(ptr()), s, callingCode(country))
		}
	case name == "country", name == "countries" && index >= 0:
		if !validCountry(s) {
			c.add(RuleCountry, ptr(), c.itemArticle(ptr()), s)
		}
	}
}

func (c *checker) checkText(t notice.Text, p *pointer, declared map[language.Tag]bool, required []language.Tag) {
	if len(t) == 0 {
		return
	}
	// The common case, a text in declared languages only, is decided with a
	// few lookups; walking the map (the slow path) is needed only when the
	// text has entries in other languages or no language is declared.
	known, filled := 0, 0
	for _, tag := range c.declared {
		if s, ok := t[tag]; ok {
			known++
			if s != "" {
				filled++
			}
		}
	}
	switch {
	case known == len(t) && filled == 0:
		return // every entry empty: no text
	case known < len(t):
		if t.IsZero() {
			return
		}
		if len(declared) > 0 {
			for tag, s := range t { // findings are sorted afterwards
				if s != "" && !declared[tag] {
					c.add(RuleUndeclaredLanguage, p.String()+"/"+escapeToken(tag.String()), "", tag.String())
				}
			}
		}
	}
	for _, tag := range required {
		if t[tag] == "" {
			c.add(RuleMissingTranslation, p.String(), "", tag.String())
		}
	}
}

func (c *checker) checkLaw(l notice.LawRef, ptr string) {
	if l.Statute == "" {
		if l.Name.IsZero() {
			c.add(RuleLawEmpty, ptr, "")
		}
		return
	}
	j := c.n.LawJurisdiction(l)
	if notice.CheckStatuteNumber(j, l.Statute) != nil {
		c.add(RuleLawNumber, ptr+"/statute", "", l.Statute)
		return
	}
	if _, ok := notice.LookupStatute(j, l.Statute); !ok && l.Name.IsZero() {
		c.add(RuleLawUnknown, ptr+"/statute", "", l.Statute)
	}
}
