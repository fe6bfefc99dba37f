package events_test

import "testing"

// TestSources45: agent nouns added to actors/data/agents.txt by src45 give
// their events a source: coast guards are military (MIL), as a coast
// guard is; a junta's chief is its government (GOV), as its leader is;
// institutions.txt's Serious Fraud Office (GBRJUD) and Libya's
// Government of National Accord (LBYGOV); groups.txt's Free Aceh
// Movement (IDNREB).
// Invented sentences.
func TestSources45(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Mauritanian coast guards seized two fishing trawlers off Nouadhibou on Friday.", []string{"MRTMIL 171 - asserted"}},
		{"Guinea's junta chief said on Friday he would lift the curfew.", []string{"GINGOV 0351 - future"}},
		{"Britain's Serious Fraud Office opened an inquiry into a defence contractor on Friday.", []string{"GBRJUD 091 - asserted"}},
		{"Libya's Government of National Accord accused Russia on Friday of sending mercenaries.", []string{"LBYGOV 112 RUS asserted"}},
		{"Free Aceh Movement rebels ambushed an army patrol near Lhokseumawe on Friday.", []string{"IDNREB 190 IDNMIL asserted"}},
		{"Myanmar's junta chief criticised the United Nations envoy on Friday.", []string{"MMRGOV 111 IGOUNO asserted"}},
	}, false)
}

// TestAgentNameSource: a state's agent with a proper name the dictionary
// does not know in apposition is the subject of the verb after the name
// (agentNameSource); a name after an agent in the object is not.
// Invented sentences.
func TestAgentNameSource(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zambia's opposition Kafue Alliance accused the government on Friday of rigging the vote.", []string{"ZMBOPP 112 ZMBGOV asserted"}},
		{"Togo's opposition party Nouvelle Voix called for a general strike on Friday.", []string{"TGOOPP 143 TGOGOV asserted"}},
		{"Chad's rebel Renewal Front claimed responsibility on Saturday for the ambush.", []string{"TCDREB 015 - asserted"}},
		{"Bolivia's opposition movement Camino Nuevo rejected the election result on Friday.", []string{"BOLOPP 120 BOLGOV asserted"}},
	}, false)
}
