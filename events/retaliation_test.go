package events_test

import "testing"

// TestRetaliationAfterAttack checks an asserted retaliation with no
// target: aimed at the actor of the attack told in the "after" or "when"
// clause after it, and that attack, naming no target, at the
// retaliator's state; a retaliation answering no act of force keeps no
// target (and is no event).
func TestRetaliationAfterAttack(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Thai troops retaliated after Cambodian forces shelled a village near the border.",
			[]string{"THAMIL 190 KHMMIL asserted", "KHMMIL 194 THA asserted"}},
		{"Indian troops retaliated on Sunday after Pakistani soldiers fired on posts in Kashmir.",
			[]string{"INDMIL 190 PAKMIL asserted", "PAKMIL 190 IND asserted"}},
		{"Israel retaliated after Hezbollah fired rockets at the Golan Heights.",
			[]string{"ISR 190 LBNREB asserted", "LBNREB 194 ISR asserted"}},
		// near misses: no act of force answered; a target named
		{"China retaliated after Washington raised tariffs on Chinese goods.",
			[]string{"USA 163 CHN asserted"}},
		{"Thai troops retaliated against Cambodian forces.",
			[]string{"THAMIL 190 KHMMIL asserted"}},
	}, false)
}

// TestReportedClauseVerb checks a clause opened by "after" whose verb
// says or thinks ("the government said it would …"): the reported
// clause's modal is no main verb of the sentence, so the past form
// before it is the sentence's own verb, not a reduced relative.
func TestReportedClauseVerb(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Protesters rallied in Tbilisi after the government said it would suspend talks with the European Union.",
			[]string{"GEOCVL 141 GEOGOV asserted", "GEOGOV 134 IGOEUREEC future"}},
		{"Residents rallied in Nairobi after police said they had freed the suspects.",
			[]string{"KENCVL 141 - asserted"}},
		{"Farmers marched in Paris after the government said it would cut subsidies.",
			[]string{"FRAAGR 141 FRAGOV asserted"}},
		// near miss: a reduced relative with its main verb after
		{"Protesters arrested in Tbilisi after police broke up the rally were freed.",
			[]string{"GEOCOP 175 GEOCVL asserted"}},
	}, false)
}
