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
			[]string{"NGAUAF 180 NGACVL asserted", "NGAGOV 112 NGACVL asserted"}}, // herders are civilians: accused, not the attack's source
		{"A landslide killed 30 people in Sichuan, and local officials blamed heavy rain.", nil},
		{"A car bomb killed seven people in Mogadishu, and the government blamed al-Shabaab for a string of kidnappings.",
			[]string{"SOMGOV 112 SOMREB asserted"}},
	}, false)
}

// TestBlamedQualifiedGroups codes the one blamed past the words that only
// qualify it ("Kurdish militants", "Islamist jihadists"), a state's
// adjective before the agents it sends ("Indian agents" IND), and a bare
// "accused" ending its clause like "blamed"; near misses: the adjective
// before a thing ("Indian weapons"), an accusation with its own "of" act.
func TestBlamedQualifiedGroups(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A car bomb killed six people in Ankara on Sunday, and Turkey blamed Kurdish militants.",
			[]string{"TURREB 1832 TURCVL alleged", "TUR 112 TURREB asserted"}},
		{"A roadside bomb killed four soldiers in northern Mali on Sunday, and the army blamed Islamist jihadists.",
			[]string{"MLIREB 1833 MLIMIL alleged", "MLIMIL 112 MLIREB asserted"}},
		{"Drones hit an oil depot in Bryansk overnight, and Russia blamed Ukrainian saboteurs.",
			[]string{"UKR 1952 RUS alleged", "RUS 112 UKR asserted"}},
		{"A car bomb killed seven people in Quetta, and Pakistan blamed Indian agents.",
			[]string{"IND 1832 PAKCVL alleged", "PAK 112 IND asserted"}},
		{"A car bomb killed seven people in Quetta, and Pakistan accused India.",
			[]string{"IND 1832 PAKCVL alleged", "PAK 112 IND asserted"}},
		{"A car bomb killed seven people in Quetta, and Pakistan blamed Indian weapons.",
			[]string{"PAK 112 IND asserted"}},
		{"A car bomb killed seven people in Quetta, and Pakistan accused India of sheltering militants.",
			[]string{"PAK 112 IND asserted"}},
	}, false)
}

// TestBlamedNamedVictim codes a named person told killed in the passive,
// whose killer a later clause blames, as assassinated (186, alleged);
// near misses: unnamed victims stay an attack (190), and a named victim
// with nobody blamed has no event.
func TestBlamedNamedVictim(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iranian nuclear scientist Majid Shahriari was killed in Tehran on Monday, and Iran blamed Israeli agents.",
			[]string{"ISR 186 IRNCVL alleged", "IRN 112 ISR asserted"}},
		{"Opposition politician Anna Petrova was killed outside her home in Sofia, and her party accused Russia.",
			[]string{"RUS 186 BGRCVL alleged", "BGRPTY 112 RUS asserted"}},
		{"Kim Jong Nam was killed at Kuala Lumpur airport on Monday, and South Korea blamed North Korean agents.",
			[]string{"PRK 186 MYSCVL alleged", "KOR 112 PRK asserted"}},
		{"Two aid workers were killed in Gaza on Monday, and the charity blamed Israel.",
			[]string{"ISR 190 PSECVL alleged"}},
		{"Kim Jong Nam was killed at Kuala Lumpur airport on Monday.", nil},
	}, false)
}
