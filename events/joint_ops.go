package events

// Joint patrols named in an adjunct ("coast guards seized three boats in
// their first joint patrol"): the noun pattern "@ joint patrol" of
// data/verbs.txt takes the clause verb's subjects as its actors
// (nounSource), and is cooperation only between two states' forces.

import (
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/actors"
)

// finiteVerbBefore returns the finite verb nearest before token k (a
// past or present tense, within twelve tokens and no comma or semicolon
// between), -1 when there is none.
func finiteVerbBefore(toks []dyad.Token, k int) int {
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		switch toks[j].Tag {
		case "VBD", "VBZ", "VBP":
			return j
		}
		if toks[j].Text == "," || toks[j].Text == ";" {
			return -1
		}
	}
	return -1
}

// jointOwnForces clears the code of a joint patrol told by a noun (an 06
// noun hit headed by "joint") whose parties, sources and targets
// together, are all of one state: "Kenyan police and soldiers seized 20
// guns in a joint patrol" is no cooperation between states (the seizure
// stays).
func jointOwnForces(st *sentence, h *verbHit) {
	if !h.p.Noun || !strings.HasPrefix(h.code, "06") || st.toks[h.head].Lower != "joint" || len(h.source) == 0 {
		return
	}
	parties := append(append([]actors.Mention(nil), h.source...), h.target...)
	for _, m := range parties[1:] {
		if m.Country != parties[0].Country {
			return
		}
	}
	h.code = ""
}
