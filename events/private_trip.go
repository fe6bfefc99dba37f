package events

// A private trip is no visit: a leader who "left for his medical treatment
// trip to the US" or "flew to Singapore for medical treatment" goes to be
// treated, not to meet the state he goes to, so neither 042 nor the host's
// 043 is coded. Nor is it aid: "flew to London for medical checks" is no
// medical team flown in (073 "flew doctors to Turkey"), as the traveller
// flies himself, with no object between the verb and "to".

import "github.com/dyad-events/dyad"

// privateTrip reports a visit hit h with a word of [private trips] from its
// head to four words past its end, before a clause break ("left for his
// medical treatment trip to", "travelled to Singapore for medical
// treatment").
func (v *vocab) privateTrip(toks []dyad.Token, h *verbHit) bool {
	for j := h.head; j < len(toks) && j <= h.end+6; j++ {
		if j > h.head && isClauseBreak(toks, j) {
			return false
		}
		if v.privateTrips[toks[j].Lower] {
			return true
		}
	}
	return false
}

// selfFlown reports a hit headed by a verb of travel (fly, travel, jet)
// right before "to", "into", "back", "home" or "abroad": the subject goes
// itself ("flew to Singapore"), carrying no one ("flew doctors to
// Turkey").
func selfFlown(toks []dyad.Token, h *verbHit) bool {
	if h.head+1 >= len(toks) {
		return false
	}
	switch toks[h.head].Lemma {
	case "fly", "travel", "jet":
	default:
		return false
	}
	switch toks[h.head+1].Lower {
	case "to", "into", "back", "home", "abroad":
		return true
	}
	return false
}
