package events_test

import "testing"

// TestTollVictims: an attack on a place yields to the civilians, called
// so, its toll names when the attacker is of the place's state; the dead
// named "people", police, and a foreign attack's dead civilians keep the
// state. A
// relative clause on a bombing's object tells its toll as a participle
// does (targets_toll.go). Invented sentences.
func TestTollVictims(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Somali rebels shelled the centre of Mogadishu on Friday, killing at least seven civilians.", []string{"SOMREB 194 SOMCVL asserted"}},
		{"Somali rebels shelled the centre of Mogadishu on Friday, killing three policemen.", []string{"SOMREB 194 SOM asserted"}},
		{"Somali rebels shelled the centre of Mogadishu on Friday, killing at least seven people.", []string{"SOMREB 194 SOM asserted"}},
		{"Russian forces shelled the centre of Kherson on Friday, killing two civilians.", []string{"RUSMIL 194 UKR asserted"}},
		{"Maoist rebels set off a roadside bomb that killed six policemen in eastern India on Sunday.", []string{"INDREB 183 INDCOP asserted"}},
		{"Al Shabaab fighters set off a roadside bomb that killed six soldiers near Kismayo on Sunday.", []string{"SOMREB 183 SOMMIL asserted"}},
		{"Maoist rebels set off a roadside bomb in eastern India on Sunday.", []string{"INDREB 183 IND asserted"}}, // (the state, no victim named: targets_bombed_state.go)
	}, false)
}

// TestCoordinatedSanctions: a sanction noun after "and" that the tagger
// reads as a verb ("and other sanctions", "and sanctions") goes on with
// the object, whose target follows it ("on Libya"); roles.go
// sanctionNounAt. Invented sentences.
func TestCoordinatedSanctions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The European Union lifted an arms embargo and other sanctions on Belarus on Monday.", []string{"IGOEUREEC 085 BLR asserted"}},
		{"The European Union imposed an arms embargo and sanctions on Belarus on Monday.", []string{"IGOEUREEC 163 BLR asserted"}},
		{"Canada imposed tariffs and other restrictions on China on Friday.", []string{"CAN 163 CHN asserted"}},
	}, false)
}
