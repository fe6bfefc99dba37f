package events_test

import "testing"

// TestReportedWhenClause: a when-clause after a passive said only to be
// reported tells how the reported deaths came about, and is as reported:
// status alleged (status.go reportedWhen); its date is its own verb's, a
// weapon noun and its finite verb ("US airstrikes hit") dated as a
// clause (record.go nearestHit). Near misses: no "reportedly", or a
// comma and "and" between, leave the act asserted. Team-written
// sentences; publication day Thursday 2025-07-10.
func TestReportedWhenClause(t *testing.T) {
	c := newCoder(t)
	checkDatedCases(t, c, "2025-07-10", []pubCase{
		{"", "Seven civilians were reportedly killed when US airstrikes hit Raqqa on 4 July.",
			[]string{"USAMIL 195 SYR alleged 2025-07-04 day text"}},
		{"", "Two guards were allegedly shot on Monday when Kenyan police stormed the prison.",
			[]string{"KENCOP 190 - alleged 2025-07-07 day text"}},
		{"", "Twelve villagers were reportedly killed when Nigerian jets bombed a market in Borno.",
			[]string{"NGAMIL 195 NGACVL alleged 2025-07-10 day published"}},
		{"", "Ten soldiers were killed when Israeli airstrikes hit a base in Lebanon on Monday.",
			[]string{"ISRMIL 195 LBN asserted 2025-07-07 day text"}},
		// near misses
		{"", "Twelve villagers were killed when Nigerian jets bombed a market in Borno.",
			[]string{"NGAMIL 195 NGACVL asserted 2025-07-10 day published"}},
		{"", "Twelve villagers were reportedly killed, and Nigerian jets bombed a market in Borno.",
			[]string{"NGAMIL 195 NGACVL asserted 2025-07-10 day published"}},
	})
}

// TestResidentialAreaOfPlace: a residential area "of" a place is in that
// place (coref_places.go placeCountryIn reads "of" after any place head,
// location.go namedPlace past "a"): a foreign force's strike on it targets
// the place's state, as the gold sets code unnamed victims
// (targets_casualties.go), and is located there; a state's strike on its
// own country's town keeps its civilians.
func TestResidentialAreaOfPlace(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"US airstrikes hit a residential area of Raqqa on Tuesday.", []string{"USAMIL 195 SYR asserted"}},
		{"Russian missiles hit a residential area of Kharkiv on Monday.", []string{"RUSMIL 195 UKR asserted"}},
		{"Israeli jets bombed a residential neighbourhood of Beirut on Friday.", []string{"ISRMIL 195 LBN asserted"}},
		// near miss: a state's own town
		{"Syrian jets bombed a residential area of Idlib on Monday.", []string{"SYRMIL 195 SYRCVL asserted"}},
	}, false)
}
