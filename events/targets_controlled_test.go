package events_test

import "testing"

// TestControlledPlaceTargets codes a strike on a named place an armed
// group holds ("rebel-held Idlib") as aimed at that group of the place's
// country, whoever strikes (conflict.go controlledPlace); a place with no
// "-held" word, and a "-held" word of no armed group, give what they gave
// before.
func TestControlledPlaceTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Russian warplanes pounded rebel-held Aleppo overnight on Friday.",
			[]string{"RUSMIL 195 SYRREB asserted"}},
		{"Iraqi artillery shelled militant-controlled Fallujah on Sunday.",
			[]string{"IRQMIL 194 IRQREB asserted"}},
		// near miss: "government-held" names no armed group (and the
		// strike no target)
		{"Turkish jets struck government-held Aleppo on Friday.",
			[]string{}},
	}, false)
}
