package events_test

import "testing"

// TestOwnersPropertyTarget checks, on sentences written for this test,
// that the property of a nationality's people (actors/data/words
// [private property]: "Palestinian homes", "Chadian homes", "Palestinian
// farmland") demolished, burned or seized is aimed at that state's
// civilians (CVL), whatever the verb. Near misses: a building in a
// town keeps the town's state, and homes of no nationality give no
// target of their own. Owners coded as the act's own source (settlers
// in a Palestinian village) fall back to the bare state (record.go
// ownersState), not a dropped event.
func TestOwnersPropertyTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Israeli troops demolished three Palestinian homes near Hebron on Friday.",
			[]string{"ISRMIL 1712 PSECVL asserted 2024-07-12"}},
		{"Israeli settlers torched Palestinian houses in the village of Burin on Friday.",
			[]string{"ISRCVL 1712 PSECVL asserted 2024-07-12"}},
		{"Israel confiscated 300 dunams of Palestinian farmland near Bethlehem on Friday.",
			[]string{"ISR 1711 PSECVL asserted 2024-07-12"}},
		{"Sudanese soldiers burned Chadian homes along the border on Friday.",
			[]string{"SDNMIL 1712 TCDCVL asserted 2024-07-12"}},
		// owners coded as the source itself fall back to the bare state
		{"Settlers in the West Bank village of Huwara torched Palestinian homes on Friday.",
			[]string{"PSECVL 1712 PSE asserted 2024-07-12"}},
		// near misses
		{"Israeli troops demolished a building in Jenin on Friday.",
			[]string{"ISRMIL 1712 PSE asserted 2024-07-12"}},
		{"Ethnic militias burned dozens of homes in the Moyale area on Friday.",
			nil},
	}, true)
}
