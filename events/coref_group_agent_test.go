package events_test

import "testing"

// TestSameAgentRole: "the official" or "the spokesman" after an agent of
// that head noun named before is that agent, with its role: a group's
// official (PSEREB), a military official (ISRMIL), not the noun's own
// government role in the state.
func TestSameAgentRole(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"A senior Hamas official said on Monday the movement would halt rocket attacks on Israel. The official refused to say whether the group would resume suicide bombings.",
			[]string{"PSEREB 0356 ISR future", "PSEREB 011 - asserted"}},
		{"An Israeli military official said on Monday the army would expand its operation in Gaza. The official refused to say whether troops would enter Rafah.",
			[]string{"ISRMIL 011 - asserted"}},
	}, false)
}
