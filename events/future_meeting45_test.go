package events_test

import "testing"

// TestFutureNegotiationIntent: a meeting or negotiation told in the future
// by any path ("would seek talks with") is its intent, 036 (CODING.md:
// cooperative plans are 03x intent codes with status future). Invented
// sentences.
func TestFutureNegotiationIntent(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ghana's president said on Monday he would seek peace talks with Togo.", []string{"GHAGOV 036 TGO future"}},
		{"Nepal said on Friday it would seek negotiations with India over the border dispute.", []string{"NPL 036 IND future"}},
		{"Nepal held negotiations with India over the border dispute on Friday.", []string{"NPL 046 IND asserted", "IND 046 NPL asserted"}},
	}, false)
}
