package events_test

import "testing"

// pricesWaterCases: words of money after "charge" ("reasonable levels of
// council tax", "fees") and "water" not followed by "cannon" after "use"
// are no force (verbs.txt); near misses keep the legal charge and the
// water cannon.
var pricesWaterCases = []familyCase{
	{"price", "The British government will charge reasonable levels of council tax.", nil},
	{"water", "Kenyan herders use our only water source, villagers said.", nil},
	// near misses
	{"near-miss", "Kenyan police will charge the protesters.", []string{"KENCOP 137 KENCVL future"}},
	{"near-miss", "Georgian police used water cannon against protesters in Tbilisi on Sunday.", []string{"GEOCOP 175 GEOCVL asserted"}},
}

// TestPricesWater codes each case of pricesWaterCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestPricesWater(t *testing.T) { checkFamilies(t, "", pricesWaterCases, false) }
