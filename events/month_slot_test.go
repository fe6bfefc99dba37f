package events_test

import "testing"

// TestMonthFillsNoSlot: a capitalised month name fills no slot of a
// pattern (monthName in hits.go). "will hold its election on March 4"
// gave KEN 133 future ("hold … march", 141 made a threat) before; the
// noun "march" still fills it. Invented sentences.
func TestMonthFillsNoSlot(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya will hold its next general election on March 4, the electoral commission said on Tuesday.",
			nil},
		{"Zambia will hold a referendum on the new constitution in March, the justice minister said on Friday.",
			nil},
		// a named march is a march, not a date
		{"Police broke up the Women's March in Minsk on Sunday.",
			[]string{"BLRCOP 175 BLRCVL asserted"}},
		{"Belarusian riot police broke up the opposition's \"March of Freedom\" in Minsk on Sunday.",
			[]string{"BLRCOP 175 BLROPP asserted"}},
		{"Thousands of Palestinians took part in the Great March of Return along the Gaza border on Friday.",
			[]string{"PSECVL 141 - asserted"}},
		// near misses: the noun fills the slot
		{"Thousands of students staged a march through Santiago on Tuesday.",
			[]string{"CHLEDU 141 - asserted"}},
	}, false)
}
