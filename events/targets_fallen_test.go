package events_test

import "testing"

// TestFallenOverPlace checks, on sentences written for this test, that
// an attack whose target came from a place phrase ("near Baghdad's
// airport", "on the southern suburbs of Beirut", "near Baquba") targets the leader
// the sentence names as killed, with the role held that day, and that
// a place stays the target when the victims are unnamed people.
func TestFallenOverPlace(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2020-01-04", []coverageCase{
		{"A U.S. missile strike near Baghdad's airport killed Iranian general Qassem Soleimani on Friday.",
			[]string{"USA 195 IRNMIL asserted"}},
	})
	checkDated(t, c, "2024-09-29", []coverageCase{
		{"Hezbollah said on Saturday its chief Hassan Nasrallah had been killed in an Israeli strike on the southern suburbs of Beirut.",
			[]string{"ISR 190 LBNREB asserted"}},
	})
	checkDated(t, c, "2006-06-08", []coverageCase{
		{"Abu Musab al-Zarqawi, al Qaeda's leader in Iraq, was killed in an American air strike near Baquba, Iraq's prime minister said.",
			[]string{"USAMIL 195 IRQREB asserted"}},
	})
	checkDated(t, c, "2024-08-02", []coverageCase{
		// near miss: unnamed victims, the place's state
		{"Israeli jets struck Khan Younis on Saturday, killing 20 people.",
			[]string{"ISRMIL 195 PSE asserted"}},
	})
}

// TestFallenVictimIsObject checks, on sentences written for this test,
// that a leader is the victim who replaces the place only as the object
// of the killing verb in its own clause: a leader who is the subject of
// a clause after "while", "after", "as" or "hours after", past an object
// already there ("killed 7 people"), is no target of the strike; the
// leader right after the verb is.
func TestFallenVictimIsObject(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-10", []coverageCase{
		{"A Russian missile hit Kharkiv and killed 7 people while Ukrainian President Volodymyr Zelenskiy was visiting Washington.",
			[]string{"RUSMIL 195 UKR asserted", "UKRGOV 042 USA asserted", "USA 043 UKRGOV asserted"}},
		{"Israeli jets bombed Khan Younis and killed 20 people after Hamas chief Yahya Sinwar rejected the truce.",
			[]string{"ISRMIL 195 PSE asserted", "PSEREB 1246 - asserted"}},
		{"An Israeli strike on Rafah killed 20 people hours after Hamas leader Yahya Sinwar rejected the truce.",
			[]string{"ISR 190 PSE asserted", "PSEREB 1246 - asserted"}},
		{"Russian missiles hit Kharkiv and killed 11 people as Ukrainian President Volodymyr Zelenskiy was visiting Washington.",
			[]string{"RUSMIL 195 UKR asserted", "RUSMIL 190 UKR asserted", "UKRGOV 042 USA asserted", "USA 043 UKRGOV asserted"}},
		{"Israeli warplanes bombed Khan Younis and killed 20 people when Hamas chief Yahya Sinwar rejected the truce.",
			[]string{"ISRMIL 195 PSE asserted", "PSEREB 1246 - asserted"}},
		// near miss: the leader is the verb's object
		{"Israeli jets bombed Khan Younis and killed Hamas commander Mohammed Deif.",
			[]string{"ISRMIL 195 PSEREB asserted"}},
	})
}

// TestFallenGroupLeaderOverPlace checks, on sentences written for this
// test, that the named leader of a transnational group (an IMG code, no
// country) killed by a strike replaces the place as its target, as a
// state's or a national group's leader does, and that the place stays
// when the leader is only the subject of a later clause.
func TestFallenGroupLeaderOverPlace(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-10", []coverageCase{
		{"A U.S. drone strike in Kabul killed al Qaeda leader Ayman Zawahiri on Sunday.",
			[]string{"USAMIL 1952 IMGMOSALQ asserted"}},
		{"A U.S. air strike in Idlib killed al Qaeda commander Abu Hamza Masri.",
			[]string{"USAMIL 195 IMGMOSALQ asserted"}},
		{"Al Qaeda commander Hamza Masri was killed by an American air strike in Idlib on Friday.",
			[]string{"USAMIL 195 IMGMOSALQ asserted"}},
		// near miss: the leader acts in a later clause; the place stays
		{"A U.S. drone strike in Kabul killed 10 civilians after al Qaeda leader Ayman Zawahiri issued a video.",
			[]string{"USAMIL 1952 AFG asserted"}},
	})
}
