package events_test

import "testing"

// TestAuthoredBy: a denial, praise, criticism or rejection of a report or
// statement "by X" is aimed at its author (targets_authored.go).
func TestAuthoredBy(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chad's government dismissed a report by Amnesty International on Monday.",
			[]string{"TCDGOV 016 NGOHRIAMN asserted"}},
		{"Ghana rejected a statement by the African Union on the disputed vote.",
			[]string{"GHA 120 IGOAFRAFU asserted"}},
		{"Ghana rejected a statement by Togo's foreign minister on the border.",
			[]string{"GHA 120 TGOGOV asserted"}},
		{"Peru's president praised a report by the World Bank on Tuesday.",
			[]string{"PERGOV 051 IGOUNOWBK asserted"}},
		// publishing a report is no reaction to it
		{"Chad's government published a report by Amnesty International on Monday.", nil},
	}, false)
}
