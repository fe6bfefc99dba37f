package events_test

import "testing"

// TestPoliceInNamedTown checks, on sentences written for this test, that
// police or a court placed "in the city of X" or "in the Chinese city of
// X" are that place's state's, as "police in X" are (placeref.go
// namedTownCountry), not the state named earlier in the sentence. Near
// miss: "the Chinese city" with no name after it places no one.
func TestPoliceInNamedTown(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Taiwan condemned the arrest of a businessman by police in the Chinese city of Xiamen on Friday.",
			[]string{"TWN 111 CHNCOP asserted 2024-07-12", "CHNCOP 173 TWNBUS asserted 2024-07-12"}},
		{"Taiwan condemned the arrest of a businessman by police in the city of Xiamen on Friday.",
			[]string{"TWN 111 CHNCOP asserted 2024-07-12", "CHNCOP 173 TWNBUS asserted 2024-07-12"}},
		{"Taiwan criticised the court in the Chinese city of Xiamen on Friday.",
			[]string{"TWN 111 CHNJUD asserted 2024-07-12"}},
		// near miss
		{"Taiwan condemned the arrest of a businessman by police in the Chinese city on Friday.",
			[]string{"TWN 111 - asserted 2024-07-12", "TWNCOP 173 TWNBUS asserted 2024-07-12"}},
	}, true)
}
