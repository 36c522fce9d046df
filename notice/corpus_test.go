package notice_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/notice"
)

// sourceComment is the first line of every corpus document: the file of the
// shared corpus of real notices it encodes.
var sourceComment = regexp.MustCompile(`^# Source: [0-9]{2}_[a-z0-9-]+_[a-z]{2}\.txt in the shared corpus\n`)

// TestCorpusDecodesAndMatchesSchema reads every encoded real notice of
// testdata/corpus: each names its source, decodes without error, is valid
// against the committed schema by an independent validator, and encodes to
// JSON that decodes to the same notice and that the schema accepts too.
func TestCorpusDecodesAndMatchesSchema(t *testing.T) {
	files, err := filepath.Glob("../testdata/corpus/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, files, "no corpus documents found")
	s := compileSchema(t)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Regexp(t, sourceComment, string(data), "the first line names the source file")

			n, err := notice.Decode(data)
			require.NoError(t, err)
			v, err := instance(data)
			require.NoError(t, err)
			assert.NoError(t, s.Validate(v), "the schema rejects a document the decoder accepts")

			js, err := notice.EncodeJSON(n)
			require.NoError(t, err)
			back, err := notice.Decode(js)
			require.NoError(t, err)
			assert.Equal(t, n, back, "decode, encode, decode gives an equal notice")
			jv, err := instance(js)
			require.NoError(t, err)
			assert.NoError(t, s.Validate(jv), "the schema rejects the encoded document")
		})
	}
}
