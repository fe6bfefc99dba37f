package events_test

import "testing"

// TestClergyAndRightsSources: religious leaders (REL) and rights
// advocates (HRI) named with their country are that country's people,
// not its state, so the government, police or parliament they address
// is their own state's body and the target ("Zimbabwe's Anglican
// bishops urged the government …" ZWEREL 026 ZWEGOV), in the active, a
// fronted participle and a coordinated second verb. Before, a bare
// religious or rights noun carried no sector, the possessor gave it a
// code with none, and the target was dropped as the source's own organ.
func TestClergyAndRightsSources(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Zimbabwe's Anglican bishops urged the government on Friday to open talks with the opposition.",
			[]string{"ZWEREL 026 ZWEGOV asserted"}},
		{"Cambodia's senior Buddhist monks criticised the government on Thursday over the land evictions.",
			[]string{"KHMREL 111 KHMGOV asserted"}},
		{"Angered by the evictions, Cambodia's senior Buddhist monks criticised the government on Thursday.",
			[]string{"KHMREL 111 KHMGOV asserted"}},
		{"Zimbabwe's Anglican bishops met church elders on Friday and urged the government to open talks with the opposition.",
			// a known gap: the second verb's appeal loses its "to open talks"
			// complement and falls to 020; alone (first case) it is 026
			[]string{"ZWEREL 040 - asserted", "ZWEREL 020 ZWEGOV asserted"}},
		{"Egypt's leading human rights lawyers accused the police on Monday of torturing detainees.",
			[]string{"EGYHRI 112 EGYCOP asserted", "EGYCOP 1822 EGYCVL alleged"}},
	}, false)
}
