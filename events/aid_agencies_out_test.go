package events_test

import "testing"

// TestAidAgenciesOrderedOut: a charity or aid agency ordered to halt its
// work or to pull out is expelled (1663), its own code the target
// (verbs.txt); troops ordered to halt operations are no agency.
func TestAidAgenciesOrderedOut(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mali ordered the medical charity Doctors Without Borders to stop its work in the Mopti region on Tuesday.",
			[]string{"MLI 1663 NGOHLHMSF asserted"}},
		{"Ethiopia's government ordered United Nations agencies to withdraw their staff from Tigray on Friday.",
			[]string{"ETHGOV 1663 IGOUNO asserted"}},
	}, false)
}
