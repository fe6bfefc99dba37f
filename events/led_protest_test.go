package events_test

import "testing"

// TestLedProtest codes a leader at the head of a crowd of supporters on
// the march ("led thousands of supporters through Seoul") as a
// demonstration (141) by the leader; leading troops, or supporters to
// victory, is no protest.
func TestLedProtest(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"South Korea's opposition leader Lee Jae-myung led thousands of supporters through central Seoul on Saturday against a deal with Japan.", []string{"KOROPP 141 KORGOV asserted"}},
		{"Kenyan opposition leader Raila Odinga led thousands of supporters into central Nairobi on Monday to demand electoral reform.", []string{"KENOPP 1412 KENGOV asserted"}},
		// near-misses: troops and a team led
		{"The general led thousands of troops into the city on Sunday.", nil},
		{"Kenyan opposition leader Raila Odinga led his supporters to victory on Monday.", nil},
	}, false)
}
