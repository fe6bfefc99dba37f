package events_test

import "testing"

// TestCyberTargets: a cyberattack told with a relative clause of what it
// did is aimed at the state of the place hit or at the body whose systems
// were (targets_cyber.go); one that names no one is still dropped.
func TestCyberTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iranian hackers carried out a cyberattack that disrupted power grids in southern Azerbaijan, officials said on Monday.",
			[]string{"IRNCRM 176 AZE asserted"}},
		{"Belarusian hackers staged a cyberattack that took the website of Lithuania's parliament offline.",
			[]string{"BLRCRM 176 LTULEG asserted"}},
		{"Chinese hackers carried out a cyberattack that crippled Vietnamese government servers.",
			[]string{"CHNCRM 176 VNMGOV asserted"}},
		{"Ukrainian hackers carried out a cyberattack that knocked the booking site of Russian Railways offline, officials said.",
			[]string{"UKRCRM 176 RUSBUS asserted"}},
		// no one named in the clause: no target, no event
		{"Russian hackers carried out a cyberattack that caused chaos, officials said.", nil},
	}, false)
}
