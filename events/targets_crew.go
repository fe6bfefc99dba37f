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
		civilianTargetAt(h, i)
	}
}

// navalBetween reports a word naming a navy's craft among tokens [a, b):
// "navy", "naval", "warship(s)", "gunboat(s)", "military", or sailors
// "on patrol".
func navalBetween(st *sentence, a, b int) bool {
	for k := a; k < b && k < len(st.toks); k++ {
		switch st.toks[k].Lower {
		case "navy", "naval", "warship", "warships", "gunboat", "gunboats", "military":
			return true
		case "patrol":
			if k > 0 && st.toks[k-1].Lower == "on" {
				return true
			}
		}
	}
	return false
}

// captiveSailors gives sailors that an armed group, gang or pirates hold,
// seize or free their state's civilians rather than its navy: a navy's
// crews are not what militants and pirates take, a merchant ship's,
// tanker's or tug's are (gold README item 46: "Abu Sayyaf militants freed
// ten Indonesian sailors" PHLREB 0841 IDNCVL, dev56-wire W56007), as
// "crewmen" and "seafarers" are CVL in agents.txt, which codes "sailors"
// MIL for a navy's. Only a release (0841, 0353) or an abduction (181…)
// by a non-state source counts: a state freeing "British sailors" and a
// bombing "killing 17 sailors" of a destroyer keep MIL, and so does a
// sentence naming the craft as naval or the sailors on patrol anywhere
// after the source (navalBetween to the sentence's end: "released three
// sailors captured in a raid on a navy patrol boat").
func captiveSailors(st *sentence, h *verbHit) {
	if h.code != "0841" && h.code != "0353" && !strings.HasPrefix(h.code, "181") || len(h.source) == 0 || !nonState(h.source[0]) {
		return
	}
	for i, t := range h.target {
		if len(t.Country) != 3 || len(t.Sectors) != 1 || t.Sectors[0] != "MIL" || t.End < 1 || t.End > len(st.toks) || t.Start < h.source[0].End {
			continue
		}
		switch st.toks[t.End-1].Lower {
		case "sailors", "sailor", "seamen", "seaman":
		default:
			continue
		}
		if navalBetween(st, h.source[0].End, len(st.toks)) {
			continue // "… three sailors from a naval vessel", "… captured when their warship was attacked"
		}
		civilianTargetAt(h, i)
	}
}

// civilianTargetAt recodes h's target i as its country's civilians (CVL),
// on a copy of the target slice, which other hits of the sentence may share.
func civilianTargetAt(h *verbHit, i int) {
	v := h.target[i]
	v.Code, v.Sectors = v.Country+"CVL", []string{"CVL"}
	h.target = append([]actors.Mention(nil), h.target...)
	h.target[i] = v
}
