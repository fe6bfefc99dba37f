package events_test

import "testing"

// TestTollRelative48: a relative clause of killing after a noun of a
// standing conflict or unrest sums up its toll so far, no event
// (falseevents_toll.go; dev17 W17173): "that" or "which" after the noun,
// or the noun after "whose". A killing with its own agent is coded.
func TestTollRelative48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Colombia's government and ELN guerrillas signed a truce on Friday, raising hopes of an end to a decades-long insurgency that has killed more than 9,000 people.",
			[]string{"COLGOV 0871 COLREB asserted", "COLREB 0871 COLGOV asserted"}},
		{"Nigeria's army said on Monday it had freed 300 hostages held by Boko Haram, whose decade-long insurgency has killed 35,000 people.",
			[]string{"NGAMIL 0841 - asserted"}},
		// a killing with its own agent next to the conflict noun
		{"Maoist rebels killed 12 Indian soldiers on Sunday in the insurgency's deadliest attack this year.",
			[]string{"INDREB 190 INDMIL asserted"}},
	}, false)
}
