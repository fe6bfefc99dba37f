package events_test

import "testing"

// TestResignDemand: an officeholder told or ordered to resign or step
// down is a demand for a change in leadership (1041).
func TestResignDemand(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Fiji's military commander told Fiji's prime minister to resign on Monday.",
			[]string{"FJIMIL 1041 FJIGOV asserted"}},
		{"Peru's Congress ordered Peru's interior minister on Tuesday to step down.",
			[]string{"PERLEG 1041 PERGOV asserted"}},
	}, false)
}
