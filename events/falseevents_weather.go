package events

// A warning of weather or a natural hazard is no threat (CODING.md, gold
// README: weather warnings are a trap): "Japan's weather agency gave
// residents of Okinawa a warning about the approaching typhoon" tells a
// forecast, not a 130 aimed at the residents.

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// hazardWarning reports a warning hit (code 13x) whose warning is about a
// hazard: a hazard word in the eight tokens after the head, or right
// before "warning" ("a flood warning"), with no clause break between.
func (v *vocab) hazardWarning(toks []dyad.Token, h *verbHit) bool {
	if !strings.HasPrefix(h.code, "13") {
		return false
	}
	for k := h.head - 2; k < len(toks) && k <= h.end+8; k++ {
		if k < 0 {
			continue
		}
		if k > h.end && isClauseBreak(toks, k) {
			return false
		}
		if v.hazardWords[toks[k].Lower] {
			return true
		}
	}
	return false
}
