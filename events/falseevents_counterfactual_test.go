package events_test

import "testing"

// counterfactualCases: an act under "would have", "could have", "might
// have" or "should have" did not happen and is no event
// (falseevents_counterfactual.go counterfactual); the acts of the same
// sentence that did happen are coded. The exact events each sentence
// gives.
var counterfactualCases = []familyCase{
	{"counterfactual", "Without the ceasefire, Israeli troops would have stormed Rafah, the minister said.", nil},
	{"counterfactual", "China vetoed a U.N. Security Council draft on Friday that would have demanded an immediate halt to attacks on aid convoys.", []string{"CHN 129 IGOUNO asserted"}},
	{"counterfactual", "Beijing kept the collision quiet, although it would have complained bitterly if its sailors had been killed by a rival navy.", nil},
	// near miss: a future act with "would" alone is a plan, coded as such
	{"counterfactual", "Russia vetoed a U.N. Security Council resolution on Friday, and Moscow said it would block any new sanctions on Iran.", []string{"RUS 129 IGOUNO asserted", "RUS 130 IRN future"}},
}

// TestCounterfactual codes each case of counterfactualCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestCounterfactual(t *testing.T) { checkFamilies(t, "", counterfactualCases, false) }
