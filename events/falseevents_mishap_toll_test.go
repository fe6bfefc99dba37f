package events_test

import "testing"

// mishapTollCases: the toll of an accident told by a participle after
// the accident's own clause ("a boat capsized …, killing …") has no actor
// (falseevents_mishap_toll.go mishapToll); the reaction around it is
// coded. An attack whose verb has an object keeps its toll's attacker.
// The exact events each sentence gives.
var mishapTollCases = []familyCase{
	{"mishap-toll", "Kenya's president sent condolences to Uganda on Monday after a boat carrying Congolese refugees capsized on Lake Albert, killing more than 100 people.", []string{"KENGOV 018 UGA asserted"}},
	{"mishap-toll", "A bus carrying Ethiopian migrants overturned in southern Tanzania on Sunday, killing 19 people.", nil},
	// near miss: the verb has its object, an attack
	{"mishap-toll", "The Israeli navy sank a Hamas boat off Gaza on Monday, killing three militants.", []string{"ISRMIL 1712 PSEREB asserted"}},
	// near miss: a craft driven into someone's post ("into" an actor) is an attack, not an accident
	{"mishap-toll", "Hamas said its bomber crashed into an Israeli army post near Gaza on Monday, killing three Israeli soldiers.", []string{"PSEREB 190 ISRMIL asserted"}},
	{"mishap-toll", "Hamas said its bomber crashed into a hillside near Gaza on Monday, killing three Israeli soldiers.", nil},
}

// TestMishapToll codes each case of mishapTollCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestMishapToll(t *testing.T) {
	checkFamilies(t, "", mishapTollCases, false)
}
