package events_test

import "testing"

// TestAgents71Events: the agent nouns added in session 71 (actors/data/
// agents.txt) give the subject of a verb that had none: revenue agents
// (GOV) and the plural "military chiefs" (MIL). A bare "chiefs" is no
// agent and gives no source.
func TestAgents71Events(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Tanzanian customs officers and Kenyan revenue agents began staffing a shared inspection post at the Namanga crossing on Tuesday.",
			[]string{"TZACOP 061 KENGOV asserted", "KENGOV 061 TZACOP asserted"}},
		{"The military chiefs of Armenia and Azerbaijan agreed in Moscow on Tuesday to halt four days of fighting.",
			[]string{"ARMMIL 0871 AZEMIL asserted", "AZEMIL 0871 ARMMIL asserted"}},
		// must not fire: tribal chiefs are no military
		{"The tribal chiefs of Anbar agreed on Tuesday to halt the fighting with Iraqi troops.",
			[]string{}},
	}, false)
}
