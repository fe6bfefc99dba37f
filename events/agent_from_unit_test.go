package events_test

import "testing"

// TestAgentFromUnit: an agent "from" a state's community, tribe or clan
// ("armed youths from South Sudan's Lou Nuer community") is that state's,
// as one "of" a unit is (actors unitOfState, [community units]); the
// possessive left the agent no subject before (no event). Invented
// sentences.
func TestAgentFromUnit(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen from Nigeria's Fulani community killed 40 villagers on Saturday.",
			[]string{"NGAUAF 202 NGACVL asserted"}},
		{"Armed youths from South Sudan's Lou Nuer community killed more than 100 people on Saturday.",
			[]string{"SSDUAF 202 SSDCVL asserted"}},
		{"Protesters from Kenya's Luo community marched in Kisumu on Saturday.",
			[]string{"KENCVL 141 - asserted"}},
		// near miss: "from" a state alone, as before
		{"Gunmen from Nigeria killed 40 villagers on Saturday.",
			[]string{"NGAUAF 202 NGACVL asserted"}},
	}, false)
}
