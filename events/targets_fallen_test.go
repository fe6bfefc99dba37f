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
