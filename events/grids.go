package events

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// inquiryAgent returns the agent an investigation pattern of the 09 grid
// (verbs.txt) names with its closing "by" or "against": "opened an
// inquiry into abuses by Belarusian security forces" takes BLRCOP as
// target, the one investigated. nil for any other pattern, or when no
// actor stands within three tokens after the "by".
func (c *Coder) inquiryAgent(st *sentence, h *verbHit) []actors.Mention {
	if cameo.Root(h.code) != "09" || h.passive {
		return nil
	}
	last := h.p.Slots[len(h.p.Slots)-1]
	if len(last) != 1 || last[0] != "by" && last[0] != "against" {
		return nil
	}
	return c.actorAt(st, h.end, 3)
}
