package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// crewPeople gives an act on "its crew" or "their crews", the possessive
// standing for a boat or ship of a state ("seized two Chinese fishing
// boats … and detained their crews"), that state's civilians rather than
// the state: a merchant or fishing crew are people, as "detained 27 crew
// members" is VNMCVL (gold dev14-wire W14282 "arrested its crew" VNMCVL,
// dev38-wire W38004 CHNCVL). A navy's crew is its state's force, so a
// sentence that names the craft as naval or military ("navy vessels",
// "warships") between the actor acting and the crew keeps the state.
func crewPeople(st *sentence, h *verbHit) {
	if len(h.source) == 0 {
		return
	}
	for i, t := range h.target {
		if len(t.Sectors) != 0 || len(t.Country) != 3 || t.Code != t.Country || t.End >= len(st.toks) || t.Start < h.source[0].End {
			continue
		}
		if w := strings.ToLower(t.Text); w != "its" && w != "their" {
			continue
		}
		switch st.toks[t.End].Lower {
		case "crew", "crews", "crewmen":
		default:
			continue
		}
		if navalBetween(st, h.source[0].End, t.Start) {
			continue
		}
		v := t
		v.Code, v.Sectors = v.Country+"CVL", []string{"CVL"}
		h.target = append([]actors.Mention(nil), h.target...)
		h.target[i] = v
	}
}

// navalBetween reports a word naming a navy's craft among tokens [a, b):
// "navy", "naval", "warship(s)", "gunboat(s)", "military".
func navalBetween(st *sentence, a, b int) bool {
	for k := a; k < b && k < len(st.toks); k++ {
		switch st.toks[k].Lower {
		case "navy", "naval", "warship", "warships", "gunboat", "gunboats", "military":
			return true
		}
	}
	return false
}
