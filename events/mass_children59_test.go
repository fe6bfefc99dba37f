package events_test

import "testing"

// TestMassKillingWithChildren codes a killing of ten to twenty people
// whose count is followed by ", among them" or ", including" children or
// women as a mass killing (202, intent.go childrenAmongVictims); the
// same count with no such words, or with soldiers among the dead, keeps
// its code.
func TestMassKillingWithChildren(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Jihadist fighters killed 15 villagers, including four children, in northern Mali on Sunday.",
			[]string{"MLIREB 202 MLICVL asserted"}},
		{"Gunmen killed 12 people, among them five women, in an attack on a village in northern Ghana on Tuesday.",
			[]string{"GHAUAF 202 GHACVL asserted"}},
		// near misses
		{"Gunmen killed 12 people in an attack on a village in northern Ghana on Tuesday.",
			[]string{"GHAUAF 180 GHACVL asserted"}},
		{"Gunmen killed 12 soldiers, including two officers, in an attack in northern Ghana on Tuesday.",
			[]string{"GHAUAF 190 GHAMIL asserted"}},
		{"Jihadist fighters killed six villagers, including four children, in northern Mali on Sunday.",
			[]string{"MLIREB 180 MLICVL asserted"}},
	}, false)
}
