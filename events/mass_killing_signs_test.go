package events_test

import "testing"

// TestMassacreSigns: a killing of ten to twenty civilians is a mass
// killing (202) when its clause tells a massacre: the victims killed with
// blades ([hand weapons]) or their homes burned with them ([home
// burnings] of [dwelling nouns]); the same count with no such sign, with
// the sign outside the killing's clause, or with fighters killed keeps
// its code (mass_killing_signs.go). A named armed group is no lone
// attacker (codes.go unidentifiedAttacker). Invented sentences.
func TestMassacreSigns(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Militants killed 14 villagers with machetes near Beni in eastern Congo on Sunday.",
			[]string{"CODREB 202 CODCVL asserted"}},
		{"Armed men killed 16 farmers with knives and axes in central Nigeria on Monday.",
			[]string{"NGAUAF 202 NGAAGR asserted"}},
		{"Gunmen killed 13 villagers and torched their huts in northern Burkina Faso on Sunday.",
			[]string{"BFAUAF 202 BFACVL asserted", "BFAUAF 1712 BFACVL asserted"}},
		{"Janjaweed horsemen killed at least 30 villagers in South Darfur on Tuesday.",
			[]string{"SDNUAF 202 SDNCVL asserted"}},
		// near misses
		{"Militants killed 14 villagers in an attack near Beni in eastern Congo on Sunday.",
			[]string{"CODREB 180 CODCVL asserted"}},
		{"Militants killed six villagers with machetes near Beni in eastern Congo on Sunday.",
			[]string{"CODREB 180 CODCVL asserted"}},
		{"Militants killed 14 soldiers with machetes near Beni in eastern Congo on Sunday.",
			[]string{"CODREB 190 CODMIL asserted"}},
	}, false)
}
