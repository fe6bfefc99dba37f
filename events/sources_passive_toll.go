package events

// A toll participle after a passive clause with no agent ("A convoy
// carrying U.N. aid was hit near Aleppo on Monday, killing about 20
// civilians", "the embassy was attacked, wounding two guards") tells what
// the unnamed attack did: the passive's subject is its victim, not the
// doer of the killing, so the participle has no source (gold README,
// unknown-actor: passive or agentless, nothing to code). Reading the
// subject as the participle's (as "Troops shelled the town, killing
// four" rightly does) coded the convoy's cargo, the U.N., as the killer.
// A passive with its agent ("was hit by an Israeli strike, killing …")
// is left to the other rules.

// passiveToll reports a participle of [toll verbs] at i, after the comma
// at j, whose clause verb at k is a passive participle (an auxiliary
// "be" form right before it) with no "by" between k and j.
func passiveToll(st *sentence, i, j, k int) bool {
	toks := st.toks
	if toks[i].Tag != "VBG" || toks[j].Text != "," || !st.words.tollVerbs[toks[i].Lemma] {
		return false
	}
	if k < 1 || toks[k].Tag != "VBN" || toks[k-1].Lemma != "be" {
		return false
	}
	for m := k + 1; m < j; m++ {
		if toks[m].Lower == "by" {
			return false
		}
	}
	return true
}
