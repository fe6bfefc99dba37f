package events_test

import "testing"

// TestPeopleTown: a withdrawal from a town named by the adjective of a
// people of one state leaves that state; a people of several states names
// none (places_people_town.go; gold W49035).
func TestPeopleTown(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Eritrean troops began pulling out of the Tigrayan town of Shire on Friday, residents said.", []string{"ERIMIL 0874 ETH asserted"}},
		{"Eritrean troops withdrew from the Tigrayan town of Adwa on Friday.", []string{"ERIMIL 0874 ETH asserted"}},
		// near miss: the Kurds live in several states
		{"Turkish troops withdrew from the Kurdish town of Afrin on Friday.", []string{"TURMIL 0874 - asserted"}},
	}, false)
}
