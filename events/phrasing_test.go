package events_test

import "testing"

// TestParticipleClauses codes team-written sentences whose participles and
// subordinate clauses tell more of the main act: a subordinate clause is
// no reduced relative ("as thousands of Turks rallied"), a participle's
// coordinated object before the finite verb ("commandos wielding rifles
// boarded …", phrasing.go), "their"/"its" after a second coordinated verb
// is the first verb's object, participles of a rampage are its assault,
// and a participle after a signed pact is what the pact promises, not an
// event of its own. Each want lists every event of the sentence as "SOURCE
// CAMEO TARGET status" ("-" for no target), in any order.
func TestParticipleClauses(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"The president left on Friday as thousands of Turks rallied in Ankara against the government.",
			[]string{"TURCVL 141 TURGOV asserted"}},
		{"Iranian commandos wielding rifles boarded a Greek tanker and seized its cargo.",
			[]string{"IRNMIL 171 GRC asserted"}},
		{"Iraqi gunmen rampaged through the town, burning shops and beating residents.",
			[]string{"IRQUAF 182 IRQCVL asserted"}},
		{"Vietnam and Australia signed a trade pact in Hanoi on Monday, lowering tariffs on farm goods.",
			[]string{"VNM 057 AUS asserted", "AUS 057 VNM asserted"}},
	}, false)
}

// TestNominalAttackSubject codes team-written sentences whose subject is a
// nominal attack: it hits the verb's object, and "U.S." before an attack
// noun is its actor, not its place. Each want lists every event of the
// sentence as "SOURCE CAMEO TARGET status date", in any order.
func TestNominalAttackSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// a nominal attack as the subject hits the verb's object; "U.S."
		// before an attack noun is its actor, not its place
		{"An Israeli air strike killed a Hamas commander in Gaza on Monday.",
			[]string{"ISRMIL 195 PSEREB asserted 2024-07-08"}},
		// (flown by the military, as the Israeli one: refine.go)
		{"A U.S. drone strike killed a senior al-Shabaab commander in Somalia on Monday.",
			[]string{"USAMIL 1952 SOMREB asserted 2024-07-08"}},
	}, true)
}
