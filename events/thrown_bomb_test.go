package events_test

import "testing"

// TestThrownBomb: a petrol bomb, a firebomb or a Molotov cocktail thrown
// by armed or unnamed men is a bombing (183); a crowd's is its riot (145),
// and stones thrown by unnamed men are neither (thrown_bomb.go).
func TestThrownBomb(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Unidentified men threw a petrol bomb into the office of an opposition newspaper in Dhaka before dawn on Monday, setting fire to its printing room, the paper's editor said.", []string{"BGDUAF 183 BGDMED asserted"}},
		{"Gunmen hurled Molotov cocktails at a police station in Dhaka on Monday.", []string{"BGDUAF 183 BGDCOP asserted"}},
		{"Protesters threw petrol bombs at police in Dhaka on Monday.", []string{"BGDCVL 145 BGDCOP asserted"}},
		{"Unidentified men threw stones at a police station in Dhaka on Monday.", nil},
	}, false)
}
