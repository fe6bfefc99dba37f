package events_test

import "testing"

// TestWhoseOwner codes team-written sentences for coref_agents_whose.go:
// an agent after a relative "whose" belongs to the actor before it, a
// group's own code or a state's country, not the sentence's first state.
// Near miss: a place before "whose" is no owner; its people keep the
// place's state as before.
func TestWhoseOwner(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The United States imposed sanctions on Hezbollah, whose fighters attacked Israeli troops on Monday.",
			[]string{"USA 163 LBNREB asserted", "LBNREB 190 ISRMIL asserted"}},
		{"Al-Shabaab, whose fighters attacked a Kenyan base last month, seized the town of Bardere on Monday.",
			[]string{"SOMREB 190 KENMIL asserted"}},
		// near miss: a place before "whose"
		{"Russian troops shelled Kharkiv, whose residents protested on Monday.",
			[]string{"RUSMIL 194 UKR asserted", "UKRCVL 141 - asserted"}},
	}, false)
}
