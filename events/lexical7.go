package events

// Word classes of the second lexical pass (testdata/gold/README.md,
// events-dev7-lexical.jsonl): wire verbs that do what a class already
// known to the coder does, under another word.

// chargeRejecter reports a verb lemma whose rejection of an accusation
// noun ("rejected the accusations", "brushed off allegations by Kyiv that
// …", "scoffed at the charges") is a denial (016), not a rejection (120):
// the "reject" family of events/data/verbs.txt whose 120 patterns take an
// accusation as their object.
func chargeRejecter(lemma string) bool {
	switch lemma {
	case "reject", "dismiss", "rebuff", "brush", "shrug", "scoff", "spurn", "repudiate", "wave":
		return true
	}
	return false
}
