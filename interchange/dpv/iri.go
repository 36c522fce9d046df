package dpv

import (
	"fmt"
	"strings"
)

// Release is the DPV release whose terms the exporter uses: every DPV IRI it
// writes is a term of this release's term lists.
const Release = "2.2"

// Prefixes are the JSON-LD prefixes the exporter declares in its @context,
// each with its namespace IRI: DPV 2.2's own prefixes for its core (dpv),
// personal data categories (pd) and GDPR extension (eu-gdpr), and the
// vocabularies for text, dates and values (dct, rdf, rdfs, xsd). The
// compact IRIs of [notice.Term].DPV use the first three.
var Prefixes = []Prefix{
	{"dpv", "https://w3id.org/dpv#"},
	{"pd", "https://w3id.org/dpv/pd#"},
	{"eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"},
	{"dct", "http://purl.org/dc/terms/"},
	{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
	{"rdfs", "http://www.w3.org/2000/01/rdf-schema#"},
	{"xsd", "http://www.w3.org/2001/XMLSchema#"},
}

// A Prefix is a JSON-LD prefix and the namespace IRI it stands for.
type Prefix struct {
	Name string // such as "eu-gdpr"
	IRI  string // such as "https://w3id.org/dpv/legal/eu/gdpr#"
}

// Expand returns the absolute IRI of a compact IRI such as
// "eu-gdpr:A6-1-a" (https://w3id.org/dpv/legal/eu/gdpr#A6-1-a). It returns
// an error for an empty term or a prefix not in [Prefixes].
func Expand(compact string) (string, error) {
	prefix, term, ok := strings.Cut(compact, ":")
	if !ok || term == "" {
		return "", fmt.Errorf("dpv: %q is not a compact IRI prefix:term", compact)
	}
	for _, p := range Prefixes {
		if p.Name == prefix {
			return p.IRI + term, nil
		}
	}
	return "", fmt.Errorf("dpv: %q has an unknown prefix %q", compact, prefix)
}
