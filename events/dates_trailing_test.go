package events_test

import "testing"

// TestTrailingDate dates the main verb by the day that closes its clause
// after a relative clause on its object ("shot dead a man who set off a
// device … on Tuesday"), as the gold sets do (the weekday rule; W36018,
// W38041, W46002, W46028, W46032); a claim keeps the publication date
// (the day is the claimed act's), and a month lends nothing. Published
// Saturday 2024-07-13.
func TestTrailingDate(t *testing.T) {
	checkDates(t, []dateCase{
		{"Nigerian troops freed 30 schoolgirls who had been kidnapped from a school in Zamfara state on Thursday.",
			[]string{"NGAMIL 0841 NGAEDU asserted 2024-07-11/day"}},
		{"Egyptian police arrested a blogger who criticised the president online on Wednesday, his lawyer said.",
			[]string{"EGYCOP 173 EGYCVL asserted 2024-07-10/day"}},
		{"Israeli soldiers shot dead a Palestinian man they said had tried to stab them at a checkpoint near Hebron on Tuesday.",
			[]string{"ISRMIL 190 PSECVL asserted 2024-07-09/day"}},
		{"Turkish police detained a journalist who had reported on the protests in Istanbul on Thursday.",
			[]string{"TURCOP 173 TURMED asserted 2024-07-11/day"}},
		// near miss: a claim's object clause has the claimed act's day
		{"Hamas said it was behind a rocket attack that hit Ashkelon on Tuesday.",
			[]string{"PSEREB 015 - asserted 2024-07-13/day"}},
		// near miss: a month lends nothing
		{"Indian police arrested a man who attacked a mosque in Delhi last month.",
			[]string{"INDCOP 173 INDCVL asserted 2024-07-13/day"}},
	})
}
