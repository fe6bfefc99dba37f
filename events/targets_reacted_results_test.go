package events_test

import "testing"

// TestReactedResultsTargets codes targets_reacted_results.go: an
// opposition party that rejects an election's results answers its own
// country's government; the results of anything else, a sentence naming
// another actor of the country and a state that rejects them give no
// such target.
func TestReactedResultsTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// the results named as an election's, by an "of" phrase or the sentence
		{"Zambia's main opposition party on Thursday rejected the official results of the presidential election.",
			[]string{"ZMBOPP 120 ZMBGOV asserted"}},
		{"Malawi's main opposition party rejected the results, saying the vote had been stolen.",
			[]string{"MWIOPP 120 MWIGOV asserted"}},
		{"Zambia's main opposition party and its allies rejected the final results of the election.",
			[]string{"ZMBOPP 120 ZMBGOV asserted"}},
		// the results of no election; another actor of the country named; a state
		{"Zambia's main opposition party rejected the results of the post-mortem examination.",
			[]string{"ZMBOPP 120 - asserted"}},
		{"Zambia's main opposition party rejected the results of the referendum.",
			[]string{"ZMBOPP 120 - asserted"}},
		{"Zambia's main opposition party rejected the results of the election, and President Hakainde Hichilema called for calm.",
			[]string{"ZMBOPP 120 - asserted", "ZMBGOV 0256 - asserted"}},
		{"Zambia rejected the results of the election.",
			[]string{"ZMB 120 - asserted"}},
	}, false)
}

// TestReactedResultsWordings codes the further shapes of
// targets_reacted_results.go: results refused acceptance or recognition,
// rejected in the passive, after a fronted adjunct, by coordinated
// opposition figures, and results a relative clause says gave the vote
// to another actor of the country: all the state's government. The
// results of no election, passive or refused, and a sentence that names
// the winner in a clause before give no such target.
func TestReactedResultsWordings(t *testing.T) {
	checkDated(t, newCoder(t), "2019-02-01", []coverageCase{
		// the pattern's own words before the object
		{"Malawi's main opposition party refused to accept the outcome of the presidential election on Monday.",
			[]string{"MWIOPP 120 MWIGOV asserted"}},
		{"Malawi's opposition leader Lazarus Chakwera declined to recognise the official results of the parliamentary vote.",
			[]string{"MWIOPP 120 MWIGOV asserted"}},
		// passive
		{"The provisional results of the presidential run-off were rejected on Thursday by Malawi's main opposition party.",
			[]string{"MWIOPP 120 MWIGOV asserted"}},
		// fronted adjunct
		{"On Monday, Malawi's main opposition party rejected the official results of the legislative poll.",
			[]string{"MWIOPP 120 MWIGOV asserted"}},
		// coordinated sources
		{"Malawi's opposition leader and his party rejected the results of last month's parliamentary vote on Friday.",
			[]string{"MWIOPP 120 MWIGOV asserted", "MWIPTY 120 MWIGOV asserted"}},
		// the vote given to another actor of the country in a relative clause
		{"Malawi's main opposition party rejected the official results, which gave President Peter Mutharika 38 percent of the vote.",
			[]string{"MWIOPP 120 MWIGOV asserted"}},
		// near misses: the results of no election, passive and refused; the winner declared before
		{"The results of the post-mortem examination were rejected on Monday by Malawi's main opposition party.",
			[]string{"MWIOPP 120 - asserted"}},
		{"Malawi's main opposition party refused to accept the outcome of the inquiry into the shooting.",
			nil},
		{"Malawi's electoral commission declared Peter Mutharika the winner of the presidential poll on Saturday, and opposition leader Lazarus Chakwera swiftly rejected the result.",
			[]string{"MWIOPP 120 - asserted"}},
	})
}

// TestDeniedAccuserDomestic codes targets_accuser.go's further accusers:
// another organ of the denier's own state that accused it (coordinated
// or in a relative clause), and a statement before the denial's
// coordinated clause that names the denier's state. The denier's own
// officials and two such statements give no target.
func TestDeniedAccuserDomestic(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// an accuser of the denier's own state
		{"Mali's defence minister blamed the Malian police for the jailbreak, and the police denied it.",
			[]string{"MLIGOV 112 MLICOP asserted", "MLICOP 016 MLIGOV asserted"}},
		{"Bolivia's president accused Bolivian army officers of plotting a coup, and the army rejected the accusation.",
			[]string{"BOLGOV 112 BOLMIL asserted", "BOLMIL 016 BOLGOV asserted"}},
		// a statement naming the denier's state, the denial coordinated after it
		{"Ghana's foreign minister said on Friday that agents of Togo were behind the unrest, and Lome denied any involvement.",
			[]string{"TGO 016 GHAGOV asserted"}},
		{"Armenia's prime minister said soldiers from Azerbaijan had shelled a village, and Baku denied the claim.",
			[]string{"AZE 016 ARMGOV asserted"}},
		{"Canada's foreign minister said on Monday that India was behind the killing, and New Delhi and its embassy denied any role.",
			[]string{"IND 016 CANGOV asserted", "INDGOV 016 CANGOV asserted"}},
		// the denial in a ", which" relative clause: a foreign speaker, or
		// another organ of the denier's own state; the speaker itself denying
		{"Ghana's foreign minister said on Friday that Togo was behind the unrest, which Lome denied.",
			[]string{"TGO 016 GHAGOV asserted"}},
		{"Nigeria's army said on Monday that Boko Haram fighters had killed 30 villagers in Borno state, which Boko Haram denied.",
			[]string{"NGAREB 202 NGACVL denied", "NGAREB 016 NGAMIL asserted"}},
		{"Nigeria's army said on Monday that Boko Haram fighters had killed 30 villagers in Borno state, which the army later denied.",
			[]string{"NGAREB 202 NGACVL denied", "NGAMIL 016 - asserted"}},
		// the denier's own officials; two statements
		{"Armenia's prime minister said soldiers from Azerbaijan had shelled a village, and Armenian officials denied it.",
			[]string{"ARMGOV 016 - asserted"}},
		{"Ghana's foreign minister said Togo was behind the unrest, Nigeria's president said Togo had armed the rebels, and Lome denied any role.",
			[]string{"TGO 016 - asserted"}},
	}, false)
}
