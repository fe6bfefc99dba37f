package events_test

import "testing"

// TestAgreedInPhoneCall: parties who agree "in a phone call" held the
// call, 041 both ways, the clause's subject the callers, and the
// agreement's own intent stays; a call with no actor is no event.
func TestAgreedInPhoneCall(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Emmanuel Macron and Olaf Scholz agreed in a phone call on Thursday to coordinate aid to Ukraine.",
			[]string{"FRAGOV 041 DEUGOV asserted", "DEUGOV 041 FRAGOV asserted"}},
		{"Egypt and Jordan agreed in a phone call on Monday to increase trade.",
			[]string{"EGY 041 JOR asserted", "JOR 041 EGY asserted", "EGY 0311 JOR future", "JOR 0311 EGY future"}},
		{"Rain fell in a phone call to the weather service.", nil},
	}, false)
}
