package events_test

import "testing"

// TestBeatingNoun checks, on sentences written for this test, that a
// beating named by its noun, with the one beaten after "of" and the
// beater after "by", is an assault (182) as the verb is, beside the
// reaction to it (data/verbs.txt "@ {beating,beatings}"). A crowd beaten
// is repression (175), as for the verb. Near miss: a beating no one is
// named to have suffered ("took a beating") is no event.
func TestBeatingNoun(t *testing.T) {
	checkSentences(t, newCoder(t), []coverageCase{
		{"The UN condemned the beating of a journalist by police in Harare on Friday.",
			[]string{"IGOUNO 111 ZWECOP asserted 2024-07-12", "ZWECOP 182 ZWEMED asserted 2024-07-12"}},
		{"The beating of a journalist by police in Harare on Friday drew condemnation.",
			[]string{"ZWECOP 182 ZWEMED asserted 2024-07-12"}},
		{"Rights groups condemned the beatings of protesters by soldiers in Harare on Friday.",
			[]string{"ZWEHRI 111 ZWEMIL asserted 2024-07-12", "ZWEMIL 175 ZWECVL asserted 2024-07-12"}},
		// near miss
		{"The team took a beating in Harare on Friday.", nil},
	}, true)
}
