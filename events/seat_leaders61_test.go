package events_test

import "testing"

// TestSeatLeaders61 checks that unnamed leaders met in a capital are that
// state's government, not a state the sentence named before, while
// leaders named with their state keep it.
func TestSeatLeaders61(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Before visiting Israel, the British prime minister made a surprise visit to Iraq, where he met leaders in Baghdad.",
			[]string{"GBRGOV 042 IRQ asserted", "IRQ 043 GBRGOV asserted", "GBRGOV 040 IRQGOV asserted", "IRQGOV 040 GBRGOV asserted"}},
		{"The British prime minister met leaders in Baghdad on Monday.", []string{"GBRGOV 040 IRQGOV asserted", "IRQGOV 040 GBRGOV asserted"}},
		{"The British prime minister met Israeli leaders in Baghdad on Monday.", []string{"GBRGOV 044 ISRGOV asserted", "ISRGOV 044 GBRGOV asserted"}},
	}, false)
}
