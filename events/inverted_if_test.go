package events_test

import "testing"

// TestInvertedIf: a sentence-initial "Should" clause closed by a comma
// before "would" or "will" is a conditional, coded as its "if" form
// (inverted_if.go): the act hypothetical, the consequence as after "if";
// a question opening with "Should" stays a question.
func TestInvertedIf(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2025-06-05", "Should Belarus invade Lithuania, NATO would respond, the Lithuanian defence minister said.",
			[]string{"BLR 190 LTU hypothetical", "IGOWSTNAT 130 BLR future"}},
		{"2025-06-05", "Should Armenia shell Azerbaijani villages again, Baku will strike back, an Azerbaijani official said.",
			[]string{"ARM 194 AZE hypothetical", "AZE 138 ARM future"}},
		{"2025-06-05", "Should Belarus invade Lithuania?", nil},
	})
}
