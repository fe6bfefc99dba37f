package events_test

// Negotiators, representatives or delegates "for" a list of parties
// stand for each party (events/roles.go agentsFor).

import "testing"

// TestNegotiatorsFor checks a subject "Negotiators for A and B": one
// event per party, each with the other as target, where the first party
// alone was coded or no source found.
func TestNegotiatorsFor(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Negotiators for Sudan's army and the Rapid Support Forces met in Jeddah on Sunday.", []string{"SDNMIL 044 SDNREB asserted", "SDNREB 044 SDNMIL asserted"}},
		{"Representatives for Armenia and Azerbaijan held talks in Geneva on Monday.", []string{"ARMGOV 046 AZEGOV asserted", "AZEGOV 046 ARMGOV asserted"}},
	}, false)
}
