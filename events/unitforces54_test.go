package events_test

// Troops, police or people "of" a named region, state or province of a
// state, given by the state's possessive, are that state's
// (actors/forces.go unitOfState, [people units] of
// actors/data/words/words.txt).

import "testing"

// TestUnitForces checks a force of a state's region named after the
// state's possessive: the state's force, where no source was found; the
// leader of a region stays unread, as before.
func TestUnitForces(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Soldiers of Ethiopia's Afar region attacked Fano militiamen near the border on Friday.", []string{"ETHMIL 190 ETHREB asserted"}},
		{"Police of Nigeria's Kano state arrested 20 protesters on Thursday.", []string{"NGACOP 173 NGACVL asserted"}},
		{"Troops of Somalia's Jubaland region launched an offensive against al Shabaab on Sunday.", []string{"SOMMIL 190 SOMREB asserted"}},
	}, false)
}
