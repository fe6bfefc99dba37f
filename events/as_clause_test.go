package events_test

import "testing"

// TestAsClauseSubject codes actors.asClause: an agent noun after "as"
// followed by its finite verb is the subject of an "as" clause, an actor;
// "as" before a role someone acts in, or a market's mood, names none.
func TestAsClauseSubject(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"French authorities deployed police officers across the country on Wednesday as protesters blocked roads.",
			[]string{"FRAGOV 153 - asserted", "FRACVL 144 FRAGOV asserted"}},
		{"Protesters in Nairobi demanded the withdrawal of a finance bill on Tuesday, as police fired tear gas to disperse them.",
			[]string{"KENCVL 1042 - asserted", "KENCOP 175 KENCVL asserted"}},
		// a role, and a market's mood: no actor
		{"Ruto, speaking as president, condemned the attack.", nil},
		{"Argentina's peso fell 3% against the dollar on Tuesday as investors fretted over the central bank's reserves.", nil},
	}, false)
}
