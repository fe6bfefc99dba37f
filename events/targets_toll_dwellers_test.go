package events_test

import (
	"testing"
)

// TestTollDwellers codes targets_toll_dwellers.go: an attack that struck
// something in a foreign place takes the dwellers, women or children its
// toll names (killing or wounding, after a comma or joined by "and") as
// the place's civilians (CVL). Dead named as "people" or "civilians", and
// an attack whose object is the place itself, keep the place's state; a
// "wounding" after an event that is no attack adds none.
func TestTollDwellers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Pakistani troops shelled villages in Kashmir on Saturday, killing a woman and wounding four children.",
			[]string{"PAKMIL 194 INDCVL asserted"}},
		{"Pakistani troops shelled villages in Kashmir on Saturday, killing three villagers.",
			[]string{"PAKMIL 194 INDCVL asserted"}},
		{"Turkish warplanes bombed targets near Qamishli, killing three villagers, a monitoring group said.",
			[]string{"TURMIL 195 SYRCVL asserted"}},
		{"Israeli aircraft bombed a house in Gaza, wounding three children.",
			[]string{"ISRMIL 195 PSECVL asserted"}},
		{"Afghan officials accused Pakistani forces of firing rockets into Kunar province, killing a child and wounding several villagers.",
			[]string{"AFGGOV 112 PAKMIL asserted", "PAKMIL 194 AFGCVL alleged"}},
		{"Pakistani troops shelled hamlets across the Line of Control in Kashmir's Uri sector overnight into Friday, killing a man and wounding three women.",
			[]string{"PAKMIL 194 INDCVL asserted"}},
		// near misses: "people" and "civilians" keep the state; the place
		// itself as object keeps it; no attack, no wounding event
		{"Pakistani troops shelled villages in Kashmir on Saturday, killing three people.",
			[]string{"PAKMIL 194 IND asserted"}},
		{"Pakistani troops shelled villages in Kashmir on Saturday, killing two civilians and wounding five.",
			[]string{"PAKMIL 194 IND asserted"}},
		{"Sudan's air force bombed the South Sudanese town of Bentiu on Monday, killing a child and wounding three children.",
			[]string{"SDNMIL 195 SSD asserted"}},
		{"The storm hit the coast on Monday, killing a woman and wounding four children.",
			nil},
	}, false)
}
