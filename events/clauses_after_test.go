package events_test

import "testing"

// TestActorClauseAfterMainVerb codes a main verb followed by an "after"
// or "as" clause with an actor as its subject and a finite verb of its
// own ("protested in Tbilisi after the government suspended talks"). The
// clause's verb is no main verb that would make the past form before it a
// reduced relative (sources_structure.go actorClause): the protest or the
// resignation keeps its subject as source. A protest whose clause names
// the protesters' own government as the actor takes that government as
// target (targets_protest.go govClauseAfter). Reduced relatives that keep
// a main verb after the clause, and "after" before a noun phrase, stay
// passives.
func TestActorClauseAfterMainVerb(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		// the protest keeps its source; the government's act is its target
		{"Thousands of Georgians protested in Tbilisi on Thursday after the government suspended talks on joining the European Union.", []string{
			"GEOCVL 141 GEOGOV asserted", "GEOGOV 164 IGOEUREEC asserted"}},
		{"Hundreds of Serbian students rallied in Novi Sad on Sunday after the government approved a lithium mine.", []string{
			"SRBEDU 141 SRBGOV asserted"}},
		{"Thousands of Argentines marched in Buenos Aires on Wednesday after the government cut university budgets.", []string{
			"ARGCVL 141 ARGGOV asserted"}},
		// another actor in the clause: the protest stays, with no target
		{"Thousands of Georgians protested in Tbilisi on Thursday after police detained an opposition leader, the interior ministry said.", []string{
			"GEOCVL 141 - asserted", "GEOCOP 173 GEOOPP asserted"}},
		{"Thousands of Hungarians protested in Budapest on Sunday after the European Union froze funds for the country.", []string{
			"HUNCVL 141 - asserted"}},
		{"Thousands of Israelis rallied in Tel Aviv on Saturday after Hamas released a video of two hostages.", []string{
			"ISRCVL 141 - asserted"}},
		// a reduced relative with its main verb after the clause, and "after" before a noun phrase: no act of the noun
		{"Kurds detained in Turkey after police raided their homes were released on Monday.", nil},
		{"A soldier arrested in Turkey after a clash has fled to Iraq.", nil},
		{"Protesters arrested in Tbilisi after police broke up the rally were freed on Friday.", []string{
			"GEOCOP 175 GEOCVL asserted"}},
	}, false)
}

// TestDirectedParticipleBeforeAfterClause keeps a past form followed by
// "from", "to", "by" or "into" and a place or actor a reduced passive
// whatever "after" clause follows: the people deported are its target,
// never its source, and the main verb after the clause is theirs.
func TestDirectedParticipleBeforeAfterClause(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Syrian refugees deported from Turkey after the government tightened its rules said they feared arrest.", nil},
		{"Syrian refugees deported from Turkey after police raided their homes said they feared arrest.", nil},
		{"Syrian refugees deported from Lebanon after the army raided camps said they feared arrest.", nil},
	}, false)
}
