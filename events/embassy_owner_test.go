package events_test

import "testing"

// TestAccusedAttackOnOwnEmbassy checks, on sentences written for this
// test, that an alleged attack on the accuser's "its embassy in <city>"
// targets the accuser's state, not the host city's country (the object
// scan took "Damascus" for the thing attacked). Near misses: a named
// embassy ("the Syrian embassy") and another owned object ("its convoy
// in Syria") are read as before.
func TestAccusedAttackOnOwnEmbassy(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Iran accused Israel of attacking its embassy in Damascus on Monday.",
			[]string{"IRN 112 ISR asserted 2024-07-13", "ISR 190 IRN alleged 2024-07-08"}},
		{"Kenya accused Somalia of attacking its consulate in Mogadishu on Monday.",
			[]string{"KEN 112 SOM asserted 2024-07-13", "SOM 190 KEN alleged 2024-07-08"}},
		// near misses
		{"Iran accused Israel of attacking the Syrian embassy in Damascus on Monday.",
			[]string{"IRN 112 ISR asserted 2024-07-13", "ISR 190 SYR alleged 2024-07-08"}},
		{"Iran accused Israel of attacking its convoy in Syria on Monday.",
			[]string{"IRN 112 ISR asserted 2024-07-13", "ISR 190 SYR alleged 2024-07-08"}},
	}, true)
}
