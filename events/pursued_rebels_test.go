package events_test

import "testing"

// TestPursuedRebels: armed men pursued or chased by a force are force used
// on them (190), and a warning that a force would pursue them is a threat
// of force (138) aimed at them (verbs.txt); pursuing talks is not.
func TestPursuedRebels(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// gold dev52-wire W52050
		{"Sudan's defence minister warned on Tuesday that the army would pursue rebels across the border into South Sudan if they attacked again from there.",
			[]string{"SDNGOV 138 SDNREB asserted"}},
		{"Colombian troops chased FARC rebels into the jungle on Monday.",
			[]string{"COLMIL 190 COLREB asserted"}},
		// not armed men pursued
		{"Prosecutors will pursue the rebels' leaders in court, the minister said on Monday.",
			nil},
	}, false)
}
