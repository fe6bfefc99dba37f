// homes_expelled.go: people driven out of their homes in the thousands are
// a mass expulsion (201) whoever drives them, a state too, and stay the
// civilians they are (CVL), not deportees (REF).
package events

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// homesExpelled reports a 174 hit whose people, counted in the thousands,
// are driven "from" or "out of" their homes, villages or land: "Eritrea
// had forced more than 3,000 villagers out of their homes" (the gold sets
// code every such expulsion 201 with the people as civilians; a state
// deporting thousands of migrants stays 174). toks are the sentence's
// tokens; the count must stand between the verb and the "from".
func homesExpelled(toks []dyad.Token, h *verbHit) bool {
	if h.code != "174" || len(h.target) != 1 {
		return false
	}
	for k := h.head + 1; k < len(toks) && k < h.head+16; k++ {
		switch toks[k].Lower {
		case ";", ".":
			return false
		case "from", "out":
			j := k + 1
			if toks[k].Lower == "out" {
				if j >= len(toks) || toks[j].Lower != "of" {
					continue
				}
				j++
			}
			if j < len(toks) && (toks[j].Lower == "their" || toks[j].Lower == "its" || toks[j].Lower == "the") {
				j++
			}
			if j >= len(toks) {
				return false
			}
			switch toks[j].Lower {
			case "homes", "home", "villages", "land", "lands":
			default:
				return false
			}
			if bigCount(toks, h.head+1, k) {
				return true
			}
			for _, t := range toks[h.head+1 : k] {
				switch t.Lower {
				case "thousands", "million", "millions":
					return true
				}
			}
			return false
		}
	}
	return false
}

// homesCivilians gives the people driven from their homes the civilian
// sector of their country: "villagers" → ERICVL, "Kunama" → ERICVL.
func homesCivilians(ts []actors.Mention) {
	for k := range ts {
		t := &ts[k]
		if t.Country == "" || t.Place || !(len(t.Sectors) == 0 && t.Kind == actors.KindAdjective || len(t.Sectors) == 1 && (t.Sectors[0] == "CVL" || t.Sectors[0] == "REF")) {
			continue
		}
		t.Code, t.Sectors = t.Country+"CVL", []string{"CVL"}
	}
}
