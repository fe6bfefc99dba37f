package events

import (
	"github.com/dyad-events/dyad/actors"
)

// seizedFrom returns the armed side a place is taken from in a capture of
// ground (192): "retook control of the presidential palace in Khartoum
// from the Rapid Support Forces" is SDNMIL 192 SDNREB, whatever the
// place's own code (a palace reads as its government). nil when the
// clause names no "from" side, or names a state body or person there.
func seizedFrom(st *sentence, h *verbHit) *actors.Mention {
	if h.code != "192" || h.passive {
		return nil
	}
	toks := st.toks
	_, hi := clauseBounds(toks, h.head)
	for k := h.end; k < hi-1; k++ {
		if toks[k].Lower != "from" {
			continue
		}
		j := k + 1
		if toks[j].Lower == "the" {
			j++
		}
		if j < len(toks) && st.at[j] >= 0 {
			m := &st.ments[st.at[j]]
			if !m.Place && !m.Modifier && !m.Person && hasSector(*m, "MIL", "REB", "UAF") {
				return m
			}
		}
		return nil
	}
	return nil
}
