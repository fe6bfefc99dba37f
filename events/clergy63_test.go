package events_test

import "testing"

// TestCatechistsPreachers: catechists and preachers are clergy (REL) of
// their country, as priests and imams are, not its private people; a
// plain villager stays a civilian.
func TestCatechistsPreachers(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Unknown assailants hacked to death a Catholic catechist in the Central African town of Bambari on Tuesday.", []string{"CAFUAF 1823 CAFREL asserted"}},
		{"Morocco's king pardoned three Salafist preachers on Wednesday.", []string{"MARGOV 0841 MARREL asserted"}},
		{"Gunmen kidnapped two Nigerian preachers in Kaduna state on Sunday.", []string{"NGAUAF 181 NGAREL asserted"}},
		// near miss: a villager is a civilian
		{"Unknown assailants hacked to death a villager in the Central African town of Bambari on Tuesday.", []string{"CAFUAF 1823 CAFCVL asserted"}},
	}, false)
}
