package events_test

import "testing"

// protestMannerCases: a protest whose manner a participle after a comma
// tells as violent ("rallied …, hurling stones") is one event, the 145
// (protest_manner.go). Near misses: a rally with no violent participle,
// and a violent act in a clause of its own, keep their events.
var protestMannerCases = []familyCase{
	{"manner", "Thousands of Kenyans rallied outside parliament in Nairobi on Monday, hurling stones at the building.", []string{"KENCVL 145 KENLEG asserted"}},
	{"manner", "Hundreds of Serbian protesters besieged the U.S. embassy in Belgrade on Sunday, throwing eggs and bottles.", []string{"SRBCVL 145 USA asserted"}},
	// near misses
	{"near-miss", "Thousands of Kenyans rallied outside parliament in Nairobi on Monday.", []string{"KENCVL 141 KENLEG asserted"}},
	{"near-miss", "Thousands of Kenyans rallied outside parliament in Nairobi on Monday, and police fired tear gas at them.", []string{"KENCVL 141 KENLEG asserted", "KENCOP 175 KENCVL asserted"}},
}

// TestProtestManner codes each case of protestMannerCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestProtestManner(t *testing.T) { checkFamilies(t, "", protestMannerCases, false) }
