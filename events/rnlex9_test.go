package events_test

import "testing"

// TestRefusedComment codes sentences written by the dyad team for the
// refusals to comment of the lex9 pass (verbs.txt and rnlex9.go): a
// negated "comment" and "made no comment" are declining comment (011,
// asserted); a comment made or still awaited is no event.
func TestRefusedComment(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Norwegian foreign ministry said it could not comment on individual consular cases.",
			[]string{"NORGOV 011 - asserted 2024-07-13"}},
		{"The Egyptian interior ministry did not comment on the arrests.",
			[]string{"EGYGOV 011 - asserted 2024-07-13"}},
		{"A spokesman for the Polish defence ministry would not comment on the report.",
			[]string{"POLGOV 011 - asserted 2024-07-13"}},
		{"The Lebanese army made no comment on Tuesday.",
			[]string{"LBNMIL 011 - asserted 2024-07-09"}},
		{"The Kenyan foreign ministry had no immediate comment.",
			[]string{"KENGOV 011 - asserted 2024-07-13"}},
		// a comment made is a catch-all statement, one not yet made no refusal
		{"The Austrian chancellor commented on the election result on Sunday.",
			nil},
		{"The Chilean government has not yet commented on the verdict.",
			nil},
		{"The Dutch prime minister has not commented on the proposal.",
			nil},
	}, true)
}
