package events_test

import "testing"

// TestMayorsListSubject checks, on sentences written for this test, that
// "the mayors of" a list of cities acts as each city's country's
// government, as "the leaders of" a list of states does (roles.go
// roleNoun): one event per country, where the first city's alone was
// coded ("The mayors" as FRAGOV).
func TestMayorsListSubject(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-03-11", []coverageCase{
		{"The mayors of Paris, London and Rome met in Brussels on Monday.",
			[]string{"FRAGOV 044 - asserted", "GBRGOV 044 - asserted", "ITAGOV 044 - asserted"}},
	})
}
