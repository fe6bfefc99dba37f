package events_test

import "testing"

// TestStrongholdPlace: a one-sided attack on "the [group] stronghold of
// PLACE" is aimed at the place's state (targets_stronghold.go); an
// occupation keeps the group, and a fight near a stronghold keeps the
// side fought.
func TestStrongholdPlace(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan jets struck the al Shabaab stronghold of Kismayo on Friday.",
			[]string{"KENMIL 195 SOM asserted"}},
		{"Iraqi troops launched an assault on the militant stronghold of Mosul.",
			[]string{"IRQMIL 190 IRQ asserted"}},
		{"Malian troops entered the northern rebel stronghold of Kidal on Tuesday.",
			[]string{"MLIMIL 192 MLIREB asserted"}},
	}, false)
}
