package events_test

import "testing"

// sinceSpanCases: a finite "since" clause that dates the start of a span
// (after a perfect, a superlative, or opening the sentence before a
// perfect main clause) tells a past reference point, no event
// (falseevents_since_span.go); the near misses keep their events: a
// "since" clause after a simple past, the act of the main clause, and
// an "after" clause.
var sinceSpanCases = []familyCase{
	{"perfect", "Fuel prices have climbed steadily since Iraq and Iran signed a trade accord.", nil},
	{"perfect", "The peso has been moving in a narrow range since Mexico and Brazil reached a trade accord.", nil},
	{"superlative", "It was the heaviest fighting in the province since Ethiopian troops shelled the Eritrean town of Zalambessa.", nil},
	{"opening", "Since Eritrea closed its border with Ethiopia, thousands of traders have lost their income.", nil},
	// near misses: the act told as news, an "after" clause, a causal "since" after a simple past
	{"near-miss", "Ethiopian troops shelled the Eritrean town of Zalambessa on Tuesday.", []string{"ETHMIL 194 ERI asserted"}},
	{"near-miss", "Fuel prices climbed on Tuesday after Iraq and Iran signed a trade accord.", []string{"IRQ 057 IRN asserted", "IRN 057 IRQ asserted"}},
	{"near-miss", "Eritrea closed its border with Ethiopia on Tuesday, since talks had failed.", []string{"ERI 191 ETH asserted"}},
}

// TestSinceSpan codes each case of sinceSpanCases as a one-sentence
// article published on 2024-03-14 and compares its events exactly.
func TestSinceSpan(t *testing.T) { checkFamilies(t, "", sinceSpanCases, false) }
