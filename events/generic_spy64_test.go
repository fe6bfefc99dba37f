package events_test

import "testing"

// TestGenericIntelligenceService64 codes sentences written by the dyad
// team for the generic intelligence-service names of actors/data/agents.txt
// (s64): a name institutions.txt fixes to one state (National Intelligence
// Service KORSPY, Foreign Intelligence Service RUSSPY, Federal
// Intelligence Service DEUSPY, Federal Security Service RUSSPY) takes
// another state named before it by a possessive or an adjective; alone,
// or after its own state, it keeps its bearer. Each sentence is published
// on 2024-07-13 (a Saturday); each want lists every event as "SOURCE
// CAMEO TARGET status date", in any order.
func TestGenericIntelligenceService64(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's National Intelligence Service arrested two suspects on Friday.",
			[]string{"KENSPY 173 - asserted 2024-07-12"}},
		{"The Kenyan National Intelligence Service arrested two suspects.",
			[]string{"KENSPY 173 - asserted 2024-07-13"}},
		{"Ukraine's Foreign Intelligence Service accused Russia of plotting a coup.",
			[]string{"UKRSPY 112 RUS asserted 2024-07-13"}},
		{"The Swiss Federal Intelligence Service accused Russia of spying.",
			[]string{"CHESPY 112 RUS asserted 2024-07-13"}},
		{"Somalia's National Intelligence Service detained a Kenyan journalist.",
			[]string{"SOMSPY 173 KENMED asserted 2024-07-13"}},
		// near misses: the name alone, or after its own state, keeps its bearer
		{"South Korea's National Intelligence Service accused North Korea of hacking.",
			[]string{"KORSPY 112 PRK asserted 2024-07-13", "PRK 176 - alleged 2024-07-13"}},
		{"The National Intelligence Service accused North Korea of hacking.",
			[]string{"KORSPY 112 PRK asserted 2024-07-13", "PRK 176 - alleged 2024-07-13"}},
		{"The Federal Security Service detained a Ukrainian man.",
			[]string{"RUSSPY 173 UKRCVL asserted 2024-07-13"}},
	}, true)
}
