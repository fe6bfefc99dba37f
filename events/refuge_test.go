package events_test

import "testing"

// TestRefugeGiven: asylum, refuge or sanctuary granted or offered, shelter
// given in an embassy, refuge taken in a state's embassy (the embassy's
// state gives it) and refugees taken in, admitted or resettled all grant
// asylum (075); a refuge taken anywhere else has no giver, and refugees of
// no named state are not the host's own people. Shelter given to a
// state's own disaster victims is relief (073), not asylum.
func TestRefugeGiven(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// granted, offered, given in an embassy (active and passive)
		{"Chile granted sanctuary to a Bolivian dissident on Monday.",
			[]string{"CHL 075 BOLOPP asserted"}},
		{"Argentina offered refuge on Tuesday to two Paraguayan opposition senators.",
			[]string{"ARG 075 PRYOPP asserted"}},
		{"A Nicaraguan journalist was granted refuge by Costa Rica on Monday.",
			[]string{"CRI 075 NICMED asserted"}},
		{"Ecuador sheltered a Colombian rebel commander in its embassy in Bogota for a month.",
			[]string{"ECU 075 COLREB asserted"}},
		// refuge taken in an embassy: the embassy's state gives it (plain,
		// fronted and coordinated)
		{"Two Cuban activists found shelter in the Mexican embassy.",
			[]string{"MEX 075 CUBCVL asserted"}},
		{"Fearing arrest, the Uzbek opposition leader took refuge in the Turkish embassy in Tashkent.",
			[]string{"TUR 075 UZBOPP asserted"}},
		{"Honduran police surrounded the building, and the deposed president took refuge in the Brazilian embassy.",
			[]string{"BRA 075 HND asserted"}},
		// refugees taken in, admitted, resettled
		{"Poland took in 300 Ukrainian refugees on Sunday.",
			[]string{"POL 075 UKRREF asserted"}},
		{"Italy admitted 500 Libyan migrants on Sunday.",
			[]string{"ITA 075 LBYREF asserted"}},
		{"Poland took in two million refugees.",
			[]string{"POL 075 - asserted"}},
		// guards: a refuge with no state's embassy, shelter as relief
		{"Thousands of villagers sought refuge in a church after the attack.", nil},
		{"Hundreds of Sudanese civilians sought refuge in Chad.", nil},
		// shelter given as relief is aid to its civilians (073), as ICEWS
		// codes a state's relief to its own people, not asylum (075)
		{"Kenya provided shelter to thousands of flood victims.",
			[]string{"KEN 073 KENCVL asserted"}},
	}, false)
}
