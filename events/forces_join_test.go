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

// TestMissionMemberSubject codes sentences written by the dyad team for
// soldiers or police named "of" the force or mission they serve in before
// the verb (sources_postmod.go, forces_leave.go missionMember): the
// soldiers or police are the source.
func TestMissionMemberSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The first 200 Senegalese soldiers of a West African intervention force landed in Bamako on Friday to help Mali's army fight Islamist rebels.",
			[]string{"SENMIL 074 MLI asserted"}},
		{"The first Kenyan police officers of the multinational mission landed in Port-au-Prince on Tuesday to lead the mission.",
			[]string{"KENCOP 074 HTI asserted"}},
		{"Chadian soldiers of the U.N. force flew out of N'Djamena on Monday to join the mission in Mali.",
			[]string{"TCDMIL 074 MLI asserted"}},
		// near miss: no soldiers or police before the "of" phrase
		{"Relatives of the soldiers of the force landed in Bamako on Thursday.",
			nil},
	}, false)
}
