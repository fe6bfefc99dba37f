package events_test

import "testing"

// TestItsAfterPluralSource codes team-written sentences for
// pluralSourceIts (roles_object.go) and pluralCommon (coref_owners.go):
// "its" X after a plural common-noun source ("attackers", "troops") with
// no actor before it to own X is a place's or a building's X, the act's
// target, not the source's own. Near miss: "Pakistan recalled its
// ambassador": its owner is the source, no target from it.
func TestItsAfterPluralSource(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Unknown attackers looted a mosque in the Malian town of Gao and kidnapped its imam on Monday.",
			[]string{"MLIUAF 181 MLIREL asserted"}},
		{"Pakistani troops raided a madrassa and detained its teachers on Monday.",
			[]string{"PAKMIL 173 PAKEDU asserted"}},
		// near miss: the source's own envoy
		{"Pakistan recalled its ambassador from Kabul on Tuesday.",
			[]string{"PAK 161 AFG asserted"}},
	}, false)
}
