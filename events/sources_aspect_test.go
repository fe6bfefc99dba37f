package events_test

import "testing"

// TestAspectVerbSources: a gerund after a verb of beginning, going on or
// stopping takes that verb's subject, also when the verb is the second
// of a coordination whose object nouns stand between it and its subject
// (sources_aspect.go).
func TestAspectVerbSources(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"Kenya closed its border with Somalia on Friday and began deporting Somali refugees.",
			[]string{"KEN 191 SOM asserted", "KEN 174 SOMREF asserted"}},
		{"Thailand sealed its border with Myanmar on Monday and started expelling Burmese workers.",
			[]string{"THA 191 MMR asserted", "THA 174 MMRLAB asserted"}},
		{"Russia rejected the truce proposal and resumed shelling Ukrainian positions near Kharkiv.",
			[]string{"RUS 1246 - asserted", "RUS 194 UKRMIL asserted"}},
		{"Armenia has begun withdrawing its troops from the border.",
			[]string{"ARM 0874 - asserted"}},
	}, false)
}
