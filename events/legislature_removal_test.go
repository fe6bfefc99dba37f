package events_test

import "testing"

// TestLegislatureRemoval: a legislature that impeaches an officeholder or
// removes one from office takes legal action against the person (173);
// a president removing a minister and prosecutors indicting an
// "impeached" president do not impeach ("legislature" patterns of
// events/data/verbs.txt, source_kind.go).
func TestLegislatureRemoval(t *testing.T) {
	checkDyads(t, newCoder(t), "2024-06-12", []dyadCase{
		{"Ecuador's National Assembly removed President Daniel Noboa from office on Friday.", []string{"ECULEG 173 ECUGOV"}},
		{"Guatemala's Congress impeached President Bernardo Arevalo on Tuesday over a bribery scheme.", []string{"GTMLEG 173 GTMGOV"}},
		{"Bolivia's Senate voted on Monday to remove President Luis Arce over the fraud allegations.", []string{"BOLLEG 173 BOLGOV"}},
		{"Kenya's president removed his finance minister from office on Monday.", nil},
	})
}
