package events_test

import "testing"

// TestReactionTarget codes targets8.go's reactionTarget: a reaction told
// in an appositive after the main clause (", a N the X rejected") targets
// the main clause's subject, every member of a listed subject; a denial
// so told answers the accuser.
func TestReactionTarget(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Moscow proposed a ceasefire over Easter, an offer Kyiv swiftly rejected.",
			[]string{"UKR 120 RUS asserted"}},
		{"Israel closed the Kerem Shalom crossing on Sunday, a measure the United Nations criticised.",
			[]string{"IGOUNO 111 ISR asserted"}},
		{"Egypt's election commission declared Sisi the winner, a result the opposition rejected as rigged.",
			[]string{"EGYOPP 120 EGYGOV asserted"}},
		{"Brazil and Mexico proposed new talks on Venezuela, an idea Caracas rejected.",
			[]string{"BRA 036 - future", "MEX 036 - future", "VEN 120 BRA asserted", "VEN 120 MEX asserted"}},
		{"Ukraine accused Russia of shelling the plant, an allegation Moscow denied.",
			[]string{"UKR 112 RUS asserted", "RUS 194 UKR denied", "RUS 016 UKR asserted"}},
		// no determiner and noun between the comma and the actor: unchanged
		{"Israel closed the Kerem Shalom crossing on Sunday, and the United Nations criticised the closure.",
			[]string{"IGOUNO 111 - asserted"}},
	}, false)
}
