package events_test

import "testing"

// TestSources45: agent nouns added to actors/data/agents.txt by src45 give
// their events a source: coast guards are military (MIL), as a coast
// guard is; a junta's chief is its government (GOV), as its leader is.
// Invented sentences.
func TestSources45(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mauritanian coast guards seized two fishing trawlers off Nouadhibou on Friday.", []string{"MRTMIL 171 - asserted"}},
		{"Guinea's junta chief said on Friday he would lift the curfew.", []string{"GINGOV 0351 - future"}},
		{"Myanmar's junta chief criticised the United Nations envoy on Friday.", []string{"MMRGOV 111 IGOUNO asserted"}},
	}, false)
}
