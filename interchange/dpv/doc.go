// Package dpv writes a notice as JSON-LD in the terms of the W3C Data
// Privacy Vocabulary (DPV) 2.2 and its GDPR extension.
package dpv
