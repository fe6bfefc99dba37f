package events_test

import "testing"

// reactionAgentCases: the cause of a protest told as a nominal with its
// agent in a "by" phrase after it ("in protest at the arrest of X by
// police") is background, no event (falseevents_reaction_agent.go); the
// protest itself is coded. Near misses: the same act told as news, and
// a protest with its cause's agent before the noun.
var reactionAgentCases = []familyCase{
	{"by-agent", "Shopkeepers in Kabul closed their shops on Monday in protest at the arrest of an opposition leader by police.", []string{"AFGBUS 143 AFGCOP asserted"}},
	{"by-agent", "Traders in Srinagar kept their shutters down on Monday in protest at the killing of a young rebel commander by soldiers.", []string{"INDBUS 143 INDMIL asserted"}},
	// near misses
	{"near-miss", "Police in Kabul arrested an opposition leader on Monday.", []string{"AFGCOP 173 AFGOPP asserted"}},
	{"near-miss", "Students in Dhaka boycotted classes on Monday in protest over the beating of a student by police.", []string{"BGDEDU 143 BGDCOP asserted"}},
}

// TestReactionAgent codes each case of reactionAgentCases as a
// one-sentence article published on 2024-03-14 and compares its events
// exactly.
func TestReactionAgent(t *testing.T) { checkFamilies(t, "", reactionAgentCases, false) }
