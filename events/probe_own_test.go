package events_test

import "testing"

// TestProbeOwn: a state's police, prosecutors and anti-graft bodies
// investigate crime and corruption (091), and an investigation aimed at
// another official or body of the prober's own state keeps it as target,
// even when both code alike (the gold codes "Kenya's anti-corruption
// commission opened an investigation into a county governor" KENGOV 091
// KENGOV). The source repeated or a pronoun is no target. Invented
// sentences.
func TestProbeOwn(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Namibia's anti-corruption commission opened an investigation on Monday into a regional governor.", []string{"NAMGOV 091 NAMGOV asserted"}},
		{"Namibia's anti-corruption commission opened an investigation on Monday into the health minister.", []string{"NAMGOV 091 NAMGOV asserted"}},
		{"Peru's comptroller opened an inquiry on Monday into a ministry's purchase of fuel.", []string{"PERGOV 091 PERGOV asserted"}},
		{"Namibia's police opened an investigation into the army on Monday.", []string{"NAMCOP 091 NAMMIL asserted"}},
		{"Namibia's police opened an investigation into the theft on Monday.", []string{"NAMCOP 091 - asserted"}},
		{"Namibia's government opened an inquiry into the government on Monday.", []string{"NAMGOV 090 - asserted"}},
		{"Namibia's anti-corruption commission opened an investigation into Zambian officials on Monday.", []string{"NAMGOV 091 ZMBGOV asserted"}},
	}, false)
}
