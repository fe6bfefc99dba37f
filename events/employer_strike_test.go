package events_test

import "testing"

// TestEmployerStrike: a strike by a firm's workers is aimed at the firm,
// named before them or after "at", not at their government
// (employer_strike.go): "Toyota workers went on strike over pay" gave
// JPNLAB 143 JPNGOV, now JPNLAB 143 JPNBUS. Workers of no firm keep
// their government, and so does a protest that names it.
func TestEmployerStrike(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Toyota workers went on strike on Friday over pay.",
			[]string{"JPNLAB 143 JPNBUS asserted"}},
		{"Hundreds of workers at Volkswagen walked off the job on Monday over pay.",
			[]string{"DEULAB 143 DEUBUS asserted"}},
		// near misses: workers of no firm; a government the text names
		{"Kenyan teachers went on strike on Monday over pay.",
			[]string{"KENEDU 143 KENGOV asserted"}},
		{"Toyota workers protested against the government's tax plan on Friday.",
			[]string{"JPNLAB 1412 JPNGOV asserted"}},
	}, false)
}
