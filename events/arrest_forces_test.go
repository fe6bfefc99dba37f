package events_test

import "testing"

// TestArrestingForces checks, on sentences written for this test, that
// bare "forces" making an arrest are police (COP). Near misses: forces
// named by their state ("Chadian forces arrested") keep MIL, and bare
// forces doing something else than arrest keep MIL.
func TestArrestingForces(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Forces arrested 40 rioters in Sunderland on Friday.",
			[]string{"GBRCOP 173 GBRCVL asserted 2024-07-12"}},
		// near misses
		{"Chadian forces arrested 40 rioters in N'Djamena on Friday.",
			[]string{"TCDMIL 173 TCDCVL asserted 2024-07-12"}},
		{"Forces fired tear gas at rioters in Sunderland on Friday.",
			[]string{"GBRMIL 175 GBRCVL asserted 2024-07-12"}},
	}, true)
}
