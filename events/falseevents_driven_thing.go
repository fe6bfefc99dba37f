package events

// A thing driven: "drive out of" (174, expulsion) told in the passive of
// a thing, a vehicle or a load ("the sealed fairing was spotted being
// driven out of a hangar by a passing tourist"), is driving, no one
// expelled. People and groups driven out ("Militants were driven out of
// the town by Iraqi troops") are read as before.

import "strings"

// drivenThing reports a passive "driven out" hit whose subject is a
// singular common noun no actor covers: "the fairing was driven out of a
// hangar".
func drivenThing(st *sentence, h *verbHit) bool {
	toks := st.toks
	i := h.head
	if toks[i].Lemma != "drive" || toks[i].Tag != "VBN" || !strings.HasPrefix(h.code, "17") {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-5 && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "RB") {
		k-- // "was spotted being", "had been"
	}
	if k == i-1 || k < 0 || !isAux(toks[k+1]) && toks[k+1].Lemma != "be" {
		return false // not a passive after its subject
	}
	return toks[k].Tag == "NN" && startsLowerASCII(toks[k].Text) && st.at[k] < 0
}
