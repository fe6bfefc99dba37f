package events

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// convoyOwner gives humanitarian access granted (0863) to an aid
// organisation's convoy or trucks that organisation as target, not the
// people the convoy is bound for: "Jordanian authorities allowed a U.N.
// convoy carrying food to reach Iraqi refugees" (JORGOV 0863 IGOUNO). The
// organisation must be named inside the pattern's words, right before the
// convoy noun ("a U.N. convoy", "Red Cross trucks"); a state's convoy or
// none named leaves the target as found.
func convoyOwner(st *sentence, h *verbHit) {
	if h.code != "0863" || h.p.Noun {
		return
	}
	toks := st.toks
	for k := h.head + 1; k < h.end && k < len(toks); k++ {
		m := st.at[k]
		if m < 0 {
			continue
		}
		mt := st.ments[m]
		if mt.End >= len(toks) || mt.End > h.end || !convoyNoun(toks[mt.End].Lower) {
			return
		}
		if !strings.HasPrefix(mt.Code, "IGO") && !strings.HasPrefix(mt.Code, "NGO") {
			return
		}
		mt.Modifier, mt.Possessive = false, false
		h.target = []actors.Mention{mt}
		return
	}
}

// convoyNoun reports the nouns of an aid convoy an organisation's name
// may stand before ("a U.N. convoy", "Red Cross trucks").
func convoyNoun(w string) bool {
	switch w {
	case "convoy", "convoys", "trucks", "lorries":
		return true
	}
	return false
}
