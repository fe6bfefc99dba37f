package events_test

import "testing"

// TestReportedAdjunct codes sentences written by the dyad team for
// events/status_reported_adjunct.go: a participle clause after a comma
// ("…, warning about …", "…, accusing them of …") is as reported as its
// governing clause's "reportedly" or "allegedly" makes it, even with
// adverbs between the auxiliary and the verb ("have also reportedly
// advised"); a clause told as done, a hedge in a relative clause and one
// in a clause of its own before "but" leave it asserted. Each sentence is
// published on 2024-07-13; each want lists every event as "SOURCE CAMEO
// TARGET status".
func TestReportedAdjunct(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"German police have also reportedly advised festival-goers to leave valuables at home and carry only small amounts of cash, warning about pickpockets.",
			[]string{"DEUCOP 012 - alleged"}},
		{"German police reportedly arrested two men, accusing them of plotting an attack.",
			[]string{"DEUCOP 173 DEUCVL alleged", "DEUCOP 112 DEUCVL alleged"}},
		{"The Syrian army has also reportedly shelled the town of Idlib.",
			[]string{"SYRMIL 194 SYRCVL alleged"}},
		// near misses: no hedge, a hedged relative clause, a hedged clause before "but"
		{"German police arrested two men, accusing them of plotting an attack.",
			[]string{"DEUCOP 173 DEUCVL asserted", "DEUCOP 112 DEUCVL asserted"}},
		{"Syrian rebels reportedly seized the town, but Syrian troops later shelled it, killing three civilians.",
			[]string{"SYRREB 192 - alleged", "SYRMIL 194 SYRCVL asserted"}},
	}, false)
}
