package events

// The enemy a deployment names: troops sent or moved into a place "to
// fight" an armed actor are aimed at that actor, not at the country of
// the place ("Kenya sent troops into the Somali border town of Dhobley to
// fight al-Shabaab militants" is KEN 154 SOMREB, not KEN 154 SOM), as
// troops massed at a border take the neighbour they face (gold README).
// A deployment to help a state (074, "sent troops to Somalia to fight
// al-Shabaab") keeps its recipient.

import "github.com/dyad-events/dyad/actors"

// deployedAgainst makes the actor after "to fight" (or "to battle",
// "to combat", "to attack", "to confront", "against") the target of a
// deployment (154) of h, when it is named within three words and is no
// actor of the source's own country, nor the state itself of the place.
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
		for j := k + 2; j < len(toks) && j <= k+4; j++ {
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
