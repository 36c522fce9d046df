package notice_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/notice"
)

// TestCorpusDecodesAndMatchesSchema decodes every notice of the corpus of
// real notices (testdata/corpus) and checks it against the committed schema
// with the independent validator: the decoder and the schema must both
// accept what a real notice says.
func TestCorpusDecodesAndMatchesSchema(t *testing.T) {
	files, err := filepath.Glob("../testdata/corpus/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files, "the corpus is in testdata/corpus")
	s := compileSchema(t)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			n, err := notice.Decode(data)
			require.NoError(t, err)
			assert.Equal(t, notice.SchemaVersion, n.SchemaVersion, "a corpus notice is written in the current schema version")
			assert.NotEmpty(t, n.Activities)
			v, err := instance(data)
			require.NoError(t, err)
			assert.NoError(t, s.Validate(v), "the schema rejects a notice the decoder accepts")
		})
	}
}
