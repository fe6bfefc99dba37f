package events_test

import "testing"

// TestWorkplaceAdjectiveSubject checks, on sentences written for this
// test, that people placed at a workplace described by an adjective or a
// noun modifier ("nurses at public hospitals", "teachers in state
// schools") are the subject, not the workplace after the preposition, as
// with no modifier ("nurses at hospitals"): the strike is the nurses'
// (HLH) against their government, where the hospitals (the country, a
// place) were the source and the strike was dropped.
func TestWorkplaceAdjectiveSubject(t *testing.T) {
	c := newCoder(t)
	checkDated(t, c, "2024-03-11", []coverageCase{
		{"Ghanaian nurses at public hospitals went on strike on Monday over unpaid allowances.", []string{"GHAHLH 143 GHAGOV asserted"}},
		{"Ghanaian nurses at hospitals went on strike on Monday over unpaid allowances.", []string{"GHAHLH 143 GHAGOV asserted"}},
		{"Zimbabwean teachers in state schools accused the government on Monday of ignoring their pay claims.", []string{"ZWEEDU 112 ZWEGOV asserted"}},
	})
}
