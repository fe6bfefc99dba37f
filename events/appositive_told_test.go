package events_test

import "testing"

// TestAppositiveAfterToldNoun: a ", killed in …" participle running to the
// end of the sentence or to a time clause, after a noun the sentence's
// verb already told of, describes that noun: no act of it
// (falseevents_clauses.go appositiveParticiple). A "killed by" agent
// still tells who killed.
func TestAppositiveAfterToldNoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Calm in the West Bank was shattered by the death of a Palestinian, killed in a firefight with Israeli troops near Jenin.", nil},
		{"Calm in the West Bank was shattered by the death of a Palestinian, killed in a firefight with Israeli troops as they entered Jenin.", nil},
		{"Calm in the West Bank was shattered by the death of a Palestinian, killed by Israeli troops near Jenin.",
			[]string{"ISRMIL 190 PSECVL asserted 2024-07-13"}},
	}, true)
}
