package events_test

import "testing"

// TestDirectorTitle: an organisation's director acts for it as its chief
// or head does, after a possessive, before "of" and in an apposition; a
// sentence naming a director and a "series" of conflict acts is news, not
// an entertainment item set aside. Each line is "SOURCE CAMEO TARGET
// status".
func TestDirectorTitle(t *testing.T) {
	const pub = "2025-05-07"
	checkPublished(t, newCoder(t), []datedCase{
		{pub, "Human Rights Watch's director criticised Russia.", []string{"NGOHRIHRW 111 RUS asserted"}},
		{pub, "Amnesty International's director condemned Egypt on Tuesday.", []string{"NGOHRIAMN 111 EGY asserted"}},
		{pub, "The director of Human Rights Watch accused Israel of war crimes.", []string{"NGOHRIHRW 112 ISR asserted"}},
		{pub, "The director of the CIA warned Iran on Monday.", []string{"USASPY 130 IRN asserted"}},
		{pub, "Nadim Houry, the director at Human Rights Watch, investigated a series of airstrikes.", []string{"NGOHRIHRW 093 - asserted"}},
		{pub, "Leila Sabet, director of Amnesty International, investigated a series of bombings in Syria.", []string{"NGOHRIAMN 093 - asserted"}},
	})
}
