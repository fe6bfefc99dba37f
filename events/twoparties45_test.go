package events_test

import "testing"

// TestBareTheTwo: a bare "the two" right before a finite verb, after an
// act between two parties, means those two ("met …, and the two signed a
// trade deal": one event each way); "the two agreed on <someone doing
// something>" is a plan, no accord signed. Invented sentences.
func TestBareTheTwo(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday, and the two signed a trade deal.", []string{
			"KENGOV 040 TZAGOV asserted", "TZAGOV 040 KENGOV asserted", "KENGOV 057 TZAGOV asserted", "TZAGOV 057 KENGOV asserted"}},
		{"Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday, and the two agreed on Kenya buying Tanzanian gas.", []string{
			"KENGOV 040 TZAGOV asserted", "TZAGOV 040 KENGOV asserted"}},
	}, false)
}
