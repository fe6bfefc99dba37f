// Role of this file: a weapon subject described by a "with" phrase
// between it and its verb ("A Russian missile with a cluster warhead
// struck …"): the subject search steps over the phrase to the weapon,
// whose state fires it (roles.go subjectDepth, sources_structure.go
// weaponState).
package events

// pastWeaponWith returns the index of the weapon word before a short
// "with" phrase that ends at token j ("missile" in "a Russian ballistic
// missile with a cluster warhead"), or j itself when none ends there. The
// phrase is "with" and at most five determiners, adjectives, numbers or
// common nouns, no actor among them; the word before "with" is one of
// [weapon words] of data/words.txt.
func pastWeaponWith(st *sentence, j int) int {
	toks := st.toks
	if j < 2 || st.at[j] >= 0 || toks[j].Tag != "NN" && toks[j].Tag != "NNS" {
		return j
	}
	k := j - 1
	for k >= 0 && j-k <= 5 && st.at[k] < 0 && (toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "JJ" || toks[k].Tag == "DT" || toks[k].Tag == "CD") {
		k--
	}
	if k < 1 || toks[k].Lower != "with" || toks[k-1].Lower == "and" || toks[k-1].Text == "," || !st.words.weaponWord(toks[k-1].Lower) {
		return j
	}
	return k - 1
}
