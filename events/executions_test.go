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

// TestMassExecuted: executions counted in the dozens or more, or by a
// stated number of two dozen and more, are a mass killing (202) whoever
// is executed, captured soldiers too (gold README item 31: W36031,
// W14277, W18095); under two dozen they stay 1823, and dozens of
// soldiers killed in a fight are no mass killing.
func TestMassExecuted(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Islamic State fighters executed dozens of Syrian soldiers captured at an air base on Monday.", []string{"IMGMOSISL 202 SYRMIL asserted"}},
		{"Islamic State militants beheaded 25 captured Kurdish fighters near Kirkuk on Monday.", []string{"IMGMOSISL 202 IRQREB asserted"}},
		{"Iran hanged dozens of prisoners in Karaj on Wednesday, a rights group said.", []string{"IRN 202 IRNCVL asserted"}},
		// not this: a count under two dozen, a fight, a lone gunman, no count
		{"Iran hanged 30-year-old activist Navid Afkari on Saturday.", []string{"IRN 1823 IRNCVL asserted"}},
		{"Saudi Arabia beheaded on 25 March a Pakistani man.", []string{"SAU 1823 PAKCVL asserted"}},
		{"Islamic State fighters executed 12 Syrian soldiers on Monday.", []string{"IMGMOSISL 1823 SYRMIL asserted"}},
		{"Rebels killed dozens of soldiers in an ambush in Mali on Monday.", []string{"MLIREB 190 MLIMIL asserted"}},
		{"A gunman executed dozens of people in a village in Mali on Monday.", []string{"MLIUAF 1823 MLICVL asserted"}},
		{"The army executed the plan on Monday.", nil},
	}, false)
}
