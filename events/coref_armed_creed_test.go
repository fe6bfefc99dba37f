package events_test

import "testing"

// TestArmedHomeCreedWord: rebels listed after a state's negotiators with
// a creed word the tagger reads as a noun ("communist rebel leaders") are
// that state's rebels, not the mediator's or the venue's
// (coref_armed.go, creedWord).
func TestArmedHomeCreedWord(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Colombian government negotiators and communist rebel leaders opened peace talks in Havana on Thursday under Cuba's mediation.",
			[]string{"COLGOV 046 COLREB asserted", "COLREB 046 COLGOV asserted", "CUB 045 COLGOV asserted", "CUB 045 COLREB asserted"}},
		{"Philippine government negotiators and communist rebels resumed peace talks in Oslo on Tuesday.",
			[]string{"PHLGOV 046 PHLREB asserted", "PHLREB 046 PHLGOV asserted"}},
		{"Nepal's government and Maoist rebels signed a peace deal in Kathmandu on Tuesday.",
			[]string{"NPLGOV 057 NPLREB asserted", "NPLREB 057 NPLGOV asserted"}},
	}, false)
}
