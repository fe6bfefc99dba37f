package events_test

import "testing"

// TestAgents73Events: the agent nouns added in session 73 (actors/data/
// agents.txt) give the target of an arrest that had none: an editor is
// media (MED), the co-mayors of a city its local government (GOV).
func TestAgents73Events(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Egyptian police detained the editor of an independent news website in Cairo on Sunday.",
			[]string{"EGYCOP 173 EGYMED asserted"}},
		{"Turkish police detained the co-mayors of Van on Tuesday on suspicion of links to Kurdish militants.",
			[]string{"TURCOP 173 TURGOV asserted"}},
	}, false)
}
