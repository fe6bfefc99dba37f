package events_test

import "testing"

// TestCrimeBodies: organised-crime bodies ("crime syndicate", "criminal
// organisation", "mafia clan": actors/data/agents.txt) are CRM like a gang,
// and Taiwan's Mainland Affairs Council is its government
// (institutions.txt); a "syndicate" of no crime stays no actor.
func TestCrimeBodies(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Italian police arrested 35 suspected members of the 'Ndrangheta crime syndicate in dawn raids across Calabria on Tuesday.",
			[]string{"ITACOP 173 ITACRM asserted"}},
		{"Mexican soldiers killed 12 members of a criminal organisation in a gunfight in Sinaloa on Monday.",
			[]string{"MEXMIL 193 MEXCRM asserted"}},
		{"Taiwan's Mainland Affairs Council condemned China's military drills on Tuesday.",
			[]string{"TWNGOV 111 CHNMIL asserted"}},
		// near miss: a banking syndicate is no criminal body
		{"Italian police arrested the head of a banking syndicate in Milan on Tuesday.",
			[]string{"ITACOP 173 - asserted"}},
	}, false)
}
