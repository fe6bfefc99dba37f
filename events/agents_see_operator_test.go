package events_test

import "testing"

// TestSeesAndStateCompanies codes the agent entries of
// actors/data/agents.txt added by coder69b: a diocese is religion (REL),
// as a church is; a state-run company and a nuclear operator are
// business (BUS), as a state-owned company is; so a raid on their
// premises has them as its target.
func TestSeesAndStateCompanies(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chilean prosecutors raided the offices of the Catholic diocese of Rancagua on Wednesday.",
			[]string{"CHLJUD 091 CHLREL asserted"}},
		{"South Korean prosecutors raided the headquarters of the state-run nuclear operator on Wednesday.",
			[]string{"KORJUD 091 KORBUS asserted"}},
		{"Brazilian police raided the offices of a state-run company in Rio de Janeiro on Tuesday.",
			[]string{"BRACOP 091 BRABUS asserted"}},
		// near miss: premises whose owner no dictionary names give no
		// target, and the raid is left out
		{"Chilean prosecutors raided the offices of a local foundation on Wednesday.",
			nil},
	}, false)
}
