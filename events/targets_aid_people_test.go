package events_test

import "testing"

// TestAidForPeople: aid sent to a region of a state for its people is aid
// to the state's civilians; aid sent to the state itself for them keeps
// the state, as the gold sets code it.
func TestAidForPeople(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"India sent 30 tonnes of medicine to Nepal's Koshi province on Monday for families hit by landslides.", []string{"IND 073 NPLCVL asserted"}},
		{"Japan flew tents to Turkey for survivors of the earthquake.", []string{"JPN 073 TUR asserted"}},
	}, false)
}
