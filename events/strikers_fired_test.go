package events_test

import "testing"

// TestStrikersFiredOn: workers on strike fired on by police or security
// forces are repressed (175), not footballers in a match (no event); a
// football side's strikers stay a game.
func TestStrikersFiredOn(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Nigerian police fired on strikers in Lagos on Friday.", []string{"NGACOP 175 NGALAB asserted"}},
		{"Zimbabwean police fired on strikers in Harare on Tuesday, the second day of a national strike called by the unions.", []string{"ZWECOP 175 ZWELAB asserted"}},
		{"Liverpool's strikers attacked the Chelsea defence on Sunday.", nil},
	}, false)
}
