package events_test

import "testing"

// TestStrikeBegun codes a strike or walkout begun or started by workers,
// teachers or other civilians as a strike (143, aimed at their
// government); strikes begun by a state stay force, and air strikes
// begun keep their aerial code.
func TestStrikeBegun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kazakh teachers in the oil town of Zhanaozen began a strike on Wednesday over unpaid wages.",
			[]string{"KAZEDU 143 KAZGOV asserted"}},
		{"Dock workers in Durban started an indefinite walkout on Monday over unpaid bonuses.",
			[]string{"ZAFLAB 143 ZAFGOV asserted"}},
		{"Nurses at state hospitals in Nairobi began their strike on Tuesday.",
			[]string{"KENHLH 143 KENGOV asserted"}},
		{"Pakistani prisoners in Indian jails began a hunger strike on Sunday.",
			[]string{"PAKCVL 142 INDGOV asserted"}},
		{"Saudi Arabia and its Gulf allies began air strikes on Yemen's Houthi rebels on Thursday.",
			[]string{"SAU 195 YEMREB asserted"}},
		{"Israel began strikes on Hezbollah positions in southern Lebanon on Sunday.",
			[]string{"ISR 190 LBNREB asserted"}},
	}, false)
}

// TestCapturedFighters codes paratroopers, commandos and insurgents
// captured as people taken (173 by a state's forces, 181 by rebels), not
// ground occupied; a village captured stays 192.
func TestCapturedFighters(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ukraine's security service said on Monday it had captured 10 Russian paratroopers near the village of Dzerkalne.",
			[]string{"UKRSPY 173 RUSMIL asserted"}},
		{"Rebels in Yemen captured two army commandos near the border on Friday.",
			[]string{"YEMREB 181 YEMMIL asserted"}},
		{"Nigerian troops captured 12 Boko Haram insurgent fighters near Lake Chad on Tuesday.",
			[]string{"NGAMIL 173 NGAREB asserted"}},
		{"Russian forces captured the Ukrainian village of Dzerkalne on Monday.",
			[]string{"RUSMIL 192 UKR asserted"}},
	}, false)
}

// TestDrillsCalledOff codes joint exercises or drills cancelled,
// scrapped, suspended or called off with a partner as military
// cooperation rejected (1212); an exercise called off with no partner is
// none.
func TestDrillsCalledOff(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Cambodia called off on Monday an annual military exercise with the United States.",
			[]string{"KHM 1212 USA asserted"}},
		{"The Philippines scrapped its joint drills with the United States on Friday.",
			[]string{"PHL 1212 USA asserted"}},
		{"Seoul suspended large-scale exercises with Washington on Friday.",
			[]string{"KOR 1212 USA asserted"}},
		{"Thailand cancelled the exercise because of floods.",
			nil},
	}, false)
}
