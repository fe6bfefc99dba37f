package events_test

import "testing"

// TestFewExecuted: executions of a stated number of people at once,
// under two dozen, are 1823, beheadings too; "dozens" executed are a
// mass killing, 202 (gold README item 31: dv0170, W11006, W28020).
func TestFewExecuted(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Rwandan-backed M23 rebels summarily executed at least 21 civilians in Goma last month, Human Rights Watch said on Tuesday.", []string{"CODREB 1823 CODCVL asserted"}},
		{"Insurgents beheaded six men in a village in Mozambique's Niassa game reserve on Monday.", []string{"MOZREB 1823 MOZCVL asserted"}},
		{"Abu Sayyaf militants beheaded a Vietnamese hostage on the Philippine island of Jolo on Saturday.", []string{"PHLREB 1823 VNMCVL asserted"}},
		// dozens executed, or another killing verb's count over twenty: 202
		{"M23 rebels executed dozens of civilians in Goma on Monday.", []string{"CODREB 202 CODCVL asserted"}},
		{"M23 rebels killed at least 21 civilians in Goma on Monday.", []string{"CODREB 202 CODCVL asserted"}},
	}, false)
}
