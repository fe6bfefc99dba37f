package events_test

import "testing"

// TestRequestCodesFromAct checks that a demand's or an appeal's sub-code
// comes from the act asked for, by the same table that gives an intent's
// (combine.go requestCode): troops pulled, brought or called back are a
// retreat (0874), asked for 0256, demanded 1056, promised 0356, aimed at
// the that-clause's subject with its sector ("its soldiers": MIL); a body
// handed over is a release (0841, demanded 1053) as hostages are, while
// suspects handed over stay judicial cooperation (1013).
func TestRequestCodesFromAct(t *testing.T) {
	checkFamiliesOn(t, "2024-05-01", "", []familyCase{
		{"pull soldiers off", "Eritrea demanded on Friday that Djibouti pull its soldiers off the contested headland.",
			[]string{"ERI 1056 DJIMIL asserted"}},
		{"bring troops home", "Lebanon demanded that Israel bring its soldiers home.",
			[]string{"LBN 1056 ISRMIL asserted"}},
		{"call back troops, an appeal", "Armenia urged Azerbaijan to call back its troops.",
			[]string{"ARM 0256 AZE asserted"}},
		{"promised", "Kenya said it would pull its soldiers off the border.",
			[]string{"KEN 0356 - future"}},
		{"the act itself", "Turkey removed its troops from the border with Iraq.",
			[]string{"TUR 0874 IRQ asserted"}},
		{"a body handed over", "Algerian officials demanded that Morocco hand over the body of a young Algerian.",
			[]string{"DZAGOV 1053 MAR asserted"}},
		{"remains handed over", "Hezbollah handed over the remains of two Israeli soldiers.",
			[]string{"LBNREB 0841 ISRMIL asserted"}},
		{"near miss: suspects handed over", "Kenya demanded that Somalia hand over the suspects.",
			[]string{"KEN 1013 SOM asserted"}},
		{"near miss: soldiers taken off leave", "Turkey took its soldiers off leave after the attack.",
			nil},
	}, false)
}
