package events

// A wish or intention that is denied ("the workers did not want to go on
// strike", "fighters who do not intend to surrender", "he never meant to
// offend Beijing") tells no event: the act is neither done nor refused,
// only not wanted. CODING.md codes as negated "an event the text says did
// not happen"; here the text says only that nobody wished it, and the
// real-news judges call such a sentence no event. A refusal ("refused to
// meet"), a failure ("failed to reach agreement") and a negated attempt
// ("did not try to attack") are other rules' and stay.

import "github.com/dyad-events/dyad"

// deniedWish reports an act at i that is the infinitive of a negated
// verb of wishing (lemmas of [denied wishes]): "to", the wish verb, and
// a "not", "n't" or "never" in the verb group before it (verbStatus).
func (v *vocab) deniedWish(st *sentence, i int) bool {
	toks := st.toks
	if i < 3 || toks[i-1].Lower != "to" {
		return false
	}
	if !v.deniedWishes[toks[i-2].Lemma] || !isVerbTag(toks, i-2) {
		return false
	}
	return verbStatus(toks, i-2, st) == dyad.Negated
}
