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
		// a participle after a plural noun (W56041), a finite "as"
		// clause of the same time (W54054, README item 34), a purpose
		// infinitive after the day (W48014)
		{"Zambian police fired tear gas at crowds protesting against power cuts in Lusaka on Wednesday.",
			[]string{"ZMBCOP 175 ZMBCVL asserted 2024-07-10/day", "ZMBCVL 141 ZMBGOV asserted 2024-07-10/day"}},
		{"Georgian riot police beat protesters as they cleared a sit-in in central Tbilisi on Friday.",
			[]string{"GEOCOP 175 GEOCVL asserted 2024-07-12/day"}},
		{"Kenyan police arrested 40 nurses who gathered outside the health ministry on Thursday to demand wages promised last year.",
			[]string{"KENCOP 173 KENHLH asserted 2024-07-11/day", "KENHLH 1412 KENGOV asserted 2024-07-11/day"}},
		// a participle after a people's name the tagger reads as
		// singular (W62022), and a gerund after "began" (W61020)
		{"Chinese police opened fire on Uighurs protesting outside a mosque in Kashgar on Wednesday, killing at least two.",
			[]string{"CHNCOP 175 CHNCVL asserted 2024-07-10/day", "CHNCVL 141 - asserted 2024-07-10/day"}},
		{"The World Food Programme began distributing food to some 50,000 people displaced by fighting in eastern Congo on Wednesday.",
			[]string{"IGOUNOWFP 073 CODREF asserted 2024-07-10/day"}},
		{"The Red Cross started delivering medicine to villagers displaced by fighting in eastern Congo on Wednesday.",
			[]string{"NGOHLHIRC 073 CODREF asserted 2024-07-10/day"}},
		// near misses: "as" before a noun phrase alone, a singular noun's
		// participle
		{"Kenyan police arrested 40 nurses as a warning to striking staff in Nairobi on Thursday.",
			[]string{"KENCOP 173 KENHLH asserted 2024-07-13/day"}},
		// near miss: a claim's object clause has the claimed act's day
		{"Hamas said it was behind a rocket attack that hit Ashkelon on Tuesday.",
			[]string{"PSEREB 015 - asserted 2024-07-13/day"}},
		// near miss: a month lends nothing
		{"Indian police arrested a man who attacked a mosque in Delhi last month.",
			[]string{"INDCOP 173 INDCVL asserted 2024-07-13/day"}},
	})
}
