package events_test

import "testing"

// TestCaptiveSailors72: sailors an armed group, gang or pirates seize,
// hold or free are a merchant crew, civilians (CVL), not a navy (gold
// README item 46); a state freeing sailors, sailors killed aboard a
// warship and sailors named as a navy's, anywhere after the source
// ("from a naval vessel", "when their warship was hit", "on patrol"),
// stay MIL. Invented sentences.
func TestCaptiveSailors72(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Somali pirates freed 22 Filipino sailors on Tuesday after holding them for four months.",
			[]string{"SOMCRM 0841 PHLCVL asserted"}},
		{"Abu Sayyaf militants seized seven Vietnamese sailors from a cargo ship on Monday.",
			[]string{"PHLREB 181 VNMCVL asserted"}},
		// near misses: a state's release, a warship's crew, a navy named
		{"Iran freed 15 British sailors on Wednesday.",
			[]string{"IRN 0841 GBRMIL asserted"}},
		{"Suicide bombers killed 17 American sailors aboard a destroyer in Aden on Thursday.",
			[]string{"YEMUAF 1831 USAMIL asserted"}},
		{"Pirates seized five navy sailors from a Nigerian patrol boat on Monday.",
			[]string{"NGACRM 181 NGAMIL asserted"}},
		// near misses: the craft named naval after the sailors, or the
		// sailors on patrol
		{"Kidnappers seized four Ghanaian sailors from a naval vessel off Togo on Friday.",
			[]string{"TGOCRM 181 GHAMIL asserted"}},
		{"Houthi rebels freed nine Saudi sailors captured when their warship was hit in March.",
			[]string{"YEMREB 0841 SAUMIL asserted"}},
		{"Militants seized six Cameroonian sailors on patrol in the Bakassi peninsula.",
			[]string{"CMRREB 181 CMRMIL asserted"}},
	}, false)
}
