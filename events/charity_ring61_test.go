package events_test

import "testing"

// TestCharityAndRingTargets: a charity named by its state's adjective is
// that state's NGO, a smuggling or trafficking ring that state's
// criminals (CRM), as targets of arrests and seizures (actors/data/agents.txt);
// the bare adjective before another noun stays the state alone.
func TestCharityAndRingTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Libyan police arrested four members of a Spanish charity in Benghazi on Monday.", []string{"LBYCOP 173 ESPNGO asserted"}},
		{"Greek prosecutors impounded a rescue ship run by a Dutch charity on Friday.", []string{"GRCJUD 1711 NLDNGO asserted"}},
		{"Thai police arrested nine members of a Malaysian human trafficking ring on Tuesday.", []string{"THACOP 173 MYSCRM asserted"}},
		// near miss: members of a Spanish delegation are its officials, no charity
		{"Libyan police arrested four members of a Spanish delegation in Benghazi on Monday.", []string{"LBYCOP 173 ESPGOV asserted"}},
	}, false)
}
