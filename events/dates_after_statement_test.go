package events_test

import "testing"

// TestAfterClauseMainVerbDay: an undated finite "after" clause takes the
// day of its main clause's verb (gold README item 25) also when the
// nearest event before "after" lends none: a threatened infinitive ("threatened
// on Tuesday to shoot down … after Saudi jets bombed …") or an accusation
// whose alleged act keeps the publication date ("accused Somalia on
// Wednesday of arming militants, after Kenyan police arrested …").
// Sentences written for this test (published Saturday 2024-07-13).
func TestAfterClauseMainVerbDay(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Yemen's Houthi rebels threatened on Tuesday to shoot down any plane flying over Hodeidah after Saudi jets bombed rebel positions in the city.",
			[]string{"YEMREB 138 SAUMIL asserted 2024-07-09", "SAUMIL 195 YEMREB asserted 2024-07-09"}},
		{"Kenya accused Somalia on Wednesday of arming militants, after Kenyan police arrested two Somali officers near the border.",
			[]string{"KEN 112 SOM asserted 2024-07-10", "SOM 072 KENREB alleged 2024-07-13", "KENCOP 173 SOM asserted 2024-07-10"}},
		// the nearest event before "after" lends its day, as before
		{"Syria's army shelled rebel positions in Idlib on Monday after Syrian rebels attacked an army checkpoint.",
			[]string{"SYRMIL 194 SYRREB asserted 2024-07-08", "SYRREB 190 SYRMIL asserted 2024-07-08"}},
	}, true)
}
