package events_test

import "testing"

// TestPassiveAgentPastAdjuncts48: a passive's "by" agent told after the
// verb's place and date adjuncts is its source ("was abducted from a
// Tripoli hotel on Thursday by gunmen"); a "by" inside a participle
// phrase after the place belongs to the participle ("at a rally organised
// by the opposition"). Invented sentences.
func TestPassiveAgentPastAdjuncts48(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Libya's prime minister was abducted from a Tripoli hotel on Thursday by gunmen.",
			[]string{"LBYUAF 181 LBYGOV asserted"}},
		{"Two Indian soldiers were killed near the border on Monday by Pakistani troops.",
			[]string{"PAKMIL 190 INDMIL asserted"}},
		{"Three Kenyan soldiers were killed in Lamu on Monday by al Shabaab militants.",
			[]string{"SOMREB 190 KENMIL asserted"}},
		{"An opposition leader was arrested at a rally organised by the opposition on Monday.", nil},
	}, false)
}
