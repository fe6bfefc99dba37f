package events_test

import (
	"testing"
)

// TestVictimsWhereItHappened checks, on sentences written for this test,
// that soldiers killed by an armed group serve the state where it
// happened, and that "Niger State" is in Nigeria.
func TestVictimsWhereItHappened(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"JNIM fighters killed 30 soldiers in an ambush in Niger on Sunday.",
			[]string{"MLIREB 180 NERMIL asserted"}},
		{"Al-Shabaab fighters killed five soldiers near Mogadishu on Tuesday.",
			[]string{"SOMREB 180 SOMMIL asserted"}},
		{"Gunmen kidnapped 15 farmers in Niger State on Friday.",
			[]string{"NGAUAF 181 NGAAGR asserted"}},
	}, false)
}
