package actors_test

import "testing"

// TestAgents71 checks, on sentences written for this test, the agent
// nouns added in session 71 (agents.txt): the plurals "military chiefs"
// and "army chiefs" (MIL), and revenue and tax agents (GOV, as tax
// officials). Near misses: a customs officer alone stays no agent, and
// "mobs" and shells, tried and left out (held-out cost), stay no actor.
func TestAgents71(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-05-20", "The army chiefs of India and Pakistan agreed to halt the firing.", "The army chiefs of India=INDMIL | Pakistan=PAKMIL"},
		{"2024-05-20", "Ukrainian military chiefs met in Kyiv.", "Ukrainian military chiefs=UKRMIL | Kyiv=UKR"},
		{"2024-05-20", "Kenyan revenue agents raided a warehouse.", "Kenyan revenue agents=KENGOV"},
		{"2024-05-20", "Indian tax inspectors searched the offices of the BBC.", "Indian tax inspectors=INDGOV | the BBC=GBRMED"},
		// near misses: a customs officer alone; mobs and shells left out
		{"2024-05-20", "Albanian mobs torched two churches.", "Albanian=~ALB"},
		{"2024-05-20", "Israeli tank shells killed 12 people.", "Israeli=~ISR | people=?CVL"},
		{"2024-05-20", "Police questioned a Ghanaian customs officer.", "Police=?COP | Ghanaian=~GHA"},
	}, showCode)
}
