package events_test

import "testing"

// TestForcesLeftToJoin codes sentences written by the dyad team for
// forces that leave home to join a force or mission abroad
// (forces_join.go): a deployment (074) to the country they go to, not a
// withdrawal from the place they leave.
func TestForcesLeftToJoin(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Some 600 Fijian soldiers flew out of Suva on Thursday to join the U.N. peacekeeping force in southern Lebanon.",
			[]string{"FJIMIL 074 LBN asserted"}},
		{"A battalion of 600 Nepalese troops left Kathmandu on Monday to reinforce the U.N. mission in South Sudan.",
			[]string{"NPLMIL 074 SSD asserted"}},
		{"Bangladeshi peacekeepers flew out of Dhaka on Sunday to join the U.N. force in Mali.",
			[]string{"BGDMIL 074 MLI asserted"}},
		{"The first Rwandan soldiers left Kigali on Tuesday for the Central African Republic.",
			[]string{"RWAMIL 074 CAF asserted"}},
		{"Ghanaian troops pulled out of Accra on Friday to relieve a contingent serving in Liberia.",
			[]string{"GHAMIL 074 LBR asserted"}},
		// planned: an intent to deploy
		{"Some 400 Nepalese troops will leave Kathmandu next week to join the U.N. mission in South Sudan.",
			[]string{"NPLMIL 0334 SSD future"}},
		// near misses: forces leaving foreign ground withdraw from it
		{"French troops left Mali on Monday to join the European force in Niger.",
			[]string{"FRAMIL 0874 MLI asserted"}},
		{"The last American soldiers flew out of Kabul on Monday.",
			[]string{"USAMIL 0874 AFG asserted"}},
	}, false)
}
