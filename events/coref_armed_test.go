package events_test

import "testing"

// TestArmedGroupHome codes coref_armed.go: an unnamed armed group takes
// the country of a place name right before it, or of the state or armed
// group it is listed with, before the place the sentence is set in (a
// venue, or the state its fire reaches).
func TestArmedGroupHome(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a place name before the group noun, not the state it fires into
		{"Gaza militants fired dozens of rockets into Israel on Sunday.",
			[]string{"PSEREB 194 ISR asserted"}},
		{"Darfur rebels shelled a town in Chad on Friday.",
			[]string{"SDNREB 194 TCD asserted"}},
		// listed with a government at a third country's venue
		{"South Sudan's government and rebels signed a peace deal in Addis Ababa on Thursday.",
			[]string{"SSDGOV 057 SSDREB asserted", "SSDREB 057 SSDGOV asserted"}},
		{"Indonesia and Aceh rebels agreed to a ceasefire in Helsinki on Monday.",
			[]string{"IDN 0871 IDNREB asserted", "IDNREB 0871 IDN asserted"}},
		{"Mali's junta and Tuareg rebels held talks in Algiers on Tuesday.",
			[]string{"MLIGOV 046 MLIREB asserted", "MLIREB 046 MLIGOV asserted"}},
		// near miss: no list, the place where they fight
		{"Rebels attacked an army post in northern Mali on Friday.",
			[]string{"MLIREB 190 MLIMIL asserted"}},
	}, false)
}
