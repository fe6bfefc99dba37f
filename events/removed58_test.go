package events_test

import "testing"

// TestKilledAfterRemoval checks, on sentences written for this test,
// that a person killed days after the role ended (removed from office
// first) is no leader fallen in office, though the end lies in the week
// before the story: Jang Song Thaek, removed by North Korea's Politburo
// on Sunday 2013-12-08, was shot on Thursday 2013-12-12, when he was
// North Korea alone, like the state that shot him (one actor twice: no
// event). Near misses: an arrest on the removal day keeps the role; a
// killing told on the day after the last day in office keeps it too.
func TestKilledAfterRemoval(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2013-12-13", []coverageCase{
		{"North Korea executed Jang Song Thaek in Pyongyang on Thursday.", nil},
		{"North Korea arrested Jang Song-taek in Pyongyang on Sunday.",
			[]string{"PRK 173 PRKGOV asserted"}},
	})
	checkDated(t, c, "2024-09-29", []coverageCase{
		{"Hezbollah confirmed on Saturday that Hassan Nasrallah had been killed in an Israeli strike.",
			[]string{"ISR 190 LBNREB asserted"}},
	})
}
