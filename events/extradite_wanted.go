package events

import "github.com/dyad-events/dyad/actors"

// A handover of suspects (063) goes to the state that asked for them
// (gold README, "Conventions fixed here" item 17: the receiving,
// requesting state is the target). When the sentence names no receiving
// state, "wanted by X" or "wanted in X" after the people handed over
// names it: "extradited a Chechen man wanted by Russia" RUS, "extradited
// three suspected drug traffickers wanted in the United States" USA, not
// the traffickers (CRM) given the country of the place they are wanted
// in.

// wantedTarget sets the target of a 063 hit h to the party named after
// "wanted by" or "wanted in" within eight tokens of the pattern's end,
// when h has no target or its target is the people handed over: a
// mention between the verb and "wanted" that is no state (country,
// capital) and no state body (GOV, COP, JUD, MIL, SPY, LEG). A named
// receiving state ("extradited to Bosnia a soldier wanted for murder")
// stays. It changes nothing when no such phrase follows.
func wantedTarget(st *sentence, h *verbHit) {
	if h.code != "063" {
		return
	}
	for k := h.end; k+2 < len(st.toks) && k < h.end+8; k++ {
		if st.toks[k].Lower != "wanted" {
			continue
		}
		if w := st.toks[k+1].Lower; w != "by" && w != "in" {
			return
		}
		if len(h.target) > 0 && !handedPeople(h.target[0], h.head, k) {
			return
		}
		for j := k + 2; j < len(st.toks) && j <= k+3; j++ {
			if m := st.at[j]; m >= 0 {
				x := st.ments[m]
				if st.toks[k+1].Lower == "in" {
					// "wanted in the United States", "wanted in Miami": the state
					if len(x.Country) != 3 {
						return
					}
					x = actors.Mention{Start: x.Start, End: x.End, Actor: x.Actor, Kind: actors.KindCountry}
					x.Code, x.Sectors = x.Country, nil
				}
				h.target = []actors.Mention{x}
				return
			}
		}
		return
	}
}

// handedPeople reports whether target t, a mention between the verb at
// head and "wanted" at k, names the people handed over rather than a
// state or a state body that receives them.
func handedPeople(t actors.Mention, head, k int) bool {
	if t.Start <= head || t.Start >= k {
		return false
	}
	if t.Kind == actors.KindCountry || t.Kind == actors.KindCapital || t.Place {
		return false
	}
	return !hasSector(t, "GOV", "COP", "JUD", "MIL", "SPY", "LEG")
}
