package events_test

// Tests of peasants as private people (CVL, actors/data/agents.txt) and
// of the Aymara, a people of Bolivia and Peru placed by the sentence
// (events/coref_people.go peopleHomes).

import "testing"

// TestPeasantsAndAymara checks that peasants of a state are its
// civilians, and that Aymara peasants or farmers take the state of the
// place the sentence names.
func TestPeasantsAndAymara(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thousands of Paraguayan peasants blocked highways on Thursday.", []string{"PRYCVL 144 PRYGOV asserted"}},
		{"Aymara peasants blocked roads around La Paz on Monday.", []string{"BOLCVL 144 BOLGOV asserted"}},
		{"Aymara farmers blocked roads near Puno on Monday.", []string{"PERAGR 144 PERGOV asserted"}},
	}, false)
}
