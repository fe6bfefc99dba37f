package events_test

import "testing"

// TestOrganisationStaff: an organisation's staff opening a clause's subject, the
// organisation named after "at", "of", "from" or "with", is the
// organisation acting (sources_org_staff.go); staff named with their own
// state, a list's last item and a by-agent are not read so. Also the
// state agencies added to actors/data/institutions.txt in session 61.
func TestOrganisationStaff(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Prosecutors at the International Criminal Court opened an investigation on Monday into killings committed during the post-election conflict.",
			[]string{"IGOICC 093 - asserted"}},
		{"Officials at the International Monetary Fund approved a $1 billion loan to Kenya on Monday.",
			[]string{"IGOUNOIMF 071 KEN asserted"}},
		{"Investigators of India's Central Bureau of Investigation raided the Mumbai offices of a steel company on Friday.",
			[]string{"INDCOP 091 INDBUS asserted"}},
		{"The Saudi Fund for Development approved a $50 million loan to Senegal on Monday.",
			[]string{"SAUGOV 071 SEN asserted"}},
		// near misses: the staff's own state, a list, a by-agent
		{"Kenyan officials at the International Monetary Fund praised Ghana on Monday.",
			[]string{"KENGOV 051 GHA asserted"}},
		{"The Somali government and rebels of al-Shabaab agreed on Monday to hold talks in Qatar.",
			[]string{"SOMGOV 036 SOMREB future", "SOMREB 036 SOMGOV future"}},
		{"A minister was questioned by investigators of the FBI on Monday.", nil},
	}, false)
}
