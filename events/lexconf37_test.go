package events_test

import "testing"

// TestLexConf37 codes sentences written by the dyad team for the session
// 37 word classes of roots 12, 15 and 17 in events/data/verbs.txt
// ($MEDIA_OUTLET, $OBSTRUCT with $RELIEF and $MONITORS, $DEPLOY with
// $TROOPS) and the [troop nouns] of words.txt: media outlets silenced,
// aid convoys and inspectors kept out, troops rushed or sent; and the
// near misses that stay as they were. Each sentence is published on
// 2024-07-13 (a Saturday).
func TestLexConf37(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 1721 a station, channel or newspaper silenced by a state
		{"Zambian authorities switched off two private radio stations on Monday ahead of the vote.",
			[]string{"ZMBGOV 1721 ZMBMED asserted 2024-07-08"}}, // (coder67a: "radio stations" are MED in agents.txt: the outlets silenced)
		{"Tanzania's information ministry ordered three television stations to halt their coverage of the opposition rally on Thursday.",
			[]string{"TZAGOV 1721 TZAMED asserted 2024-07-11"}},
		{"Kazakhstan banned foreign broadcasters from covering the election on Sunday.",
			[]string{"KAZ 1721 - asserted 2024-07-07"}},
		{"Burundi's government silenced two independent newspapers on Tuesday.",
			[]string{"BDIGOV 1721 BDIMED asserted 2024-07-09"}},
		// a broadcaster that stops its own programmes silences no one
		{"The broadcaster suspended its programmes on Monday because of a power cut.", nil},
		// 1245 relief convoys, aid agencies and inspectors kept out
		{"Sudanese militiamen blocked relief trucks from entering the besieged town on Saturday, a U.N. spokesman said.",
			[]string{"SDNUAF 1245 - asserted 2024-07-13"}},
		{"Myanmar's junta barred U.N. investigators from the camps in the north on Monday.",
			[]string{"MMRGOV 1245 - asserted 2024-07-08"}},
		{"Ethiopia's government denied aid agencies access to the northern region on Tuesday.",
			[]string{"ETHGOV 1245 - asserted 2024-07-09"}},
		{"South Sudanese soldiers turned back food aid convoys at a checkpoint near Juba on Thursday.",
			[]string{"SSDMIL 1245 - asserted 2024-07-11"}},
		// a donor that halts its own aid shipments cuts aid (162)
		{"The United States halted aid shipments to Yemen on Monday.",
			[]string{"USA 162 YEM asserted 2024-07-08"}},
		// 154 troops rushed or sent at home; sent abroad they are 074
		{"Chad rushed two army battalions to its northern border on Monday.",
			[]string{"TCD 154 - asserted 2024-07-08"}},
		{"Peru sent riot police and soldiers to the oil region on Friday.",
			[]string{"PER 154 - asserted 2024-07-12"}},
		{"Russia airlifted 300 paratroopers to Kazakhstan on Thursday to help the government restore order.",
			[]string{"RUS 074 KAZ asserted 2024-07-11"}},
		{"Britain sent two warships to the Gulf on Sunday.",
			[]string{"GBR 154 - asserted 2024-07-07"}},
	}, true)
}
