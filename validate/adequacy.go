package validate

// The list of adequacy decisions and the set of EEA states are legal facts
// that the renderers need too, so they live in package notice, once:
// notice.Adequacies, notice.LookupAdequacy, notice.LookupAdequacyOrganisation,
// notice.IsEEA and notice.AdequacyListDate. Rules ART44-EEA-01,
// ART45-ADEQUACY-01, -02 and -03 read them; docs/rules.md lists them.
