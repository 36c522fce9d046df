package notice

import (
	_ "embed"

	"github.com/invopop/jsonschema"
	orderedmap "github.com/pb33f/ordered-map/v2"
)

//go:generate go run gen_schema.go

// JSONSchema is the committed JSON Schema (draft 2020-12) of a notice
// document, generated from the Go types by go generate. Its $id is
// [SchemaURL]. Every field's description cites the article that requires it,
// and every code is an enumeration with its own description.
//
//go:embed notice.schema.json
var JSONSchema []byte

// Patterns shared by the decoder's checks and the schema.
const (
	tagPattern      = `^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$`
	datePattern     = `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`
	monthPattern    = `^[0-9]{4}(-(0[1-9]|1[0-2]))?$`
	durationPattern = `^P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?)?$`
)

// JSONSchema describes a Text: a bare string in the original language, or an
// object from BCP 47 tag to string.
func (Text) JSONSchema() *jsonschema.Schema {
	one := uint64(1)
	return &jsonschema.Schema{
		Title:       "Multilingual text",
		Description: "A bare string in the notice's original language, or an object from BCP 47 language tag to the text in that language.",
		OneOf: []*jsonschema.Schema{
			{Type: "string"},
			{
				Type:                 "object",
				MinProperties:        &one,
				PropertyNames:        &jsonschema.Schema{Pattern: tagPattern},
				AdditionalProperties: &jsonschema.Schema{Type: "string"},
			},
		},
	}
}

// JSONSchema describes a Name: written as a Text, but valid in every
// language when given once.
func (Name) JSONSchema() *jsonschema.Schema {
	s := Text(nil).JSONSchema()
	s.Title = "Name"
	s.Description = "A proper name or an address line: a bare string, the same in every language, or an object from BCP 47 language tag to the name's official form in that language."
	return s
}

// JSONSchema describes a Date.
func (Date) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Type:        "string",
		Description: "A calendar date, YYYY-MM-DD; or a month, YYYY-MM, or a year, YYYY, where no more is known.",
		OneOf: []*jsonschema.Schema{
			{Format: "date", Pattern: datePattern},
			{Pattern: monthPattern},
		},
	}
}

// JSONSchema describes a Duration.
func (Duration) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: durationPattern, MinLength: ptrTo(uint64(3)),
		Description: "An ISO 8601 duration of whole years, months, weeks, days, hours or minutes, such as P5Y, P1Y6M, P2W, P7D, PT24H or PT10M.", Not: &jsonschema.Schema{Pattern: `T$`}}
}

// LanguageTagSchema describes a BCP 47 language tag, as used for the
// languages of a notice.
func LanguageTagSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "string", Pattern: tagPattern, Description: "A BCP 47 language tag, such as fi, sv or en."}
}

func ptrTo[T any](v T) *T { return &v }

// JSONSchema describes Tags: a list of at least one language tag.
func (Tags) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{Type: "array", MinItems: ptrTo(uint64(1)), Items: LanguageTagSchema(),
		Description: "A list of BCP 47 language tags, such as [fi, sv, en]."}
}

// Schema returns the JSON Schema of the codes of v: a string that is one of
// the codes, each with its article and gloss.
func (v *Vocabulary) Schema() *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "string", Title: v.Title, Description: v.Title + ". Codes defined by " + v.Article + "."}
	for _, t := range v.Terms {
		desc := t.Article + ": " + t.Gloss
		if t.DPV != "" {
			desc += " (" + t.DPV + ")"
		}
		s.OneOf = append(s.OneOf, &jsonschema.Schema{Const: t.Code, Title: t.Article, Description: desc})
	}
	return s
}

// JSONSchema describes the codes of [LegalBasisVocabulary].
func (LegalBasis) JSONSchema() *jsonschema.Schema { return LegalBasisVocabulary.Schema() }

// JSONSchema describes the codes of [SpecialCategoryVocabulary].
func (SpecialCategory) JSONSchema() *jsonschema.Schema { return SpecialCategoryVocabulary.Schema() }

// JSONSchema describes the codes of [SpecialConditionVocabulary].
func (SpecialCondition) JSONSchema() *jsonschema.Schema {
	return SpecialConditionVocabulary.Schema()
}

// JSONSchema describes the codes of [CriminalBasisVocabulary].
func (CriminalBasis) JSONSchema() *jsonschema.Schema { return CriminalBasisVocabulary.Schema() }

