package events_test

import "testing"

// asylumBackstoryCases: a "who" clause about the person given asylum
// tells why asylum was sought (falseevents_asylum.go asylumBackstory):
// only the grant is coded. A clause of its own after ", and" is coded.
// The exact events each sentence gives.
var asylumBackstoryCases = []familyCase{
	{"asylum-backstory", "Sweden granted asylum on Friday to a Belarusian opposition activist who was beaten by police during the 2020 protests.", []string{"SWE 075 BLROPP asserted"}},
	{"asylum-backstory", "Canada granted asylum to a Saudi teenager who barricaded herself in a Bangkok hotel room to avoid being sent home.", []string{"CAN 075 SAUCVL asserted"}},
	{"asylum-backstory", "Poland granted political asylum on Tuesday to a Belarusian journalist who fled after being beaten by police in Minsk.", []string{"POL 075 BLRMED asserted"}},
	{"asylum-backstory", "Germany granted asylum on Monday to a Russian journalist who was detained by police in Moscow.", []string{"DEU 075 RUSMED asserted"}},
	// near miss: a clause of its own after the grant is an event
	{"asylum-backstory", "Germany granted asylum on Monday to a Russian journalist who was detained by police in Moscow, and Russia condemned the decision.", []string{"DEU 075 RUSMED asserted", "RUS 111 DEU asserted"}},
	// near miss: without the grant, the act in the clause is coded
	{"asylum-backstory", "Belarusian police detained an opposition activist in Minsk on Friday.", []string{"BLRCOP 173 BLROPP asserted"}},
}

// TestAsylumBackstory codes each case of asylumBackstoryCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestAsylumBackstory(t *testing.T) { checkFamilies(t, "", asylumBackstoryCases, false) }
