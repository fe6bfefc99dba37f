package events_test

import "testing"

// TestDeployedAgainst codes deployments that name the enemy they are sent
// to fight: the armed actor is the target, not the country of the place;
// help sent to a state keeps the state.
func TestDeployedAgainst(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Kenya sent troops into the Somali border town of Dhobley to fight al-Shabaab militants.",
			[]string{"KEN 154 SOMREB asserted"}},
		{"Ethiopia sent troops into Somalia to fight al-Shabaab.",
			[]string{"ETH 154 SOMREB asserted"}},
		// an ally fought alongside or with is no target; the actor after
		// "against" is
		{"Belarus moved troops to its border with Ukraine to fight alongside Russian forces.",
			[]string{"BLR 154 UKR asserted"}},
		{"Chad sent soldiers into Mali to fight with French troops.",
			[]string{"TCD 154 MLI asserted"}},
		{"Uganda sent troops into Somalia to fight alongside Somali soldiers against al-Shabaab militants.",
			[]string{"UGA 154 SOMREB asserted"}},
		// the state itself stays the target of a deployment aimed at it
		{"Russia massed troops on the border to confront Ukraine.",
			[]string{"RUS 154 UKR asserted"}},
	}, false)
}
