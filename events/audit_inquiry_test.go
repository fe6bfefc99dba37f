package events_test

import "testing"

// TestAuditInquiry checks, on sentences written for this test and gold
// dev60 W60050, that an audit or a review begun of an election, its
// ballots, votes, tallies or voting system is an inquiry (090, no
// target), and that a review of a policy or of a bank's test results is
// no event.
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
		{"The Nigerian central bank began a review of the results of its stress tests.",
			nil},
		{"European Union observers began a review of the election results in Malawi on Monday.",
			[]string{"IGOEUREEC 090 - asserted"}},
	}, false)
}
