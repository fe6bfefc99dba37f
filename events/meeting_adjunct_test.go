package events_test

import "testing"

// TestMeetingAdjunct: ", at a meeting …" after a clause with two parties
// (a joined subject, or the teller and the one told) is their meeting
// (meeting_adjunct.go); a clause with one party gives none.
func TestMeetingAdjunct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chile and Argentina agreed on Tuesday to open a new border crossing, at a meeting in Mendoza.",
			[]string{"CHL 0311 ARG future", "ARG 0311 CHL future", "CHL 040 ARG asserted", "ARG 040 CHL asserted"}},
		{"Kenya's president told his Tanzanian counterpart on Friday that he backed the pipeline, at their first meeting since the election.",
			[]string{"KENGOV 040 TZAGOV asserted", "TZAGOV 040 KENGOV asserted"}},
		{"Chile said on Tuesday it would open a new border crossing with Bolivia, at a meeting of regional ministers.",
			[]string{"CHL 0311 BOL future"}},
	}, false)
}
