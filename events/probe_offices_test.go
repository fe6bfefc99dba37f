package events_test

import "testing"

// TestProbeOffices: a state's anti-corruption offices, comptroller and
// constitutional council act as the state bodies they are (GOV, their
// officers COP, the council JUD), so their questioning, searches,
// inquiries, arrests and rulings have a source. Invented sentences.
func TestProbeOffices(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Uganda's anti-corruption commission questioned a former health minister on Monday over missing vaccine funds.", []string{"UGAGOV 091 UGA asserted"}},
		{"Botswana's anti-graft bureau searched the home of a former transport minister on Friday.", []string{"BWAGOV 091 BWA asserted"}},
		{"Chile's comptroller opened an inquiry on Monday into the defence ministry's purchase of trucks.", []string{"CHLGOV 091 CHLGOV asserted"}},
		{"Niger's constitutional council rejected on Monday a challenge by the opposition candidate.", []string{"NERJUD 120 NEROPP asserted"}},
		{"Indonesian anti-graft officers arrested a senior judge on Friday.", []string{"IDNCOP 173 IDNJUD asserted"}},
	}, false)
}
