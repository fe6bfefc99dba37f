package events_test

import "testing"

// TestSurrenderedRights: a veto, right or power surrendered, relinquished
// or ceded is given up in politics, no military surrender (0874;
// falseevents.go idiom, [surrendered rights]); forces surrendering stay.
func TestSurrenderedRights(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The opposition says the prime minister is surrendering a key veto to Brussels.", nil},
		{"Critics said Britain had surrendered its right to block the treaty.", nil},
		{"Poland relinquished its veto over the budget on Friday.", nil},
		// forces surrendering stay a retreat
		{"Hundreds of Syrian rebels surrendered to government forces on Friday.",
			[]string{"SYRREB 0874 SYRMIL asserted"}},
	}, false)
}
