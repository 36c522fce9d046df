package notice_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/notice"
)

// TestSchemaURLNamesTheSchemaVersion keeps the schema's address on the tag
// of its version, never on a branch that moves under the documents naming it.
func TestSchemaURLNamesTheSchemaVersion(t *testing.T) {
	assert.Equal(t, "https://raw.githubusercontent.com/seloste/seloste/schema-v"+notice.SchemaVersion+"/notice/notice.schema.json", notice.SchemaURL)
	var s struct {
		ID string `json:"$id"`
	}
	require.NoError(t, json.Unmarshal(notice.JSONSchema, &s))
	assert.Equal(t, notice.SchemaURL, s.ID, "the committed schema names itself by the same address: go generate ./notice/")
}
