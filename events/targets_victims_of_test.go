package events_test

import "testing"

// victimsOfCases: the wrongdoer after "the victims of" is no target
// (targets_victims_of.go); a target named otherwise stays. A place name
// that ends a longer settlement name is no place of its own
// (place_names.go settlementName). The exact events of each one-sentence
// article, published 2024-03-14.
var victimsOfCases = []familyCase{
	{"victims of", "Japanese Prime Minister Fumio Kishida expressed his condolences for the victims of a gunman who killed 26 worshippers at a church in Texas.", []string{"JPNGOV 018 - asserted", "USAUAF 180 USACVL asserted"}},
	{"victims of", "Japanese Prime Minister Fumio Kishida expressed condolences to Egypt for the victims of the bombing.", []string{"JPNGOV 018 EGY asserted"}},
	{"victims of", "Taiwan's president expressed sympathy on Tuesday for victims of the Chilean earthquake.", []string{"TWNGOV 018 CHL asserted"}},
	{"settlement", "Two gunmen infiltrated the Alei Sinai settlement and opened fire on the residents.", nil},
	{"settlement", "Gunmen opened fire on residents in northern Sinai.", []string{"EGYUAF 193 EGYCVL asserted"}},
}

// TestVictimsOf codes each case as a one-sentence article.
func TestVictimsOf(t *testing.T) { checkFamilies(t, "", victimsOfCases, false) }

// equippedCoordinatedCases: an equipping verb coordinated before the
// verb of the object still makes the infinitive an aim
// (falseevents_purpose.go purposeAct).
var equippedCoordinatedCases = []familyCase{
	{"equip", "Nato powers are arming and maintaining the security forces of Turkey to fly its planes and shoot at refugees.", nil},
	{"equip", "Turkish security forces shot at refugees.", []string{"TURCOP 193 TURREF asserted"}},
}

// TestEquippedCoordinated codes each case as a one-sentence article.
func TestEquippedCoordinated(t *testing.T) { checkFamilies(t, "", equippedCoordinatedCases, false) }
