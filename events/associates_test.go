package events_test

import "testing"

// TestPossessedAssociate: a leader's former aide, relative or lawyer
// named by the leader's possessive is of the leader's country but no
// government (associates.go); a serving spokesman or aide speaks for the
// leader and keeps the leader's code.
func TestPossessedAssociate(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2025-06-05", "Colombian President Gustavo Petro's former aide accused Ecuador on Tuesday of meddling in the vote.",
			[]string{"COL 112 ECU asserted"}},
		{"2025-06-05", "Gustavo Petro's son criticised Ecuador on Tuesday.", []string{"COL 111 ECU asserted"}},
		{"2025-06-05", "Gustavo Petro's lawyer criticised Ecuador on Tuesday.", []string{"COL 111 ECU asserted"}},
		{"2025-06-05", "Gustavo Petro's former spokeswoman criticised Ecuador on Tuesday.", []string{"COL 111 ECU asserted"}},
		// controls: the serving spokesman and aide speak for the president
		{"2025-06-05", "Gustavo Petro's spokesman criticised Ecuador on Tuesday.", []string{"COLGOV 111 ECU asserted"}},
		{"2025-06-05", "Gustavo Petro's aide criticised Ecuador on Tuesday.", []string{"COLGOV 111 ECU asserted"}},
	})
}
