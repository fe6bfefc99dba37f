package events_test

import "testing"

// TestThingObjects codes sentences whose verb takes a thing, no actor, in a
// sense that is no event of its code: a plan "sanctioned by" a state is
// approved (no 163), a publication withdrawn from a website is taken down
// (no 0874); sanctions on actors or their trade and withdrawals of forces,
// also from a site, platform or channel, stay.
func TestThingObjects(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		// a plan or an act sanctioned: approved
		{"The military operation was quietly sanctioned by Tehran.", nil},
		{"The arms deal had been sanctioned by Ankara weeks earlier.", nil},
		// ... an actor sanctioned: a sanction
		{"Two Syrian banks were sanctioned by the European Union on Monday.",
			[]string{"IGOEUREEC 163 SYRBUS asserted 2024-07-08"}},
		// ... trade sanctioned: a sanction on it
		{"Iranian oil sales were sanctioned by the United States on Tuesday.",
			[]string{"USA 163 IRN asserted 2024-07-09"}},
		{"The arms transfers were sanctioned by the European Union over the crackdown.",
			[]string{"IGOEUREEC 163 - asserted 2024-07-13"}},
		// a publication withdrawn: taken down
		{"Israel withdrew the advert from its official website on Monday.", nil},
		{"The campaign video was withdrawn by Pakistan on Tuesday.", nil},
		// ... forces and envoys withdrawn stay
		{"Russia withdrew its troops from Kherson on Friday.",
			[]string{"RUS 0874 UKR asserted 2024-07-12"}},
		// ... from a site, platform or channel that is a place
		{"Israeli forces withdrew from the site of the raid on Tuesday.",
			[]string{"ISRMIL 0874 - asserted 2024-07-09"}},
		{"Britain withdrew its warships from the English Channel.",
			[]string{"GBR 0874 - asserted 2024-07-13"}},
		{"Iranian forces withdrew from the gas platform after the clashes.",
			[]string{"IRNMIL 0874 - asserted 2024-07-13"}},
		// ... but a publication taken off one is taken down
		{"Pakistan withdrew the campaign video from its YouTube channel on Monday.", nil},
		{"The ruling party withdrew the poster from its web site.", nil},
	}, true)
}

// TestWithdrawnGrants: a grant withdrawn (asylum, citizenship, a visa)
// is no retreat (falseevents.go idiom, [withdrawn things]; dev12 W12294
// was ECU 0874); troops withdrawn stay a retreat.
func TestWithdrawnGrants(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"British police arrested WikiLeaks founder Julian Assange at Ecuador's embassy in London on Thursday after Quito withdrew his asylum.",
			[]string{"GBRCOP 173 NGOMEDWKL asserted"}},
		{"Russia withdrew its troops from Kherson on Friday.", []string{"RUS 0874 UKR asserted"}},
		{"Ukrainian troops withdrew from the town on Monday.", []string{"UKRMIL 0874 - asserted"}},
	}, false)
}
