package events_test

import "testing"

// TestThreatenedLawsuit: a lawsuit threatened ("threatened to take X to
// the International Court of Justice") is a threat, none more specific
// (130 asserted); it gave 115 asserted before. A lawsuit planned with
// "would" stays 115 future. Invented sentences.
func TestThreatenedLawsuit(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Tanzania threatened on Tuesday to take Malawi to the International Court of Justice over the lake dispute.",
			[]string{"TZA 130 MWI asserted"}},
		{"Guyana threatened on Monday to take Venezuela to court over the seized oil vessel.",
			[]string{"GUY 130 VEN asserted"}},
		// near miss: a planned lawsuit is no threat
		{"Ecuador said on Tuesday it would take Colombia to the International Court of Justice over aerial spraying.",
			[]string{"ECU 115 COL future"}},
	}, false)
}
