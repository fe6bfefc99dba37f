package events_test

import "testing"

// TestMassKillingCounts: a killing of more than 20 people or civilians
// counted right after the verb is a mass killing (202), and so is one of
// "more than 200 ethnic" members of a people; 20 or fewer stay 180 (the
// gold: ev0414 "killed 20 civilians" 180, W14126 "killed at least 22
// civilians" 202), and suicide bombers' killings stay bombings. Invented
// sentences.
func TestMassKillingCounts(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Armed men killed at least 24 villagers in northern Burkina Faso on Monday.", []string{"BFAUAF 202 BFACVL asserted"}},
		{"Gunmen killed more than 60 ethnic Tutsi in eastern Congo on Saturday.", []string{"CODUAF 202 CODCVL asserted"}},
		{"Armed men killed 18 villagers in northern Burkina Faso on Monday.", []string{"BFAUAF 180 BFACVL asserted"}},
	}, false)
}
