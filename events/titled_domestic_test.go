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

// TestForceAddressesOwnGovernment: a state's military appealing to,
// demanding of, criticising or threatening its own government named by
// its office keeps that government as target (targets_own.go); its own
// officials named by role after other acts stay no target, and another
// state's government struck is that state's.
func TestForceAddressesOwnGovernment(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Fiji's military commander demanded on Tuesday that the government withdraw the bill.",
			[]string{"FJIMIL 1042 FJIGOV asserted"}},
		{"Fiji's military commander criticised the prime minister on Tuesday.",
			[]string{"FJIMIL 111 FJIGOV asserted"}},
		{"Myanmar's military accused the government on Friday of fraud in the election.",
			[]string{"MMRMIL 112 MMRGOV asserted"}},
		{"Pakistan's army rejected the government's decision to cut the defence budget.",
			[]string{"PAKMIL 120 PAKGOV asserted"}},
		{"Thailand's army chief urged the government on Monday to step down.",
			[]string{"THAMIL 0241 THAGOV asserted"}},
		// near misses: another state's government; the army's own
		// ministers helped (no conflict or appeal)
		{"Israel's army said on Monday it had struck the government headquarters in Gaza.",
			[]string{"ISRMIL 190 PSEGOV asserted"}},
		{"Fiji's military commander praised the government on Tuesday.",
			[]string{"FJIMIL 051 - asserted"}},
	}, false)
}
