package events_test

import "testing"

// TestOccupiedBuilding codes an armed force's or armed group's seizure of
// a state's building as ground taken, 192 (occupy_buildings.go, gold
// README item 43), the seats of power an armed group takes as the state's
// ground; police, a state named alone, a crowd, a firm's offices and the
// government's other property keep their codes.
func TestOccupiedBuilding(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Southern separatists seized government buildings in Aden on Tuesday after two days of fighting.",
			[]string{"YEMREB 192 YEM asserted"}},
		{"Houthi rebels took control of government buildings in Sanaa on Sunday.",
			[]string{"YEMREB 192 YEM asserted"}},
		{"Houthi rebels seized the military compound in Sanaa on Tuesday.",
			[]string{"YEMREB 192 YEM asserted"}},
		{"Tuareg separatists seized government buildings in Kidal on Thursday.",
			[]string{"MLIREB 192 MLI asserted"}},
		{"Armed men seized the regional parliament and government buildings in Simferopol.",
			[]string{"UKRUAF 192 UKRLEG asserted", "UKRUAF 192 UKRGOV asserted"}},
		{"Pro-Russian militia seized Ukraine's navy headquarters in Sevastopol on Wednesday.",
			[]string{"UKRUAF 192 UKRMIL asserted"}},
		{"Islamic State fighters seized the Turkish consulate in Mosul on Wednesday.",
			[]string{"IMGMOSISL 192 TUR asserted"}},
		{"Rebels captured the police headquarters in Bunia on Monday.",
			[]string{"CODREB 192 CODCOP asserted"}},
		{"Houthi fighters seized the state television headquarters in Sanaa on Sunday.",
			[]string{"YEMREB 192 YEM asserted"}},
		// near misses: a crowd, police, a state alone, a firm's offices, other property
		{"Protesters seized government buildings in Bishkek on Tuesday.",
			[]string{"KGZCVL 145 KGZGOV asserted"}},
		{"Rebels seized the offices of a French mining company in the north.",
			[]string{"FRAREB 171 FRABUS asserted"}},
		{"Houthi rebels seized the government's weapons depots in Sanaa.",
			[]string{"YEMREB 171 YEMGOV asserted"}},
	}, false)
}
