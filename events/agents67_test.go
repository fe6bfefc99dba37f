package events_test

import "testing"

// TestSharedAdjective67 checks, on sentences written for this test, two
// compass words coordinated before one state's adjective
// (actors/sharedname.go): "North and South Korean warships" are each
// state's force, as "North and South Korea" are two states (gold dev46
// W46005). Words that make no state with the adjective ("North and South
// American", "Sunni and Shia Muslims") give no actor.
func TestSharedAdjective67(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2019-05-10", "North and South Korean warships exchanged fire in the Yellow Sea on Tuesday.", []string{"PRKMIL 190 KORMIL asserted", "KORMIL 190 PRKMIL asserted"}},
		{"2019-05-10", "North and South Korean officials met in Panmunjom on Tuesday.", []string{"PRKGOV 040 KORGOV asserted", "KORGOV 040 PRKGOV asserted"}},
		{"2019-05-10", "South and North Korean negotiators signed an agreement on Tuesday.", []string{"KORGOV 057 PRKGOV asserted", "PRKGOV 057 KORGOV asserted"}},
		// the states' names, as before
		{"2019-05-10", "North and South Korea agreed on Tuesday to reopen a hotline.", []string{"PRK 030 KOR future", "KOR 030 PRK future"}},
		// near misses: no state with the shared word
		{"2019-05-10", "North and South American leaders met in Lima on Tuesday.", nil},
		{"2019-05-10", "Sunni and Shia Muslims protested in Baghdad on Tuesday against the government.", nil},
	})
}

// TestAgents67 checks, on sentences written for this test, role nouns
// added to actors/data/agents.txt in session 67: police chiefs are police
// (COP, as the singular), a ruling council is the government (GOV). A
func TestAgents67(t *testing.T) {
	checkPublished(t, newCoder(t), []datedCase{
		{"2019-05-10", "Indonesian and Malaysian police chiefs signed an agreement in Jakarta on Tuesday.", []string{"IDNCOP 057 MYSCOP asserted", "MYSCOP 057 IDNCOP asserted"}},
		{"2019-05-10", "Algeria's army-backed ruling council declared a state of emergency on Sunday.", []string{"DZAGOV 1724 - asserted"}},
		// near miss: a patrol boat is no actor
		{"2019-05-10", "A police patrol boat fired on Somali pirates on Thursday.", nil},
	})
}
