package events_test

import "testing"

// TestPeopleOfPlaceNoun: people "of a <place> <place noun>" are the
// place's people, and the subject of the verb after the phrase, as
// "Residents of Nairobi" are, the place a city the gazetteer knows
// (residents_of.go): "Residents of a Nairobi
// slum set fire to a police post" gave nothing, now KENCVL 145 KENCOP.
// Forces and officials of such a place, an unknown place and a bare
// modifier are left as before.
func TestPeopleOfPlaceNoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Residents of a Mombasa slum set fire to a police station on Sunday.",
			[]string{"KENCVL 145 KENCOP asserted"}},
		{"Villagers of a Mombasa district set fire to a police station on Sunday.",
			[]string{"KENCVL 145 KENCOP asserted"}},
		// near misses: commanders of a town, an unknown place, a modifier
		{"Commanders of a Syrian town attacked the police station on Sunday.", nil},
		{"Residents of the Zorblat slum set fire to a police station on Sunday.", nil},
		{"Kenyan fuel supplies fell on Sunday.", nil},
	}, false)
}
