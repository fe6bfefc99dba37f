package events_test

import "testing"

// TestRepressionStrikers: police or troops using force on people named
// as striking, demonstrating or protesting repress them (175). "opened
// fire on garment workers striking for a higher minimum wage" gave
// KHMCOP 193 KHMLAB; "beat unemployed university graduates
// demonstrating" gave nothing (no pattern, and graduates no actor); a
// first fix gave the 175 but lost the crowd's own 141, and read "beat Le
// Pen after rallying voters" and "villagers striking them" as repression.
// Invented sentences.
func TestRepressionStrikers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Bangladeshi police opened fire on garment workers striking over unpaid wages in Dhaka on Monday.",
			[]string{"BGDCOP 175 BGDLAB asserted", "BGDLAB 143 BGDGOV asserted"}},
		// the beaten crowd's own march or protest stays an event (141)
		{"Moroccan police beat unemployed university graduates demonstrating for jobs outside parliament in Rabat on Tuesday.",
			[]string{"MARCOP 175 MARCVL asserted", "MARCVL 141 MARLEG asserted"}},
		{"Police in Nairobi beat teachers protesting over pay on Tuesday.",
			[]string{"KENCOP 175 KENEDU asserted", "KENEDU 141 KENGOV asserted"}},
		{"Bangladeshi police beat up garment workers marching to parliament on Monday.",
			[]string{"BGDCOP 175 BGDLAB asserted", "BGDLAB 141 BGDLEG asserted"}},
		// near misses: an election won after rallying voters is no beating
		{"Macron beat Le Pen after rallying centrist voters.", nil},
		{"Kenyan President William Ruto beat opposition leader Raila Odinga after rallying voters in the Rift Valley.", nil},
		// "striking" with an object strikes someone: no strike
		{"Nigerian soldiers opened fire on villagers striking them with sticks in Benue state on Monday.",
			[]string{"NGAMIL 193 NGACVL asserted"}},
		{"Indian troops shot dead two villagers striking a soldier with an axe in Kashmir on Monday.",
			[]string{"INDMIL 190 INDCVL asserted", "INDCVL 190 INDMIL asserted"}},
		// near miss: troops firing on villagers named by no protest fight
		{"Nigerian troops opened fire on villagers in Benue state on Monday.",
			[]string{"NGAMIL 193 NGACVL asserted"}},
	}, false)
}
