package events_test

import "testing"

// TestShotsFiredToDisperse: live rounds or shots fired "to disperse" or
// "to break up" people are repression (175) aimed at the people
// dispersed, as tear gas fired to disperse them is, not a show of force
// (150, which "fire live rounds" and "fire shots" alone still give, and
// warning shots always: CODING.md). Sentences written for this test.
func TestShotsFiredToDisperse(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Malian soldiers fired shots to break up a rally of opposition supporters in Bamako on Tuesday.",
			[]string{"MLIMIL 175 MLIOPP asserted 2024-07-09"}},
		{"Sudanese troops fired live rounds on Thursday to break up a sit-in outside the army headquarters in Khartoum.",
			[]string{"SDNMIL 175 SDNCVL asserted 2024-07-11"}},
		{"Residents rioted in Harare on Monday over a rise in bus fares, and police fired live rounds to disperse them.",
			[]string{"ZWECVL 145 ZWEGOV asserted 2024-07-08", "ZWECOP 175 ZWECVL asserted 2024-07-08"}},
		// shots into the air or over heads stay a show of force, dispersal or not
		{"Police fired shots into the air to disperse a crowd of traders in Mombasa on Thursday.",
			[]string{"KENCOP 150 - asserted 2024-07-11"}},
		{"Soldiers fired live rounds over the heads of students to disperse them in Khartoum on Monday.",
			[]string{"SDNMIL 150 - asserted 2024-07-08"}},
		// warning shots stay a show of force (CODING.md), dispersal or not
		{"Guinean gendarmes fired warning shots to disperse crowds in Conakry on Friday.",
			[]string{"GINCOP 150 - asserted 2024-07-12"}},
		{"Indian troops fired warning shots across the Line of Control on Wednesday.",
			[]string{"INDMIL 150 - asserted 2024-07-10"}},
	}, true)
}
