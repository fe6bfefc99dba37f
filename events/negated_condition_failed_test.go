package events_test

import "testing"

// failedConditionCases: an act that an if- or unless-clause names as
// failed or refused ("if U.N. peacekeepers failed to disarm the rebels")
// is the condition that nothing happens, as with "did not"
// (negated_condition.go negatedCondition): no act of it; the threat or
// plan around it is coded. The failure told as a fact stays negated, and
// an act the condition names as happening stays hypothetical. The exact
// events each sentence gives (published 2024-03-14).
var failedConditionCases = []familyCase{
	{"failed-condition", "Rwanda warned on Thursday that its troops could cross into Congo if U.N. peacekeepers failed to disarm the rebels.",
		[]string{"RWA 130 IGOUNO asserted"}},
	{"failed-condition", "Mali's junta said it would expel French troops if Paris failed to withdraw them by June.",
		[]string{"MLIGOV 137 FRAMIL future"}},
	{"failed-condition", "Chad said on Monday it would close its border if Sudan fails to withdraw its troops from the frontier.",
		[]string{"TCD 1381 SDN future"}},
	// near misses: a failure told as a fact, and a condition that
	// happens, are coded
	{"failed-condition", "U.N. peacekeepers failed to disarm the rebels on Monday.",
		[]string{"IGOUNO 0873 - negated"}},
	{"failed-condition", "Kenya said on Monday it would send more troops if rebels attacked Somali villages again.",
		[]string{"KEN 154 - future", "KENREB 190 SOM hypothetical"}},
}

// TestFailedCondition codes each case of failedConditionCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestFailedCondition(t *testing.T) { checkFamilies(t, "", failedConditionCases, false) }
