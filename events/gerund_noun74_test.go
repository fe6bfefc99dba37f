package events_test

import "testing"

// TestCoordinatedGerundNoun: an -ing form joined to a noun by "and" and
// followed by "of" ("the abduction and killing of a fisherman") is a
// nominal, as "the killing of" is: no killing by the clause's subject.
func TestCoordinatedGerundNoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Greece recalled its ambassador to Ankara on Monday over the inquiry into the abduction and killing of a Greek fisherman in Turkey.",
			[]string{"GRC 161 TUR asserted"}},
		{"Greece recalled its ambassador to Ankara on Monday over the killing of a Greek fisherman.",
			[]string{"GRC 161 TUR asserted"}},
		// a noun conjunct not right after "the": the subject's own act
		// (review74b)
		{"The Syrian army stepped up its air strikes and shelling of rebel positions in Idlib on Monday.",
			[]string{"SYRMIL 194 SYRREB asserted"}},
	}, false)
}
