package events_test

import "testing"

// TestOppositionRally73: a rally, protest or demonstration the text calls
// the opposition's stands for the opposition that holds it (OPP), as its
// supporters and marchers do (gold README "Conventions fixed here" item
// 51; actors/data/agents.txt): "broke up an opposition rally" gave the
// force's state + CVL and now gives + OPP, wherever the phrase is an
// actor (a ban on opposition rallies too, as the gold codes "banned
// opposition marches"). An anti-government rally and unnamed protesters
// stay CVL. Invented sentences, published 2024-07-13 (a Saturday).
func TestOppositionRally73(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armenian riot police broke up an opposition rally in Yerevan on Saturday.",
			[]string{"ARMCOP 175 ARMOPP asserted 2024-07-13"}},
		{"Georgian police fired tear gas and rubber bullets to disperse opposition protests in Tbilisi on Wednesday.",
			[]string{"GEOCOP 175 GEOOPP asserted 2024-07-10"}},
		{"Belarusian riot police broke up opposition demonstrations in Minsk on Sunday.",
			[]string{"BLRCOP 175 BLROPP asserted 2024-07-07"}},
		{"Togolese police banned opposition rallies in Lome on Friday.",
			[]string{"TGOCOP 1722 TGOOPP asserted 2024-07-12"}},
		// near misses: not called the opposition's, the crowd stays CVL
		{"Armenian riot police broke up an anti-government rally in Yerevan on Saturday.",
			[]string{"ARMCOP 175 ARMCVL asserted 2024-07-13"}},
		{"Georgian police fired tear gas at anti-government protesters in Tbilisi on Wednesday.",
			[]string{"GEOCOP 175 GEOCVL asserted 2024-07-10"}},
	}, true)
}
