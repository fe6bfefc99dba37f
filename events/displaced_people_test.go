package events_test

import "testing"

// TestDisplacedPeople codes ordinary people told as displaced
// (actors/displaced.go) as refugees, REF: "people displaced by fighting"
// and "displaced families" as "displaced people" is. Near misses: people
// who fled keep CVL, and the displaced a building shelters leave an
// attack on it to the place's state (targets_casualties.go).
func TestDisplacedPeople(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The World Food Programme began handing out rations to 80,000 people displaced by fighting in eastern Chad on Monday.",
			[]string{"IGOUNOWFP 073 TCDREF asserted"}},
		{"Japan pledged 5 million dollars on Friday to feed families displaced by floods in northern Nigeria.",
			[]string{"JPN 0331 NGAREF future"}},
		{"Rebels forced thousands of displaced families to leave a camp near Bunia on Sunday.",
			[]string{"CODREB 201 CODREF asserted"}},
		{"Soldiers killed 20 villagers uprooted by the fighting in northern Mali on Sunday.",
			[]string{"MLIMIL 190 MLIREF asserted"}},
		// near misses: people who fled, and the displaced a building shelters
		{"Soldiers killed 20 villagers fleeing the fighting in northern Mali on Sunday.",
			[]string{"MLIMIL 190 MLICVL asserted"}},
		{"Israeli aircraft bombed a school sheltering displaced families in Khan Younis on Sunday.",
			[]string{"ISRMIL 195 PSE asserted"}},
	}, false)
}
