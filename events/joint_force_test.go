package events_test

import "testing"

// TestJointDrillsEachShowOfForce codes drills, exercises and manoeuvres of
// two or more states, joint or held "with" a partner, as each
// participant's show of force (150, no target; CODING.md), whatever the
// verb that holds, begins, extends or ends them; joint patrols stay
// military cooperation (062), and a place after the drills is no
// participant.
func TestJointDrillsEachShowOfForce(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chinese and Russian warships began joint naval drills in the Sea of Japan on Monday.",
			[]string{"CHNMIL 150 - asserted", "RUSMIL 150 - asserted"}},
		{"India and France kicked off joint air exercises over Rajasthan on Tuesday.",
			[]string{"IND 150 - asserted", "FRA 150 - asserted"}},
		{"The Egyptian and Sudanese armies conducted joint manoeuvres near Khartoum on Sunday.",
			[]string{"EGYMIL 150 - asserted", "SDNMIL 150 - asserted"}},
		{"China's military began joint drills with Russia near Vladivostok on Monday.",
			[]string{"CHNMIL 150 - asserted", "RUS 150 - asserted"}},
		{"Russia held naval exercises with China in the Pacific on Tuesday.",
			[]string{"RUS 150 - asserted", "CHN 150 - asserted"}},
		{"Indonesia, Australia and the United States ended three weeks of joint drills on Java on Friday.",
			[]string{"IDN 150 - asserted", "AUS 150 - asserted", "USA 150 - asserted"}},
		{"South Korea and the United States held joint exercises on Monday.",
			[]string{"KOR 150 - asserted", "USA 150 - asserted"}},
		// not joint: each state's own show of force
		{"Greece and Turkey held rival military exercises in the Aegean on Wednesday.",
			[]string{"GRC 150 - asserted", "TUR 150 - asserted"}},
		{"The Philippine navy began its largest-ever live-fire exercise on Monday.",
			[]string{"PHLMIL 150 - asserted"}},
		// near miss: joint patrols are military cooperation
		{"Russia and China held joint patrols in the East China Sea on Friday.",
			[]string{"RUS 062 CHN asserted", "CHN 062 RUS asserted"}},
	}, false)
}
