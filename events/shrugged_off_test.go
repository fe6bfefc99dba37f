package events_test

import "testing"

// TestShruggedOff: fears shrugged off are an optimistic comment (013),
// questions shrugged off a comment declined (011), anything else
// shrugged off a rejection (120) (data/verbs.txt).
func TestShruggedOff(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Britain's finance minister shrugged off economy fears on Monday.", []string{"GBRGOV 013 - asserted"}},
		{"A senior White House official shrugged off questions about the rift on Tuesday.", []string{"USAGOV 011 - asserted"}},
		{"The Kenyan president brushed aside concerns about the debt on Monday.", []string{"KENGOV 013 - asserted"}},
		{"North Korea shrugged off new US sanctions on Monday.", []string{"PRK 120 USA asserted"}},
	}, false)
}
