package events_test

import "testing"

// TestUNAgencyAgain checks, on sentences written for this test, that a
// UN agency named again by description ("the U.N. agency", "the agency's
// spokesman") is the agency the story named last (igos.txt: UNHCR is
// IGOUNOHCR), and that the possessive wire forms of agency names are
// in igos.txt. Near misses: after NATO, "the U.N. agency" stays the UN;
// a story naming no agency leaves "the UN's top envoy" the UN.
func TestUNAgencyAgain(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"UNHCR warned on Monday of a new exodus from Sudan. The U.N. agency criticised Chad for closing the border.",
			[]string{"IGOUNOHCR 130 SDN asserted 2024-07-08", "IGOUNOHCR 111 TCD asserted 2024-07-13"}},
		{"UNHCR warned on Monday of a new exodus from Sudan. The agency's spokesman criticised Chad for closing the border.",
			[]string{"IGOUNOHCR 130 SDN asserted 2024-07-08", "IGOUNOHCR 111 TCD asserted 2024-07-13"}},
		{"The UN's human rights office condemned Iran on Monday.",
			[]string{"IGOUNOHCH 111 IRN asserted 2024-07-08"}},
		{"The U.N.'s refugee agency criticised Chad on Monday.",
			[]string{"IGOUNOHCR 111 TCD asserted 2024-07-08"}},
		// near misses
		{"NATO warned Russia on Monday. The U.N. agency criticised Chad for closing the border.",
			[]string{"IGOWSTNAT 130 RUS asserted 2024-07-08", "IGOUNO 111 TCD asserted 2024-07-13"}},
		{"The UN's top envoy criticised Chad on Monday.",
			[]string{"IGOUNO 111 TCD asserted 2024-07-08"}},
	}, true)
}
