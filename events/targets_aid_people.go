package events

// Aid sent to a region of a state ("Myanmar's Shan state", "Nepal's
// Koshi province") "for" its people (villagers, residents, survivors,
// families, victims) is aid to the state's civilians: the people named
// after "for" are whom it reaches, not the state.
//
//	"India sent 30 tonnes of medicine to Nepal's Koshi province on Monday for families hit by landslides"   IND 073 NPLCVL
//
// Only aid (07x) whose one target is a bare state (its code the country
// alone) named as the possessive of a region noun reads so. Aid sent to
// the state itself for its people keeps the state ("sent tents to Syria
// for survivors of the earthquake" AZE 073 SYR, as the gold sets code it).

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// aidForPeople recodes the bare possessive state target of an aid hit to
// that state's civilians (CVL) when a region noun follows it and "for"
// and a people noun (placePeople, targets_far.go) follow the region
// within ten tokens, with at most two words ("flood", "displaced")
// between "for" and the noun and no clause break before.
func (c *Coder) aidForPeople(st *sentence, h *verbHit) {
	if len(h.code) < 2 || h.code[:2] != "07" || len(h.target) != 1 {
		return
	}
	t := h.target[0]
	if len(t.Country) != 3 || t.Code != t.Country || !t.Possessive {
		return
	}
	toks := st.toks
	r := regionNounAfter(toks, t.End)
	if r < 0 {
		return
	}
	for k := r + 1; k+1 < len(toks) && k <= t.End+10; k++ {
		if isClauseBreak(toks, k) || toks[k].Text == "," || toks[k].Text == ";" {
			return
		}
		if toks[k].Lower != "for" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if placePeople(toks[j].Lower) {
				v := t
				v.Code, v.Sectors = t.Country+"CVL", []string{"CVL"}
				h.target = []actors.Mention{v}
				return
			}
		}
		return
	}
}

// regionNounAfter returns the token of a region noun ("state",
// "province", "region", "district") within three tokens from j, past the
// possessive and the region's name ("'s Shan state"); -1 when none.
func regionNounAfter(toks []dyad.Token, j int) int {
	for i := j; i < len(toks) && i < j+4; i++ {
		switch toks[i].Lower {
		case "state", "province", "region", "district", "county", "prefecture", "governorate":
			return i
		}
	}
	return -1
}
