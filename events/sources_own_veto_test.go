package events_test

import (
	"testing"
)

// TestUsedOwnPower codes sources_own_veto.go: "China's use of its United
// Nations Security Council veto" is China's veto (the council is where it
// is cast), while the council acting itself keeps its own code. Each
// sentence is published on 2024-07-13 (a Saturday); each want lists every
// event.
func TestUsedOwnPower(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Britain voiced dismay at China’s use of its United Nations Security Council veto on the resolution.",
			[]string{"GBR 012 CHN asserted 2024-07-13", "CHN 129 - asserted 2024-07-13"}},
		{"The UN Security Council vetoed the resolution on Friday.",
			[]string{"IGOUNO 129 - asserted 2024-07-12"}},
	}, true)
}
