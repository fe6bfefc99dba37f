package events_test

import "testing"

// TestDateOwnedByNounAgent: a date after the agent of an event noun that
// a verb pattern reads whole ("an investigation into the killing of … by
// Indonesian troops in 1975") is the noun's, not the investigation's
// (W39013); a day counted back from another ("a day earlier") after a
// noun's agent is the noun's event's. The near misses: a weekday after
// the agent stays the verb's, and a year with no agent before it is the
// verb's nearest date as before. Publication date Friday 2025-03-14.
func TestDateOwnedByNounAgent(t *testing.T) {
	c := newCoder(t)
	checkDatedCases(t, c, "2025-03-14", []pubCase{
		{"", "Dutch police said on Wednesday they had begun an investigation into the killing of two journalists by Serbian troops in Kosovo in 1999.",
			[]string{"NLDCOP 093 SRBMIL asserted 2025-03-12 day text"}},
		{"", "Ethiopian and Somali troops began joint patrols near Beledweyne on Thursday, as Somalia's president condemned the massacre of 12 villagers by al-Shabaab fighters near the town a day earlier.",
			[]string{"ETHMIL 062 SOMMIL asserted 2025-03-13 day text", "SOMMIL 062 ETHMIL asserted 2025-03-13 day text",
				"SOMGOV 111 SOMREB asserted 2025-03-13 day text", "SOMREB 202 SOMCVL asserted 2025-03-12 day text"}},
		// near miss: a weekday after the agent is the verb's
		{"", "Dutch police said they had begun an investigation into the killing of two journalists by Serbian troops on Wednesday.",
			[]string{"NLDCOP 093 SRBMIL asserted 2025-03-12 day text"}},
	})
}
