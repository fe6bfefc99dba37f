package events_test

import "testing"

// TestBeliefCoordinatedThat: a second "and that" clause after a speaker's
// certainty ("was confident that … and that Kenya would soon join …") is
// believed too, as the first is, however long the first clause
// (falseevents_opinion.go beliefClause): the speaker's optimism stays,
// the join (032) is no longer coded. With no certainty adjective, the
// reported intents of both clauses stay.
func TestBeliefCoordinatedThat(t *testing.T) {
	checkFamilies(t, "", []familyCase{
		{"belief", "Kenya's president said on Monday he was confident that the court would soon try those responsible for the Garissa attack and that Kenya would soon join the East African Community.",
			[]string{"KENGOV 013 - asserted"}},
		{"belief", "Kenya's president said on Monday he was confident that Kenya would soon join the East African Community.",
			[]string{"KENGOV 013 - asserted"}},
		// near misses: no certainty adjective
		{"belief", "Kenya's president said on Monday that Kenya would soon join the East African Community.",
			[]string{"KEN 032 IGOEAFEAC future"}},
		{"belief", "Kenya's president said on Monday that the talks would succeed and that Kenya would send troops to Somalia.",
			[]string{"KEN 0334 SOM future"}},
	}, false)
}
