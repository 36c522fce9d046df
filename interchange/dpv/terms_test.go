package dpv_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/interchange/dpv"
	"github.com/seloste/seloste/notice"
)

// dpvTerms reads the IRIs of every term of the DPV release's term lists
// (the core, personal data and the GDPR extension), vendored under
// testdata/interop.
func dpvTerms(t testing.TB) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "interop", "dpv-"+dpv.Release, "*.csv"))
	require.NoError(t, err)
	require.Len(t, files, 3, "dpv.csv, pd.csv and eu-gdpr.csv")
	terms := map[string]bool{}
	for _, f := range files {
		fh, err := os.Open(f)
		require.NoError(t, err)
		rows, err := csv.NewReader(fh).ReadAll()
		fh.Close()
		require.NoError(t, err, f)
		require.Equal(t, "iri", rows[0][2], f)
		for _, r := range rows[1:] {
			terms[r[2]] = true
		}
	}
	require.Greater(t, len(terms), 1000)
	return terms
}

// TestVocabularyTermsAreDPV checks that the DPV id of every code of every
// vocabulary of the model is a term of DPV 2.2.
func TestVocabularyTermsAreDPV(t *testing.T) {
	terms := dpvTerms(t)
	for _, v := range notice.Vocabularies() {
		for _, term := range v.Terms {
			if term.DPV == "" {
				continue
			}
			iri, err := dpv.Expand(term.DPV)
			if !assertNoError(t, err, "%s.%s", v.Name, term.Code) {
				continue
			}
			if !terms[iri] {
				t.Errorf("%s.%s: %s (%s) is not a term of DPV %s", v.Name, term.Code, term.DPV, iri, dpv.Release)
			}
		}
	}
}

func assertNoError(t *testing.T, err error, format string, args ...any) bool {
	t.Helper()
	if err != nil {
		t.Errorf(format+": %v", append(args, err)...)
		return false
	}
	return true
}
