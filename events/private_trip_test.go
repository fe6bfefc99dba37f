package events_test

import "testing"

// TestPrivateTrip codes no visit for a trip the sentence calls a medical
// or holiday trip; a state visit stays 042 and 043.
func TestPrivateTrip(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zambia's president left for his medical treatment trip to the United States on Sunday.", nil},
		{"Zambia's president left for a holiday trip to South Africa on Sunday.", nil},
		// near-miss: a state visit
		{"Zambia's president left for a state visit to South Africa on Sunday.", []string{"ZMBGOV 042 ZAF asserted", "ZAF 043 ZMBGOV asserted"}},
	}, false)
}
