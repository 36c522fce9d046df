package notice_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"

	"github.com/seloste/seloste/notice"
)

func TestIdentifierCheck(t *testing.T) {
	cases := []struct {
		scheme notice.IdentifierScheme
		value  string
		ok     bool
		reason string
	}{
		{notice.SchemeFIBusinessID, "0245896-3", true, "remainder 8, check 3"},
		{notice.SchemeFIBusinessID, "1572860-0", true, "remainder 0, check 0"},
		{notice.SchemeFIBusinessID, "0000000-0", true, "all zeros: remainder 0"},
		{notice.SchemeFIBusinessID, "1000000-4", true, "remainder 7, check 4"},
		{notice.SchemeFIBusinessID, "0000001-9", true, "remainder 2, check 9"},
		{notice.SchemeFIBusinessID, "0245896-4", false, "wrong check digit"},
		{notice.SchemeFIBusinessID, "0000006-1", false, "remainder 1 is never issued"},
		{notice.SchemeFIBusinessID, "245896-3", false, "six digits"},
		{notice.SchemeFIBusinessID, "02458963", false, "no hyphen"},
		{notice.SchemeFIBusinessID, " 0245896-3", false, "leading space"},
		{notice.SchemeSEOrganisationNumber, "202100-2742", true, "Luhn check digit 2"},
		{notice.SchemeSEOrganisationNumber, "556677-8899", true, "Luhn check digit 9"},
		{notice.SchemeSEOrganisationNumber, "556677-8890", false, "wrong Luhn check digit"},
		{notice.SchemeSEOrganisationNumber, "5566778899", false, "no hyphen"},
		{notice.SchemeNOOrganisationNumber, "974760673", true, "modulus 11 check digit 3"},
		{notice.SchemeNOOrganisationNumber, "974760672", false, "wrong check digit"},
		{notice.SchemeLEI, "529900T8BM49AURSDO55", true, "MOD 97-10 remainder 1"},
		{notice.SchemeLEI, "529900T8BM49AURSDO56", false, "wrong check digits"},
		{notice.SchemeLEI, "529900t8bm49aursdo55", false, "lower case"},
		{notice.SchemeVAT, "FI02458963", true, "a Finnish VAT number holds the business ID"},
		{notice.SchemeVAT, "FI02458964", false, "the business ID inside has a wrong check digit"},
		{notice.SchemeVAT, "SE202100274201", true, "a Swedish VAT number: organisation number and 01"},
		{notice.SchemeVAT, "SE202100274202", false, "a Swedish VAT number ends in 01"},
		{notice.SchemeVAT, "DE123456789", true, "another Member State: form only"},
		{notice.SchemeVAT, "GR123456789", false, "Greece's prefix is EL"},
		{notice.SchemeVAT, "US123456789", false, "not a Member State"},
		{notice.SchemeOther, "HRB 12345", false, "an other scheme needs its name"},
	}
	for _, tc := range cases {
		err := notice.Identifier{Scheme: tc.scheme, Value: tc.value}.Check()
		if tc.ok {
			assert.NoError(t, err, "%s %s: %s", tc.scheme, tc.value, tc.reason)
		} else {
			assert.ErrorIs(t, err, notice.ErrIdentifier, "%s %s: %s", tc.scheme, tc.value, tc.reason)
		}
	}
	named := notice.Identifier{Scheme: notice.SchemeOther, SchemeName: notice.N(language.German, "Handelsregister Stuttgart"), Value: "HRB 12345"}
	assert.NoError(t, named.Check())
}
