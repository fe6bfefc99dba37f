package events_test

import "testing"

// TestReleasedPossessor codes the one released named by "his", "her" or
// "their" before the release noun: the nearest actor before the verb
// that is not its subject ("ruled that Imran Khan's arrest was illegal
// and ordered his release" PAKJUD 0841 PAKOPP); near misses: a release
// rejected is no release, and a pronoun with no one named before it
// gives nothing.
func TestReleasedPossessor(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Pakistan's Supreme Court ruled on Thursday that Imran Khan's arrest was illegal and ordered his release.",
			[]string{"PAKJUD 0841 PAKOPP asserted"}},
		{"Bangladesh's High Court granted bail to opposition leader Khaleda Zia on Monday and ordered her release.",
			[]string{"BGDJUD 0841 BGDOPP asserted"}},
		{"Iran's judiciary reviewed the case of three French aid workers and approved their release on Friday.",
			[]string{"IRNJUD 0841 FRACVL asserted"}},
		{"Egypt's prosecutor rejected his release on Monday.",
			[]string{"EGYJUD 120 - asserted"}},
		{"Turkey's President Recep Tayyip Erdogan ordered his release.", nil},
	}, false)
}
