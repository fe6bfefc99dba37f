package events_test

import "testing"

// TestYouthsBurning: youths of no armed group setting fire to cars or
// buildings riot (145), as a crowd does; "French youths set fire to more
// than 1,400 cars" gave nothing before (a destruction of property with no
// owner named, dropped). Armed youths still destroy property (1712).
// Invented sentences.
func TestYouthsBurning(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Youths in Athens smashed shop windows and set cars on fire on Monday.",
			[]string{"GRCCVL 145 - asserted"}},
		{"French youths set fire to more than 1,400 cars overnight into Sunday.",
			[]string{"FRACVL 145 - asserted"}},
		{"Youths in Lagos set fire to a police station on Monday.",
			[]string{"NGACVL 145 NGACOP asserted"}},
		// near miss: armed youths are an armed group
		{"Armed youths set fire to houses in a village in Kenya on Monday.",
			[]string{"KENUAF 1712 KEN asserted"}},
	}, false)
}
