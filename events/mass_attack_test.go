package events_test

import "testing"

// TestMassAttackOnPeople: an armed attack on a group of people whose
// participle counts more than 20 killed is a mass killing (202) on those
// people; an attack on a place, on soldiers, with a small or uncounted
// toll, or repression of protesters keeps its code (mass_attack.go).
func TestMassAttackOnPeople(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Al Shabaab militants attacked mourners at a cemetery in Somalia's Gedo region on Saturday, killing at least 35 people.", []string{"SOMREB 202 SOMCVL asserted"}},
		{"Boko Haram fighters opened fire on worshippers at a mosque in Nigeria's Borno state on Friday, killing more than 40 people.", []string{"NGAREB 202 NGACVL asserted"}},
		{"Boko Haram fighters attacked villagers in Nigeria's Borno state on Sunday, killing 12 people.", []string{"NGAREB 190 NGACVL asserted"}},
		{"Jihadists attacked a ferry on the Niger river in Mali on Thursday, killing at least 49 civilians.", []string{"MLIREB 190 MLICVL asserted"}},
		{"Jihadists attacked an army post in Mali on Thursday, killing at least 30 soldiers.", []string{"MLIREB 190 MLIMIL asserted"}},
	}, false)
}
