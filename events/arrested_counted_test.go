package events_test

import "testing"

// TestArrestedCountedSuspectedKin: a state's arrest of unnamed people
// told with "suspected", a people's name no dictionary codes or a count
// word with "of" gives the state's own civilians, as "a man" does; bare
// suspects, a named group's members and a named leader's supporters keep
// what they had.
func TestArrestedCountedSuspectedKin(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Uzbek police detained 15 suspected members of an outlawed religious group in Andijan on Monday.", []string{"UZBCOP 173 UZBCVL asserted"}},
		{"Bosnian police arrested a Croat man in Mostar on Friday over the beating of a taxi driver.", []string{"BIHCOP 173 BIHCVL asserted"}},
		{"Chinese police detained two Uighur women at a checkpoint outside Kashgar on Sunday.", []string{"CHNCOP 173 CHNCVL asserted"}},
		{"Egyptian police detained hundreds of young men in Alexandria on Thursday.", []string{"EGYCOP 173 EGYCVL asserted"}},
		{"Tunisian police arrested a returnee at Tunis airport on Wednesday.", []string{"TUNCOP 173 TUNCVL asserted"}},
		// near misses: suspects stay no one; a named group or leader keeps its code
		{"Kenyan police arrested seven suspects in Mombasa on Saturday.", []string{"KENCOP 173 - asserted"}},
		{"Turkish police detained 20 suspected members of the PKK in Diyarbakir on Monday.", []string{"TURCOP 173 TURREB asserted"}},
		{"Russian police detained dozens of Navalny supporters in Moscow on Sunday.", []string{"RUSCOP 173 - asserted"}},
		{"Indonesian police arrested five suspected militants in Solo on Tuesday.", []string{"IDNCOP 173 IDNREB asserted"}},
	}, false)
}
