package events_test

import "testing"

// TestReasonPhraseTargets checks, on sentences written for this test,
// that an attack's target is never an actor inside the retaliation or
// response phrase after it ("in retaliation for US strikes"): the ship
// attacked has no state, and the act keeps no target (an attack on a
// ship is coded with none, ship_attack.go); near misses: a target named before the phrase stays
// ("at a British oil tanker", "in Iran"), and acts other than force aim
// at whom they answer (a suspended pact, an expulsion).
func TestReasonPhraseTargets(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-07-13", []coverageCase{
		{"Houthi rebels launched drones at a container ship in response to American air strikes.", nil},
		{"Houthi rebels said they attacked two ships in retaliation for US strikes on Yemen.", []string{"YEMREB 190 - asserted"}},
		{"Yemen's Houthis attacked a cargo ship in the Red Sea in retaliation for US strikes.", []string{"YEMREB 190 - asserted"}},
		{"The Houthis fired missiles at a tanker in the Gulf of Aden on Monday in retaliation for U.S. and British strikes on Yemen.",
			[]string{"YEMREB 195 - asserted"}},
		// near misses
		{"Yemen's Houthis fired a missile at a British oil tanker on Monday in retaliation for U.S. strikes.",
			[]string{"YEMREB 195 GBR asserted"}},
		{"Israeli jets struck military targets in Iran on Saturday in retaliation for Iran's missile attack.",
			[]string{"ISRMIL 195 IRN asserted"}},
		{"South Korea suspended a military agreement with North Korea in response to North Korea's launch of a spy satellite.",
			[]string{"KOR 160 PRK asserted"}},
		{"Russia expelled two Polish diplomats in retaliation for Poland's expulsion of Russian envoys.",
			[]string{"RUS 161 POLGOV asserted"}},
	})
}
