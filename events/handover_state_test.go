package events_test

import "testing"

// TestHandOverByState: handing people over is judicial cooperation (063)
// only when a state hands them, its government, police, border guards or
// forces toward another state; captives a rebel group frees and hands to
// a Red Cross team or to officials are released (0841), no cooperation
// between states. Sentences written for this test.
func TestHandOverByState(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"FARC rebels freed three kidnapped policemen in Cauca on Monday, handing them over to a Red Cross team.",
			[]string{"COLREB 0841 COLCOP asserted"}},
		{"Abu Sayyaf militants released two Malaysian hostages on Tuesday, handing them over to local officials in Jolo.",
			[]string{"PHLREB 0841 MYSCVL asserted"}},
		// a state's border guards toward another state's police: kept
		{"Iranian border guards handed over two men wanted for smuggling to Turkish police on Thursday.",
			[]string{"IRNMIL 063 TURCOP asserted"}},
		{"Spain handed over a suspected drug trafficker to Morocco on Friday.",
			[]string{"ESP 063 MAR asserted"}},
	}, false)
}
