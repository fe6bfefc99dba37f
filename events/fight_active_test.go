package events_test

import "testing"

// TestFightActive: an active killing "in a gunfight" (firefight, gun
// battle) is fighting with small arms (193), as the passive "was killed
// in a firefight with" is. A killing in a raid or a shootout stays 190.
func TestFightActive(t *testing.T) {
	checkPublishedLines(t, newCoder(t), []datedCase{
		{"2024-05-01", "Israeli troops killed a gunman in a firefight on Tuesday.",
			[]string{"ISRMIL 193 ISRUAF asserted"}},
		{"2024-05-01", "Mexican police killed 12 cartel gunmen in a brief gun battle in Sinaloa.",
			[]string{"MEXCOP 193 MEXCRM asserted"}},
		{"2024-05-01", "A gunman was killed in a firefight with Israeli troops on Tuesday.",
			[]string{"ISRMIL 193 ISRUAF asserted"}},
		// near misses: a raid, and a firefight after the place
		{"2024-05-01", "Israeli troops killed two gunmen in a raid in Jenin.",
			[]string{"ISRMIL 190 PSEUAF asserted"}},
		{"2024-05-01", "Israeli troops killed two gunmen in Jenin after a firefight.",
			[]string{"ISRMIL 190 PSEUAF asserted"}},
	}, false)
}
