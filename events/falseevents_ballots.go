package events

// A choice voters make in a referendum is a ballot's result, no event
// between actors (the gold README's wire conventions: elections and
// referendums give no event; "Swiss voters rejected a proposal to scrap
// the army in a referendum", "Denmark voted to leave the European Union
// in a referendum" give none). A government's act about a referendum
// ("summoned the ambassador over interference in its referendum
// campaign", "police fired tear gas at Kurdish voters to stop them voting in
// the banned referendum") and a choice with no ballot named ("Greece rejected the
// terms of the bailout") stay.

import "github.com/dyad-events/dyad"

// ballotChoice reports a verb hit h of choice (ballotChoices) made in a
// referendum that a phrase after it in the same clause names ("in a
// referendum", "in Sunday's plebiscite"), with no other verb between
// and the referendum the head of its phrase (not "its referendum
// campaign").
func (v *vocab) ballotChoice(toks []dyad.Token, h *verbHit) bool {
	if h.p.Noun || !v.ballotChoices[toks[h.head].Lemma] {
		return false
	}
	for j := h.head + 1; j < len(toks) && j <= h.head+16; j++ {
		t := toks[j]
		if j >= h.end && (isClauseBreak(toks, j) || t.Tag == "MD" || (finite(t.Tag) || t.Tag == "VB") && toks[j-1].Lower != "to") {
			return false // another verb's clause; "a proposal to ban arms exports" goes on
		}
		if !v.ballotWords[t.Lower] {
			continue
		}
		if j+1 < len(toks) && (toks[j+1].Tag == "NN" || toks[j+1].Tag == "NNS") {
			return false // "its referendum campaign"
		}
		for k := j - 1; k > h.head && k >= j-4; k-- {
			if toks[k].Lower == "in" || toks[k].Lower == "at" {
				return true
			}
		}
		return false
	}
	return false
}
