package events_test

import "testing"

// TestApposedObjectTargets codes an act whose object is no actor ("the
// suspect") but whose apposition names a person of a country ("a Syrian
// man") as aimed at that person (apposed.go apposedObject); an object
// that is an actor itself keeps its own code, and an apposition that
// names no country gives no target.
func TestApposedObjectTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"German police arrested the suspect, a Syrian man, on Saturday.",
			[]string{"DEUCOP 173 SYRCVL asserted"}},
		{"Spanish police detained the driver, an Algerian man.",
			[]string{"ESPCOP 173 DZACVL asserted"}},
		// near misses: no country in the apposition; an object that is
		// an actor itself
		{"German police arrested the suspect, a young man, on Saturday.",
			[]string{"DEUCOP 173 - asserted"}},
		{"German police arrested the attacker, a Syrian man, on Saturday.",
			[]string{"DEUCOP 173 DEUUAF asserted"}},
	}, false)
}
