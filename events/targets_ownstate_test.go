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
