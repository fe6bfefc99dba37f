package events_test

import "testing"

// TestTakenForQuestioning: a person police take "for questioning" or
// "for interrogation" is detained (173); "Federal police took former
// President Lula from his home for questioning" gave nothing before.
// Invented sentences.
func TestTakenForQuestioning(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkish police took the editor of Cumhuriyet newspaper for questioning on Monday.",
			[]string{"TURCOP 173 TURMED asserted"}},
		{"Kenyan police took an opposition senator from his home in Nairobi for questioning on Friday.",
			[]string{"KENCOP 173 KENOPP asserted"}},
		// near miss: questions taken are no detention
		{"The minister said he would take questions for an hour on Monday.",
			nil},
	}, false)
}