// JSONSchema describes the codes of [RightVocabulary].
func (Right) JSONSchema() *jsonschema.Schema { return RightVocabulary.Schema() }

// JSONSchema describes the codes of [TransferMechanismVocabulary].
func (TransferMechanism) JSONSchema() *jsonschema.Schema {
	return TransferMechanismVocabulary.Schema()
}

// JSONSchema describes the codes of [RecipientRoleVocabulary].
func (RecipientRole) JSONSchema() *jsonschema.Schema { return RecipientRoleVocabulary.Schema() }

// JSONSchema describes the codes of [RequirementVocabulary].
func (Requirement) JSONSchema() *jsonschema.Schema { return RequirementVocabulary.Schema() }

// JSONSchema describes the codes of [ExemptionVocabulary].
func (Exemption) JSONSchema() *jsonschema.Schema { return ExemptionVocabulary.Schema() }

// JSONSchema describes the codes of [SourceKindVocabulary].
func (SourceKind) JSONSchema() *jsonschema.Schema { return SourceKindVocabulary.Schema() }

// JSONSchema describes the codes of [DecisionGroundVocabulary].
func (DecisionGround) JSONSchema() *jsonschema.Schema { return DecisionGroundVocabulary.Schema() }

// JSONSchema describes the codes of [RetentionQualifierVocabulary].
func (RetentionQualifier) JSONSchema() *jsonschema.Schema {
	return RetentionQualifierVocabulary.Schema()
}

// JSONSchema describes the codes of [OpenEndKindVocabulary].
func (OpenEndKind) JSONSchema() *jsonschema.Schema { return OpenEndKindVocabulary.Schema() }

// JSONSchema describes the codes of [NegationVocabulary].
func (Negation) JSONSchema() *jsonschema.Schema { return NegationVocabulary.Schema() }

// JSONSchema describes the codes of [StorageTechnologyVocabulary].
func (StorageTechnology) JSONSchema() *jsonschema.Schema {
	return StorageTechnologyVocabulary.Schema()
}

// JSONSchema describes the codes of [IdentifierSchemeVocabulary].
func (IdentifierScheme) JSONSchema() *jsonschema.Schema {
	return IdentifierSchemeVocabulary.Schema()
}

// JSONSchemaExtend requires a block to be exactly one of a paragraph, a list
// and a link, as the decoder does.
func (Block) JSONSchemaExtend(s *jsonschema.Schema) {
	for _, k := range []string{"paragraph", "list", "link"} {
		s.OneOf = append(s.OneOf, &jsonschema.Schema{Required: []string{k}})
	}
}

// JSONSchemaExtend gives each identifier scheme with a fixed form its
// pattern, the same one [Identifier.Check] uses; check digits are the
// decoder's.
func (Identifier) JSONSchemaExtend(s *jsonschema.Schema) {
	for _, t := range IdentifierSchemeVocabulary.Terms {
		re, ok := identifierForms[IdentifierScheme(t.Code)]
		if !ok {
			continue
		}
		s.AllOf = append(s.AllOf, &jsonschema.Schema{
			If:   &jsonschema.Schema{Properties: schemaProps("scheme", &jsonschema.Schema{Const: t.Code})},
			Then: &jsonschema.Schema{Properties: schemaProps("value", &jsonschema.Schema{Pattern: re.String()})},
		})
	}
	s.AllOf = append(s.AllOf, &jsonschema.Schema{
		If:   &jsonschema.Schema{Properties: schemaProps("scheme", &jsonschema.Schema{Const: string(SchemeOther)})},
		Then: &jsonschema.Schema{Required: []string{"schemeName"}},
	})
}

// schemaProps returns the properties of a schema holding one property.
func schemaProps(name string, s *jsonschema.Schema) *orderedmap.OrderedMap[string, *jsonschema.Schema] {
	p := jsonschema.NewProperties()
	p.Set(name, s)
	return p
}

// JSONSchema describes the codes of [LocationVocabulary].
func (Location) JSONSchema() *jsonschema.Schema { return LocationVocabulary.Schema() }

// JSONSchema describes the codes of [DisposalVocabulary].
func (Disposal) JSONSchema() *jsonschema.Schema { return DisposalVocabulary.Schema() }
