package tilt

// Stand-ins the exporter writes where TILT's schema requires a value of a
// form the notice does not give, and which the importer reads back as
// saying nothing.
const (
	// unknownCountry is CLDR's code for an unknown region, of the form
	// TILT's country fields require.
	unknownCountry = "ZZ"
	// unknownEmail is an address in the top-level domain that RFC 2606
	// reserves for names that must never resolve.
	unknownEmail = "unknown@invalid"
)
