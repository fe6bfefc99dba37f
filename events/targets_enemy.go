package events

// The enemy a deployment names: troops sent or moved into a place "to
// fight" an armed actor are aimed at that actor, not at the country of
// the place ("Kenya sent troops into the Somali border town of Dhobley to
// fight al-Shabaab militants" is KEN 154 SOMREB, not KEN 154 SOM), as
// troops massed at a border take the neighbour they face (gold README).
// A deployment to help a state (074, "sent troops to Somalia to fight
// al-Shabaab") keeps its recipient.

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// deployedAgainst makes the actor after "to fight" (or "to battle",
// "to combat", "to attack", "to confront", "to counter") the target of a
// deployment (154) of h, when it is named within three words and is no
// actor of the source's own country, nor the state itself of the place.
// An ally ("to fight alongside Russian forces", "with", "beside") is no
// target: the actor after a following "against" is, else none.
func deployedAgainst(st *sentence, h *verbHit) {
	if h.code != "154" || len(h.source) == 0 {
		return
	}
	toks := st.toks
	for k := h.end; k+1 < len(toks) && k <= h.end+12; k++ {
		t := toks[k]
		if t.Text == "," || t.Text == ";" || t.Lower == "and" || t.Lower == "but" || finite(t.Tag) {
			return
		}
		if t.Lower != "to" {
			continue
		}
		switch toks[k+1].Lemma {
		case "fight", "battle", "combat", "attack", "confront", "counter":
		default:
			return
		}
		from := k + 2
		if from < len(toks) && allyWord(toks[from].Lower) {
			from = againstAfter(toks, from+1, from+10)
			if from < 0 {
				return // "to fight alongside Russian forces": an ally, no enemy named
			}
		}
		for j := from; j < len(toks) && j <= from+2; j++ {
			m := st.at[j]
			if m < 0 {
				continue
			}
			e := st.ments[m]
			if e.Place || e.Country == "" || e.Country == h.source[0].Country || len(e.Sectors) == 0 {
				return // (a state itself, "to fight Syria", keeps the place's country)
			}
			h.target = []actors.Mention{e}
			return
		}
		return
	}
}

// allyWord reports a word that names a side fought with, not against.
func allyWord(w string) bool {
	return w == "alongside" || w == "with" || w == "beside"
}

// againstAfter returns the token after the first "against" in toks[from:to],
// or -1 when a comma or clause break comes first or there is none.
func againstAfter(toks []dyad.Token, from, to int) int {
	for j := from; j < len(toks) && j < to; j++ {
		switch {
		case toks[j].Lower == "against":
			return j + 1
		case toks[j].Text == "," || toks[j].Text == ";" || isClauseBreak(toks, j):
			return -1
		}
	}
	return -1
}
