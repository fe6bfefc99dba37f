package events_test

import "testing"

// TestLeaderFallenInOffice checks, on sentences written for this test,
// that a leader killed, assassinated, slain or shot dead in the week
// before the story (the dictionary range ends on the day of the death)
// is the target with the role held up to that day, active and passive,
// named bare, with a title or as "X's leader", and that one arrested on
// the day the range ends keeps the role that day; near misses: a leader
// out of office long before the killing, an arrest days after the end,
// the same killing told a year later.
func TestLeaderFallenInOffice(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-10-18", []coverageCase{
		{"Yahya Sinwar was killed by Israeli troops in Rafah on Wednesday, the army said.",
			[]string{"ISRMIL 190 PSEREB asserted"}},
		{"Israeli soldiers shot dead Yahya Sinwar in Rafah on Wednesday, the army said.",
			[]string{"ISRMIL 190 PSEREB asserted"}},
	})
	checkDated(t, c, "2024-08-01", []coverageCase{
		{"Israel assassinated Ismail Haniyeh in Tehran on Wednesday, Iranian officials said.",
			[]string{"ISR 186 PSEREB asserted"}},
		{"Ismail Haniyeh was assassinated by Israel in Tehran on Wednesday, Iran said.",
			[]string{"ISR 186 PSEREB asserted"}},
	})
	checkDated(t, c, "2024-09-28", []coverageCase{
		{"Israeli warplanes killed Hassan Nasrallah in Beirut on Friday.",
			[]string{"ISRMIL 195 LBNREB asserted"}},
	})
	checkDated(t, c, "2024-09-30", []coverageCase{
		{"Israel's military said it killed Hassan Nasrallah, the leader of Hezbollah, in Beirut on Friday.",
			[]string{"ISRMIL 186 LBNREB asserted"}},
	})
	checkDated(t, c, "2024-07-14", []coverageCase{
		{"The Israeli military said on Saturday that its jets had killed Mohammed Deif in Khan Younis.",
			[]string{"ISRMIL 195 PSEREB asserted"}},
	})
	checkDated(t, c, "2021-05-25", []coverageCase{
		// arrested on the day the range ends: the end day counts
		{"Soldiers arrested Bah N'Daw at a military camp outside Bamako.",
			[]string{"MLIMIL 173 MLIGOV asserted"}},
	})
	// near misses
	checkDated(t, c, "2021-05-27", []coverageCase{
		// an arrest told two days after the range ended
		{"Soldiers arrested Bah N'Daw at a military camp outside Bamako.",
			[]string{"MLIMIL 173 MLI asserted"}},
	})
	checkDated(t, c, "2011-10-21", []coverageCase{
		// out of office two months before he was killed
		{"Libyan fighters killed Muammar Gaddafi in Sirte on Thursday.",
			[]string{"LBYREB 186 LBY asserted"}},
	})
	checkDated(t, c, "2024-08-02", []coverageCase{
		// the role ended three weeks before the story
		{"The Israeli military said on Thursday that its jets had killed Mohammed Deif in Khan Younis.",
			[]string{"ISRMIL 195 PSE asserted"}},
	})
}

// TestTransnationalLeaderFallen checks, on sentences written for this
// test, that the leader of a transnational group (al Qaeda, Islamic
// State: IMG codes, no country of their own) killed in the week before
// the story is the target with the group's code, though the dictionary
// range ended with the death and the sentence names a place the leader
// would otherwise take; near misses: the same killing told a year later
// keeps the place, and a leader alive in his role acts with the group's
// code.
func TestTransnationalLeaderFallen(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2011-05-02", []coverageCase{
		{"Osama bin Laden was killed by U.S. commandos in Pakistan.",
			[]string{"USAMIL 190 IMGMOSALQ asserted"}},
		{"Osama bin Laden was shot dead by U.S. Navy SEALs in Abbottabad on Monday.",
			[]string{"USAMIL 190 IMGMOSALQ asserted"}},
	})
	checkDated(t, c, "2022-08-01", []coverageCase{
		{"Ayman al-Zawahiri was killed by a U.S. drone strike in Kabul on Sunday.",
			[]string{"USAMIL 1952 IMGMOSALQ asserted"}},
	})
	checkDated(t, c, "2019-10-27", []coverageCase{
		{"Abu Bakr al-Baghdadi was killed by U.S. special forces in Syria.",
			[]string{"USAMIL 190 IMGMOSISL asserted"}},
	})
	// near misses
	checkDated(t, c, "2012-05-02", []coverageCase{
		{"Osama bin Laden was killed by U.S. commandos in Pakistan.",
			[]string{"USAMIL 190 PAK asserted"}},
	})
	checkDated(t, c, "2010-01-24", []coverageCase{
		{"Osama bin Laden threatened the United States in a new video.",
			[]string{"IMGMOSALQ 130 USA asserted"}},
		{"Al Qaeda leader Ayman al-Zawahiri urged Muslims to attack American interests.",
			[]string{"IMGMOSALQ 020 - asserted"}},
	})
}
