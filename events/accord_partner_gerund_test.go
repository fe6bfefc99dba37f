package events_test

import "testing"

// TestAccordPartnerGerund: a participle right after an accord's partner
// ("broke a ceasefire with rebels bombing …") is the clause subject's
// act, not the partner's (accord_partner.go accordPartnerGerund); rebels
// who bomb in a clause of their own stay the bombers.
func TestAccordPartnerGerund(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Ivorian army broke a ceasefire with rebels bombing rebel positions in Bouake.",
			[]string{"CIVMIL 196 CIVREB asserted", "CIVMIL 195 CIVREB asserted"}},
		{"Sudanese troops broke a truce with rebels shelling their bases near Kadugli.",
			[]string{"SDNMIL 196 SDNREB asserted"}},
		// near-miss: the rebels bomb in their own clause
		{"Ivorian rebels bombing government positions killed nine soldiers.",
			[]string{"CIVREB 183 CIVGOV asserted", "CIVREB 190 CIVMIL asserted"}},
	}, false)
}
