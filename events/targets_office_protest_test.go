package events_test

import "testing"

// TestOfficeProtested: a protest held outside or at an international or
// non-governmental organisation's office takes the organisation as target,
// and one at another state's military base that state's forces
// (targets_office_protest.go; gold dev40-wire W40048, dev50-wire W50038).
func TestOfficeProtested(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Refugees from Syria staged a sit-in outside the UNHCR office in Amman on Tuesday.", []string{"SYRREF 141 IGOUNOHCR asserted"}},
		{"Villagers in Japan's Okinawa staged a sit-in at the gate of a U.S. Marine base on Tuesday to oppose a plan to build a new runway.", []string{"JPNCVL 141 USAMIL asserted"}},
		{"Kenyan farmers staged a sit-in outside the World Bank's office in Nairobi on Tuesday.", []string{"KENAGR 141 IGOUNOWBK asserted"}},
		// near misses: the protesters' own state's base; a town hall
		{"Japanese villagers rallied outside a Japanese army base on Tuesday.", []string{"JPNCVL 141 - asserted"}},
		{"Kenyan farmers staged a sit-in outside the town hall in Nakuru on Tuesday.", []string{"KENAGR 141 - asserted"}},
	}, false)
}
