package events_test

import "testing"

// TestConjunctProperty73: homes set on fire by the side that has just
// killed or shot villagers are the villagers' (targets_conjunct.go): a
// count between the first verb and its object ("dozens of") no longer
// hides it, and "their homes" names the owner better than the country of
// the place told after it. Before, the first gave no 1712 and the second
// CAF.
func TestConjunctProperty73(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Army soldiers swept through two villages in Plateau state on Sunday, shooting dozens of civilians and burning their homes, witnesses said.",
			[]string{"NGAMIL 202 NGACVL asserted", "NGAMIL 1712 NGACVL asserted"}},
		{"Rebels killed at least 20 villagers and set their homes on fire in an attack in the north of the Central African Republic on Monday.",
			[]string{"CAFREB 180 CAFCVL asserted", "CAFREB 1712 CAFCVL asserted"}},
		// must not fire: the place is the only owner named
		{"Rebels set fire to houses in the north of the Central African Republic on Monday.",
			[]string{"CAFREB 1712 CAF asserted"}},
	}, false)
}
