package events_test

import "testing"

// TestFaithPeople: a faith's adjective before the agent noun of a people
// ("Muslim insurgents", "Muslim militants") is no unnamed collective of
// states; the noun keeps its role and the state the sentence places it in
// (actors/faith_collective.go; gold dev47-wire W47039 THAREB, dev52-wire
// W52036 DZAREB). Before the nouns of governments it names no actor.
func TestFaithPeople(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Suspected Muslim insurgents detonated a roadside bomb in Thailand's Pattani province on Wednesday.", []string{"THAREB 1833 THA asserted"}},
		{"Suspected Muslim militants killed 31 villagers south of Algiers on Tuesday.", []string{"DZAREB 202 DZACVL asserted"}},
		{"Filipino Muslim rebels attacked an army post on Friday.", []string{"PHLREB 190 PHLMIL asserted"}},
		// not fired: the governments of Muslim states
		{"Muslim foreign ministers condemned Israel on Saturday.", nil},
	}, false)
}
