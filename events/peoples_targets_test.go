package events_test

import "testing"

// TestPeoplesAsCivilians codes, on sentences written for this test, a
// people that is no state named by its plural noun (actors/data/peoples.txt)
// as the civilians of the one state it lives in; and the near miss of a
// people with several homes, which the dictionary leaves to the sentence.
func TestPeoplesAsCivilians(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ethiopian police detained hundreds of ethnic Tigrayans in Gondar on Friday.",
			[]string{"ETHCOP 173 ETHCVL asserted"}},
		{"Chinese police detained dozens of Uyghurs in Kashgar on Tuesday.",
			[]string{"CHNCOP 173 CHNCVL asserted"}},
		{"Ethiopian troops killed scores of ethnic Anuak near the town of Gambella on Sunday.",
			[]string{"ETHMIL 202 ETHCVL asserted"}},
		// near miss: the Kurds live in four states, the police's own
		// state is not read from the dictionary
		{"Turkish police detained dozens of Kurds in Istanbul on Monday.",
			[]string{"TURCOP 173 - asserted"}},
	}, false)
}
