package events_test

import "testing"

// drivenThingCases: a thing driven out of a place is no expulsion
// (falseevents_driven_thing.go); people driven out are. The exact events
// of each one-sentence article, published 2024-03-14.
var drivenThingCases = []familyCase{
	{"thing", "The sealed fairing was spotted being driven out of a hangar by a passing American tourist.", nil},
	{"people", "Militants were driven out of the town by Iraqi troops.", []string{"IRQMIL 190 IRQREB asserted"}},
}

// TestDrivenThing codes each case as a one-sentence article.
func TestDrivenThing(t *testing.T) { checkFamilies(t, "", drivenThingCases, false) }
