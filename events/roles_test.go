package events_test

import (
	"testing"
)

// TestPhoneTo codes roles.go's phoneEnd: "spoke on the telephone to X"
// is a call with X, each way, as "spoke to X" and "spoke on the phone
// with X" are; "spoke on the telephone" with no one named keeps none.
func TestPhoneTo(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya's president spoke on the telephone to Tanzanian President Samia Suluhu Hassan on Monday.",
			[]string{"KENGOV 041 TZAGOV asserted", "TZAGOV 041 KENGOV asserted"}},
		{"Kenya's president spoke on the phone with Tanzanian President Samia Suluhu Hassan on Monday.",
			[]string{"KENGOV 041 TZAGOV asserted", "TZAGOV 041 KENGOV asserted"}},
		{"Kenya's president spoke on the telephone on Monday.",
			[]string{"KENGOV 041 - asserted"}},
	}, false)
}
