package events_test

import "testing"

// TestPluralModifierHead: "an arms embargo" is a noun phrase (the tagger
// read "embargo" as a verb after "arms"), so a verb coordinated after its
// object list keeps the clause's subject.
func TestPluralModifierHead(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The U.N. Security Council imposed an arms embargo on Chad and Niger and demanded an immediate end to the fighting.",
			[]string{"IGOUNO 163 TCD asserted", "IGOUNO 163 NER asserted", "IGOUNO 1056 TCD asserted", "IGOUNO 1056 NER asserted"}},
	}, false)
}
