package events_test

import "testing"

// TestOwnStateMovedTargets codes a government's act on its own state's
// membership, funding or aid: the party it turns from or to, named after
// "out of", "from", "for" or "to", is the target, not the state itself;
// with no party named the state stays, and a state acting on another
// keeps its object.
func TestOwnStateMovedTargets(t *testing.T) {
	checkDated(t, newCoder(t), "2025-02-01", []coverageCase{
		{"Trump signed an order on Monday withdrawing the United States from the World Health Organization.",
			[]string{"USAGOV 160 IGOUNOWHO asserted"}},
		{"Trump pulled the United States out of the Iran nuclear deal on Tuesday.",
			[]string{"USAGOV 160 IRN asserted"}},
		{"Trump said on Tuesday he was halting U.S. funding for the World Health Organization.",
			[]string{"USAGOV 162 IGOUNOWHO asserted"}},
		{"Britain's prime minister cut British aid to Sudan.",
			[]string{"GBRGOV 162 SDN asserted"}},
		// near misses: no party named; another state's membership
		{"Trump praised the United States on Tuesday.",
			[]string{"USAGOV 051 USA asserted"}},
		{"Hungary blocked Sweden's NATO bid on Monday.",
			[]string{"HUN 129 SWE asserted"}},
	})
}

// TestOwnStateWithdrawnFromOrganisation: a government withdrawing its own
// state from an organisation, or a state pulling out of one, cuts
// relations with the organisation (160), never a retreat (0874); forces
// pulling out of a place still retreat.
func TestOwnStateWithdrawnFromOrganisation(t *testing.T) {
	checkDated(t, newCoder(t), "2022-03-15", []coverageCase{
		{"The Kremlin formally withdrew Russia from the Council of Europe on Tuesday.", []string{"RUSGOV 160 IGOEURCOE asserted"}},
		{"Russia pulled out of the Council of Europe on Tuesday.", []string{"RUS 160 IGOEURCOE asserted"}},
		{"Trump pulled the United States out of the World Health Organization.", []string{"USA 160 IGOUNOWHO asserted"}},
		// near misses: forces leaving a place; a bloc no one names
		{"Russian forces pulled out of Kherson on Friday.", []string{"RUSMIL 0874 UKR asserted"}},
		{"Russian troops withdrew from Kherson on Friday.", []string{"RUSMIL 0874 UKR asserted"}},
		{"Moscow pulled out of the alliance on Tuesday.", nil},
	})
}
