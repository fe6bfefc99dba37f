package events_test

import "testing"

// TestBetweenAheadOf codes a list of parties after "between" that "ahead
// of" follows (actors/phrase.go, modifies): the list's last party is an
// actor, not a name modifying "ahead", so the mediator's 045 goes to
// every party and the talks give the parties' 046 both ways. Before, the
// last party was dropped ("between Sudan and Chad ahead of a summit" gave
// QAT 045 SDN alone).
func TestBetweenAheadOf(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Uganda's president opened talks between Burundi's government and opposition parties ahead of a disputed election on Tuesday.",
			[]string{"UGAGOV 045 BDIGOV asserted", "UGAGOV 045 BDIOPP asserted", "BDIGOV 046 BDIOPP asserted", "BDIOPP 046 BDIGOV asserted"}},
		{"Qatar hosted talks between Sudan and Chad ahead of a regional summit on Sunday.",
			[]string{"QAT 045 SDN asserted", "QAT 045 TCD asserted", "SDN 046 TCD asserted", "TCD 046 SDN asserted"}},
		// unchanged: the parties as the subject
		{"Sudan and Chad held talks on Sunday ahead of a regional summit.",
			[]string{"SDN 046 TCD asserted", "TCD 046 SDN asserted"}},
	}, false)
}
