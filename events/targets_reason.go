package events

// The target of an attack is not inside the phrase that gives its reason.
// An explicit retaliation or response after an act of force, roots 18–20
// ("in retaliation for US strikes", "in response to Israeli air strikes
// on Lebanon", "in revenge for the killing of its commander":
// reasonclause.go reasonStart), tells of another event, whose actors are
// not the act's victims: "Houthi rebels launched drones at a container
// ship in response to American air strikes" attacks a ship, not the
// United States. The place of such a phrase is already no place of the
// act (location.go); its actors are no target either. Other acts are
// aimed at whom they answer, and the gold sets code them so: "South Korea
// partially suspended a military agreement in response to North Korea's
// launch of a spy satellite" KOR 160 PRK, "Seoul proposed talks in
// response to an olive branch from the North Korean dictator" KOR 036 PRK.

import (
	"github.com/dyad-events/dyad/actors"
	"github.com/dyad-events/dyad/cameo"
)

// reasonTargets drops the targets of h, an act of force, that stand
// inside an explicit retaliation or response phrase after h in h's clause
// ("in retaliation for", "in response to", "in revenge for", "in reprisal
// for", "as retaliation for"). A target named before the phrase stays
// ("Israeli jets struck targets in Iran in retaliation for Iran's missile
// attack": IRN); when every target stood inside it, the place attacked
// before it (attackPlace, its span ending before the phrase) is the
// target, else h is left with none, and a
// pattern that needs a target then codes no event.
func (c *Coder) reasonTargets(st *sentence, h *verbHit) {
	switch cameo.Root(h.code) {
	case "18", "19", "20":
	default:
		return // "suspended a military pact in response to North Korea's launch": the measure answers, and aims at, the launcher
	}
	if len(h.target) == 0 {
		return
	}
	_, hi := clauseBounds(st.toks, h.head)
	r := reasonStart(st, max(h.head, h.end-1), hi, true)
	if r >= hi {
		return
	}
	var kept []actors.Mention
	for _, m := range h.target {
		if m.Start < r || m.Start >= hi {
			kept = append(kept, m)
		}
	}
	if len(kept) == len(h.target) {
		return
	}
	if t := c.attackPlace(st, h); len(kept) == 0 && t != nil && t.Span[1] > 0 && t.Span[1] <= st.toks[r].Start {
		kept = []actors.Mention{*t} // "struck military targets in Iran in retaliation for Iran's missile attack"
	}
	h.target = kept
}
