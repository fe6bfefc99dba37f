package events_test

import "testing"

// TestAuditInquiry checks, on sentences written for this test and gold
// dev60 W60050, that an audit begun, or a review of an election's
// ballots or tallies, is an inquiry (090, no target), and that a review
// of a policy is no event.
func TestAuditInquiry(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Experts from the Organization of American States began a review of tally sheets from Haiti's disputed presidential election on Wednesday.",
			[]string{"IGOLAMOAS 090 - asserted"}},
		{"The Organization of American States began an audit of the electronic voting system on Monday.",
			[]string{"IGOLAMOAS 090 - asserted"}},
		{"European Union observers started a review of the ballots in Kenya on Monday.",
			[]string{"IGOEUREEC 090 - asserted"}},
		// a policy reviewed is not an inquiry
		{"The Pentagon began a review of its nuclear posture on Monday.",
			nil},
	}, false)
}
