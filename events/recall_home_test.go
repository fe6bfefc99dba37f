package events_test

import "testing"

// TestCalledHome: an ambassador or envoy called home is recalled (161,
// verbs.txt "call … home"); a call to an ambassador is no recall.
func TestCalledHome(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Jordan called its envoy home from Israel on Wednesday in protest at Israeli police raids on Jerusalem's al-Aqsa mosque compound.", []string{"JOR 161 ISR asserted"}},
		{"Jordan called home its ambassador to Israel on Wednesday.", []string{"JOR 161 ISR asserted"}},
		{"Jordan's king called his ambassador to say he would return home soon.", nil},
	}, false)
}
