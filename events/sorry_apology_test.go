package events_test

import "testing"

// TestSorryApology codes a party that says it is sorry for an act as an
// apology (055); sorry about the weather, or a sorry state, is none.
func TestSorryApology(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Germany said on Monday it was sorry for the colonial-era killings in Namibia.",
			[]string{"DEU 055 - asserted 2024-07-08"}},
		{"Japan's prime minister told South Korea's president on Monday that Tokyo was deeply sorry for the suffering of forced labourers.",
			[]string{"JPN 055 KORGOV asserted 2024-07-08"}},
		// near miss: no "for"
		{"Kenya's economy is in a sorry state, the finance minister said on Monday.",
			nil},
	}, true)
}
