package events

import (
	"github.com/dyad-events/dyad/actors"
)

// seizedFrom returns the armed side a place is taken from in a capture of
// ground (192): "retook control of the presidential palace in Khartoum
// from the Rapid Support Forces" is SDNMIL 192 SDNREB, whatever the
// place's own code (a palace reads as its government). The side is an
// army or any armed group (nonState: rebels, militias, gangs and the
// international groups of no sector, "retook the village of Bazwaya on the
// eastern edge of Mosul from Islamic State" IRQMIL 190 IMGMOSISL, gold
// dev36-wire W36003; "retook control of Tocoron prison from the Tren de
// Aragua gang" VENCRM, W12196). nil when the clause names no "from" side,
// or names a state body or person there.
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
			if !m.Place && !m.Modifier && !m.Person && (hasSector(*m, "MIL") || nonState(*m)) {
				return m
			}
		}
		return nil
	}
	return nil
}
