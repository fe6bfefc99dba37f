package actors_test

import "testing"

// TestOppositionNameLowerNoun checks a state's opposition (or rebel) word
// followed by a name the dictionary lacks and a lower-case party noun
// ("Kosovo's opposition Vetevendosje movement"): the whole phrase is the
// state's opposition, as with a capitalised party noun ("Ghana's
// opposition New Patriotic Party"). The bare party noun after the
// opposition word, and the name with no state, change nothing.
func TestOppositionNameLowerNoun(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"2024-07-13", "Kosovo's opposition Vetevendosje movement demanded new elections.", "Kosovo's opposition Vetevendosje movement=KSVOPP"},
		{"2024-07-13", "Senegal's opposition Pastef party called a strike.", "Senegal's opposition Pastef party=SENOPP"},
		// near misses
		{"2024-07-13", "Kosovo's opposition party demanded new elections.", "Kosovo's opposition party=KSVOPP"},
		{"2024-07-13", "The opposition Vetevendosje movement won the vote.", "The opposition=?OPP"},
	}, showCode)
}
