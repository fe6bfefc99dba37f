package events_test

import "testing"

// TestThingObjects codes sentences whose verb takes a thing, no actor, in a
// sense that is no event of its code: a plan "sanctioned by" a state is
// approved (no 163), a publication withdrawn from a website is taken down
// (no 0874); sanctions on actors and withdrawals of forces stay.
func TestThingObjects(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		// a plan or an act sanctioned: approved
		{"The military operation was quietly sanctioned by Tehran.", nil},
		{"The arms deal had been sanctioned by Ankara weeks earlier.", nil},
		// ... an actor sanctioned: a sanction
		{"Two Syrian banks were sanctioned by the European Union on Monday.",
			[]string{"IGOEUREEC 163 SYRBUS asserted 2024-07-08"}},
		// a publication withdrawn: taken down
		{"Israel withdrew the advert from its official website on Monday.", nil},
		{"The campaign video was withdrawn by Pakistan on Tuesday.", nil},
		// ... forces and envoys withdrawn stay
		{"Russia withdrew its troops from Kherson on Friday.",
			[]string{"RUS 0874 UKR asserted 2024-07-12"}},
	}, true)
}
