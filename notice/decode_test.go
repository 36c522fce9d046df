package notice_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/notice"
)

// update reports whether golden files should be rewritten (SELOSTE_UPDATE=1).
func update() bool { return os.Getenv("SELOSTE_UPDATE") != "" }

// badDocuments are the documents in testdata/bad; each has a .err file beside
// it holding the exact error a user sees, and the sentinel it must wrap.
var badDocuments = map[string]error{
	"bad-date.yaml":                   nil,
	"bad-declared-language.yaml":      nil,
	"bad-duration.yaml":               nil,
	"bad-language-tag.yaml":           nil,
	"code-from-other-article.yaml":    notice.ErrUnknownCode,
	"deep-nesting.json":               notice.ErrTooDeep,
	"duplicate-key.yaml":              notice.ErrSyntax,
	"empty-document.yaml":             notice.ErrSyntax,
	"invalid-utf8.yaml":               notice.ErrInvalidUTF8,
	"json-duplicate-key.json":         notice.ErrSyntax,
	"json-syntax.json":                notice.ErrSyntax,
	"missing-activities.yaml":         notice.ErrMissingField,
	"missing-activity-id.yaml":        notice.ErrMissingField,
	"misspelt-code.yaml":              notice.ErrUnknownCode,
	"not-an-object.yaml":              notice.ErrType,
	"two-documents.yaml":              notice.ErrSyntax,
	"unknown-field-json.json":         notice.ErrUnknownField,
	"unknown-field.yaml":              notice.ErrUnknownField,
	"unknown-right.yaml":              notice.ErrUnknownCode,
	"unknown-transfer-mechanism.yaml": notice.ErrUnknownCode,
	"wrong-schema-version.yaml":       notice.ErrSchemaVersion,
	"wrong-type-bool.yaml":            notice.ErrType,
	"wrong-type-list.yaml":            notice.ErrType,
	"wrong-type-text.yaml":            nil,
	"yaml-alias.yaml":                 notice.ErrSyntax,
	"yaml-syntax.yaml":                notice.ErrSyntax,
	"v1-unknown-code.yaml":            notice.ErrUnknownCode,
	"scope-unknown-purpose.yaml":      notice.ErrUnknownID,
	"repeated-id.yaml":                notice.ErrDuplicateID,
	"repeated-subject-ref.yaml":       notice.ErrDuplicateID,
	"until-before-from.yaml":          notice.ErrDateOrder,
	"identifier-check-digit.yaml":     notice.ErrIdentifier,
	"section-after-unknown.yaml":      notice.ErrUnknownID,
	"block-two-kinds.yaml":            notice.ErrBlock,
	"statute-no-jurisdiction.yaml":    notice.ErrLaw,
	"statute-number-form.yaml":        notice.ErrLaw,
	"unknown-authority-code.yaml":     notice.ErrUnknownCode,
	"language-tag-underscore.yaml":    nil,
	"language-tag-private-use.yaml":   nil,
	"yaml-tag-on-mapping.yaml":        notice.ErrType,
}

func TestBadDocuments(t *testing.T) {
	files, err := filepath.Glob("../testdata/bad/*.*")
	require.NoError(t, err)
	var docs []string
	for _, f := range files {
		if !strings.HasSuffix(f, ".err") {
			docs = append(docs, f)
		}
	}
	require.Len(t, docs, len(badDocuments), "every file in testdata/bad has a row in badDocuments")
	for _, path := range docs {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			sentinel, ok := badDocuments[name]
			require.True(t, ok, "no row for %s", name)
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			n, err := notice.Decode(data)
			require.Error(t, err)
			assert.Nil(t, n)
			var de *notice.DecodeError
			require.ErrorAs(t, err, &de)
			if sentinel != nil {
				assert.ErrorIs(t, err, sentinel)
			}
			if name != "empty-document.yaml" {
				assert.Positive(t, de.Line, "the error names a line")
				assert.Positive(t, de.Column, "the error names a column")
			}
			golden := strings.TrimSuffix(path, filepath.Ext(path)) + ".err"
			if update() {
				require.NoError(t, os.WriteFile(golden, []byte(err.Error()+"\n"), 0o644))
			}
			want, rerr := os.ReadFile(golden)
			require.NoError(t, rerr, "golden error file (SELOSTE_UPDATE=1 writes it)")
			assert.Equal(t, strings.TrimSpace(string(want)), err.Error())
		})
	}
}

func TestOversizeDocument(t *testing.T) {
	data := bytes.Repeat([]byte("x"), notice.MaxInputSize+1)
	_, err := notice.Decode(data)
	assert.ErrorIs(t, err, notice.ErrTooLarge)
	assert.EqualError(t, err, "notice: document is 4194305 bytes; at most 4194304 are accepted")
}

func TestDeepYAML(t *testing.T) {
	doc := "schemaVersion: '1'\nlanguages: [fi]\ntitle: " + strings.Repeat("[", 40) + strings.Repeat("]", 40) + "\nactivities: [{id: a, name: n}]\n"
	_, err := notice.Decode([]byte(doc))
	assert.ErrorIs(t, err, notice.ErrTooDeep)
	var de *notice.DecodeError
	require.ErrorAs(t, err, &de)
	assert.Equal(t, 3, de.Line)
}

func TestBareStringTakesOriginalLanguage(t *testing.T) {
	doc := "schemaVersion: '1'\nlanguages: [sv-FI, fi]\ntitle: Dataskyddsbeskrivning\nactivities:\n  - id: a\n    name: {fi: Rekisteri, sv-fi: Register}\n"
	n, err := notice.Decode([]byte(doc))
	require.NoError(t, err)
	assert.Equal(t, "sv-FI", n.Original().String())
	assert.Equal(t, notice.Text{n.Original(): "Dataskyddsbeskrivning"}, n.Title)
	s, tag, ok := n.Activities[0].Name.In(n.Original())
	assert.True(t, ok, "the key sv-fi is canonicalised to sv-FI")
	assert.Equal(t, "Register", s)
	assert.Equal(t, "sv-FI", tag.String())
}

func TestTextIsNFC(t *testing.T) {
	// "ä" as a plus combining diaeresis (NFD) must come back composed.
	doc := "{\"schemaVersion\":\"1\",\"languages\":[\"fi\"],\"title\":\"Ha\u0308me\",\"activities\":[{\"id\":\"a\",\"name\":\"n\"}]}"
	n, err := notice.Decode([]byte(doc))
	require.NoError(t, err)
	assert.Equal(t, "H\u00e4me", n.Title[n.Original()])
}

func TestErrorsAs(t *testing.T) {
	_, err := notice.Decode([]byte("schemaVersion: '1'\nlanguages: [fi]\ntitle: T\nactivities:\n  - id: a\n    name: n\n    legalBases: [{basis: publicInterest}]\n"))
	var de *notice.DecodeError
	require.True(t, errors.As(err, &de))
	assert.Equal(t, "/activities/0/legalBases/0/basis", de.Pointer)
	assert.Equal(t, 7, de.Line)
	assert.ErrorIs(t, err, notice.ErrUnknownCode)
}
