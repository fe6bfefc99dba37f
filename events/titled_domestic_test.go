package events_test

import "testing"

// TestTitledDomestic: a titled office holder of an unknown name whom a
// home actor of one state (its army, opposition, rebels, lawmakers,
// protesters) acts on is that state's government (titled_domestic.go);
// a state's envoy meeting one, or a sentence naming a second state, leaves
// the holder's state unknown as before.
func TestTitledDomestic(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2005-03-02", "Fiji's military commander demanded on Tuesday that Prime Minister Tevita Naqara withdraw a bill granting amnesty to the coup plotters.",
			[]string{"FJIMIL 1042 FJIGOV asserted"}},
		{"2005-03-02", "Fiji's army chief accused Prime Minister Tevita Naqara on Tuesday of betraying the armed forces.",
			[]string{"FJIMIL 112 FJIGOV asserted"}},
		{"1998-06-10", "Zambian opposition leaders accused President Kalaba Mwansa on Monday of rigging the vote.",
			[]string{"ZMBOPP 112 ZMBGOV asserted"}},
		{"1998-06-10", "Nepal's Maoist rebels threatened on Tuesday to kill Prime Minister Hari Prasad Thapa.",
			[]string{"NPLREB 138 NPLGOV asserted"}},
		{"1998-06-10", "Thousands of Togolese protesters marched on Tuesday to demand that President Kodjo Amegbe step down.",
			[]string{"TGOCVL 1412 TGOGOV asserted"}},
		// near misses: a state's envoy meets foreign leaders; a second
		// state named leaves the holder's state open
		{"1998-06-10", "The U.S. envoy met President Amadou Keita on Tuesday.",
			[]string{"USAGOV 040 - asserted"}},
		{"1998-06-10", "Zambian opposition leaders in South Africa criticised President Kalaba Mwansa on Monday.",
			[]string{"ZMBOPP 111 - asserted"}},
	})
}
