package events_test

import "testing"

// TestRepressionStrikers: police or troops using force on people named
// as striking, demonstrating or protesting repress them (175). "opened
// fire on garment workers striking for a higher minimum wage" gave
// KHMCOP 193 KHMLAB; "beat unemployed university graduates
// demonstrating" gave nothing (no pattern, and graduates no actor).
// Invented sentences.
func TestRepressionStrikers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bangladeshi police opened fire on garment workers striking over unpaid wages in Dhaka on Monday.",
			[]string{"BGDCOP 175 BGDLAB asserted", "BGDLAB 143 BGDGOV asserted"}},
		{"Moroccan police beat unemployed university graduates demonstrating for jobs outside parliament in Rabat on Tuesday.",
			[]string{"MARCOP 175 MARCVL asserted"}},
		{"Police in Nairobi beat teachers protesting over pay on Tuesday.",
			[]string{"KENCOP 175 KENEDU asserted"}},
		// near miss: troops firing on villagers named by no protest fight
		{"Nigerian troops opened fire on villagers in Benue state on Monday.",
			[]string{"NGAMIL 193 NGACVL asserted"}},
	}, false)
}
