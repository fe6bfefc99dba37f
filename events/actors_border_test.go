package events_test

import "testing"

// TestBorderNeighbour: a state named as a border ("near the Nigerien
// border", "along the Afghan frontier", "the border with Kenya") is the
// neighbour across it and gives unnamed gunmen, militants and victims no
// country; the state of the speaker or of the sentence's other actors
// does (actors_border.go). A border town stays its state's place.
func TestBorderNeighbour(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen killed 12 villagers near the Nigerien border on Sunday, Burkina Faso's army said.",
			[]string{"BFAUAF 180 BFACVL asserted"}},
		{"Militants killed 12 villagers in a town near the Afghan border, Pakistani officials said.",
			[]string{"PAKREB 180 PAKCVL asserted"}},
		{"Gunmen killed seven fishermen on a lake along the border with Mozambique, Tanzanian police said on Monday.",
			[]string{"TZAUAF 180 TZACVL asserted"}},
		{"Insurgents ambushed a convoy of traders close to the Malian frontier on Thursday, Niger's defence ministry said.",
			[]string{"NERREB 190 NERBUS asserted"}},
		{"Armed men abducted 20 farmers near the Cameroonian border overnight, Nigerian police said on Tuesday.",
			[]string{"NGAUAF 181 NGAAGR asserted"}},
		{"Venezuelan troops fired rubber bullets at crowds gathered along the Colombian frontier on Sunday.",
			[]string{"VENMIL 175 VENCVL asserted"}},
		{"Thai soldiers detained 40 villagers near the Cambodian border on Friday.",
			[]string{"THAMIL 173 THACVL asserted"}},
		{"Gunmen killed nine people in a Pakistani border village on Sunday, Afghan officials said.",
			[]string{"PAKUAF 180 PAKCVL asserted"}},
	}, false)
}

// TestForeignDeportees: migrants a state deports or sends back with no
// state of their own named are no people of the deporting state: the
// deportation has no target (deport_foreign.go); named deportees keep
// their state.
func TestForeignDeportees(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hungary sent 150 migrants back to Serbia on Tuesday.",
			[]string{"HUN 174 - asserted"}},
		{"Spain deported 80 asylum seekers on a charter flight on Friday.",
			[]string{"ESP 174 - asserted"}},
		{"About 300 migrants were deported by Algeria on Monday.",
			[]string{"DZA 174 - asserted"}},
		{"The Bahamas deported 120 Haitian migrants on Thursday.",
			[]string{"BHS 174 HTIREF asserted"}},
	}, false)
}

// TestSharedBorderNeighbours: state adjectives joined before one plural
// border noun ("the Chilean and Peruvian borders") each name a neighbour,
// as one adjective before "border" does, and give the sentence's unnamed
// people no country (actors_border.go sharedBorder). Adjectives joined
// before people are those people's states. Invented wire sentences and
// one of dev37-wire (W37018, cut before its "demanding" clause).
func TestSharedBorderNeighbours(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Gunmen killed 12 villagers near the Nigerien and Malian borders on Sunday, Burkina Faso's army said.",
			[]string{"BFAUAF 180 BFACVL asserted"}},
		{"Militants killed nine villagers in a town near the Afghan and Iranian frontiers, Pakistani officials said.",
			[]string{"PAKREB 180 PAKCVL asserted"}},
		{"Bolivian truck drivers and farmers blocked the main highways linking La Paz to the Chilean and Peruvian borders on Tuesday.",
			[]string{"BOLLAB 144 BOLGOV asserted", "BOLAGR 144 BOLGOV asserted"}},
		// near miss: the joined adjectives head people, not a border
		{"Chilean and Peruvian troops seized a smuggling boat near the border on Tuesday.",
			[]string{"CHLMIL 171 - asserted", "PERMIL 171 - asserted"}},
	}, false)
}
