package events

// A relative of someone is a private person, whatever the someone is: the
// target of "kidnapped the son of a Venezuelan bank manager" is the son, a
// civilian of the manager's country (VENCVL), not the manager's bank
// (VENBUS); "detained the wife of opposition leader X" is the wife (CVL),
// not the opposition (gold README, "Conventions fixed here": families are
// CVL, a former officeholder's family too; dev38-wire W38037). The object
// scan finds the actor after "of", and this rule recodes it to its
// country's civilians when a kin word ([kin words], [kin nouns]) heads the
// phrase before "of". The kin nouns the agent dictionary codes (mother,
// father, family) are actors of their own and never reach it; kin named
// by a possessive ("his wife Bushra Bibi", "Kim Jong Un's sister") are
// left as they were.

import (
	"github.com/dyad-events/dyad"
)

// kinOfTarget recodes each target of h that follows "KIN of (a|an|the)"
// to its country's civilians (CVL).
func kinOfTarget(st *sentence, h *verbHit) {
	toks := st.toks
	for i, t := range h.target {
		kin := kinOf(toks, st.words, t.Start)
		if t.Country == "" || t.Start <= h.head || kin < 0 || kin <= h.head {
			continue
		}
		t.Code, t.Sectors, t.Person = t.Country+"CVL", []string{"CVL"}, false
		a := kin // the words of the relative: "the son of a Venezuelan bank manager"
		for a > h.head+1 && (toks[a-1].Tag == "JJ" || toks[a-1].Tag == "CD") {
			a-- // "the 12-year-old son", "two sons"
		}
		if a > h.head+1 && toks[a-1].Tag == "DT" {
			a--
		}
		t.Start = a
		t.Span = [2]int{toks[a].Start, toks[t.End-1].End}
		t.Text = st.s.Text[t.Span[0]:t.Span[1]]
		h.target[i] = t
	}
}

// kinOf returns the token of the kin word of "KIN of" before token k,
// past an article ("the son of a", "the 12-year-old daughter of",
// "relatives of the"), or -1.
func kinOf(toks []dyad.Token, v *vocab, k int) int {
	j := k - 1
	if j >= 0 && toks[j].Tag == "DT" {
		j--
	}
	if j < 1 || toks[j].Lower != "of" {
		return -1
	}
	if w := toks[j-1].Lower; v.kinWords[w] || v.kinNouns[w] {
		return j - 1
	}
	return -1
}
