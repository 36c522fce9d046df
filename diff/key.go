package diff

import (
	"reflect"
	"strings"

	"github.com/seloste/seloste/notice"
)

// Key returns what identifies a list item across two versions, so that the
// item is paired with itself even when the list was reordered: its ID; the
// code of a claim (a legal basis, a right, a condition, a negative
// statement); the name of a party, recipient, cookie or code of conduct;
// the act of a law reference; a code or string item itself. It returns ""
// for an item with no identity of its own (a text, a retention entry with
// no scope, a contact point), which is paired by position. Free text never
// identifies: a reworded item stays the same item.
func Key(v reflect.Value) string {
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return ""
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.String:
		return "=" + v.String()
	case reflect.Struct:
	default:
		return ""
	}
	str := func(name string) string {
		if f := fieldByName(v, name); f.IsValid() && f.Kind() == reflect.String {
			return f.String()
		}
		return ""
	}
	name := func(field string) string {
		f := fieldByName(v, field)
		if !f.IsValid() || f.Type() != nameType {
			return ""
		}
		n := f.Interface().(notice.Name)
		var forms []string
		for _, t := range n.Tags() {
			forms = append(forms, n[t])
		}
		return strings.Join(forms, "|")
	}
	if id := str("id"); id != "" {
		return "id:" + id
	}
	switch x := v.Interface().(type) {
	case notice.LegalBasisClaim:
		return "basis:" + string(x.Basis) + scopeKey(x.Scope)
	case notice.SpecialConditionClaim:
		return "condition:" + string(x.Condition)
	case notice.RightInfo:
		return "right:" + string(x.Right)
	case notice.NegativeStatement:
		return "negation:" + string(x.Statement)
	case notice.Identifier:
		return "scheme:" + string(x.Scheme)
	case notice.ExemptionClaim:
		return "exemption:" + string(x.Exemption)
	case notice.LawRef:
		return "law:" + x.Jurisdiction + ":" + x.Statute
	case notice.Cookie:
		return "cookie:" + x.Name
	case notice.Change:
		return "change:" + x.Date.String() + ":" + x.Version
	case notice.SupervisoryAuthority:
		if x.Code != "" {
			return "authority:" + x.Code
		}
		if x.Residence {
			return "authority:residence"
		}
	case notice.Transfer:
		if r := name("recipient"); r != "" {
			return "transfer:" + r + ":" + strings.Join(x.Countries, ",")
		}
		return ""
	case notice.Retention:
		if !x.Scope.IsZero() {
			return "retention" + scopeKey(x.Scope)
		}
		return ""
	}
	if n := name("name"); n != "" {
		return "name:" + n
	}
	return ""
}

func scopeKey(s notice.Scope) string {
	if s.IsZero() {
		return ""
	}
	return ":" + strings.Join(s.Purposes, ",") + ";" + strings.Join(s.DataCategories, ",") + ";" + strings.Join(s.DataSubjects, ",")
}
