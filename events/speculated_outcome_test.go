package events_test

import "testing"

// TestSpeculatedOutcome: an act told as what something could bring about
// ("could lead to", "could prompt X to") is no event (speculated_outcome.go);
// the speaker's own warning before the clause stays.
func TestSpeculatedOutcome(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Arming the Kurdish militia might well lead to fresh fighting between the YPG and Syrian government troops.", nil},
		{"Sending more troops to the border could in time lead to clashes between Armenian and Azerbaijani forces.", nil},
		{"Diplomats fear the blockade could prompt Egypt to close the Rafah crossing for weeks.", nil},
		{"Hezbollah warned the Lebanese government on Friday that disarming the group by force would drag the country into civil war.",
			[]string{"LBNREB 130 LBNGOV asserted"}},
	}, false)
}

// TestCharacterisingNouns: an act noun that only modifies a noun of
// claims or findings ("the genocide allegations", "the U.N. genocide
// determination") tells no act (falseevents.go modifierNoun); the
// rejection is coded, and an accusation of the act keeps it alleged.
func TestCharacterisingNouns(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Myanmar's junta rejected the genocide allegations on Tuesday, calling them fabricated.",
			[]string{"MMRGOV 016 - asserted"}},
		{"The Rohingya rejected the U.N. genocide determination on Friday.", nil},
		{"Gambia accused Myanmar of genocide at the International Court of Justice on Monday.",
			[]string{"GMB 112 MMR asserted", "MMR 202 MMRCVL alleged"}},
	}, false)
}
