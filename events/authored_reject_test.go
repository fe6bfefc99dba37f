package events_test

import (
	"testing"
)

// TestRejectedAuthoredAct checks, on sentences written for this test,
// that a rejection of a bill, order or demand a bare state body put ("a
// government bill", "a court order") targets that body of the sentence's
// state, and that "to call off" after the order is no request of the
// court's.
func TestRejectedAuthoredAct(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2025-07-13", []coverageCase{
		{"Chile's senate threw out a government bill on Tuesday.",
			[]string{"CHLLEG 120 CHLGOV asserted"}},
		{"Peru's president rejected a court order reinstating three judges.",
			[]string{"PERGOV 120 PERJUD asserted"}},
		{"Ghana's nurses rejected a court order telling them to call off the walkout.",
			[]string{"GHAHLH 120 GHAJUD asserted"}},
		// a foreign author keeps its own state
		{"Iran rejected a U.S. demand on Monday.",
			[]string{"IRN 120 USA asserted", "USA 100 IRN asserted"}},
	})
}
