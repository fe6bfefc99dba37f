package events_test

import "testing"

// TestEthnicPeople66: a people named by its kin state's adjective after
// "ethnic", alone ("ethnic Vietnamese", "ethnic Chinese") or before a
// private person's noun ("an ethnic Albanian neighbour"), are civilians of
// the country they live in, which the sentence's places or actors give, not
// of the kin state (gold README, dev47 review: W47052 KHMCVL, W47054
// KSVCVL; actors/match.go ethnicPeople, [person nouns]).
func TestEthnicPeople66(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Khmer Rouge guerrillas killed 33 ethnic Vietnamese in a raid on a fishing village on the Tonle Sap lake on Wednesday, U.N. officials in Cambodia said.", []string{"KHMREB 202 KHMCVL asserted"}},
		{"U.N. police in Kosovo detained an ethnic Albanian neighbour for questioning on Thursday.", []string{"IGOUNO 173 KSVCVL asserted"}},
		{"Kyrgyz police detained 12 ethnic Uzbeks in Osh on Tuesday.", []string{"KGZCOP 173 KGZCVL asserted"}},
		// near miss: no "ethnic", the state's people
		{"North Korea freed two South Koreans on Tuesday.", []string{"PRK 0841 KORCVL asserted"}},
	}, false)
}
