package events_test

import "testing"

// TestApologyVictimTargets codes an apology (055) with no addressee whose
// wrong names its victims with "against" in the "for" phrase as aimed at
// them (targets_apology.go); a named addressee stays, and a wrong with no
// victims named gives no target.
func TestApologyVictimTargets(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Chile's president apologised on Monday for the violence used by soldiers against peaceful protesters in Santiago.",
			[]string{"CHLGOV 055 CHLCVL asserted"}},
		{"The German chancellor apologised on Friday for crimes committed by German troops against Namibians a century ago.",
			[]string{"DEUGOV 055 NAM asserted"}},
		{"Japan's prime minister apologised to South Korea on Friday for abuses against Korean workers.",
			[]string{"JPNGOV 055 KOR asserted"}},
		{"Peru's president apologised on Friday for delays in the rescue.",
			[]string{"PERGOV 055 - asserted"}},
	}, false)
}
