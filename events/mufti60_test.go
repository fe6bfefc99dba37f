package events_test

import "testing"

// TestMuftiClergy codes a mufti, a grand mufti and rabbis as clergy
// (REL) of their country, source or target, as an imam is
// (actors/data/agents.txt); a mufti's bare statement stays no event.
func TestMuftiClergy(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Jordan's grand mufti appealed to residents of Zarqa on Friday to stay indoors.",
			[]string{"JORREL 020 JORCVL asserted"}},
		{"Tunisian police detained the mufti of Sfax on Friday.",
			[]string{"TUNCOP 173 TUNREL asserted"}},
		{"French police questioned two rabbis in Lyon on Friday.",
			[]string{"FRACOP 091 FRAREL asserted"}},
		// near miss: a mufti who only announces a date acts on no one
		{"Jordan's grand mufti said on Friday that the holiday would begin on Sunday.",
			nil},
	}, false)
}
