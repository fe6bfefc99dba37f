package events_test

import "testing"

// TestEmbassyOwner49: a group storming or attacking "its" embassy or
// consulate in a named city acts on the state named before it whose
// mission it is, never the host state; a state acting on "its embassy"
// acts on its own. Invented sentences.
func TestEmbassyOwner49(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Turkey summoned Germany's envoy on Friday after protesters stormed its consulate in Hamburg.",
			[]string{"TUR 114 DEUGOV asserted", "DEUCVL 145 TUR asserted"}},
		{"Qatar closed its embassy in Cairo on Tuesday after Egypt expelled its ambassador.",
			[]string{"QAT 161 EGY asserted", "EGY 161 QATGOV asserted"}},
	}, false)
}
