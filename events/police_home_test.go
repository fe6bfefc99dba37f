package events_test

import "testing"

// TestPoliceSentHome: police deployed, rushed or poured into a place of
// their own state step up security (153, target null), "officers" as
// well as "police", and so do police sent "to" a task in a sentence that
// names no other state; into a foreign state they are sent there (074
// with that state). Troops poured into a place keep their code (154)
// (police_home.go, refine.go policeSent). Invented sentences.
func TestPoliceSentHome(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ugandan police deployed hundreds of officers in central Kampala on Thursday ahead of an opposition rally.",
			[]string{"UGACOP 153 - asserted"}},
		{"Kenya rushed hundreds of riot police into Kisumu on Friday after a night of looting.",
			[]string{"KEN 153 - asserted"}},
		{"India poured thousands of paramilitary police into the state capital Imphal on Sunday to stop the clashes.",
			[]string{"IND 153 - asserted"}},
		// abroad: sent there
		{"Kenya rushed 400 police officers into Haiti on Tuesday.",
			[]string{"KEN 074 HTI asserted"}},
		// sent to a task at home; abroad (another state named) left as before
		{"Zambia deployed 20,000 police officers to guard polling stations for Thursday's election.",
			[]string{"ZMB 153 - asserted"}},
		{"Kenya will deploy 1,000 police officers to guard a U.N.-backed mission in Haiti.",
			[]string{}},
		// a peacekeeping or multinational mission names no state: still
		// abroad, not at home
		{"Ghana sent 150 police officers to join a U.N. peacekeeping mission on Monday.",
			[]string{}},
		{"Rwanda deployed 400 police officers to serve in a multinational mission.",
			[]string{}},
		// army officers are no police at home
		{"The Pakistani army deployed hundreds of officers along the border with Afghanistan.",
			[]string{}},
		// troops: a mobilisation, as before
		{"Ethiopia poured troops into the Tigray region on Friday.",
			[]string{"ETH 154 - asserted"}},
	}, false)
}
