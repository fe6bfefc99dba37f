package events_test

import "testing"

// TestLegislaturePactApproved: a treaty, pact or agreement with a party
// approved by a legislature is ratified (057, the partner its target), as
// "ratified a border deal with" is; a cabinet's approval and a pact with
// no partner named give nothing.
func TestLegislaturePactApproved(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Turkish parliament approved a defence agreement with Libya on Saturday.",
			[]string{"TURLEG 057 LBY asserted"}},
		{"Kenya's parliament approved on Tuesday a security pact with Somalia.",
			[]string{"KENLEG 057 SOM asserted"}},
		// near misses: a cabinet's approval; no partner named
		{"The cabinet approved a trade deal with Japan.",
			nil},
		{"Kenya's parliament approved the security pact on Tuesday.",
			nil},
		// a company is no treaty partner; unnamed creditors are no party
		{"The Libyan parliament approved an agreement with ExxonMobil to explore offshore blocks.",
			nil},
		{"The Portuguese parliament approved a loan agreement with international lenders.",
			nil},
	}, false)
}
