package events_test

import "testing"

// TestOwnCountryNamedNoTarget: a state organ's statement, appeal or
// pledge that names its own country in the possessive has no target
// (targets_own_country.go); another state named so stays the target.
func TestOwnCountryNamedNoTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A Chinese foreign ministry spokeswoman reiterated Beijing's call for peace talks on Monday.", []string{"CHNGOV 026 - asserted"}},
		{"The US House speaker plans to bemoan America's broken politics in a speech on Monday.", []string{"USALEG 012 - future"}},
		{"US officials reiterated Washington's commitment to the defence of its allies on Tuesday.", []string{"USAGOV 030 - future"}},
		{"The Chinese foreign minister urged Japan to drop its plans on Monday.", []string{"CHNGOV 0242 JPN asserted"}},
	}, false)
}
