package events_test

import "testing"

// TestJointAttacks: a joint military operation or offensive launched
// against an armed party is each participant's attack on it (190) beside
// their military cooperation (062 both ways); police acting against
// criminals and joint patrols against trafficking attack no one
// (joint_against.go).
func TestJointAttacks(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Rwandan and Mozambican forces launched a joint operation against Islamist insurgents in Cabo Delgado on Monday.",
			[]string{"RWAMIL 062 MOZMIL asserted", "MOZMIL 062 RWAMIL asserted", "RWAMIL 190 MOZREB asserted", "MOZMIL 190 MOZREB asserted"}},
		{"Iraqi troops launched a joint offensive with U.S. forces against Islamic State fighters near Mosul on Tuesday.",
			[]string{"IRQMIL 062 USAMIL asserted", "USAMIL 062 IRQMIL asserted", "IRQMIL 190 IMGMOSISL asserted", "USAMIL 190 IMGMOSISL asserted"}},
		{"Kenyan and Somali police launched a joint operation against kidnappers on Tuesday.",
			[]string{"KENCOP 060 SOMCOP asserted", "SOMCOP 060 KENCOP asserted"}}, // police: 060 (gold README 2026-12-05 item 17)
		{"Argentina and Chile launched joint patrols against drug trafficking along their border on Monday.",
			[]string{"ARG 062 CHL asserted", "CHL 062 ARG asserted"}},
	}, false)
}
