package events_test

import "testing"

// TestThreatenedArmedGround: a state force's threat of force whose act
// names an armed group's ground ("militant camps") is aimed at that group
// of its own country (threat_armed_object.go); "flatten" by an armed
// force is force (190), "flatten" of homes destroys property (1712), and
// a storm flattening uses no force.
func TestThreatenedArmedGround(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nigeria's army warned on Tuesday that it would flatten militant camps in the creeks of Delta state after last week's seizure of 15 foreign sailors from a cargo ship.",
			[]string{"NGAMIL 138 NGAREB asserted"}},
		{"Nigeria's army threatened on Tuesday to attack militant camps in the creeks of Delta state.",
			[]string{"NGAMIL 138 NGAREB asserted"}},
		{"The Syrian army warned on Tuesday that it would bomb insurgent hideouts in Aleppo.",
			[]string{"SYRMIL 138 SYRREB asserted"}},
		{"Nigeria's army flattened militant camps in the creeks of Delta state on Tuesday.",
			[]string{"NGAMIL 190 NGAREB asserted"}},
		{"Israeli troops flattened Palestinian homes in Rafah on Tuesday.",
			[]string{"ISRMIL 1712 PSECVL asserted"}},
		// must not fire: a rebel group's threat names no group of its own
		{"Al-Shabaab threatened on Tuesday to attack militant camps in southern Somalia.",
			[]string{"SOMREB 138 - asserted"}},
		{"A storm flattened crops in northern Kenya on Tuesday.",
			nil},
	}, false)
}
