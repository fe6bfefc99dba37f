package events_test

import "testing"

// TestAuthoredBy: a denial, praise, criticism or rejection of a report or
// statement "by X" is aimed at its author (targets_authored.go).
func TestAuthoredBy(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chad's government dismissed a report by Amnesty International on Monday.",
			[]string{"TCDGOV 016 NGOHRIAMN asserted"}},
		{"Kenya's government rejected the findings by Human Rights Watch on Wednesday.",
			[]string{"KENGOV 016 NGOHRIHRW asserted"}},
		{"Mali's junta dismissed a report by Human Rights Watch on Friday.",
			[]string{"MLIGOV 016 NGOHRIHRW asserted"}},
		{"Rwanda's government dismissed the findings by United Nations experts on Thursday.",
			[]string{"RWAGOV 016 IGOUNO asserted"}},
		// publishing a report is no reaction to it (a guard of the rule:
		// it gives nothing with or without it)
		{"Chad's government published a report by Amnesty International on Monday.", nil},
	}, false)
}
