package events

// Sieges ended by force. "Lift", "ease" and "end" a siege or blockade
// read as its easing (0872) by the besieger: "the Houthis lifted their
// blockade of the main road into Taiz". Security forces that end a
// hostage siege after attackers stormed a place ("Al Shabaab militants
// stormed a Mogadishu hotel on Friday, and Somali forces ended a 30-hour
// siege on Sunday") ease nothing: they end it by force against the
// attackers (190), as the gold codes the storming of a hostage siege.

import (
	"github.com/dyad-events/dyad/actors"
)

// siegeEndedByForce reports a 0872 hit h of "end" or "break" whose object
// is a siege with no possessive of its own ("its siege", "their
// blockade": the besieger's) and no "of"/"on" after it (the siege of a
// place; "on Sunday" is a date), told of security forces (MIL, COP, SPY): a hostage siege
// ended by force.
func siegeEndedByForce(st *sentence, h *verbHit) bool {
	toks := st.toks
	if h.code != "0872" || len(h.source) == 0 || !hasSector(h.source[0], "MIL", "COP", "SPY") {
		return false
	}
	if l := toks[h.head].Lemma; l != "end" && l != "break" {
		return false
	}
	for k := h.head + 1; k < len(toks) && k <= h.head+6; k++ {
		switch {
		case toks[k].Lower == "siege":
			return k+1 >= len(toks) || st.isDate[k+1] || toks[k+1].Lower != "of" && toks[k+1].Lower != "on"
		case toks[k].Tag == "PRP$" || toks[k].Tag == "POS":
			return false // "ended its siege", "ended Israel's siege"
		case toks[k].Tag == "DT" || toks[k].Tag == "CD" || toks[k].Tag == "JJ" || toks[k].Tag == "HYPH" || toks[k].Tag == "NN" || st.isDate[k]:
		default:
			return false
		}
	}
	return false
}

// siegeBreakers gives a hostage siege ended by force (siegeEndedByForce)
// its code and target: the security forces' 190 against the attackers of
// the act of force told before it (force, the last one coded), when
// those are others. It reports false when there is no such act: then the
// siege's end is no event.
func siegeBreakers(h, force *verbHit) bool {
	if force == nil || len(force.source) == 0 || force.source[0].Code == h.source[0].Code || force.source[0].Country == "" {
		return false
	}
	h.code = "190"
	h.target = []actors.Mention{force.source[0]}
	return true
}
