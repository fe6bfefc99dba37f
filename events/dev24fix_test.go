// dev24fix_test.go checks, on sentences written for these tests, the
// constructions helper d24fix52 added while reading the dev24 wire set:
// each case is invented wording, never a gold sentence.
package events_test

import "testing"

// TestFaithProtesters checks that a faith's adjective before protesters
// or demonstrators (actors/data/agents.txt) leaves them ordinary people
// (CVL) of the state the sentence places them in, as "angry protesters".
func TestFaithProtesters(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Police in Pakistan clashed with Islamist protesters in Lahore on Friday.", []string{"PAKCOP 190 PAKCVL asserted", "PAKCVL 190 PAKCOP asserted"}},
		{"Egyptian police fired tear gas at Christian demonstrators in Cairo on Sunday.", []string{"EGYCOP 175 EGYCVL asserted"}},
	}, false)
}
