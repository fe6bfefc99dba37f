package actors_test

import "testing"

// TestStatelessPeople checks, on sentences written for this test, the
// stateless of the Gulf (bidoon, bedoon, "stateless Arabs"), listed in
// agents.txt as private people (CVL) of the state they live in; a
// nationality or a state beside them gives it.
func TestStatelessPeople(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2025-03-04", "Kuwaiti bidoon marched to demand citizenship.", "Kuwaiti bidoon=KWTCVL"},
		{"2025-03-04", "Hundreds of stateless Arabs marched in Jahra.", "stateless Arabs=?CVL"},
		// near miss: a stateless vessel is no people
		{"2025-03-04", "The navy seized a stateless vessel.", "The navy=?MIL"},
	}, showCode)
}
