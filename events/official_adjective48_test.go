package events_test

import "testing"

// TestOfficialAdjective48: "official" before a common noun is an
// adjective, not an agent (actors/guards.go thingAgent), so a leader's
// "official residence" stormed is the leader's government's, as a plain
// "residence" is; "official" alone or before a preposition stays an
// official. Invented sentences.
func TestOfficialAdjective48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan protesters stormed the president's official residence in Nairobi on Tuesday.",
			[]string{"KENCVL 145 KENGOV asserted"}},
		{"Kenyan protesters stormed the president's residence in Nairobi on Tuesday.",
			[]string{"KENCVL 145 KENGOV asserted"}},
		// near misses: an official still
		{"Kenyan police arrested a senior official in Nairobi on Tuesday.",
			[]string{"KENCOP 173 KENGOV asserted"}},
		{"Kenyan police arrested the official on Tuesday.",
			[]string{"KENCOP 173 KENGOV asserted"}},
	}, false)
}
