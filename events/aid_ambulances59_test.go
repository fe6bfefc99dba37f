package events_test

import "testing"

// TestAmbulancesAsAid codes ambulances and generators handed over or
// sent to a state as humanitarian aid (073, $HUM_AID of data/verbs.txt),
// where "handed over" alone read as a handover of people (063); a person
// handed over stays 063, and ambulances sent with no recipient are no
// event.
func TestAmbulancesAsAid(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Poland handed over 25 ambulances and two field hospitals to Ukraine's health ministry on Wednesday.",
			[]string{"POL 073 UKRGOV asserted"}},
		{"Japan sent 40 generators to Tonga on Monday.",
			[]string{"JPN 073 TON asserted"}},
		// near misses
		{"Poland handed over a suspected smuggler to Ukraine on Wednesday.",
			[]string{"POL 063 UKR asserted"}},
		{"Police sent ambulances to the scene of the blast on Monday.",
			nil},
	}, false)
}
