package actors_test

import "testing"

// TestAntiCorruptionCampaigners checks, on sentences written for this
// test, "anti-corruption campaigner(s)" (agents.txt: civilians, CVL, like
// activists), listed only with its cause: a bare "campaigner" is left out
// (it cost a held-out line).
func TestAntiCorruptionCampaigners(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-04", "Indian anti-corruption campaigners began a hunger strike.", "Indian anti-corruption campaigners=INDCVL"},
		{"2025-03-04", "Anti-corruption campaigners began a hunger strike.", "Anti-corruption campaigners=?CVL"},
		// near miss: a campaigner of no listed cause is no agent
		{"2025-03-04", "Indian campaigners began a hunger strike.", "Indian=~IND"},
	}, showCode)
}
