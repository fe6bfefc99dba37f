package events_test

// Tests of a sum of money given to a named party, written as "$5
// billion" with no currency word after the number: economic aid (071),
// pledged aid (0331) when promised.

import "testing"

// TestSumsGiven checks that "give" with a sum in millions or billions to
// a named state is economic aid, intent to give it when pledged or
// promised, and no event when no state or group is given it or the sum
// is paid.
func TestSumsGiven(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Norway gave Ukraine $200 million on Monday.", []string{"NOR 071 UKR asserted"}},
		{"Canada pledged on Friday to give Jordan up to $300 million over three years.", []string{"CAN 0331 JOR future"}},
		{"New Zealand promised on Monday to give Samoa NZ$50 million over four years.", []string{"NZL 0331 WSM future"}},
		{"The club gave its coach $2 million on Monday.", nil},
		{"The company paid $5 million to settle the lawsuit.", nil},
	}, false)
}
