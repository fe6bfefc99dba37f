package events_test

import "testing"

// TestHelpedForce: aid or forces sent to a state to help its police,
// army or government are for that organ (targets_helped.go); aid to help
// survivors keeps the state, as the gold sets code aid to a named country.
func TestHelpedForce(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"China flew six police advisers and riot shields to Honiara on Thursday to help the Solomon Islands police.",
			[]string{"CHN 072 SLBCOP asserted"}},
		{"The United States shipped rifles to Somalia on Friday to bolster the Somali army.",
			[]string{"USA 072 SOMMIL asserted"}},
		{"Japan sent a team of experts to Kiev on Friday to help Ukrainian authorities clear mines.",
			[]string{"JPN 073 UKR asserted"}},
		{"Australia flew rifles, helmets and radios to Port Moresby on Monday to help the Papua New Guinea police.",
			[]string{"AUS 072 PNGCOP asserted"}},
		// near misses: the people helped are no state organ
		{"Taiwan sent rescue teams to Japan on Monday to help survivors of the earthquake.",
			[]string{"TWN 073 JPN asserted"}},
		{"The United States shipped rifles to Somalia on Friday to help villagers defend themselves.",
			[]string{"USA 072 SOM asserted"}},
	}, false)
}
