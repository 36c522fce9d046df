package validate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/seloste/seloste/notice"
)

// TestPatternsMatchSchema keeps the validator's form checks and the JSON
// Schema's patterns the same, so that a tool checking the schema and the
// validator agree on what a well-formed value is.
func TestPatternsMatchSchema(t *testing.T) {
	schema := string(notice.JSONSchema)
	for name, re := range map[string]string{
		"countryRE": countryRE.String(),
		"idRE":      idRE.String(),
	} {
		assert.True(t, strings.Contains(schema, `"pattern": "`+re+`"`), "%s %s is not a pattern of the schema", name, re)
	}
}

// TestEveryVocabularyChecked fails when notice gains a vocabulary that
// FORM-CODE-01 does not check.
func TestEveryVocabularyChecked(t *testing.T) {
	var checked []*notice.Vocabulary
	for _, v := range vocabOf {
		checked = append(checked, v)
	}
	assert.ElementsMatch(t, notice.Vocabularies(), checked)
}
