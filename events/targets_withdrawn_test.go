package events_test

import "testing"

// TestStateWithdrawnFromTreaty checks "LEADER withdrew STATE from X":
// the state taken out is the leader's own, no target; the body left is
// one, and so are a treaty's other parties when named. A capital naming
// a treaty ("the Paris climate agreement") is no party; a state naming
// one ("the Iran nuclear deal") is.
func TestStateWithdrawnFromTreaty(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Putin withdrew Russia from the treaty.",
			[]string{"RUSGOV 160 - asserted"}},
		{"Lukashenko withdrew Belarus from the arms control treaty.",
			[]string{"BLRGOV 160 - asserted"}},
		{"President Ibrahim Traore withdrew Burkina Faso from the regional bloc on Sunday.",
			[]string{"BFAGOV 160 - asserted"}},
		{"The Kremlin pulled Russia out of the grain deal with Ukraine.",
			[]string{"RUSGOV 160 UKR asserted"}},
		{"Putin withdrew Russia from the Council of Europe.",
			[]string{"RUSGOV 160 IGOEURCOE asserted"}},
		{"Milei took Argentina out of the World Health Organization.",
			[]string{"ARGGOV 160 IGOUNOWHO asserted"}},
		{"Trump pulled the United States out of the Paris climate agreement.",
			[]string{"USA 160 - asserted"}},
		// near misses: a named party stays the target
		{"The United States withdrew from the nuclear deal with Iran.",
			[]string{"USA 160 IRN asserted"}},
		{"Russia withdrew its ambassador from Moldova.",
			[]string{"RUS 161 MDA asserted"}},
		{"Mali, Niger and Burkina Faso withdrew from ECOWAS.",
			[]string{"MLI 160 IGOWAFECO asserted", "NER 160 IGOWAFECO asserted", "BFA 160 IGOWAFECO asserted"}},
	}, false)
}
