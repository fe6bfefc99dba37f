package events_test

import "testing"

// TestBlamedLater codes sources_blamed.go: an attack told without its
// doer, then ", and X blamed Y": Y is the attack's alleged source (denied
// when ", which denied it" follows), and the attack's toll verb gives no
// second event.
func TestBlamedLater(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"An air strike on a hospital in Marib killed nine people on Tuesday, and the Houthis blamed the Saudi-led coalition.",
			[]string{"SAUMIL 195 YEM alleged", "YEMREB 112 SAUMIL asserted"}},
		{"A roadside bomb killed four soldiers in northern Mali on Sunday, and the army blamed jihadists.",
			[]string{"MLIREB 1833 MLIMIL alleged", "MLIMIL 112 MLIREB asserted"}},
		{"A missile strike on a railway station in Dnipro killed 12 people on Wednesday, and Ukraine blamed Russia, which denied it.",
			[]string{"RUS 195 UKR denied", "UKR 112 RUS asserted", "RUS 016 UKR asserted"}},
		{"A missile strike on a railway station in Dnipro killed 12 people on Wednesday, and Ukraine blamed Russia for the attack, which Moscow denied.",
			[]string{"RUS 195 UKR denied", "UKR 112 RUS asserted", "RUS 016 UKR asserted"}},
		{"Drones hit a fuel depot in Belgorod overnight, and Russia's defence ministry blamed Kyiv for what it called a terrorist act.",
			[]string{"UKR 1952 RUS alleged", "RUSGOV 112 UKR asserted"}},
		// near misses: an actor already named does the act; a disaster
		// blamed on the weather has no doer; a blame with its own "for"
		// act is blamedFor's
		{"Gunmen killed six people in a village near Jos on Sunday, and the state governor blamed herders.",
			[]string{"NGAUAF 180 NGACVL asserted"}}, // (herders no actor names: no accusation, unaimed.go)
		{"A landslide killed 30 people in Sichuan, and local officials blamed heavy rain.", nil},
		{"A car bomb killed seven people in Mogadishu, and the government blamed al-Shabaab for a string of kidnappings.",
			[]string{"SOMGOV 112 SOMREB asserted"}},
	}, false)
}
