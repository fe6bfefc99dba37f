package events_test

import "testing"

// TestBoardedShip: a ship boarded by police, troops or coast guards is
// seized (171, events/data/verbs.txt); passengers boarding one are no
// event.
func TestBoardedShip(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Greek coast guards boarded a Turkish cargo ship off Crete on Friday.",
			[]string{"GRCMIL 171 TUR asserted"}},
		{"Estonian police boarded a tanker in the Baltic Sea on Sunday.",
			[]string{"ESTCOP 171 - asserted"}},
		{"Hundreds of pilgrims boarded a ship in Jeddah on Friday.",
			nil},
	}, false)
}
