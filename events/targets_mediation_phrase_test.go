package events_test

import "testing"

// TestPhraseMediator: "with X as mediator(s)" names a mediator of the parties' signing or talks: X 045 each party
// (gold README item 35; targets_mediation.go, phraseMediator). A mediator
// who only speaks mediates nothing here.
func TestPhraseMediator(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Ethiopia's government and Tigrayan rebels signed a peace agreement in Pretoria on Wednesday, with the African Union as mediator.",
			[]string{"ETHGOV 057 ETHREB asserted", "ETHREB 057 ETHGOV asserted", "IGOAFRAFU 045 ETHGOV asserted", "IGOAFRAFU 045 ETHREB asserted"}},
		{"Colombia's government and the ELN rebels signed a ceasefire in Havana on Friday, with Cuba and Norway as mediators.",
			[]string{"COLGOV 0871 COLREB asserted", "COLREB 0871 COLGOV asserted", "CUB 045 COLGOV asserted", "CUB 045 COLREB asserted", "NOR 045 COLGOV asserted", "NOR 045 COLREB asserted"}},
		{"An African Union mediator said on Tuesday that Sudan's army and the opposition had agreed to resume talks.",
			[]string{"SDNMIL 036 SDNOPP future", "SDNOPP 036 SDNMIL future"}},
	}, false)
}
