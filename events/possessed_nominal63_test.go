package events_test

import "testing"

// A sentence about an act a state owns ("Washington's backing of the
// Syrian Democratic Forces") leaves a later "it" no state to mean: the
// act, not Washington, is what the sentence is about. A state that is the
// subject stays the antecedent.
var possessedNominalCases = []familyCase{
	{"possessed act", "Then came Washington's backing of the Syrian Democratic Forces. It occupied much of north-east Syria.", nil},
	{"possessed act", "Russia's invasion of Ukraine began in February. It imposed sanctions on Georgia.",
		[]string{"RUS 190 UKR asserted"}}, // (the invasion itself; no "it" sanctions)
	{"subject state", "Washington armed the Kurdish militia last year. It also imposed sanctions on Syria.",
		[]string{"USA 163 SYR asserted"}},
}

func TestPossessedNominal63(t *testing.T) {
	checkFamiliesOn(t, "2018-12-25", "", possessedNominalCases, true)
}
