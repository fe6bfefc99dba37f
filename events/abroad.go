package events

// Acts that are only events when aimed abroad. Works a state builds,
// drills or digs for people ("pledged to build 10,000 houses for tea
// workers on estates in Sri Lanka", "will drill 30 water wells for
// herders in northern Niger") are aid when the people are another
// state's; a government building houses for its own flood victims gives
// no event. Patterns flagged "abroad" in events/data/verbs.txt keep their
// act only toward another state.

import (
	"strings"

	"github.com/dyad-events/dyad/actors"
)

// abroadTarget keeps h, flagged "abroad", only with a target of another
// state than its source's. A target of the source's own state (unnamed
// workers take the source's country) gives way to the place named with
// "in" after the act's words ("for tea workers on estates in Sri Lanka's
// central hills", project_aid.go projectPlace), and a group keeps its
// sector there (LKALAB); with none abroad the act is dropped.
func (c *Coder) abroadTarget(st *sentence, h *verbHit) {
	if len(h.source) == 0 || foreignTarget(h) {
		return
	}
	own := h.target
	h.target = nil
	if h.target = c.projectPlace(st, h); len(h.target) == 0 {
		h.code, h.target = "", own
		return
	}
	if len(own) > 0 && isGroup(own[0]) {
		g := own[0]
		g.Country = h.target[0].Country
		g.Code = g.Country + strings.Join(g.Sectors, "")
		h.target = []actors.Mention{g} // "tea workers on estates in Sri Lanka": LKALAB
	}
}
