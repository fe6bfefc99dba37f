package events_test

import "testing"

// TestLeaderSupporters codes a leader's supporters acting as the leader's
// state's people (CVL), or its opposition (OPP) for an opposition leader,
// not as the leader; the leader acting alone keeps the leader's code.
func TestLeaderSupporters(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2023-01-10", "Supporters of Jair Bolsonaro stormed Brazil's Congress on Sunday.",
			[]string{"BRACVL 145 BRALEG asserted"}},
		{"2023-01-10", "Supporters of Jair Bolsonaro marched in Brasilia on Sunday.",
			[]string{"BRACVL 141 - asserted"}},
		{"2023-05-10", "Supporters of Imran Khan stormed a military compound in Lahore on Tuesday.",
			[]string{"PAKOPP 145 PAKMIL asserted"}},
		{"2023-01-10", "Jair Bolsonaro criticised the court on Sunday.",
			[]string{"BRA 111 BRAJUD asserted"}},
	})
}
