package events_test

import "testing"

// TestAgreedPlanOfForce codes team-written sentences for planned.go: two
// parties that agree on a plan or deal to destroy or eliminate something
// plan military cooperation with each other (0312 both ways, future), no
// threat to the plan's object; an act of force agreed with no plan noun
// stays the parties' planned threat, and joint drills agreed stay 0312.
func TestAgreedPlanOfForce(t *testing.T) {
	c := newCoder(t)
	checkSentences(t, c, []coverageCase{
		{"Russia and the United States agreed on Saturday on a plan to eliminate Syria's chemical weapons.",
			[]string{"RUS 0312 USA future", "USA 0312 RUS future"}},
		{"France and Germany agreed on a plan to destroy Libya's stockpile of mustard gas.",
			[]string{"FRA 0312 DEU future", "DEU 0312 FRA future"}},
		{"Britain and France agreed on Tuesday on a roadmap to destroy Iraq's remaining missile stockpile.",
			[]string{"GBR 0312 FRA future", "FRA 0312 GBR future"}},
		// near misses: no plan noun, or no two parties agreeing
		{"Russia and Iran agreed to strike rebel positions in Aleppo.",
			[]string{"RUS 138 SYRREB future", "IRN 138 SYRREB future"}},
		{"Egypt and Greece agreed to hold joint naval drills.",
			[]string{"EGY 0312 GRC future", "GRC 0312 EGY future"}},
		// a plan of another act than doing away with things keeps its code
		{"France and Germany agreed on a plan to impose new sanctions on Russia.",
			[]string{"FRA 1312 RUS future", "DEU 1312 RUS future"}},
		{"France and Germany agreed on a plan to expel Russian diplomats.",
			[]string{"FRA 1313 RUSGOV future", "DEU 1313 RUSGOV future"}},
		{"Saudi Arabia and the UAE agreed on a plan to blockade Qatar.",
			[]string{"SAU 1381 QAT future", "ARE 1381 QAT future"}},
		{"France and Germany agreed on a plan to condemn the U.S. strikes.",
			[]string{"FRA 111 USA future", "DEU 111 USA future"}},
	}, false)
}
