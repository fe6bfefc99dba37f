package events_test

import "testing"

// TestConnectiveBeforeFrontedDate (fresh72 F1): a sentence adverb and
// its comma before a fronted date phrase ("Then, on 20 January, …",
// "Later, on Tuesday, …") leave the phrase dating the clause, as it does
// without the adverb; such an adverb with no date phrase after it leaves
// the publication day. Sentences written for this test (published
// Saturday 2024-07-13).
func TestConnectiveBeforeFrontedDate(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Then, on 20 January, Syrian rebels attacked an army checkpoint near Idlib.",
			[]string{"SYRREB 190 SYRMIL asserted 2024-01-20"}},
		{"On 20 January, Syrian rebels attacked an army checkpoint near Idlib.",
			[]string{"SYRREB 190 SYRMIL asserted 2024-01-20"}},
		{"Later, on Tuesday, Syrian rebels attacked an army checkpoint near Idlib.",
			[]string{"SYRREB 190 SYRMIL asserted 2024-07-09"}},
		{"Meanwhile, in March, Syrian rebels attacked an army checkpoint near Idlib.",
			[]string{"SYRREB 190 SYRMIL asserted 2024-03"}},
		{"But then, on 20 January, Syrian rebels attacked an army checkpoint near Idlib.",
			[]string{"SYRREB 190 SYRMIL asserted 2024-01-20"}},
		{"Then, Syrian rebels attacked an army checkpoint near Idlib.",
			[]string{"SYRREB 190 SYRMIL asserted 2024-07-13"}},
	}, true)
}
