package events_test

import "testing"

// TestClockTimesAndWeekends codes team-written wire sentences and checks
// every event exactly (source, code, target, status, date, precision,
// where the date came from): "after"/"before" a clock time ("shortly
// after 10 p.m. Sunday", "just before dawn on Sunday") opens no clause, so
// the date written with it is the act's, fronted or at the clause's end;
// a fronted date after "But"/"And" dates its clause; "over the weekend",
// "at the weekend", "last weekend" give the month of the weekend's
// Saturday (precisions stop at the month, as for "last week").
func TestClockTimesAndWeekends(t *testing.T) {
	c := newCoder(t)
	checkDatedCases(t, c, "", []pubCase{
		{"2017-10-02", "Shortly after 10 p.m. Sunday night, Syrian troops shelled the town of Douma.",
			[]string{"SYRMIL 194 SYRCVL asserted 2017-10-01 day text"}},
		{"2017-10-02", "After midnight on Saturday, Turkish jets bombed Kurdish positions in northern Iraq.",
			[]string{"TURMIL 195 IRQ asserted 2017-09-30 day text"}},
		{"2017-10-02", "Just before dawn on Sunday, Israeli troops raided the Jenin refugee camp.",
			[]string{"ISRMIL 190 PSE asserted 2017-10-01 day text"}},
		{"2017-10-02", "Nigerian soldiers attacked a Boko Haram camp shortly after 2 a.m. on Saturday.",
			[]string{"NGAMIL 190 NGAREB asserted 2017-09-30 day text"}},
		// a conjunction before a fronted date
		{"2017-10-02", "But on Sunday night, Ukrainian drones struck an oil depot in Russia's Belgorod region.",
			[]string{"UKRMIL 1952 RUS asserted 2017-10-01 day text"}},
		{"2017-10-02", "And on Saturday, Chinese warships sailed through the Taiwan Strait.",
			[]string{"CHNMIL 150 TWN asserted 2017-09-30 day text"}},
		// near misses: after an occasion, the date is the occasion's
		{"2017-10-02", "Syrian troops shelled the town of Douma after talks on Sunday.",
			[]string{"SYRMIL 194 SYRCVL asserted 2017-10-02 day published"}},
		{"2017-10-02", "After talks on Sunday, Syrian troops shelled the town of Douma.",
			[]string{"SYRMIL 194 SYRCVL asserted 2017-10-02 day published"}},
		{"2017-10-02", "Israeli troops raided the Jenin refugee camp after the vote on Saturday.",
			[]string{"ISRMIL 190 PSE asserted 2017-10-02 day published"}},
		// the weekend: the month of its Saturday (Monday 2024-07-01: June 29;
		// Wednesday 2024-07-10: July 6; "last weekend" on Saturday 2024-07-06: June 29)
		{"2024-07-01", "Ethiopian security forces killed nearly 100 protesters in the Oromiya region over the weekend.",
			[]string{"ETHCOP 175 ETHCVL asserted 2024-06 month text"}},
		{"2024-07-10", "Gaza militants fired rockets into Israel over the weekend, health officials said.",
			[]string{"PSEREB 194 ISR asserted 2024-07 month text"}},
		{"2024-07-10", "At the weekend, Russian police detained more than 400 people at vigils for Navalny.",
			[]string{"RUSCOP 173 RUSCVL asserted 2024-07 month text"}},
		{"2024-07-06", "Serbian police arrested 30 protesters in Belgrade last weekend.",
			[]string{"SRBCOP 173 SRBCVL asserted 2024-06 month text"}},
		{"2024-07-10", "Chinese coast guard ships fired water cannon at Philippine vessels during the weekend.",
			[]string{"CHNMIL 175 PHL asserted 2024-07 month text"}},
		// a plan next weekend takes the statement's date; "spent the weekend" is no date of an act
		{"2024-07-10", "Iran's foreign minister will visit Baghdad next weekend.",
			[]string{"IRNGOV 036 IRQ future 2024-07-10 day published"}},
		{"2024-07-10", "Iran's foreign minister spent the weekend in Baghdad.",
			[]string{}},
	})
}
