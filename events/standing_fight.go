package events

// A side in a war told as a description, not a deed of the story's day:
// "fight" with "with" or "alongside" as a participle after the noun it
// describes ("25 Syrian rebels fighting alongside Turkey died", "an
// Australian fighting with the Taliban was captured"), or in the perfect
// progressive of a relative clause ("an Australian man who has been
// fighting with the Taliban", "the army, which has been fighting with
// the Taliban for years, said …"). Such a phrase says which side a
// person or force is on, or that a war goes on; the sentence's news is
// its main verb (CODING.md: background is not coded).

import "github.com/dyad-events/dyad"

// standingFight reports a hit of "fight" (root 19, or 062 "fight
// alongside") followed by "with" or "alongside", an adverb between or
// not, that is a participle describing the noun before it (the token
// before is a noun, an actor's last word or a comma after one: no
// auxiliary, no subject pronoun; "troops are fighting with Russian
// forces" is a fight) or a perfect progressive ("has/have
// been fighting") after a relative pronoun, with no date up to the next
// comma ("who has been fighting with the Taliban since Monday" is dated,
// and coded).
func standingFight(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if h.p.Noun || toks[i].Lemma != "fight" || toks[i].Tag != "VBG" || i == 0 {
		return false
	}
	if r := h.code; !(len(r) >= 2 && r[:2] == "19") && r != "062" {
		return false
	}
	k := i + 1
	if k < len(toks) && toks[k].Tag == "RB" {
		k++ // "fighting mainly with"
	}
	if k >= len(toks) || toks[k].Lower != "with" && toks[k].Lower != "alongside" {
		return false
	}
	p := toks[i-1]
	switch {
	case p.Lower == "been" && i >= 3 && (toks[i-2].Lower == "has" || toks[i-2].Lower == "have") && relativePronoun(toks[i-3]):
		// "who has been fighting with the Taliban"
	case nounOrActor(st, i-1):
		// "25 Syrian rebels fighting alongside Turkey"
	case p.Text == "," && i >= 2 && nounOrActor(st, i-2):
		// "The soldiers, fighting alongside Kurdish militias, took …"
	default:
		return false
	}
	for j := i + 1; j < len(toks) && toks[j].Text != "," && toks[j].Text != ";" && toks[j].Tag != "."; j++ {
		if st.isDate[j] {
			return false
		}
	}
	return true
}

// nounOrActor reports a noun or an actor's word at k.
func nounOrActor(st *sentence, k int) bool {
	switch st.toks[k].Tag {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return st.at[k] >= 0
}

// relativePronoun reports "who", "which" or "that" opening a relative
// clause.
func relativePronoun(t dyad.Token) bool {
	return t.Lower == "who" || t.Lower == "which" || t.Lower == "that"
}
