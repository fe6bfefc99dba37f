package events_test

import "testing"

// TestNegatedConditions checks acts a condition names as not happening
// ("if Iran did not reach a deal", "as long as Israeli troops did not
// violate it"): no event, the threat or promise around them kept; an act
// a condition names as happening stays hypothetical.
func TestNegatedConditions(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Trump threatened on Sunday to bomb Iran if it did not reach a deal with Washington on its nuclear programme.",
			[]string{"USA 138 IRN asserted"}},
		{"Hezbollah said on Wednesday it would abide by the ceasefire with Israel as long as Israeli troops did not violate it.",
			[]string{"LBNREB 0356 ISR future"}},
		{"Israel said it would resume strikes on Gaza if Hamas did not free the hostages by Saturday.",
			[]string{"ISR 190 PSE future"}},
		{"Turkey will launch a new offensive in Syria unless the Kurdish militia does not withdraw from the border, Erdogan said.",
			[]string{"TUR 138 SYRREB future"}},
		{"China will hold talks with Japan as long as Tokyo does not send warships to the disputed islands, Beijing said.",
			[]string{"CHN 036 JPN future"}},
		// near misses: the condition's act happening, and a negated act outside any condition
		{"Israel said it would resume strikes on Gaza if Hamas fired rockets at Israeli towns.",
			[]string{"ISR 190 PSE future", "PSEREB 194 ISR hypothetical"}},
		{"China will hold talks with Japan if Tokyo sends warships to the disputed islands, Beijing said.",
			[]string{"CHN 036 JPN future", "JPN 154 - hypothetical"}},
		{"Hamas did not free the hostages on Saturday, and Israel resumed strikes on Gaza.",
			[]string{"PSEREB 0841 - negated", "ISR 190 PSE asserted"}},
	}, false)
}
