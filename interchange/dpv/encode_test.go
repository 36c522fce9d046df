package dpv_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/seloste/seloste/examples"
	"github.com/seloste/seloste/interchange/dpv"
	"github.com/seloste/seloste/notice"
)

// expand expands a JSON-LD document with an independent processor, offline:
// the document's context is inline, and any remote one is refused.
func expand(t *testing.T, data []byte) []any {
	t.Helper()
	var doc any
	require.NoError(t, json.Unmarshal(data, &doc))
	opts := ld.NewJsonLdOptions("")
	opts.DocumentLoader = refusingLoader{}
	out, err := ld.NewJsonLdProcessor().Expand(doc, opts)
	require.NoError(t, err)
	return out
}

type refusingLoader struct{}

func (refusingLoader) LoadDocument(u string) (*ld.RemoteDocument, error) {
	return nil, ld.NewJsonLdError(ld.LoadingDocumentFailed, "no remote documents in tests: "+u)
}

// iris collects the IRIs of an expanded document: properties, types and
// node identifiers; and the language-tagged literals.
func iris(v any, into map[string]bool, literals map[string]bool) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			iris(e, into, literals)
		}
	case map[string]any:
		if val, ok := x["@value"].(string); ok {
			if lang, ok := x["@language"].(string); ok {
				literals[lang+"\x00"+val] = true
			}
			return
		}
		for k, e := range x {
			switch k {
			case "@id":
				into[e.(string)] = true
			case "@type":
				for _, t := range e.([]any) {
					into[t.(string)] = true
				}
			default:
				if !strings.HasPrefix(k, "@") {
					into[k] = true
				}
				iris(e, into, literals)
			}
		}
	}
}

// TestEncodeUsesDPVTerms encodes every bundled notice, expands it with
// json-gold, and checks that every DPV IRI it uses is a term of DPV 2.2,
// that every other IRI is of a declared vocabulary, and that the texts of
// the notice's parts are there as language-tagged literals.
func TestEncodeUsesDPVTerms(t *testing.T) {
	terms := dpvTerms(t)
	var allowed []string
	for _, p := range dpv.Prefixes {
		allowed = append(allowed, p.IRI)
	}
	for _, name := range examples.Names() {
		n, err := examples.Load(name)
		require.NoError(t, err)
		data, err := dpv.Encode(n)
		require.NoError(t, err)
		again, err := dpv.Encode(n)
		require.NoError(t, err)
		assert.Equal(t, string(data), string(again), "deterministic")

		expanded := expand(t, data)
		require.Len(t, expanded, 1, "%s: one notice", name)
		found, literals := map[string]bool{}, map[string]bool{}
		iris(expanded, found, literals)
		dpvUsed := 0
		for iri := range found {
			switch {
			case strings.HasPrefix(iri, "_:"), n.URL != "" && strings.HasPrefix(iri, n.URL):
			case strings.HasPrefix(iri, "https://w3id.org/dpv"):
				dpvUsed++
				assert.True(t, terms[iri], "%s: %s is not a term of DPV %s", name, iri, dpv.Release)
			default:
				assert.True(t, hasAnyPrefix(iri, allowed), "%s: %s is of no declared vocabulary (a term the context does not define?)", name, iri)
			}
		}
		assert.Greater(t, dpvUsed, 20, name)
		want := []string{"https://w3id.org/dpv#PrivacyNotice", "https://w3id.org/dpv#hasProcess", "https://w3id.org/dpv#hasPurpose", "https://w3id.org/dpv#hasStorageCondition"}
		if slices.ContainsFunc(n.EffectiveActivities(), func(a notice.EffectiveActivity) bool { return len(a.LegalBases) > 0 }) {
			want = append(want, "https://w3id.org/dpv#hasLegalBasis") // a notice that states no basis has none to say
		}
		for _, w := range want {
			assert.True(t, found[w], "%s uses %s", name, w)
		}
		for _, a := range n.EffectiveActivities() {
			for _, p := range a.Purposes {
				for tag, s := range p.Description {
					assert.True(t, literals[tag.String()+"\x00"+s], "%s: purpose %q@%s is a literal", name, s, tag)
				}
			}
			for _, b := range a.LegalBases {
				iri, err := dpv.Expand(b.Basis.DPV())
				require.NoError(t, err)
				assert.True(t, found[iri], "%s: legal basis %s", name, iri)
			}
		}
		for tag, s := range n.Title {
			assert.True(t, literals[tag.String()+"\x00"+s], "%s: title %q@%s", name, s, tag)
		}
	}
}

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// TestEncodeHostileURL: a notice URL that is not http(s) is not used as an
// IRI.
func TestEncodeHostileURL(t *testing.T) {
	n, err := examples.Load("vipu")
	require.NoError(t, err)
	n.URL = "javascript:alert(1)"
	data, err := dpv.Encode(n)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "javascript:")
	assert.Contains(t, string(data), `"@id": "_:notice"`)
	_ = notice.SchemaVersion
}
