package events_test

import "testing"

// TestTimeAsideSubject: a verb added by ", and" after a time clause set
// off by commas ("…, hours after X was sworn in, and praised …") shares
// the subject of the clause before the aside, not the aside's own
// (sources_time_aside.go); a ", and" with no aside before it keeps its
// ordinary reading.
func TestTimeAsideSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Paraguay's president broke off relations with Venezuela on Thursday, hours after Venezuela's president was sworn in for a second term, and praised the Venezuelan opposition.",
			[]string{"PRYGOV 161 VEN asserted", "PRYGOV 051 VENOPP asserted"}},
		{"Chile recalled its ambassador from Bolivia on Monday, two days after Bolivian troops crossed the border, and condemned La Paz.",
			[]string{"CHL 161 BOL asserted", "CHL 111 BOL asserted"}},
		// near miss: no aside; the second clause has its own subject
		{"Chile recalled its ambassador from Bolivia on Monday, and Bolivia condemned the move.",
			[]string{"CHL 161 BOL asserted", "BOL 111 CHL asserted"}},
	}, false)
}
