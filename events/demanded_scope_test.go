package events_test

import "testing"

// TestDemandedScope: a protest's purpose infinitive ("to demand higher
// pay") covers the acts it names, not a clause after ", and" with a
// subject of its own: the police who dispersed the march acted. "riot"
// before "police" names the police, no riot. Invented sentences.
func TestDemandedScope(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Hundreds of teachers marched in Nairobi on Friday to demand higher pay, and riot police dispersed them with tear gas.", []string{
			"KENEDU 1412 KENGOV asserted", "KENCOP 175 KENEDU asserted"}},
		{"Hundreds of nurses staged a sit-in outside the health ministry in Accra on Tuesday to demand unpaid allowances, and police fired tear gas at them.", []string{
			"GHAHLH 1412 GHAGOV asserted", "GHACOP 175 GHAHLH asserted"}},
		{"Hundreds of teachers marched in Nairobi on Friday, and riot police dispersed them with tear gas.", []string{
			"KENEDU 141 - asserted", "KENCOP 175 KENEDU asserted"}},
		{"Hundreds of farmers marched in Santiago on Monday to demand that the government ban lithium mining and free jailed activists.", []string{
			"CHLAGR 1412 CHLGOV asserted"}},
	}, false)
}
