package events_test

import "testing"

// TestAttackPlaceCompound codes a capital before an attack noun ("the
// Nairobi attack") as the attack's place, never its attacker, whether the
// tagger reads the noun as a noun or a verb; a nationality adjective or a
// named group before the noun, a capital as a subject and an attack
// blamed on a group still code.
func TestAttackPlaceCompound(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The Nairobi attack killed 14 people, Kenyan police said on Monday.", nil},
		{"The Brussels attack killed 32 people, Belgian prosecutors said.", nil},
		{"Friday's Kabul bombing wounded dozens of students.", nil},
		{"The Russian attack on Sumy killed 20 people.", []string{"RUS 190 UKR asserted"}},
		{"Moscow attacked Kyiv overnight with dozens of drones.", []string{"RUS 195 UKR asserted"}},
		{"Kenya blamed al-Shabaab for the Nairobi attack.", []string{"KEN 112 SOMREB asserted"}},
		{"Brussels warned London on Monday against breaking the treaty.", []string{"IGOEUREEC 130 GBR asserted"}},
	}, false)
}
