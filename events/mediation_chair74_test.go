package events_test

import "testing"

// TestChairedTalksMediation: a third party that chairs talks between
// others mediates them (045 to each party), and "a round of talks"
// between the parties is their own talks (046 both ways), as hosted talks
// are; chaired talks with a party are no mediation.
func TestChairedTalksMediation(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Norwegian mediators chaired a fresh round of talks in Oslo on Tuesday between Sri Lanka's government and the Tamil Tigers.",
			[]string{"NORGOV 045 LKAGOV asserted", "NORGOV 045 LKAREB asserted", "LKAGOV 046 LKAREB asserted", "LKAREB 046 LKAGOV asserted"}},
		{"Qatar chaired talks between Sudan's army and the Rapid Support Forces in Doha on Monday.",
			[]string{"QAT 045 SDNMIL asserted", "QAT 045 SDNREB asserted", "SDNMIL 046 SDNREB asserted", "SDNREB 046 SDNMIL asserted"}},
		{"Norway hosted a new round of talks between Sri Lanka's government and the Tamil Tigers in Oslo on Tuesday.",
			[]string{"NOR 045 LKAGOV asserted", "NOR 045 LKAREB asserted", "LKAGOV 046 LKAREB asserted", "LKAREB 046 LKAGOV asserted"}},
		{"The prime minister chaired a cabinet meeting on Tuesday.", nil},
	}, false)
}
