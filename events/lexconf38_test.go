package events_test

import "testing"

// TestLexConf38 codes sentences written by the dyad team for the session
// 38 word classes of roots 11, 17 and 19 in events/data/verbs.txt: crowds,
// protest camps and barricades cleared, broken up or scattered ($CROWD,
// $CROWD_GATHERING, $BLOCKADES: 175), fighters driven, chased or pushed
// out or back ($FIGHTERS, $ARMY: 190), and a party or a thing called by a
// name of blame ($MOCKERY, $VILLAIN: 111); and the near misses of each
// that stay as they were. Each sentence is published on 2024-07-13 (a
// Saturday).
func TestLexConf38(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// 175 a crowd cleared from a place, a caravan or march broken up,
		// barricades cleared, active, passive and coordinated
		{"Kenyan police cleared demonstrators from the central square in Nakuru on Monday with water cannon.",
			[]string{"KENCOP 175 KENCVL asserted 2024-07-08"}},
		{"Hundreds of protesters were cleared from the square by Armenian riot police on Tuesday.",
			[]string{"ARMCOP 175 ARMCVL asserted 2024-07-09"}},
		{"Mexican police broke up a caravan of Cuban migrants near Tapachula on Monday.",
			[]string{"MEXCOP 175 CUBREF asserted 2024-07-08"}},
		{"Peruvian troops cleared barricades on the highway near Cusco on Friday.",
			[]string{"PERMIL 175 - asserted 2024-07-12"}},
		{"Belarusian riot police scattered the marchers with tear gas in Minsk on Sunday.",
			[]string{"BLRCOP 175 BLRCVL asserted 2024-07-07"}}, // marchers are protesters (agents.txt), as the demonstrators above
		{"Bolivian police arrested 30 miners and tore down their roadblocks near La Paz on Thursday.",
			[]string{"BOLCOP 173 BOLLAB asserted 2024-07-11", "BOLCOP 175 BOLLAB asserted 2024-07-11"}},
		// a court clears people of charges; rubble is no crowd; a
		// government's own roadblocks removed ease a restriction
		{"A court in Nairobi cleared two activists of the charges on Monday.", nil},
		{"Israel removed dozens of roadblocks in the West Bank on Sunday.", nil},
		// 190 fighters driven, chased or pushed out of a place, or back
		{"Ugandan troops drove rebels out of the border town of Kasese on Sunday.",
			[]string{"UGAMIL 190 UGAREB asserted 2024-07-07"}},
		{"Malian forces chased jihadists from two villages near Mopti on Wednesday.",
			[]string{"MLIMIL 190 MLIREB asserted 2024-07-10"}},
		{"The militants were driven out of the town by Nigerian troops on Tuesday.",
			[]string{"NGAMIL 190 NGAREB asserted 2024-07-09"}},
		{"Ukrainian forces pushed Russian troops back from the outskirts of Kharkiv on Tuesday.",
			[]string{"UKRMIL 190 RUSMIL asserted 2024-07-09"}},
		// people driven from their homes are expelled (201); a vote to
		// expel troops is no fight; a party expels its own members
		{"Myanmar's army drove thousands of villagers from their homes on Friday.",
			[]string{"MMRMIL 201 MMRCVL asserted 2024-07-12"}},
		{"Niger's junta pushed French troops out of the country in December.", nil},
		// 111 a name of blame
		{"The Bolivian president called the referendum a pantomime on Monday.",
			[]string{"BOLGOV 111 - asserted 2024-07-08"}},
		{"Serbia's foreign minister called the breakaway region a false state on Tuesday.",
			[]string{"SRBGOV 111 - asserted 2024-07-09"}},
		{"Zelenskiy called the Russian leader a terrorist on Monday.",
			[]string{"UKRGOV 111 RUSGOV asserted 2024-07-08"}},
		{"Maduro called the U.S. president \"the devil\" on Thursday.",
			[]string{"VENGOV 111 USAGOV asserted 2024-07-11"}},
		// a telephone call and a call upon a leader blame no one
		{"Trump called the North Korean dictator on Friday.", nil},
		{"Britain's foreign minister on Monday called on the dictator to step down.",
			[]string{"GBRGOV 0241 - asserted 2024-07-08"}},
	}, true)
}
