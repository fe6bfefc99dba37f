package events

// A verb of judging takes an object that is the subject of the
// infinitive after it: "Washington considers the allies to have failed
// to offer support" (the allies failed, in Washington's view). In a
// relative clause the object moves out to the antecedent, and the verb
// stands right before "to": "Nato allies which it considers to have
// failed to offer support". Read as a control verb ("agreed to"), the
// verb lent its own subject ("it", the US) to the act the allies are
// said not to have done (USA 032 negated, judged wrong in real news).
// The doer is the antecedent, which this rule does not resolve, and "an
// event with no identifiable source … yields nothing" (testdata/gold/
// README.md), so the act is left without a source. A finite active verb only: "Israel is believed to have
// carried out the strike" is a passive whose subject is the doer, and
// "claims to have" or "agreed to" are verbs their own subject controls.

// raisedObjectVerb reports the verb at k as a finite active verb of
// judging ([object raising verbs], data/words.txt) right before the
// infinitive's "to" (adverbs and dates between only), with no object
// of its own.
func raisedObjectVerb(st *sentence, k int) bool {
	if k < 1 || st.at[k] >= 0 || !st.words.raisingVerbs[st.toks[k].Lemma] {
		return false
	}
	switch st.toks[k].Tag {
	case "VBZ", "VBP", "VBD":
	default:
		return false // ("is believed to have", "was thought to")
	}
	for b := k - 1; b >= 0 && b >= k-2; b-- {
		if st.toks[b].Tag != "RB" {
			return st.toks[b].Lemma != "be" && st.toks[b].Lemma != "have"
		}
	}
	return true
}
