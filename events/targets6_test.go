package events_test

import "testing"

// TestTalksHost codes targets6.go's talksHost: the office holder a trip
// is "for talks with" or made "to meet" is the host when the trip names
// only that person's state or capital; talks with another state's party
// leave the place visited.
func TestTalksHost(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Indian Prime Minister Narendra Modi travelled to Moscow on Monday for talks with Vladimir Putin.",
			[]string{"INDGOV 042 RUSGOV asserted", "RUSGOV 043 INDGOV asserted"}},
		{"German Chancellor Olaf Scholz flew to Beijing on Saturday for talks with Chinese President Xi Jinping.",
			[]string{"DEUGOV 042 CHNGOV asserted", "CHNGOV 043 DEUGOV asserted"}},
		{"Brazilian President Luiz Inacio Lula da Silva will travel to Moscow next month for talks with Vladimir Putin.",
			[]string{"BRAGOV 036 RUSGOV future"}},
		// talks with a party of another state: the place stays the host
		{"Vladimir Putin did not travel to Istanbul on Thursday for the peace talks with Ukraine.",
			[]string{"RUSGOV 042 TUR negated", "TUR 043 RUSGOV negated"}},
		// no talks named: the state visited
		{"Indian Prime Minister Narendra Modi travelled to Moscow on Monday.",
			[]string{"INDGOV 042 RUS asserted", "RUS 043 INDGOV asserted"}},
	}, false)
}

// TestMutualWithModified codes targets6.go's mutualWithModified: a
// mutual verb's party after "with" and lower-case or "-backed"
// modifiers; unnamed collectives stay no party.
func TestMutualWithModified(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Sudan's army clashed with the paramilitary Rapid Support Forces in Omdurman on Tuesday.",
			[]string{"SDNMIL 190 SDNREB asserted", "SDNREB 190 SDNMIL asserted"}},
		{"Congolese troops clashed with the Rwanda-backed M23 rebels near Goma on Monday.",
			[]string{"CODMIL 190 CODREB asserted", "CODREB 190 CODMIL asserted"}},
		{"Malian soldiers fought with the separatist Tuareg rebels near Kidal on Sunday.",
			[]string{"MLIMIL 190 MLIREB asserted", "MLIREB 190 MLIMIL asserted"}},
		{"Armenia's prime minister held talks with the visiting Iranian foreign minister on Monday.",
			[]string{"ARMGOV 046 IRNGOV asserted", "IRNGOV 046 ARMGOV asserted"}},
		// an unnamed collective: no party
		{"China discussed the situation with other Security Council members on Monday.",
			[]string{}},
	}, false)
}
